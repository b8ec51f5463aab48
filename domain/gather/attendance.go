package gather

import (
	"context"
	"fmt"
	"math"

	"gorm.io/gorm"

	"kindred/domain"
)

// MaxAttendanceHours bounds the hours one attendance records.
const MaxAttendanceHours = 24

// Attendee is one person who attended, with the hours they gave ("2.5"); empty Hours
// means the gathering's duration.
type Attendee struct {
	PersonID int64
	Hours    string
}

// RecordAttendance records, once, who attended a gathering that has ended; its
// collaboration's ACTIVE stewards only. attendees nil means everyone who answered GOING,
// each for the gathering's duration.
//
// Each attendee gets a TIME contribution in hours, occurred at the gathering's start,
// against their own TIME commitment to the collaboration when they have one (the one for
// the need the gathering serves first, then a BINDING one, then a PENDING one, the oldest
// first); without one, the contribution stands on its own, as the ledger allows any
// member's. The steward confirms them in the same step, all in one transaction, except
// their own attendance: nobody confirms their own contribution, so theirs waits for
// another member's confirmation, as any contribution does. Attendees must be ACTIVE
// members; a mistake is corrected in the ledger by reversing the entry.
func (s *Gather) RecordAttendance(ctx context.Context, gatheringID int64, attendees []Attendee) (*domain.Gathering, error) {
	return s.inGathering(ctx, gatheringID, func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error {
		if err := requirePlanning(tx, ctx, c); err != nil {
			return err
		}
		if g.CancelledAt != nil {
			return domain.Errorf(domain.CodeConflict, "“%s” was cancelled; nobody attended it.", g.Title)
		}
		now := s.Now()
		if now.Before(g.EndsAt) {
			return domain.Errorf(domain.CodeConflict, "“%s” has not ended yet; record who attended once it has.", g.Title)
		}
		if g.AttendanceRecordedAt != nil {
			return domain.Errorf(domain.CodeConflict, "Attendance of “%s” is already recorded; correct a mistake in the ledger.", g.Title)
		}
		defaultSteps := durationSteps(g)
		if attendees == nil {
			var going []int64
			if err := tx.Model(&domain.GatheringRSVP{}).Where("gathering_id = ? AND status = ?", g.ID, domain.RSVPGoing).
				Order("answered_at, id").Pluck("person_id", &going).Error; err != nil {
				return domain.DBErr(err, "answers")
			}
			for _, p := range going {
				attendees = append(attendees, Attendee{PersonID: p})
			}
		}
		steps, err := attendeeSteps(attendees, defaultSteps)
		if err != nil {
			return err
		}
		if err := requireMembers(tx, c, attendees); err != nil {
			return err
		}
		steward := domain.ViewerID(ctx)
		for i, a := range attendees {
			cm, err := timeCommitment(tx, c.ID, a.PersonID, g.NeedID)
			if err != nil {
				return err
			}
			e := &domain.Contribution{CollaborationID: c.ID, PersonID: a.PersonID, CommitmentID: cm, Kind: domain.KindTime,
				Quantity: steps[i], Unit: domain.HourUnit, Note: fmt.Sprintf("Attended “%s”", g.Title), OccurredAt: g.StartsAt, CreatedAt: now}
			if a.PersonID != steward {
				e.ConfirmedByID, e.ConfirmedAt = &steward, &now
			}
			if err := tx.Create(e).Error; err != nil {
				return domain.DBErr(err, "contribution")
			}
			at := &domain.GatheringAttendance{CollaborationID: c.ID, GatheringID: g.ID, PersonID: a.PersonID, ContributionID: e.ID, CreatedAt: now}
			if err := tx.Create(at).Error; err != nil {
				return domain.DBErr(err, "attendance")
			}
			if e.ConfirmedByID == nil {
				// Like any unconfirmed entry, it asks the other members to confirm it.
				if err := s.Record(tx, &c.ID, a.PersonID, "contribution.logged", "Contribution", e.ID); err != nil {
					return err
				}
			}
		}
		if err := tx.Model(&domain.Gathering{}).Where("id = ?", g.ID).
			Updates(map[string]any{"attendance_recorded_at": now, "attendance_recorded_by_id": steward, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "gathering")
		}
		return s.Record(tx, &c.ID, steward, "gathering.attendance_recorded", "Gathering", g.ID)
	})
}

// durationSteps is a gathering's duration in hundredths of an hour, rounded.
func durationSteps(g *domain.Gathering) int64 {
	return int64(math.Round(g.EndsAt.Sub(g.StartsAt).Hours() * 100))
}

// attendeeSteps checks each attendee once with hours in (0, 24], and returns the hours
// in hundredths.
func attendeeSteps(attendees []Attendee, def int64) ([]int64, error) {
	seen := map[int64]bool{}
	out := make([]int64, len(attendees))
	for i, a := range attendees {
		field := fmt.Sprintf("attendees[%d]", i)
		if seen[a.PersonID] {
			return nil, domain.Invalid(field+".personId", "Each attendee is named once.")
		}
		seen[a.PersonID] = true
		out[i] = min(def, MaxAttendanceHours*100)
		if a.Hours == "" {
			continue
		}
		amt, err := domain.ParseAmount(field, domain.KindTime, domain.HourUnit, "", a.Hours)
		if err != nil {
			return nil, err
		}
		if amt.Steps <= 0 || amt.Steps > MaxAttendanceHours*100 {
			return nil, domain.Invalid(field+".hours", "Hours of one attendance are more than 0 and at most %d.", MaxAttendanceHours)
		}
		out[i] = amt.Steps
	}
	return out, nil
}

// requireMembers refuses attendees who are not ACTIVE members of c, naming them.
func requireMembers(tx *gorm.DB, c *domain.Collaboration, attendees []Attendee) error {
	if len(attendees) == 0 {
		return nil
	}
	ids := make([]int64, len(attendees))
	for i, a := range attendees {
		ids[i] = a.PersonID
	}
	var active []int64
	if err := tx.Model(&domain.Membership{}).Where("collaboration_id = ? AND status = ? AND person_id IN ?", c.ID, domain.MembershipActive, ids).
		Pluck("person_id", &active).Error; err != nil {
		return domain.DBErr(err, "memberships")
	}
	ok := map[int64]bool{}
	for _, p := range active {
		ok[p] = true
	}
	for i, a := range attendees {
		if !ok[a.PersonID] {
			name := "this person"
			var p domain.Person
			if err := tx.Select("id", "display_name").Where("id = ?", a.PersonID).Limit(1).Find(&p).Error; err == nil && p.ID != 0 {
				name = p.DisplayName
			}
			return domain.Invalid(fmt.Sprintf("attendees[%d].personId", i),
				"Only active members contribute, and %s is not an active member of %q; leave them out.", name, c.Title)
		}
	}
	return nil
}

// timeCommitment picks the attendee's TIME commitment to count the hours against: the
// one for need, then BINDING before PENDING, the oldest first; nil for none.
func timeCommitment(tx *gorm.DB, collabID, personID int64, need *int64) (*int64, error) {
	var cms []domain.Commitment
	if err := tx.Where("collaboration_id = ? AND person_id = ? AND kind = ? AND status IN ?", collabID, personID, domain.KindTime,
		[]domain.CommitmentStatus{domain.CommitmentBinding, domain.CommitmentPending}).Order("id").Find(&cms).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	var best *domain.Commitment
	rank := func(cm *domain.Commitment) int {
		r := 0
		if need != nil && cm.NeedID != nil && *cm.NeedID == *need {
			r += 2
		}
		if cm.Status == domain.CommitmentBinding {
			r++
		}
		return r
	}
	for i := range cms {
		if best == nil || rank(&cms[i]) > rank(best) {
			best = &cms[i]
		}
	}
	if best == nil {
		return nil, nil
	}
	return &best.ID, nil
}
