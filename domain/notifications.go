package domain

import (
	"context"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Windows of the scheduled notices.
const (
	ProposalClosingWindow = 24 * time.Hour
	CommitmentDueWindow   = 7 * 24 * time.Hour
)

// NotifyDue writes the scheduled notices that are due: a proposal closing within a day to
// each active member without a position; a commitment due within a week, or overdue, to
// who made it, while it is not fulfilled. Each exists once per person (dedupe keys), so
// running this again, or on several instances, adds nothing twice. It returns how many
// it wrote.
func (s *Service) NotifyDue(ctx context.Context) (int, error) {
	now := s.now()
	db := s.db.WithContext(ctx)
	var notices []*Notification
	notice := func(person int64, kind NotificationKind, collabID int64, subjectType string, subjectID int64) {
		key := strings.ToLower(string(kind)) + ":" + strconv.FormatInt(subjectID, 10)
		notices = append(notices, &Notification{PersonID: person, Kind: kind, CollaborationID: &collabID,
			SubjectType: subjectType, SubjectID: subjectID, DedupeKey: &key, CreatedAt: now})
	}
	// Each active member without a position on a proposal closing soon, not yet told.
	var closing []struct{ ProposalID, CollaborationID, PersonID int64 }
	if err := db.Table("proposals").
		Select("proposals.id AS proposal_id, proposals.collaboration_id, memberships.person_id").
		Joins("JOIN memberships ON memberships.collaboration_id = proposals.collaboration_id AND memberships.status = ?", MembershipActive).
		Where("proposals.status = ? AND proposals.closes_at > ? AND proposals.closes_at <= ?", ProposalOpen, now, now.Add(ProposalClosingWindow)).
		Where("NOT EXISTS (SELECT 1 FROM positions WHERE positions.proposal_id = proposals.id AND positions.person_id = memberships.person_id)").
		Where(`NOT EXISTS (SELECT 1 FROM notifications n WHERE n.person_id = memberships.person_id
			AND n.subject_type = 'Proposal' AND n.subject_id = proposals.id AND n.kind = ?)`, NotifyProposalClosing).
		Scan(&closing).Error; err != nil {
		return 0, dbErr(err, "proposals")
	}
	for _, c := range closing {
		notice(c.PersonID, NotifyProposalClosing, c.CollaborationID, "Proposal", c.ProposalID)
	}
	var due []*Commitment
	if err := db.Where("status IN ? AND due_at IS NOT NULL AND due_at <= ?", []CommitmentStatus{CommitmentPending, CommitmentBinding},
		now.Add(CommitmentDueWindow)).Where(`NOT EXISTS (SELECT 1 FROM notifications n WHERE n.person_id = commitments.person_id
			AND n.subject_type = 'Commitment' AND n.subject_id = commitments.id AND n.kind = CASE WHEN commitments.due_at <= ? THEN ? ELSE ? END)`,
		now, NotifyCommitmentOverdue, NotifyCommitmentDue).Find(&due).Error; err != nil {
		return 0, dbErr(err, "commitments")
	}
	ids := make([]int64, len(due))
	for i, c := range due {
		ids[i] = c.ID
	}
	ful, err := deliveredByCommitment(s, ctx, ids)
	if err != nil {
		return 0, err
	}
	for _, c := range due {
		if !ful[c.ID].Confirmed.Less(c.Quantity) {
			continue
		}
		kind := NotifyCommitmentDue
		if !c.DueAt.After(now) {
			kind = NotifyCommitmentOverdue
		}
		notice(c.PersonID, kind, c.CollaborationID, "Commitment", c.ID)
	}
	if len(notices) == 0 {
		return 0, nil
	}
	written := 0
	err = db.Transaction(func(tx *gorm.DB) error {
		for _, n := range notices {
			isNew, err := writeNotification(tx, n)
			if err != nil {
				return err
			}
			if isNew {
				written++
			}
		}
		return nil
	})
	return written, err
}

// NotificationFilter selects a page of the viewer's notifications, newest first.
type NotificationFilter struct {
	UnreadOnly bool
	PageArgs
}

// FindNotifications returns a page of the viewer's notifications and how many are unread.
func (s *Service) FindNotifications(ctx context.Context, f NotificationFilter) (*Page[*Notification], int, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, 0, err
	}
	var where func(*gorm.DB) *gorm.DB
	if f.UnreadOnly {
		where = func(q *gorm.DB) *gorm.DB { return q.Where("read_at IS NULL") }
	}
	pages, err := pagesBy(s.db.WithContext(ctx), "person_id", []int64{v.ID}, f.PageArgs, false, where,
		func(n *Notification) int64 { return n.PersonID }, func(n *Notification) int64 { return n.ID })
	if err != nil {
		return nil, 0, err
	}
	unread, err := s.UnreadNotifications(ctx)
	return pages[v.ID], unread, err
}

// UnreadNotifications counts the viewer's unread notifications.
func (s *Service) UnreadNotifications(ctx context.Context) (int, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return 0, err
	}
	var n int64
	err = s.db.WithContext(ctx).Model(&Notification{}).Where("person_id = ? AND read_at IS NULL", v.ID).Count(&n).Error
	return int(n), dbErr(err, "notifications")
}

// NotificationsSince returns the viewer's notifications after ID after, oldest first: what
// a reconnecting client missed.
func (s *Service) NotificationsSince(ctx context.Context, after int64) ([]*Notification, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var out []*Notification
	err = s.db.WithContext(ctx).Where("person_id = ? AND id > ?", v.ID, after).Order("id").Limit(MaxPageSize).Find(&out).Error
	return out, dbErr(err, "notifications")
}

// FindNotificationForViewer returns a notification if it is the viewer's; nil otherwise.
func (s *Service) FindNotificationForViewer(ctx context.Context, id int64) (*Notification, error) {
	v := ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	var n Notification
	err := s.db.WithContext(ctx).Where("id = ? AND person_id = ?", id, v.ID).Limit(1).Find(&n).Error
	if err != nil || n.ID == 0 {
		return nil, dbErr(err, "notification")
	}
	return &n, nil
}

// MarkNotificationsRead marks the viewer's notifications with these IDs read, or all of
// them when all is true; others' IDs are refused as not found. It returns those it names,
// as they are now.
func (s *Service) MarkNotificationsRead(ctx context.Context, ids []int64, all bool) ([]*Notification, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !all && len(ids) == 0 {
		return nil, Invalid("ids", "Name the notifications to mark read, or ask for all.")
	}
	if len(ids) > MaxPageSize {
		return nil, Invalid("ids", "Mark at most %d notifications at once, or ask for all.", MaxPageSize)
	}
	var out []*Notification
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Model(&Notification{}).Where("person_id = ? AND read_at IS NULL", v.ID)
		if !all {
			var n int64
			if err := tx.Model(&Notification{}).Where("person_id = ? AND id IN ?", v.ID, ids).Count(&n).Error; err != nil {
				return dbErr(err, "notifications")
			}
			if int(n) != len(unique(ids)) {
				return &Error{Code: CodeNotFound, Field: "ids", Message: "Some of these notifications were not found."}
			}
			q = q.Where("id IN ?", ids)
		}
		if err := q.Update("read_at", s.now()).Error; err != nil {
			return dbErr(err, "notifications")
		}
		if all {
			return nil
		}
		return dbErr(tx.Where("id IN ?", ids).Order("id DESC").Find(&out).Error, "notifications")
	})
	return out, err
}

func unique(ids []int64) map[int64]bool {
	m := make(map[int64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
