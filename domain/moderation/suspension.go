package moderation

import (
	"context"

	"gorm.io/gorm"

	"kindred/domain"
)

// Limits of a suspension's reason.
const (
	MinSuspendReason = 3
	MaxSuspendReason = 500
)

// SuspendAccount suspends a person's account with a reason; admins only, and never an
// admin's (their own included). At once: their sessions and access tokens stop working
// (the session epoch rises, refresh and access tokens are revoked, every instance forgets
// them), they cannot log in, discovery and people search no longer show them, and the open
// reports about them are resolved. One transaction.
func (s *Moderation) SuspendAccount(ctx context.Context, personID int64, reason string) (*domain.Person, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := requireAdmin(v); err != nil {
		return nil, err
	}
	why, err := domain.ValidateProse("reason", "The reason", reason, MinSuspendReason, MaxSuspendReason)
	if err != nil {
		return nil, err
	}
	var p domain.Person
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockPerson(tx, personID, &p); err != nil {
			return err
		}
		switch {
		case p.ID == v.ID:
			return domain.Errorf(domain.CodeConflict, "You cannot suspend your own account.")
		case p.Role == domain.RoleAdmin:
			return domain.Errorf(domain.CodeForbidden, "An admin's account cannot be suspended from the app; an operator takes the role away first.")
		case p.SuspendedAt != nil:
			return domain.Errorf(domain.CodeConflict, "%s is already suspended.", p.DisplayName)
		}
		now := s.Now()
		if err := tx.Model(&domain.Person{}).Where("id = ?", p.ID).
			Updates(map[string]any{"suspended_at": now, "session_epoch": gorm.Expr("session_epoch + 1"), "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if err := tx.Model(&domain.RefreshToken{}).Where("person_id = ? AND revoked_at IS NULL", p.ID).Update("revoked_at", now).Error; err != nil {
			return domain.DBErr(err, "refresh tokens")
		}
		if err := tx.Model(&domain.AccessToken{}).Where("person_id = ? AND revoked_at IS NULL", p.ID).Update("revoked_at", now).Error; err != nil {
			return domain.DBErr(err, "access tokens")
		}
		sus := domain.Suspension{PersonID: p.ID, SuspendedByID: v.ID, Reason: why, CreatedAt: now}
		if err := tx.Create(&sus).Error; err != nil {
			return domain.DBErr(err, "suspension")
		}
		if err := s.closeReportsOf(tx, v, func(q *gorm.DB) *gorm.DB {
			return q.Where("subject_person_id = ? AND target_type IN ?", p.ID, []domain.ReportTarget{domain.ReportPerson, domain.ReportPost, domain.ReportComment})
		}, "Account suspended: "+why); err != nil {
			return err
		}
		// Every instance forgets them when this commits: no cached viewer outlives it.
		if err := s.AnnouncePeopleIn(tx, p.ID); err != nil {
			return err
		}
		if err := s.Record(tx, nil, v.ID, "person.suspended", "Person", p.ID); err != nil {
			return err
		}
		id := p.ID
		p = domain.Person{} // scanning NULL into a set pointer would keep it
		return tx.First(&p, id).Error
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeopleHere(ctx, p.ID) // the viewer cache and the discovery index
	return &p, nil
}

// RestoreAccount lifts an admin's suspension: the person may log in again (their old
// sessions and tokens stay ended) and is found again. Admins only.
func (s *Moderation) RestoreAccount(ctx context.Context, personID int64) (*domain.Person, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := requireAdmin(v); err != nil {
		return nil, err
	}
	var p domain.Person
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockPerson(tx, personID, &p); err != nil {
			return err
		}
		var sus domain.Suspension
		if err := tx.Where("person_id = ? AND lifted_at IS NULL", p.ID).Order("id DESC").Limit(1).Find(&sus).Error; err != nil {
			return domain.DBErr(err, "suspension")
		}
		// A deleted account is suspended too, but by no admin: it stays closed.
		if p.SuspendedAt == nil || sus.ID == 0 {
			return domain.Errorf(domain.CodeConflict, "%s is not suspended.", p.DisplayName)
		}
		now := s.Now()
		if err := tx.Model(&sus).Updates(map[string]any{"lifted_at": now, "lifted_by_id": v.ID}).Error; err != nil {
			return domain.DBErr(err, "suspension")
		}
		if err := tx.Model(&domain.Person{}).Where("id = ?", p.ID).Updates(map[string]any{"suspended_at": nil, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if err := s.AnnouncePeopleIn(tx, p.ID); err != nil {
			return err
		}
		if err := s.Record(tx, nil, v.ID, "person.restored", "Person", p.ID); err != nil {
			return err
		}
		id := p.ID
		p = domain.Person{} // scanning NULL into a set pointer would keep it
		return tx.First(&p, id).Error
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeopleHere(ctx, p.ID)
	return &p, nil
}

func (s *Moderation) lockPerson(tx *gorm.DB, id int64, p *domain.Person) error {
	if err := domain.LockRow(tx, "people", id); err != nil {
		return err
	}
	if err := tx.First(p, id).Error; err != nil {
		return &domain.Error{Code: domain.CodeNotFound, Field: "personId", Message: "This person was not found."}
	}
	return nil
}

// SuspensionsOf returns each person's current suspension (the reason an admin gave), for
// the people who have one; admins only read them.
func (s *Moderation) SuspensionsOf(ctx context.Context, personIDs []int64) (map[int64]*domain.Suspension, error) {
	out := map[int64]*domain.Suspension{}
	v := domain.ViewerFrom(ctx)
	if v == nil || v.Role != domain.RoleAdmin || len(personIDs) == 0 {
		return out, nil
	}
	var rows []*domain.Suspension
	if err := s.DB.WithContext(ctx).Where("person_id IN ? AND lifted_at IS NULL", personIDs).Order("id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "suspensions")
	}
	for _, r := range rows {
		out[r.PersonID] = r
	}
	return out, nil
}
