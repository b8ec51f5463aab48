package domain

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
)

// MaxContributionNote bounds a ledger entry's note.
const MaxContributionNote = 1000

// ContributionInput is a ledger entry to log: what was given, how much and when.
type ContributionInput struct {
	Kind         ResourceKind
	Quantity     string
	Unit         string
	Currency     string
	Note         string
	OccurredAt   *time.Time
	CommitmentID *int64
}

// LogContribution adds an entry to the ledger for the viewer, an ACTIVE member,
// optionally against one of their own commitments.
func (s *Service) LogContribution(ctx context.Context, collabID int64, in ContributionInput) (*Contribution, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	a, err := ParseAmount("contribution", in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	note, err := ValidateProse("note", "The note", in.Note, 0, MaxContributionNote)
	if err != nil {
		return nil, err
	}
	now := s.now()
	occurred := now
	if in.OccurredAt != nil {
		occurred = in.OccurredAt.UTC()
		if occurred.After(now.Add(5 * time.Minute)) {
			return nil, Invalid("occurredAt", "A contribution is logged once it has happened; this date is in the future.")
		}
		if occurred.Before(now.AddDate(-2, 0, 0)) {
			return nil, Invalid("occurredAt", "Log contributions from the last two years only.")
		}
	}
	var out *Contribution
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "logContribution", []any{collabID, in}, &out, func() (int64, error) {
			if _, err := requireActive(tx, ctx, c); err != nil {
				return 0, err
			}
			if in.CommitmentID != nil {
				var cm Commitment
				if err := tx.Where("id = ? AND collaboration_id = ?", *in.CommitmentID, c.ID).First(&cm).Error; err != nil {
					return 0, &Error{Code: CodeNotFound, Field: "commitmentId", Message: "This commitment is not one of this collaboration's."}
				}
				if cm.PersonID != v.ID {
					return 0, &Error{Code: CodeForbidden, Field: "commitmentId", Message: "You log contributions against your own commitments only."}
				}
				if cm.Kind != a.Kind || cm.Unit != a.Unit || cm.Currency != a.Currency {
					return 0, Invalid("commitmentId", "The commitment is for %s in %s; log the contribution in the same.", strings.ToLower(string(cm.Kind)), cm.Unit)
				}
				if cm.Status == CommitmentWithdrawn {
					return 0, Errorf(CodeConflict, "This commitment was withdrawn; log the contribution without it.")
				}
			}
			out = &Contribution{CollaborationID: c.ID, PersonID: v.ID, CommitmentID: in.CommitmentID, Kind: a.Kind, Quantity: a.Steps,
				Unit: a.Unit, Currency: a.Currency, Note: note, OccurredAt: occurred, CreatedAt: now}
			if err := tx.Create(out).Error; err != nil {
				return 0, dbErr(err, "contribution")
			}
			return out.ID, s.record(tx, &c.ID, v.ID, "contribution.logged", "Contribution", out.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// inContribution loads an entry and runs f under its collaboration's lock.
func (s *Service) inContribution(ctx context.Context, id int64, f func(tx *gorm.DB, c *Collaboration, e *Contribution) error) (*Contribution, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var e Contribution
	if err := s.db.WithContext(ctx).First(&e, id).Error; err != nil {
		return nil, dbErr(err, "This contribution")
	}
	err := s.inCollaboration(ctx, e.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if err := tx.First(&e, id).Error; err != nil {
			return dbErr(err, "This contribution")
		}
		if err := f(tx, c, &e); err != nil {
			return err
		}
		return dbErr(tx.First(&e, id).Error, "contribution")
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

func isReversed(tx *gorm.DB, id int64) (bool, error) {
	var n int64
	err := tx.Model(&Contribution{}).Where("reverses_id = ?", id).Count(&n).Error
	return n > 0, dbErr(err, "contribution")
}

// ConfirmContribution confirms another member's entry; the viewer must be an ACTIVE
// member and not its author. An entry is confirmed once: a second confirmation, even at
// the same moment, is refused.
func (s *Service) ConfirmContribution(ctx context.Context, id int64) (*Contribution, error) {
	return s.inContribution(ctx, id, func(tx *gorm.DB, c *Collaboration, e *Contribution) error {
		me, err := membershipOrNil(tx, c.ID, viewerID(ctx))
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
		now := s.now()
		res := tx.Model(&Contribution{}).Where("id = ? AND confirmed_by_id IS NULL", e.ID).
			Updates(map[string]any{"confirmed_by_id": me.PersonID, "confirmed_at": now})
		if res.Error != nil {
			return dbErr(res.Error, "contribution")
		}
		if res.RowsAffected == 0 {
			return errAlreadyConfirmed
		}
		return s.record(tx, &c.ID, me.PersonID, "contribution.confirmed", "Contribution", e.ID)
	})
}

// CanConfirm is the rule of who confirms an entry of the ledger: an ACTIVE member (m, nil
// for none) other than its author, while it is unconfirmed, not a reversal and not
// reversed. It returns why not, nil when they may.
func CanConfirm(m *Membership, e *Contribution, reversed bool) error {
	switch {
	case m == nil || m.Status != MembershipActive:
		return Errorf(CodeForbidden, "Only active members of this collaboration confirm its contributions.")
	case e.PersonID == m.PersonID:
		return Errorf(CodeForbidden, "Nobody confirms their own contribution; another member does.")
	case e.ReversesID != nil:
		return Errorf(CodeConflict, "A correction needs no confirmation.")
	case reversed:
		return Errorf(CodeConflict, "This entry was reversed; there is nothing to confirm.")
	case e.ConfirmedByID != nil:
		return errAlreadyConfirmed
	}
	return nil
}

var errAlreadyConfirmed = Errorf(CodeConflict, "This contribution is already confirmed.")

// ReverseContribution corrects a mistake with a reversing entry: the ledger is never
// edited, so both stay and neither counts. The author or a steward may reverse an entry,
// once; a reversal itself is not reversed (log the right amount instead).
func (s *Service) ReverseContribution(ctx context.Context, id int64, note string) (*Contribution, error) {
	note, err := ValidateProse("note", "The reason", note, 1, MaxContributionNote)
	if err != nil {
		return nil, err
	}
	var reversal *Contribution
	_, err = s.inContribution(ctx, id, func(tx *gorm.DB, c *Collaboration, e *Contribution) error {
		return once(ctx, s, tx, "reverseContribution", []any{id, note}, &reversal, func() (int64, error) {
			v := ViewerFrom(ctx)
			m, err := membershipOrNil(tx, c.ID, v.ID)
			if err != nil {
				return 0, err
			}
			steward := m != nil && m.Status == MembershipActive && m.Role == MembershipSteward
			if e.PersonID != v.ID && !steward {
				return 0, Errorf(CodeForbidden, "Only the person who logged an entry, or a steward, can reverse it.")
			}
			if e.PersonID == v.ID && (m == nil || m.Status != MembershipActive) && !steward {
				return 0, Errorf(CodeForbidden, "Only active members change the ledger.")
			}
			if e.ReversesID != nil {
				return 0, Errorf(CodeConflict, "A reversal is not reversed; log the right amount as a new entry.")
			}
			reversal = &Contribution{CollaborationID: c.ID, PersonID: e.PersonID, CommitmentID: e.CommitmentID, Kind: e.Kind,
				Quantity: -e.Quantity, Unit: e.Unit, Currency: e.Currency, Note: note, OccurredAt: s.now(), ReversesID: &e.ID, CreatedAt: s.now()}
			if err := tx.Create(reversal).Error; err != nil {
				if errors.Is(err, gorm.ErrDuplicatedKey) {
					return 0, Errorf(CodeConflict, "This entry is already reversed.")
				}
				return 0, dbErr(err, "contribution")
			}
			return reversal.ID, s.record(tx, &c.ID, v.ID, "contribution.reversed", "Contribution", reversal.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return reversal, nil
}
