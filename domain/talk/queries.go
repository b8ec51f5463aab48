package talk

import (
	"context"

	"kindred/domain"
)

// ThreadPagesByCollab returns a page of each visible collaboration's threads, newest
// first: who may read a collaboration may read its threads (domain.CanSeeCollaboration).
func (s *Talk) ThreadPagesByCollab(ctx context.Context, collabIDs []int64, args domain.PageArgs) (map[int64]*domain.Page[*domain.Thread], error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	return domain.PagesBy(s.DB.WithContext(ctx), "collaboration_id", domain.Keys(visible), args, false, nil,
		func(t *domain.Thread) int64 { return t.CollaborationID }, func(t *domain.Thread) int64 { return t.ID })
}

// PostPagesByThread returns a page of each thread's posts, oldest first. The threads are
// assumed visible: callers reach this through one.
func (s *Talk) PostPagesByThread(ctx context.Context, threadIDs []int64, args domain.PageArgs) (map[int64]*domain.Page[*domain.Post], error) {
	return domain.PagesBy(s.DB.WithContext(ctx), "thread_id", threadIDs, args, true, nil,
		func(p *domain.Post) int64 { return p.ThreadID }, func(p *domain.Post) int64 { return p.ID })
}

// RevisionsByPost returns each post's bodies, oldest (as first written) first. The posts
// are assumed visible and their revisions readable (MayReadRevisions).
func (s *Talk) RevisionsByPost(ctx context.Context, postIDs []int64) (map[int64][]*domain.PostRevision, error) {
	var rows []*domain.PostRevision
	if err := s.DB.WithContext(ctx).Where("post_id IN ?", postIDs).Order("post_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "post revisions")
	}
	out := map[int64][]*domain.PostRevision{}
	for _, r := range rows {
		out[r.PostID] = append(out[r.PostID], r)
	}
	return out, nil
}

// FindThreadsByIDs returns threads by ID whose collaboration the viewer may see.
func (s *Talk) FindThreadsByIDs(ctx context.Context, ids []int64) ([]*domain.Thread, error) {
	var rows []*domain.Thread
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "threads")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(t *domain.Thread) int64 { return t.CollaborationID })
}

// FindPostsByIDs returns posts by ID whose collaboration the viewer may see.
func (s *Talk) FindPostsByIDs(ctx context.Context, ids []int64) ([]*domain.Post, error) {
	var rows []*domain.Post
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "posts")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(p *domain.Post) int64 { return p.CollaborationID })
}

// FindThreadForViewer returns a thread if the viewer may read it; nil otherwise.
func (s *Talk) FindThreadForViewer(ctx context.Context, id int64) (*domain.Thread, error) {
	rows, err := s.FindThreadsByIDs(domain.WithRequestCache(ctx), []int64{id})
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// PostsSince returns a thread's posts after the post after, oldest first, at most a page,
// if the viewer may read the thread (else none): what a subscriber missed while away.
func (s *Talk) PostsSince(ctx context.Context, threadID, after int64) ([]*domain.Post, error) {
	th, err := s.FindThreadForViewer(ctx, threadID)
	if err != nil || th == nil {
		return nil, err
	}
	var out []*domain.Post
	err = s.DB.WithContext(ctx).Where("thread_id = ? AND id > ?", threadID, after).Order("id").Limit(domain.MaxPageSize).Find(&out).Error
	return out, domain.DBErr(err, "posts")
}

// LatestPostID returns the ID of a thread's newest post (0 for none), so a new subscriber
// hears only of what comes after.
func (s *Talk) LatestPostID(ctx context.Context, threadID int64) (int64, error) {
	var id int64
	err := s.DB.WithContext(ctx).Model(&domain.Post{}).Select("COALESCE(MAX(id), 0)").Where("thread_id = ?", threadID).Scan(&id).Error
	return id, domain.DBErr(err, "posts")
}

// NewPostOf returns the post an activity reports as added to thread threadID, if the
// viewer may read it; nil for any other activity. A subscription to a thread's posts
// reads each activity of its collaboration through this.
func (s *Talk) NewPostOf(ctx context.Context, threadID, activityID int64) (*domain.Post, error) {
	ctx = domain.WithRequestCache(ctx) // fresh for this delivery only
	var a domain.Activity
	if err := s.DB.WithContext(ctx).Where("id = ?", activityID).Limit(1).Find(&a).Error; err != nil || a.Verb != "post.added" {
		return nil, domain.DBErr(err, "activity")
	}
	posts, err := s.FindPostsByIDs(ctx, []int64{a.SubjectID})
	if err != nil || len(posts) == 0 || posts[0].ThreadID != threadID {
		return nil, err
	}
	return posts[0], nil
}

// CanEditPost reports whether viewer, with membership m of the post's collaboration
// (nil for none), may edit p: its author, while an ACTIVE member.
func CanEditPost(viewer *domain.Person, m *domain.Membership, p *domain.Post) bool {
	return viewer != nil && p.AuthorID == viewer.ID && m != nil && m.Status == domain.MembershipActive
}

// MayReadRevisions reports whether viewer, with membership m of the post's collaboration
// (nil for none), may read the earlier bodies of p: its author, the collaboration's
// ACTIVE stewards and site admins. Others read the post as it is now.
func MayReadRevisions(viewer *domain.Person, m *domain.Membership, p *domain.Post) bool {
	if viewer == nil {
		return false
	}
	if viewer.ID == p.AuthorID || viewer.Role == domain.RoleAdmin {
		return true
	}
	return m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward
}

// CanPost reports whether someone with membership m (nil for none) may start threads and
// reply in c: an ACTIVE member, while c is not archived (the rule of requireTalking).
func CanPost(m *domain.Membership, c *domain.Collaboration) bool {
	return m != nil && m.Status == domain.MembershipActive && c.Status != domain.CollaborationArchived
}
