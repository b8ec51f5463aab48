package collab

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// recurrence validates the period and dates of a recurring commitment and returns its
// first and last day; both nil for a one-off commitment.
func recurrence(field string, c *domain.Collaboration, in CommitmentInput, now time.Time) (startsOn, endsOn *string, err error) {
	switch in.Period {
	case domain.RecurNone:
		if in.StartsOn != nil || in.EndsOn != nil {
			return nil, nil, domain.Invalid(field+".recurrence", "A first and last day belong to a recurring commitment: say per WEEK or per MONTH.")
		}
		return nil, nil, nil
	case domain.RecurWeek, domain.RecurMonth:
	default:
		return nil, nil, domain.Invalid(field+".recurrence.every", "A commitment recurs per WEEK or per MONTH.")
	}
	if in.DueAt != nil {
		return nil, nil, domain.Invalid(field+".dueAt", "A recurring commitment falls due at the end of each period; leave out the due date.")
	}
	loc := domain.LoadZone(c.TimeZone)
	today := domain.Midnight(now, loc)
	first := today
	if in.StartsOn != nil {
		if first, err = domain.ParseDate(field+".recurrence.startsOn", *in.StartsOn, loc); err != nil {
			return nil, nil, err
		}
		if first.Before(today) {
			return nil, nil, domain.Invalid(field+".recurrence.startsOn", "The first day has passed (it is %s in %s); start today or later.", today.Format(domain.DateLayout), loc)
		}
	}
	s := first.Format(domain.DateLayout)
	startsOn = &s
	if in.EndsOn != nil {
		last, err := domain.ParseDate(field+".recurrence.endsOn", *in.EndsOn, loc)
		if err != nil {
			return nil, nil, err
		}
		if last.Before(first) {
			return nil, nil, domain.Invalid(field+".recurrence.endsOn", "The last day comes before the first; choose %s or later.", s)
		}
		e := last.Format(domain.DateLayout)
		endsOn = &e
	}
	return startsOn, endsOn, nil
}

// CancelCommitment ends the viewer's own recurring BINDING commitment with the period
// that runs now: the periods before stay in the record and still count, and no later
// period exists. A commitment that has not started yet is left with no period at all.
func (s *Collabs) CancelCommitment(ctx context.Context, id int64) (*domain.Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error {
		if cm.PersonID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the person who made a commitment can cancel it.")
		}
		if cm.Period == domain.RecurNone {
			return domain.Errorf(domain.CodeConflict, "Only a recurring commitment is cancelled; a pending one is withdrawn, a binding one released by a steward.")
		}
		if cm.Status != domain.CommitmentBinding {
			return domain.Errorf(domain.CodeConflict, "Only a binding commitment is cancelled; this one is %s (a pending one is withdrawn).", strings.ToLower(string(cm.Status)))
		}
		if cm.CancelledAt != nil {
			return domain.Errorf(domain.CodeConflict, "This commitment was already cancelled.")
		}
		now := s.Now()
		loc := domain.LoadZone(c.TimeZone)
		ps, _, err := periodsNow(tx, loc, cm, now)
		if err != nil {
			return err
		}
		var end string
		switch {
		case len(ps) == 0: // not begun: no period
			first, err := domain.ParseDate("startsOn", *cm.StartsOn, loc)
			if err != nil {
				return err
			}
			end = first.AddDate(0, 0, -1).Format(domain.DateLayout)
		default: // with the period that runs now, as it runs (its zone may be an earlier one)
			end = ps[len(ps)-1].LastDay().Format(domain.DateLayout)
		}
		if cm.EndsOn != nil && *cm.EndsOn < end {
			end = *cm.EndsOn // it ended sooner anyway
		}
		if err := tx.Model(&domain.Commitment{ID: cm.ID}).Updates(map[string]any{"ends_on": end, "cancelled_at": now, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "commitment")
		}
		return s.Record(tx, &c.ID, domain.ViewerID(ctx), "commitment.cancelled", "Commitment", cm.ID)
	})
}

// periodsNow returns cm's periods begun by now in a collaboration now on zone loc, and the
// terms kept from before changes.
func periodsNow(tx *gorm.DB, loc *time.Location, cm *domain.Commitment, now time.Time) ([]domain.Period, []domain.CommitmentTerms, error) {
	terms, err := domain.TermsOf(tx, []int64{cm.ID})
	if err != nil {
		return nil, nil, err
	}
	return domain.PeriodsOf(cm, loc, terms[cm.ID], now), terms[cm.ID], nil
}

// reviseAmount makes quantity what recurring cm owes from the start of the period that
// runs now; the periods before keep what they owed (kept terms). One not begun owes it
// from its first period; one that has ended has no period left to revise.
func (s *Collabs) reviseAmount(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment, quantity int64) error {
	now := s.Now()
	loc := domain.LoadZone(c.TimeZone)
	ps, terms, err := periodsNow(tx, loc, cm, now)
	if err != nil || len(ps) == 0 {
		return err
	}
	cur := ps[len(ps)-1]
	if cur.Due(now) {
		return domain.Errorf(domain.CodeConflict, "This commitment ended on %s; its periods stay in the record as they were. Make a new one instead.", cur.LastDay().Format(domain.DateLayout))
	}
	from := cur.Start.UTC()
	if len(ps) > 1 && !slices.ContainsFunc(terms, func(t domain.CommitmentTerms) bool { return t.UntilAt.Equal(from) }) {
		q, z := domain.TermsAt(cm, loc, terms, ps[len(ps)-2].Start)
		if err := tx.Create(&domain.CommitmentTerms{CommitmentID: cm.ID, UntilAt: from, Quantity: q, TimeZone: z.String()}).Error; err != nil {
			return domain.DBErr(err, "commitment terms")
		}
	}
	// Terms kept for a change of zone still to come hold the running period: it owes the new amount.
	if err := tx.Model(&domain.CommitmentTerms{}).Where("commitment_id = ? AND until_at > ?", cm.ID, from).
		Update("quantity", quantity).Error; err != nil {
		return domain.DBErr(err, "commitment terms")
	}
	return nil
}

// keepZone, before a collaboration's zone changes, keeps the zone (and amount) that the
// periods of its recurring commitments begun by now follow: the new zone applies from the
// period after the one that runs now, and no period begun moves.
func (s *Collabs) keepZone(tx *gorm.DB, c *domain.Collaboration) error {
	var cms []*domain.Commitment
	if err := tx.Where("collaboration_id = ? AND period <> ''", c.ID).Find(&cms).Error; err != nil {
		return domain.DBErr(err, "commitments")
	}
	ids := make([]int64, len(cms))
	for i, cm := range cms {
		ids[i] = cm.ID
	}
	terms, err := domain.TermsOf(tx, ids)
	if err != nil {
		return err
	}
	now, loc := s.Now(), domain.LoadZone(c.TimeZone)
	for _, cm := range cms {
		ps := domain.PeriodsOf(cm, loc, terms[cm.ID], now)
		if len(ps) == 0 {
			continue // not begun: it follows the new zone from its first day
		}
		last := ps[len(ps)-1]
		until := last.End.UTC()
		if slices.ContainsFunc(terms[cm.ID], func(t domain.CommitmentTerms) bool { return !t.UntilAt.Before(until) }) {
			continue // already kept by an earlier change
		}
		q, z := domain.TermsAt(cm, loc, terms[cm.ID], last.Start)
		if err := tx.Create(&domain.CommitmentTerms{CommitmentID: cm.ID, UntilAt: until, Quantity: q, TimeZone: z.String()}).Error; err != nil {
			return domain.DBErr(err, "commitment terms")
		}
	}
	return nil
}

// lapseBatch is how many collaborations one pass of LapseDueConditions takes at a time.
const lapseBatch = 100

// LapseDueConditions lapses every PENDING commitment whose condition had not held by its
// deadline, and tells who made it (a notification, mailed as they prefer). A condition
// that held before the deadline bound its commitment then (settle), so what is still
// PENDING at the deadline never bound. Run by the job queue; safe to repeat. It returns
// how many lapsed.
func (s *Collabs) LapseDueConditions(ctx context.Context) (int, error) {
	now := s.Now()
	var collabIDs []int64
	if err := s.DB.WithContext(ctx).Model(&domain.Commitment{}).
		Where("status = ? AND condition_deadline IS NOT NULL AND condition_deadline <= ?", domain.CommitmentPending, now).
		Distinct().Order("collaboration_id").Limit(lapseBatch).Pluck("collaboration_id", &collabIDs).Error; err != nil {
		return 0, domain.DBErr(err, "commitments")
	}
	lapsed := 0
	var errs []error
	for _, id := range collabIDs {
		n, err := s.lapseIn(ctx, id, now)
		lapsed += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	return lapsed, errors.Join(errs...)
}

func (s *Collabs) lapseIn(ctx context.Context, collabID int64, now time.Time) (int, error) {
	n := 0
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		n = 0
		if err := domain.LockRow(tx, "collaborations", collabID); err != nil {
			return err
		}
		var due []*domain.Commitment
		if err := tx.Where("collaboration_id = ? AND status = ? AND condition_deadline IS NOT NULL AND condition_deadline <= ?",
			collabID, domain.CommitmentPending, now).Order("id").Find(&due).Error; err != nil {
			return domain.DBErr(err, "commitments")
		}
		for _, cm := range due {
			reason := lapseReason(cm)
			if err := tx.Model(&domain.Commitment{ID: cm.ID}).
				Updates(map[string]any{"status": domain.CommitmentLapsed, "lapse_reason": reason, "updated_at": now}).Error; err != nil {
				return domain.DBErr(err, "commitment")
			}
			if err := s.RecordSystem(tx, collabID, "commitment.lapsed", "Commitment", cm.ID); err != nil {
				return err
			}
			if ended, err := s.leaveWithoutCommitment(tx, cm.MembershipID); err != nil {
				return err
			} else if ended {
				reason += " It was your last commitment here, and nobody is a member without one, so you are no longer a member; ask to join again with a new commitment."
				if err := tx.Model(&domain.Commitment{ID: cm.ID}).Update("lapse_reason", reason).Error; err != nil {
					return domain.DBErr(err, "commitment")
				}
			}
			key := fmt.Sprintf("commitment_lapsed:%d", cm.ID)
			cid := collabID
			if _, err := s.WriteNotification(tx, &domain.Notification{PersonID: cm.PersonID, Kind: domain.NotifyCommitmentLapsed,
				CollaborationID: &cid, SubjectType: "Commitment", SubjectID: cm.ID, DedupeKey: &key, CreatedAt: now}); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// leaveWithoutCommitment ends an ACTIVE membership left with no live commitment, as if
// its member had left (DESIGN: ACTIVE only with a commitment). The last steward stays:
// a collaboration is never left without one. It reports whether the membership ended.
func (s *Collabs) leaveWithoutCommitment(tx *gorm.DB, membershipID int64) (bool, error) {
	var m domain.Membership
	if err := tx.First(&m, membershipID).Error; err != nil {
		return false, domain.DBErr(err, "membership")
	}
	if m.Status != domain.MembershipActive {
		return false, nil
	}
	if n, err := liveCommitments(tx, m.ID); err != nil || n > 0 {
		return false, err
	}
	if m.Role == domain.MembershipSteward {
		if n, err := CountStewards(tx, m.CollaborationID); err != nil || n <= 1 {
			return false, err
		}
	}
	if err := s.setMembership(tx, &m, domain.MembershipLeft, ""); err != nil {
		return false, err
	}
	return true, s.RecordSystem(tx, m.CollaborationID, "membership.left", "Membership", m.ID)
}

// lapseReason says which condition did not hold by when.
func lapseReason(cm *domain.Commitment) string {
	by := cm.ConditionDeadline.UTC().Format("2 January 2006, 15:04 UTC")
	switch cm.ConditionKind {
	case domain.ConditionMembers:
		if cm.ConditionThreshold != nil {
			return fmt.Sprintf("Its condition, %d active members, had not held by its deadline (%s).", *cm.ConditionThreshold, by)
		}
	case domain.ConditionNeedFilled:
		return fmt.Sprintf("Its condition, the need fully pledged, had not held by its deadline (%s).", by)
	}
	return fmt.Sprintf("Its condition had not held by its deadline (%s).", by)
}
