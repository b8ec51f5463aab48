package ledger

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// MaxContributionNote bounds a ledger entry's note.
const MaxContributionNote = 1000

// ContributionInput is a ledger entry to log: what was given, how much and when.
type ContributionInput struct {
	Kind         domain.ResourceKind
	Quantity     string
	Unit         string
	Currency     string
	Note         string
	OccurredAt   *time.Time
	CommitmentID *int64
	// ServesOutcomeIDs names the outcomes of the collaboration the entry serves; empty
	// lets it serve its commitment's (else its need's).
	ServesOutcomeIDs []int64
}

// LogContribution adds an entry to the ledger for the viewer, an ACTIVE member,
// optionally against one of their own commitments.
func (s *Ledger) LogContribution(ctx context.Context, collabID int64, in ContributionInput) (*domain.Contribution, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	a, err := domain.ParseAmount("contribution", in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	note, err := domain.ValidateProse("note", "The note", in.Note, 0, MaxContributionNote)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	occurred := now
	if in.OccurredAt != nil {
		occurred = in.OccurredAt.UTC()
		if occurred.After(now.Add(5 * time.Minute)) {
			return nil, domain.Invalid("occurredAt", "A contribution is logged once it has happened; this date is in the future.")
		}
		if occurred.Before(now.AddDate(-2, 0, 0)) {
			return nil, domain.Invalid("occurredAt", "Log contributions from the last two years only.")
		}
	}
	var out *domain.Contribution
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "logContribution", []any{collabID, in}, &out, func() (int64, error) {
			if _, err := collab.RequireActive(tx, ctx, c); err != nil {
				return 0, err
			}
			if in.CommitmentID != nil {
				var cm domain.Commitment
				if err := tx.Where("id = ? AND collaboration_id = ?", *in.CommitmentID, c.ID).First(&cm).Error; err != nil {
					return 0, &domain.Error{Code: domain.CodeNotFound, Field: "commitmentId", Message: "This commitment is not one of this collaboration's."}
				}
				if cm.PersonID != v.ID {
					return 0, &domain.Error{Code: domain.CodeForbidden, Field: "commitmentId", Message: "You log contributions against your own commitments only."}
				}
				if cm.Kind != a.Kind || cm.Unit != a.Unit || cm.Currency != a.Currency {
					return 0, domain.Invalid("commitmentId", "The commitment is for %s in %s; log the contribution in the same.", strings.ToLower(string(cm.Kind)), cm.Unit)
				}
				switch {
				case cm.Status == domain.CommitmentWithdrawn:
					return 0, domain.Errorf(domain.CodeConflict, "This commitment was withdrawn; log the contribution without it.")
				case cm.Status == domain.CommitmentLapsed:
					return 0, domain.Errorf(domain.CodeConflict, "This pledge lapsed: %s Log the contribution without it.", cm.LapseReason)
				case cm.Status == domain.CommitmentPending && cm.ProposalNeedID != nil:
					return 0, domain.Errorf(domain.CodeConflict, "This pledge binds only if its proposal is adopted; log the contribution then, or without it.")
				}
			}
			out = &domain.Contribution{CollaborationID: c.ID, PersonID: v.ID, CommitmentID: in.CommitmentID, Kind: a.Kind, Quantity: a.Steps,
				Unit: a.Unit, Currency: a.Currency, Note: note, OccurredAt: occurred, CreatedAt: now}
			if err := tx.Create(out).Error; err != nil {
				return 0, domain.DBErr(err, "contribution")
			}
			if _, err := domain.SetOutcomeLinks(tx, domain.LinkContribution, c.ID, out.ID, in.ServesOutcomeIDs); err != nil {
				return 0, err
			}
			return out.ID, s.Record(tx, &c.ID, v.ID, "contribution.logged", "Contribution", out.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// inContribution loads an entry and runs f under its collaboration's lock.
func (s *Ledger) inContribution(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, e *domain.Contribution) error) (*domain.Contribution, error) {
	return domain.InOwner(ctx, s.Core, id, "This contribution", f)
}

func isReversed(tx *gorm.DB, id int64) (bool, error) {
	var n int64
	err := tx.Model(&domain.Contribution{}).Where("reverses_id = ?", id).Count(&n).Error
	return n > 0, domain.DBErr(err, "contribution")
}

// ConfirmContribution confirms another member's entry; the viewer must be an ACTIVE
// member and not its author. An entry is confirmed once: a second confirmation, even at
// the same moment, is refused.
func (s *Ledger) ConfirmContribution(ctx context.Context, id int64) (*domain.Contribution, error) {
	return s.inContribution(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, e *domain.Contribution) error {
		me, err := domain.MembershipOrNil(tx, c.ID, domain.ViewerID(ctx))
		if err != nil {
			return err
		}
		reversed, err := isReversed(tx, e.ID)
		if err != nil {
			return err
		}
		if err := CanConfirm(me, e, reversed); err != nil {
			return err
		}
		now := s.Now()
		res := tx.Model(&domain.Contribution{}).Where("id = ? AND confirmed_by_id IS NULL", e.ID).
			Updates(map[string]any{"confirmed_by_id": me.PersonID, "confirmed_at": now})
		if res.Error != nil {
			return domain.DBErr(res.Error, "contribution")
		}
		if res.RowsAffected == 0 {
			return errAlreadyConfirmed
		}
		return s.Record(tx, &c.ID, me.PersonID, "contribution.confirmed", "Contribution", e.ID)
	})
}

// CanConfirm is the rule of who confirms an entry of the ledger: an ACTIVE member (m, nil
// for none) other than its author, while it is unconfirmed, not a reversal and not
// reversed. It returns why not, nil when they may.
func CanConfirm(m *domain.Membership, e *domain.Contribution, reversed bool) error {
	switch {
	case m == nil || m.Status != domain.MembershipActive:
		return domain.Errorf(domain.CodeForbidden, "Only active members of this collaboration confirm its contributions.")
	case e.PersonID == m.PersonID:
		return domain.Errorf(domain.CodeForbidden, "Nobody confirms their own contribution; another member does.")
	case e.ReversesID != nil:
		return domain.Errorf(domain.CodeConflict, "A correction needs no confirmation.")
	case reversed:
		return domain.Errorf(domain.CodeConflict, "This entry was reversed; there is nothing to confirm.")
	case e.ConfirmedByID != nil:
		return errAlreadyConfirmed
	}
	return nil
}

var errAlreadyConfirmed = domain.Errorf(domain.CodeConflict, "This contribution is already confirmed.")

// ReverseContribution corrects a mistake with a reversing entry: the ledger is never
// edited, so both stay and neither counts. The author or a steward may reverse an entry,
// once; a reversal itself is not reversed (log the right amount instead).
func (s *Ledger) ReverseContribution(ctx context.Context, id int64, note string) (*domain.Contribution, error) {
	note, err := domain.ValidateProse("note", "The reason", note, 1, MaxContributionNote)
	if err != nil {
		return nil, err
	}
	var reversal *domain.Contribution
	_, err = s.inContribution(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, e *domain.Contribution) error {
		return domain.Once(ctx, s.Core, tx, "reverseContribution", []any{id, note}, &reversal, func() (int64, error) {
			v := domain.ViewerFrom(ctx)
			m, err := domain.MembershipOrNil(tx, c.ID, v.ID)
			if err != nil {
				return 0, err
			}
			steward := m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward
			if e.PersonID != v.ID && !steward {
				return 0, domain.Errorf(domain.CodeForbidden, "Only the person who logged an entry, or a steward, can reverse it.")
			}
			if e.PersonID == v.ID && (m == nil || m.Status != domain.MembershipActive) && !steward {
				return 0, domain.Errorf(domain.CodeForbidden, "Only active members change the ledger.")
			}
			if e.ReversesID != nil {
				return 0, domain.Errorf(domain.CodeConflict, "A reversal is not reversed; log the right amount as a new entry.")
			}
			reversal = &domain.Contribution{CollaborationID: c.ID, PersonID: e.PersonID, CommitmentID: e.CommitmentID, Kind: e.Kind,
				Quantity: -e.Quantity, Unit: e.Unit, Currency: e.Currency, Note: note, OccurredAt: s.Now(), ReversesID: &e.ID, CreatedAt: s.Now()}
			if err := tx.Create(reversal).Error; err != nil {
				if errors.Is(err, gorm.ErrDuplicatedKey) {
					return 0, domain.Errorf(domain.CodeConflict, "This entry is already reversed.")
				}
				return 0, domain.DBErr(err, "contribution")
			}
			return reversal.ID, s.Record(tx, &c.ID, v.ID, "contribution.reversed", "Contribution", reversal.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return reversal, nil
}
