package moderation

import (
	"context"

	"gorm.io/gorm/clause"

	"kindred/domain"
)

// BlockPerson blocks a person for the viewer: they can no longer invite the viewer or
// mention them (a mention notifies nobody), and their posts are folded away for the
// viewer. Blocks are private: the blocked person is told nothing, and no activity is
// recorded. Blocking twice changes nothing.
func (s *Moderation) BlockPerson(ctx context.Context, personID int64) (*domain.Person, error) {
	v, p, err := s.blockTarget(ctx, personID)
	if err != nil {
		return nil, err
	}
	if p.ID == v.ID {
		return nil, domain.Errorf(domain.CodeConflict, "You cannot block yourself.")
	}
	b := domain.Block{BlockerID: v.ID, BlockedID: p.ID, CreatedAt: s.Now()}
	if err := s.DB.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&b).Error; err != nil {
		return nil, domain.DBErr(err, "block")
	}
	return p, nil
}

// UnblockPerson lifts the viewer's block of a person; unblocking someone not blocked
// changes nothing.
func (s *Moderation) UnblockPerson(ctx context.Context, personID int64) (*domain.Person, error) {
	v, p, err := s.blockTarget(ctx, personID)
	if err != nil {
		return nil, err
	}
	if err := s.DB.WithContext(ctx).Where("blocker_id = ? AND blocked_id = ?", v.ID, p.ID).Delete(&domain.Block{}).Error; err != nil {
		return nil, domain.DBErr(err, "block")
	}
	return p, nil
}

func (s *Moderation) blockTarget(ctx context.Context, personID int64) (*domain.Person, *domain.Person, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, nil, err
	}
	p, err := domain.PersonByID(ctx, s.DB, personID)
	// Someone already blocked stays unblockable even if no longer visible (suspended).
	if err != nil {
		return nil, nil, &domain.Error{Code: domain.CodeNotFound, Field: "personId", Message: "This person was not found."}
	}
	if !domain.CanSee(v, p) {
		if blocked, err := domain.Blocks(s.DB.WithContext(ctx), v.ID, p.ID); err != nil || !blocked {
			return nil, nil, firstErr(err, &domain.Error{Code: domain.CodeNotFound, Field: "personId", Message: "This person was not found."})
		}
	}
	return v, p, nil
}

// BlockedPeople returns a page of the people the viewer blocked, most recently blocked
// first.
func (s *Moderation) BlockedPeople(ctx context.Context, args domain.PageArgs) (*domain.Page[*domain.Block], error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	q := s.DB.WithContext(ctx).Model(&domain.Block{}).Where("blocker_id = ?", v.ID)
	return domain.NewestFirst(q, args, func(b *domain.Block) int64 { return b.ID }, "blocks")
}

// BlockedByViewer returns which of people the viewer blocked (none when signed out).
func (s *Moderation) BlockedByViewer(ctx context.Context, people []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	v := domain.ViewerFrom(ctx)
	if v == nil || len(people) == 0 {
		return out, nil
	}
	var ids []int64
	if err := s.DB.WithContext(ctx).Model(&domain.Block{}).Where("blocker_id = ? AND blocked_id IN ?", v.ID, people).Pluck("blocked_id", &ids).Error; err != nil {
		return nil, domain.DBErr(err, "blocks")
	}
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}
