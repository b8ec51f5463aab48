package gather

import (
	"context"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Answer is what a member may answer: GOING, MAYBE or NOT_GOING (WAITING is what GOING
// becomes when the gathering is full).
func validAnswer(a domain.RSVPStatus) bool {
	return a == domain.RSVPGoing || a == domain.RSVPMaybe || a == domain.RSVPNotGoing
}

// RSVP records the viewer's answer to a gathering; ACTIVE members only, until it starts.
//
// Capacity is never exceeded, also when members answer at the same moment: the answer is
// written under the gathering's row lock (SELECT … FOR UPDATE on PostgreSQL; SQLite runs
// one write transaction at a time). A GOING answer when the gathering is full puts the
// viewer on the waiting list (WAITING), ordered by the time of the answer; answering
// GOING again keeps one's place. When someone going answers MAYBE or NOT_GOING, the
// first waiting person moves up to GOING in the same transaction and is told.
func (s *Gather) RSVP(ctx context.Context, gatheringID int64, answer domain.RSVPStatus) (*domain.GatheringRSVP, error) {
	if !validAnswer(answer) {
		return nil, domain.Invalid("status", "Answer GOING, MAYBE or NOT_GOING.")
	}
	var out *domain.GatheringRSVP
	_, err := s.inGathering(ctx, gatheringID, func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error {
		m, err := collab.RequireActive(tx, ctx, c)
		if err != nil {
			return err
		}
		if g.CancelledAt != nil {
			return domain.Errorf(domain.CodeConflict, "“%s” was cancelled.", g.Title)
		}
		if !s.Now().Before(g.StartsAt) {
			return domain.Errorf(domain.CodeConflict, "“%s” has already started; answers close when it starts.", g.Title)
		}
		var r domain.GatheringRSVP
		if err := tx.Where("gathering_id = ? AND person_id = ?", g.ID, m.PersonID).Limit(1).Find(&r).Error; err != nil {
			return domain.DBErr(err, "answer")
		}
		out = &r
		was := r.Status
		next := answer
		if answer == domain.RSVPGoing {
			if was == domain.RSVPGoing || was == domain.RSVPWaiting {
				return nil // already going, or keeping one's place on the waiting list
			}
			full, err := isFull(tx, g)
			if err != nil {
				return err
			}
			if full {
				next = domain.RSVPWaiting
			}
		} else if was == answer {
			return nil
		}
		now := s.Now()
		if r.ID == 0 {
			r = domain.GatheringRSVP{CollaborationID: c.ID, GatheringID: g.ID, PersonID: m.PersonID, CreatedAt: now}
		}
		r.Status, r.AnsweredAt, r.UpdatedAt = next, now, now
		if err := tx.Save(&r).Error; err != nil {
			return domain.DBErr(err, "answer")
		}
		if err := s.Record(tx, &c.ID, m.PersonID, "gathering.answered", "Gathering", g.ID); err != nil {
			return err
		}
		if was == domain.RSVPGoing {
			return s.moveUp(tx, g)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func countGoing(tx *gorm.DB, gatheringID int64) (int64, error) {
	var n int64
	err := tx.Model(&domain.GatheringRSVP{}).Where("gathering_id = ? AND status = ?", gatheringID, domain.RSVPGoing).Count(&n).Error
	return n, domain.DBErr(err, "answers")
}

func isFull(tx *gorm.DB, g *domain.Gathering) (bool, error) {
	if g.Capacity == nil {
		return false, nil
	}
	n, err := countGoing(tx, g.ID)
	return n >= int64(*g.Capacity), err
}

// moveUp gives free places to the waiting list in order (the earliest answer first),
// telling each person who moves up. It runs in the transaction that freed the places.
func (s *Gather) moveUp(tx *gorm.DB, g *domain.Gathering) error {
	for {
		full, err := isFull(tx, g)
		if err != nil || full {
			return err
		}
		var next domain.GatheringRSVP
		if err := tx.Where("gathering_id = ? AND status = ?", g.ID, domain.RSVPWaiting).Order("answered_at, id").Limit(1).Find(&next).Error; err != nil {
			return domain.DBErr(err, "waiting list")
		}
		if next.ID == 0 {
			return nil
		}
		now := s.Now()
		// answered_at stays: it was when they said they would come.
		if err := tx.Model(&domain.GatheringRSVP{}).Where("id = ?", next.ID).Updates(map[string]any{"status": domain.RSVPGoing, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "answer")
		}
		n := &domain.Notification{PersonID: next.PersonID, Kind: domain.NotifyGatheringMovedUp, CollaborationID: &g.CollaborationID,
			SubjectType: "Gathering", SubjectID: g.ID, CreatedAt: now}
		if _, err := s.WriteNotification(tx, n); err != nil {
			return err
		}
		if err := s.RecordSystem(tx, g.CollaborationID, "gathering.moved_up", "Gathering", g.ID); err != nil {
			return err
		}
	}
}

// ForgetAnswers removes every answer of person, whose account is being deleted, in tx.
// A place they held at a gathering still to come goes to the first on its waiting list.
// Their attendance stays: it is part of the ledger, which keeps a former member's entries.
func (s *Gather) ForgetAnswers(tx *gorm.DB, personID int64) error {
	var held []int64
	if err := tx.Model(&domain.GatheringRSVP{}).Joins("JOIN gatherings ON gatherings.id = gathering_rsvps.gathering_id").
		Where("gathering_rsvps.person_id = ? AND gathering_rsvps.status = ? AND gatherings.cancelled_at IS NULL AND gatherings.starts_at > ?",
			personID, domain.RSVPGoing, s.Now()).Order("gathering_rsvps.gathering_id").Pluck("gathering_rsvps.gathering_id", &held).Error; err != nil {
		return domain.DBErr(err, "answers")
	}
	for _, id := range held {
		if err := domain.LockRow(tx, "gatherings", id); err != nil {
			return err
		}
	}
	if err := tx.Where("person_id = ?", personID).Delete(&domain.GatheringRSVP{}).Error; err != nil {
		return domain.DBErr(err, "answers")
	}
	for _, id := range held {
		var g domain.Gathering
		if err := tx.First(&g, id).Error; err != nil {
			return domain.DBErr(err, "gathering")
		}
		if err := s.moveUp(tx, &g); err != nil {
			return err
		}
	}
	return nil
}
