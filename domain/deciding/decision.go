package deciding

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Limits of a decision statement and its review date.
const (
	MaxDecisionStatement = 5000
	// A review date lies after now and within MaxReviewAhead.
	MaxReviewAhead = 5 * 365 * 24 * time.Hour
)

// DecisionInput is what was decided, stated after a proposal closed, and optionally when
// to review it.
type DecisionInput struct {
	Statement string
	ReviewAt  *time.Time
}

// StateDecision records what a closed proposal decided, in the words of its author or of
// a steward (ACTIVE), with an optional review date on which the members are reminded to
// revisit it (see notify's NotifyDue). Stating again replaces the statement and the date;
// a new date is reminded of anew.
func (s *Deciding) StateDecision(ctx context.Context, proposalID int64, in DecisionInput) (*domain.Proposal, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	text, err := domain.ValidateProse("statement", "The statement", in.Statement, 1, MaxDecisionStatement)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	var review *time.Time
	if in.ReviewAt != nil {
		r := in.ReviewAt.UTC()
		switch {
		case !r.After(now):
			return nil, domain.Invalid("reviewAt", "A review date lies in the future; choose a later date, or none.")
		case r.Sub(now) > MaxReviewAhead:
			return nil, domain.Invalid("reviewAt", "A review date lies within five years; choose an earlier date.")
		}
		review = &r
	}
	return s.inProposal(ctx, proposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		viewer := domain.ViewerID(ctx)
		if p.AuthorID != viewer {
			m, err := collab.RequireActive(tx, ctx, c)
			if err != nil {
				return err
			}
			if m.Role != domain.MembershipSteward {
				return domain.Errorf(domain.CodeForbidden, "Only the author of a proposal or a steward can state what it decided.")
			}
		}
		if err := requireNotArchived(c); err != nil {
			return err
		}
		if !p.Status.Closed() {
			return domain.Errorf(domain.CodeConflict, "This proposal is %s; what it decided can be stated once it has closed.", statusWords(p.Status))
		}
		if err := tx.Model(&domain.Proposal{}).Where("id = ?", p.ID).Updates(map[string]any{
			"decision_statement": text, "decision_stated_by_id": viewer, "decision_stated_at": now,
			"review_at": review, "review_reminded_at": nil, "updated_at": now,
		}).Error; err != nil {
			return domain.DBErr(err, "proposal")
		}
		if err := s.Record(tx, &c.ID, viewer, "proposal.decision_stated", "Proposal", p.ID); err != nil {
			return err
		}
		return domain.DBErr(tx.First(p, p.ID).Error, "proposal")
	})
}

func statusWords(st domain.ProposalStatus) string {
	switch st {
	case domain.ProposalOpen:
		return "still open"
	case domain.ProposalQuorumNotReached:
		return "closed without quorum"
	}
	return strings.ToLower(string(st))
}
