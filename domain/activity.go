package domain

import (
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"kindred/events/wire"
)

// RecordSystem writes an activity that no person did: the rules did it.
func (s *Core) RecordSystem(tx *gorm.DB, collabID int64, verb, subjectType string, subjectID int64) error {
	a := Activity{CollaborationID: &collabID, Verb: verb, SubjectType: subjectType, SubjectID: subjectID, CreatedAt: s.Now()}
	return s.writeActivity(tx, &a)
}

// notifyFor writes, in the transaction of an activity and through write, the
// notifications it calls for: an invitation to the invitee, a join request to the
// stewards, a contribution to the members who may confirm it, a proposal adopted,
// rejected or closed without quorum to the active members.
func notifyFor(tx *gorm.DB, a *Activity, write func(*gorm.DB, *Notification) (bool, error)) error {
	if a.CollaborationID == nil {
		return nil
	}
	cid := *a.CollaborationID
	var kind NotificationKind
	var to []int64
	var err error
	switch a.Verb {
	case "membership.invited":
		kind = NotifyInvitation
		err = tx.Model(&Membership{}).Where("id = ?", a.SubjectID).Pluck("person_id", &to).Error
	case "membership.requested":
		kind = NotifyJoinRequest
		err = tx.Model(&Membership{}).Where("collaboration_id = ? AND status = ? AND role = ?", cid, MembershipActive, MembershipSteward).
			Pluck("person_id", &to).Error
	case "contribution.logged":
		kind = NotifyContributionToConfirm
		err = tx.Model(&Membership{}).Where("collaboration_id = ? AND status = ? AND person_id NOT IN (?)", cid, MembershipActive,
			tx.Model(&Contribution{}).Select("person_id").Where("id = ?", a.SubjectID)).Pluck("person_id", &to).Error
	case "proposal.adopted", "proposal.rejected", "proposal.quorum_not_reached", "proposal.not_covered":
		kind = map[string]NotificationKind{"proposal.adopted": NotifyProposalAdopted, "proposal.rejected": NotifyProposalRejected,
			"proposal.quorum_not_reached": NotifyProposalQuorumNotReached, "proposal.not_covered": NotifyProposalNotCovered}[a.Verb]
		err = tx.Model(&Membership{}).Where("collaboration_id = ? AND status = ?", cid, MembershipActive).
			Order("person_id").Pluck("person_id", &to).Error
	default:
		return nil
	}
	if err != nil {
		return DBErr(err, "notifications")
	}
	for _, p := range to {
		if a.ActorID != nil && p == *a.ActorID {
			continue
		}
		n := &Notification{PersonID: p, Kind: kind, CollaborationID: &cid, ActorID: a.ActorID,
			SubjectType: a.SubjectType, SubjectID: a.SubjectID, CreatedAt: a.CreatedAt}
		if _, err := write(tx, n); err != nil {
			return err
		}
	}
	return nil
}

// WriteNotification stores n unless its dedupe key is taken, runs the OnNotified hooks
// (mail) in tx, and tells every instance, after commit, on PostgreSQL. It reports
// whether n was new.
func (s *Core) WriteNotification(tx *gorm.DB, n *Notification) (bool, error) {
	isNew, err := writeNotification(tx, n)
	if err != nil || !isNew {
		return isNew, err
	}
	for _, f := range s.hooks.notified {
		if err := f(tx, n); err != nil {
			return false, err
		}
	}
	return true, nil
}

// OnNotified calls f in the transaction of each new notification, before it commits; an
// error from f rolls the change back. It is set at start-up (package notify mails).
func (s *Core) OnNotified(f func(tx *gorm.DB, n *Notification) error) {
	s.hooks.notified = append(s.hooks.notified, f)
}

func writeNotification(tx *gorm.DB, n *Notification) (bool, error) {
	res := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(n)
	if res.Error != nil {
		return false, DBErr(res.Error, "notification")
	}
	if res.RowsAffected == 0 {
		return false, nil
	}
	return true, announce(tx, wire.Event{Kind: wire.Notified, PersonID: n.PersonID, NotificationID: n.ID})
}

// announce sends e to every instance's listener when tx commits (PostgreSQL delivers
// NOTIFY only then); on SQLite the one instance polls instead.
func announce(tx *gorm.DB, e wire.Event) error {
	if tx.Name() != "postgres" {
		return nil
	}
	// The sending time comes from the clock GORM stamps rows with, the service's.
	e.Sent = tx.NowFunc()
	return DBErr(tx.Exec("SELECT pg_notify(?, ?)", wire.Channel, wire.Encode(e)).Error, "event")
}

// NotifyForHistory writes the notifications that activities already stored call for, as
// if each had just happened, and marks read those older than readBefore: for loading a
// community's history (the demo) into the same shape live use gives. History sends no
// mail.
func NotifyForHistory(tx *gorm.DB, acts []Activity, readBefore time.Time) error {
	for i := range acts {
		if err := notifyFor(tx, &acts[i], writeNotification); err != nil {
			return err
		}
	}
	return DBErr(tx.Model(&Notification{}).Where("created_at < ? AND read_at IS NULL", readBefore).
		Update("read_at", gorm.Expr("created_at")).Error, "notifications")
}

// Record writes an activity entry within the transaction of the change it reports.
func (s *Core) Record(tx *gorm.DB, collabID *int64, actorID int64, verb, subjectType string, subjectID int64) error {
	a := Activity{CollaborationID: collabID, ActorID: &actorID, Verb: verb, SubjectType: subjectType, SubjectID: subjectID, CreatedAt: s.Now()}
	return s.writeActivity(tx, &a)
}

// writeActivity stores an activity with the notifications it calls for. On PostgreSQL it
// also tells listeners within the same transaction, which PostgreSQL delivers only if and
// when the transaction commits: nobody hears of a change that did not happen.
func (s *Core) writeActivity(tx *gorm.DB, a *Activity) error {
	if err := tx.Create(a).Error; err != nil {
		return DBErr(err, "activity")
	}
	if err := notifyFor(tx, a, s.WriteNotification); err != nil {
		return err
	}
	if a.CollaborationID == nil {
		return nil
	}
	return announce(tx, wire.Event{Kind: wire.Activity, CollaborationID: *a.CollaborationID, ActivityID: a.ID})
}
