package collab

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"kindred/domain"
)

// FindActivityForViewer returns an activity of a collaboration if the viewer may see it
// now, by the rules of the activity list; nil otherwise. It reads everything afresh, for
// delivery to a subscriber whose rights may have changed since they subscribed.
func (s *Collabs) FindActivityForViewer(ctx context.Context, collabID, activityID int64) (*domain.Activity, error) {
	ctx = domain.WithRequestCache(ctx) // fresh for this delivery only
	pages, err := s.ActivityPagesByCollab(ctx, []int64{collabID}, domain.PageArgs{})
	if err != nil || pages[collabID] == nil {
		return nil, err
	}
	var a domain.Activity
	db := s.DB.WithContext(ctx)
	if err := db.Where("id = ? AND collaboration_id = ?", activityID, collabID).First(&a).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil
		}
		return nil, domain.DBErr(err, "activity")
	}
	if !s.activityVisible(ctx, &a) {
		return nil, nil
	}
	return &a, nil
}

// activityVisible applies the activity list's rule to one entry: stewards and admins see
// all; others not entries about memberships (or their commitments) that are not ACTIVE,
// unless their own.
func (s *Collabs) activityVisible(ctx context.Context, a *domain.Activity) bool {
	v := domain.ViewerFrom(ctx)
	_, mine, err := s.VisibleCollabs(ctx, []int64{*a.CollaborationID})
	if err != nil {
		return false
	}
	if m := mine[*a.CollaborationID]; (v != nil && v.Role == domain.RoleAdmin) || (m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward) {
		return true
	}
	var m domain.Membership
	db := s.DB.WithContext(ctx)
	switch a.SubjectType {
	case "Membership":
		if db.First(&m, a.SubjectID).Error != nil {
			return false
		}
	case "Commitment":
		var c domain.Commitment
		if db.First(&c, a.SubjectID).Error != nil || db.First(&m, c.MembershipID).Error != nil {
			return false
		}
	default:
		return true
	}
	return m.Status == domain.MembershipActive || m.PersonID == domain.ViewerID(ctx)
}

// LatestActivityID returns the ID of a collaboration's newest activity (0 for none), so a
// new subscriber hears only of what comes after.
func (s *Collabs) LatestActivityID(ctx context.Context, collabID int64) (int64, error) {
	var id int64
	err := s.DB.WithContext(ctx).Model(&domain.Activity{}).Select("COALESCE(MAX(id), 0)").Where("collaboration_id = ?", collabID).Scan(&id).Error
	return id, domain.DBErr(err, "activity")
}

// ActivityPagesByCollab returns a page of each visible collaboration's activity, newest
// first. Stewards (and admins) see every entry. Others do not see entries about
// memberships, or commitments of memberships, that are not ACTIVE unless they are their
// own, just as the list of members hides invitations, requests and former members.
func (s *Collabs) ActivityPagesByCollab(ctx context.Context, collabIDs []int64, args domain.PageArgs) (map[int64]*domain.Page[*domain.Activity], error) {
	ids, where, err := s.visibleActivity(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	return domain.PagesBy(s.DB.WithContext(ctx), "collaboration_id", ids, args, false, where,
		func(a *domain.Activity) int64 { return *a.CollaborationID }, func(a *domain.Activity) int64 { return a.ID })
}

// ActivitySince returns a collaboration's activity after the entry after that the viewer
// may see, oldest first, at most a page: what a subscriber missed while away.
func (s *Collabs) ActivitySince(ctx context.Context, collabID, after int64) ([]*domain.Activity, error) {
	ids, where, err := s.visibleActivity(ctx, []int64{collabID})
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	var out []*domain.Activity
	err = where(s.DB.WithContext(ctx).Where("collaboration_id = ? AND id > ?", collabID, after)).Order("id").Limit(domain.MaxPageSize).Find(&out).Error
	return out, domain.DBErr(err, "activity")
}

// visibleActivity returns which of collabIDs the viewer may see and the condition on
// their activity that the viewer may see of it (the rule of ActivityPagesByCollab).
func (s *Collabs) visibleActivity(ctx context.Context, collabIDs []int64) ([]int64, func(*gorm.DB) *gorm.DB, error) {
	visible, mine, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, nil, err
	}
	ids := domain.Keys(visible)
	full := []int64{0}
	v := domain.ViewerFrom(ctx)
	for _, id := range ids {
		m := mine[id]
		if (v != nil && v.Role == domain.RoleAdmin) || (m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward) {
			full = append(full, id)
		}
	}
	me := domain.ViewerID(ctx)
	return ids, func(q *gorm.DB) *gorm.DB {
		return q.Where(`(collaboration_id IN ? OR NOT (
			(subject_type = 'Membership' AND subject_id IN (SELECT id FROM memberships
				WHERE collaboration_id IN ? AND status <> ? AND person_id <> ?))
			OR (subject_type = 'Commitment' AND subject_id IN (SELECT commitments.id FROM commitments
				JOIN memberships ON memberships.id = commitments.membership_id
				WHERE commitments.collaboration_id IN ? AND memberships.status <> ? AND memberships.person_id <> ?))))`,
			full, ids, domain.MembershipActive, me, ids, domain.MembershipActive, me)
	}, nil
}
