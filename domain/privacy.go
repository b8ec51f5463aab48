package domain

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
)

// MyData is everything Kindred keeps about a person, for them to download.
type MyData struct {
	ExportedAt    time.Time          `json:"exportedAt"`
	Profile       personExport       `json:"profile"`
	Values        []*PersonValue     `json:"values"`
	Memberships   []*Membership      `json:"memberships"`
	Commitments   []*Commitment      `json:"commitments"`
	Contributions []*Contribution    `json:"contributions"`
	Proposals     []*Proposal        `json:"proposals"`
	Positions     []*Position        `json:"positions"`
	Comments      []*Comment         `json:"comments"`
	Measurements  []*Measurement     `json:"measurements"`
	Attestations  []*Attestation     `json:"attestations"`
	AccessTokens  []accessTokenShown `json:"accessTokens"`
	Activity      []*Activity        `json:"activity"`
	Notifications []*Notification    `json:"notifications"`
}

// personExport is a profile without what must never leave the server (the password hash).
type personExport struct {
	Handle, DisplayName, Email, Bio, Location string
	Latitude, Longitude                       *float64
	RemoteFriendly                            bool
	Skills                                    []string
	Visibility                                Visibility
	Role                                      SiteRole
	CreatedAt                                 time.Time
}

type accessTokenShown struct {
	Name, Prefix, Scopes string
	CreatedAt            time.Time
	LastUsedAt           *time.Time
	RevokedAt            *time.Time
}

// ExportMyData gathers everything about the viewer.
func (s *Service) ExportMyData(ctx context.Context) (*MyData, error) {
	v, err := requireSession(ctx)
	if err != nil {
		return nil, err
	}
	db := s.db.WithContext(ctx)
	var p Person
	if err := db.First(&p, v.ID).Error; err != nil {
		return nil, dbErr(err, "person")
	}
	d := &MyData{ExportedAt: s.now(), Profile: personExport{Handle: p.Handle, DisplayName: p.DisplayName, Email: p.Email, Bio: p.Bio,
		Location: p.Location, Latitude: p.Latitude, Longitude: p.Longitude, RemoteFriendly: p.RemoteFriendly, Skills: p.Skills,
		Visibility: p.Visibility, Role: p.Role, CreatedAt: p.CreatedAt}}
	for _, q := range []struct {
		dest   any
		column string
	}{
		{&d.Values, "person_id"}, {&d.Memberships, "person_id"}, {&d.Commitments, "person_id"}, {&d.Contributions, "person_id"},
		{&d.Proposals, "author_id"}, {&d.Positions, "person_id"}, {&d.Comments, "author_id"}, {&d.Measurements, "recorded_by_id"},
		{&d.Attestations, "person_id"}, {&d.Activity, "actor_id"}, {&d.Notifications, "person_id"},
	} {
		if err := db.Where(q.column+" = ?", v.ID).Order("id").Find(q.dest).Error; err != nil {
			return nil, dbErr(err, "your data")
		}
	}
	var tokens []*AccessToken
	if err := db.Where("person_id = ?", v.ID).Order("id").Find(&tokens).Error; err != nil {
		return nil, dbErr(err, "access tokens")
	}
	for _, t := range tokens {
		d.AccessTokens = append(d.AccessTokens, accessTokenShown{Name: t.Name, Prefix: t.Prefix, Scopes: t.Scopes, CreatedAt: t.CreatedAt,
			LastUsedAt: t.LastUsedAt, RevokedAt: t.RevokedAt})
	}
	return d, nil
}

// DeleteAccount deletes the viewer's account after checking their password. What others'
// records need stays, anonymised: ledger entries, commitments that were binding,
// positions, comments and measurements now belong to "a former member"; the profile,
// values, sessions and tokens are removed. A last steward hands over first.
func (s *Service) DeleteAccount(ctx context.Context, password string) error {
	v, err := requireSession(ctx)
	if err != nil {
		return err
	}
	var p Person
	if err := s.db.WithContext(ctx).First(&p, v.ID).Error; err != nil {
		return dbErr(err, "person")
	}
	if ok, err := s.checkPassword(p.PasswordHash, password); err != nil || !ok {
		return Invalid("password", "The password is not right.")
	}
	scrambled, err := auth.RandomToken(32)
	if err != nil {
		return err
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ms []*Membership
		if err := tx.Where("person_id = ? AND status IN ?", p.ID, []MembershipStatus{MembershipActive, MembershipRequested, MembershipInvited}).Find(&ms).Error; err != nil {
			return dbErr(err, "memberships")
		}
		for _, m := range ms {
			if err := lockRow(tx, "collaborations", m.CollaborationID); err != nil {
				return err
			}
			if m.Status == MembershipActive && m.Role == MembershipSteward {
				if n, err := countStewards(tx, m.CollaborationID); err != nil {
					return err
				} else if n <= 1 {
					var c Collaboration
					tx.First(&c, m.CollaborationID)
					if c.Status != CollaborationArchived {
						return Errorf(CodeConflict, "You are the last steward of %q; make someone else a steward before you delete your account.", c.Title)
					}
				}
			}
			if err := s.setMembership(tx, p.ID, m, MembershipLeft, "", "membership.left"); err != nil {
				return err
			}
		}
		for _, model := range []any{&PersonValue{}, &RefreshToken{}, &AccessToken{}, &Notification{}} {
			if err := tx.Where("person_id = ?", p.ID).Delete(model).Error; err != nil {
				return dbErr(err, "your data")
			}
		}
		if err := tx.Where("login IN ?", []string{p.Handle, p.Email}).Delete(&LoginAttempt{}).Error; err != nil {
			return dbErr(err, "login attempts")
		}
		now := s.now()
		anon := map[string]any{
			"handle": fmt.Sprintf("former-%d", p.ID), "display_name": "A former member", "email": fmt.Sprintf("former-%d@deleted.invalid", p.ID),
			"password_hash": "deleted:" + auth.HashToken(scrambled), "bio": "", "location": "", "latitude": nil, "longitude": nil,
			"remote_friendly": false, "skills": "[]", "visibility": VisibilityPrivate, "role": RoleMember,
			"session_epoch": gorm.Expr("session_epoch + 1"), "suspended_at": now, "updated_at": now,
		}
		if err := tx.Model(&Person{ID: p.ID}).Updates(anon).Error; err != nil {
			return dbErr(err, "person")
		}
		if err := s.announcePeopleIn(tx, p.ID); err != nil {
			return err
		}
		return s.record(tx, nil, p.ID, "person.deleted_account", "Person", p.ID)
	})
	if err != nil {
		return err
	}
	s.refreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	return nil
}
