package deciding

import (
	"context"
	"encoding/json"
	"errors"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// CastBallot casts or changes the viewer's ballot on an OPEN poll; ACTIVE members only,
// one ballot each (CheckBallot says what a ballot of each kind holds). It returns the
// ballot as stored and the poll. On an anonymous poll the activity names neither the
// person nor the ballot, as for anonymous positions.
func (s *Deciding) CastBallot(ctx context.Context, proposalID int64, marks []domain.BallotMark) (*domain.Ballot, *domain.Proposal, error) {
	return s.castBallot(ctx, proposalID, func(*domain.Proposal) ([]domain.BallotMark, error) { return marks, nil })
}

// CastMarks is CastBallot with the marks as the API writes them (MarksFrom).
func (s *Deciding) CastMarks(ctx context.Context, proposalID int64, marks []*Mark) (*domain.Ballot, *domain.Proposal, error) {
	return s.castBallot(ctx, proposalID, func(p *domain.Proposal) ([]domain.BallotMark, error) { return MarksFrom(p.DecisionKind, marks) })
}

func (s *Deciding) castBallot(ctx context.Context, proposalID int64, read func(*domain.Proposal) ([]domain.BallotMark, error)) (*domain.Ballot, *domain.Proposal, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, nil, err
	}
	var b domain.Ballot
	p, err := s.inProposal(ctx, proposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		m, err := collab.RequireActive(tx, ctx, c)
		if err != nil {
			return err
		}
		if err := requireNotArchived(c); err != nil {
			return err
		}
		if err := s.requireOpenProposal(p); err != nil {
			return err
		}
		marks, err := read(p)
		if err != nil {
			return err
		}
		checked, err := CheckBallot(p, marks)
		if err != nil {
			return err
		}
		now := s.Now()
		err = tx.Where("proposal_id = ? AND person_id = ?", p.ID, m.PersonID).First(&b).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			b = domain.Ballot{CollaborationID: c.ID, ProposalID: p.ID, PersonID: m.PersonID, Marks: checked, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(&b).Error; err != nil {
				return domain.DBErr(err, "Your ballot")
			}
			return s.recordBallot(tx, c.ID, p, m.PersonID, "ballot.cast")
		case err != nil:
			return domain.DBErr(err, "ballot")
		}
		b.Marks, b.UpdatedAt = checked, now
		if err := tx.Model(&domain.Ballot{ID: b.ID}).Updates(map[string]any{"marks": marksColumn(checked), "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "ballot")
		}
		return s.recordBallot(tx, c.ID, p, m.PersonID, "ballot.changed")
	})
	if err != nil {
		return nil, nil, err
	}
	return &b, p, nil
}

// recordBallot writes the activity of a ballot cast or changed: on an anonymous poll
// without the person, so that no entry tells who voted how or when.
func (s *Deciding) recordBallot(tx *gorm.DB, collabID int64, p *domain.Proposal, person int64, verb string) error {
	if p.Anonymous {
		return s.RecordSystem(tx, collabID, verb, "Proposal", p.ID)
	}
	return s.Record(tx, &collabID, person, verb, "Proposal", p.ID)
}

// ViewerBallotsByProposal returns the viewer's own ballot on each of the proposals that
// has one; nobody else's ballot is ever returned. The proposals are assumed visible.
func (s *Deciding) ViewerBallotsByProposal(ctx context.Context, proposalIDs []int64) (map[int64]*domain.Ballot, error) {
	out := map[int64]*domain.Ballot{}
	viewer := domain.ViewerID(ctx)
	if viewer == 0 {
		return out, nil
	}
	var rows []*domain.Ballot
	if err := s.DB.WithContext(ctx).Where("proposal_id IN ? AND person_id = ?", proposalIDs, viewer).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "ballots")
	}
	for _, b := range rows {
		out[b.ProposalID] = b
	}
	return out, nil
}

// ballotsOf returns a poll's ballots in the order cast (none for a consent proposal).
func ballotsOf(tx *gorm.DB, p *domain.Proposal) ([]*domain.Ballot, error) {
	if !p.DecisionKind.Poll() {
		return nil, nil
	}
	var rows []*domain.Ballot
	if err := tx.Where("proposal_id = ?", p.ID).Order("id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "ballots")
	}
	return rows, nil
}

// marksColumn and pollResultColumn write JSON columns in a map update, which, unlike
// a model's fields, does not go through GORM's serializer.
func marksColumn(m []domain.BallotMark) string {
	b, _ := json.Marshal(m) // a slice of plain structs always marshals
	return string(b)
}

func pollResultColumn(r *domain.PollResult) any {
	if r == nil {
		return nil
	}
	b, _ := json.Marshal(r) // plain structs always marshal
	return string(b)
}
