package notify

import (
	"context"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/ledger"
)

// Windows of the scheduled notices.
const (
	ProposalClosingWindow = 24 * time.Hour
	CommitmentDueWindow   = 7 * 24 * time.Hour
)

// NotifyDue writes the scheduled notices that are due: a proposal closing within a day to
// each active member without a position; a commitment due within a week, or overdue, to
// who made it, while it is not fulfilled; each period of a recurring commitment near its
// end or just ended, while short (periodReminders); a decision whose review date has come to each
// active member (reviewsDue). Each exists once per person (dedupe keys), so
// running this again, or on several instances, adds nothing twice. It returns how many
// it wrote.
func (s *Notify) NotifyDue(ctx context.Context) (int, error) {
	now := s.Now()
	db := s.DB.WithContext(ctx)
	var notices []*domain.Notification
	notice := func(person int64, kind domain.NotificationKind, collabID int64, subjectType string, subjectID int64) {
		key := strings.ToLower(string(kind)) + ":" + strconv.FormatInt(subjectID, 10)
		notices = append(notices, &domain.Notification{PersonID: person, Kind: kind, CollaborationID: &collabID,
			SubjectType: subjectType, SubjectID: subjectID, DedupeKey: &key, CreatedAt: now})
	}
	// Each active member without a position on a proposal closing soon, not yet told.
	var closing []struct{ ProposalID, CollaborationID, PersonID int64 }
	if err := db.Table("proposals").
		Select("proposals.id AS proposal_id, proposals.collaboration_id, memberships.person_id").
		Joins("JOIN memberships ON memberships.collaboration_id = proposals.collaboration_id AND memberships.status = ?", domain.MembershipActive).
		Where("proposals.status = ? AND proposals.closes_at > ? AND proposals.closes_at <= ?", domain.ProposalOpen, now, now.Add(ProposalClosingWindow)).
		Where("NOT EXISTS (SELECT 1 FROM positions WHERE positions.proposal_id = proposals.id AND positions.person_id = memberships.person_id)").
		Where(`NOT EXISTS (SELECT 1 FROM notifications n WHERE n.person_id = memberships.person_id
			AND n.subject_type = 'Proposal' AND n.subject_id = proposals.id AND n.kind = ?)`, domain.NotifyProposalClosing).
		Scan(&closing).Error; err != nil {
		return 0, domain.DBErr(err, "proposals")
	}
	for _, c := range closing {
		notice(c.PersonID, domain.NotifyProposalClosing, c.CollaborationID, "Proposal", c.ProposalID)
	}
	reviews, err := s.reviewsDue(db, now)
	if err != nil {
		return 0, err
	}
	notices = append(notices, reviews...)
	var due []*domain.Commitment
	if err := db.Where("status IN ? AND due_at IS NOT NULL AND due_at <= ?", []domain.CommitmentStatus{domain.CommitmentPending, domain.CommitmentBinding},
		now.Add(CommitmentDueWindow)).Where(`NOT EXISTS (SELECT 1 FROM notifications n WHERE n.person_id = commitments.person_id
			AND n.subject_type = 'Commitment' AND n.subject_id = commitments.id AND n.kind = CASE WHEN commitments.due_at <= ? THEN ? ELSE ? END)`,
		now, domain.NotifyCommitmentOverdue, domain.NotifyCommitmentDue).Find(&due).Error; err != nil {
		return 0, domain.DBErr(err, "commitments")
	}
	ids := make([]int64, len(due))
	for i, c := range due {
		ids[i] = c.ID
	}
	ful, err := ledger.DeliveredByCommitment(ctx, s.DB, ids)
	if err != nil {
		return 0, err
	}
	for _, c := range due {
		if !ful[c.ID].Confirmed.Less(c.Quantity) {
			continue
		}
		kind := domain.NotifyCommitmentDue
		if !c.DueAt.After(now) {
			kind = domain.NotifyCommitmentOverdue
		}
		notice(c.PersonID, kind, c.CollaborationID, "Commitment", c.ID)
	}
	periodic, err := periodReminders(ctx, db, now)
	if err != nil {
		return 0, err
	}
	notices = append(notices, periodic...)
	if len(notices) == 0 {
		return 0, nil
	}
	written := 0
	err = db.Transaction(func(tx *gorm.DB) error {
		for _, n := range notices {
			if n.Kind == domain.NotifyProposalReview {
				// Marked reminded in the same transaction; a date stated anew since is not.
				if err := tx.Model(&domain.Proposal{}).Where("id = ? AND review_at IS NOT NULL AND review_at <= ?", n.SubjectID, now).
					Update("review_reminded_at", now).Error; err != nil {
					return domain.DBErr(err, "proposal")
				}
			}
			isNew, err := s.WriteNotification(tx, n)
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

// reviewsDue returns the reminders of decisions whose review date has come and that were
// not yet reminded of it: one for each member ACTIVE now. Each is keyed by the proposal
// and the date, so a date stated anew is reminded of once more and no other time.
func (s *Notify) reviewsDue(db *gorm.DB, now time.Time) ([]*domain.Notification, error) {
	var rows []struct {
		ProposalID, CollaborationID, PersonID int64
		ReviewAt                              time.Time
	}
	if err := db.Table("proposals").
		Select("proposals.id AS proposal_id, proposals.collaboration_id, memberships.person_id, proposals.review_at").
		Joins("JOIN memberships ON memberships.collaboration_id = proposals.collaboration_id AND memberships.status = ?", domain.MembershipActive).
		Where("proposals.review_at IS NOT NULL AND proposals.review_at <= ? AND proposals.review_reminded_at IS NULL", now).
		Order("proposals.id, memberships.person_id").Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	out := make([]*domain.Notification, 0, len(rows))
	for _, r := range rows {
		key := "proposal_review:" + strconv.FormatInt(r.ProposalID, 10) + ":" + strconv.FormatInt(r.ReviewAt.Unix(), 10)
		collab := r.CollaborationID
		out = append(out, &domain.Notification{PersonID: r.PersonID, Kind: domain.NotifyProposalReview, CollaborationID: &collab,
			SubjectType: "Proposal", SubjectID: r.ProposalID, DedupeKey: &key, CreatedAt: now})
	}
	return out, nil
}

// NotificationFilter selects a page of the viewer's notifications, newest first.
type NotificationFilter struct {
	UnreadOnly bool
	domain.PageArgs
}

// FindNotifications returns a page of the viewer's notifications and how many are unread.
func (s *Notify) FindNotifications(ctx context.Context, f NotificationFilter) (*domain.Page[*domain.Notification], int, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, 0, err
	}
	var where func(*gorm.DB) *gorm.DB
	if f.UnreadOnly {
		where = func(q *gorm.DB) *gorm.DB { return q.Where("read_at IS NULL") }
	}
	pages, err := domain.PagesBy(s.DB.WithContext(ctx), "person_id", []int64{v.ID}, f.PageArgs, false, where,
		func(n *domain.Notification) int64 { return n.PersonID }, func(n *domain.Notification) int64 { return n.ID })
	if err != nil {
		return nil, 0, err
	}
	unread, err := s.UnreadNotifications(ctx)
	return pages[v.ID], unread, err
}

// UnreadNotifications counts the viewer's unread notifications.
func (s *Notify) UnreadNotifications(ctx context.Context) (int, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return 0, err
	}
	var n int64
	err = s.DB.WithContext(ctx).Model(&domain.Notification{}).Where("person_id = ? AND read_at IS NULL", v.ID).Count(&n).Error
	return int(n), domain.DBErr(err, "notifications")
}

// NotificationsSince returns the viewer's notifications after ID after, oldest first: what
// a reconnecting client missed.
func (s *Notify) NotificationsSince(ctx context.Context, after int64) ([]*domain.Notification, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var out []*domain.Notification
	err = s.DB.WithContext(ctx).Where("person_id = ? AND id > ?", v.ID, after).Order("id").Limit(domain.MaxPageSize).Find(&out).Error
	return out, domain.DBErr(err, "notifications")
}

// FindNotificationForViewer returns a notification if it is the viewer's; nil otherwise.
func (s *Notify) FindNotificationForViewer(ctx context.Context, id int64) (*domain.Notification, error) {
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	var n domain.Notification
	err := s.DB.WithContext(ctx).Where("id = ? AND person_id = ?", id, v.ID).Limit(1).Find(&n).Error
	if err != nil || n.ID == 0 {
		return nil, domain.DBErr(err, "notification")
	}
	return &n, nil
}

// MarkNotificationsRead marks the viewer's notifications with these IDs read, or all of
// them when all is true; others' IDs are refused as not found. It returns those it names,
// as they are now.
func (s *Notify) MarkNotificationsRead(ctx context.Context, ids []int64, all bool) ([]*domain.Notification, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !all && len(ids) == 0 {
		return nil, domain.Invalid("ids", "Name the notifications to mark read, or ask for all.")
	}
	if len(ids) > domain.MaxPageSize {
		return nil, domain.Invalid("ids", "Mark at most %d notifications at once, or ask for all.", domain.MaxPageSize)
	}
	var out []*domain.Notification
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Model(&domain.Notification{}).Where("person_id = ? AND read_at IS NULL", v.ID)
		if !all {
			var n int64
			if err := tx.Model(&domain.Notification{}).Where("person_id = ? AND id IN ?", v.ID, ids).Count(&n).Error; err != nil {
				return domain.DBErr(err, "notifications")
			}
			if int(n) != len(unique(ids)) {
				return &domain.Error{Code: domain.CodeNotFound, Field: "ids", Message: "Some of these notifications were not found."}
			}
			q = q.Where("id IN ?", ids)
		}
		if err := q.Update("read_at", s.Now()).Error; err != nil {
			return domain.DBErr(err, "notifications")
		}
		if all {
			return nil
		}
		return domain.DBErr(tx.Where("id IN ?", ids).Order("id DESC").Find(&out).Error, "notifications")
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
