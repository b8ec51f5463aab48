package domain

import (
	"context"

	"gorm.io/gorm"
)

// Page is one page of a list, in the list's order, with each item's cursor.
type Page[T any] struct {
	Items       []T
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// PageArgs ask for one page of a list: how many items, and after which cursor.
type PageArgs struct {
	First *int
	After string
}

// pagesBy returns, for each key, one page of the rows of T whose column `by` holds that
// key, ordered by ID (descending unless asc) and paged after the cursor's ID, which
// never changes. It costs two statements whatever the number of keys: one for the pages
// (a window function numbers each key's rows) and one for the counts.
func pagesBy[T any](db *gorm.DB, by string, keys []int64, args PageArgs, asc bool,
	where func(*gorm.DB) *gorm.DB, keyOf, idOf func(T) int64) (map[int64]*Page[T], error) {
	n, err := PageSize(args.First)
	if err != nil {
		return nil, err
	}
	var afterID int64
	if args.After != "" {
		c, err := decodeCursor(args.After)
		if err != nil {
			return nil, err
		}
		afterID = c.ID
	}
	out := make(map[int64]*Page[T], len(keys))
	for _, k := range keys {
		out[k] = &Page[T]{HasPrevious: afterID > 0}
	}
	if len(keys) == 0 {
		return out, nil
	}
	base := func() *gorm.DB {
		q := db.Model(new(T)).Where(by+" IN ?", keys)
		if where != nil {
			q = where(q)
		}
		return q
	}
	var counts []struct {
		K int64
		N int
	}
	if err := base().Select(by + " AS k, COUNT(*) AS n").Group(by).Scan(&counts).Error; err != nil {
		return nil, dbErr(err, "list")
	}
	for _, c := range counts {
		out[c.K].TotalCount = c.N
	}
	if n == 0 {
		return out, nil
	}
	order, cmp := "id DESC", "id < ?"
	if asc {
		order, cmp = "id ASC", "id > ?"
	}
	ranked := base().Select("*, ROW_NUMBER() OVER (PARTITION BY " + by + " ORDER BY " + order + ") AS page_rank")
	if afterID > 0 {
		ranked = ranked.Where(cmp, afterID)
	}
	var rows []T
	if err := db.Table("(?) AS ranked", ranked).Where("page_rank <= ?", n+1).Order(by + ", page_rank").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "list")
	}
	for _, r := range rows {
		p := out[keyOf(r)]
		if len(p.Items) == n {
			p.HasNextPage = true
			continue
		}
		p.Items = append(p.Items, r)
		p.Cursors = append(p.Cursors, encodeCursor("", idOf(r)))
	}
	return out, nil
}

// ProposalFilter selects a page of each collaboration's proposals, newest first.
type ProposalFilter struct {
	Status []ProposalStatus
	PageArgs
}

// ProposalPagesByCollab returns a page of proposals of each collaboration the viewer may see.
func (s *Service) ProposalPagesByCollab(ctx context.Context, collabIDs []int64, f ProposalFilter) (map[int64]*Page[*Proposal], error) {
	visible, _, err := s.visibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	var where func(*gorm.DB) *gorm.DB
	if len(f.Status) > 0 {
		where = func(q *gorm.DB) *gorm.DB { return q.Where("status IN ?", f.Status) }
	}
	return pagesBy(s.db.WithContext(ctx), "collaboration_id", keys(visible), f.PageArgs, false, where,
		func(p *Proposal) int64 { return p.CollaborationID }, func(p *Proposal) int64 { return p.ID })
}

// CommentPagesByProposal returns a page of each proposal's comments, oldest first. The
// proposals are assumed visible: callers reach this through one.
func (s *Service) CommentPagesByProposal(ctx context.Context, proposalIDs []int64, args PageArgs) (map[int64]*Page[*Comment], error) {
	return pagesBy(s.db.WithContext(ctx), "proposal_id", proposalIDs, args, true, nil,
		func(c *Comment) int64 { return c.ProposalID }, func(c *Comment) int64 { return c.ID })
}

// ActivityPagesByCollab returns a page of each visible collaboration's activity, newest
// first. Stewards (and admins) see every entry. Others do not see entries about
// memberships, or commitments of memberships, that are not ACTIVE unless they are their
// own, just as the list of members hides invitations, requests and former members.
func (s *Service) ActivityPagesByCollab(ctx context.Context, collabIDs []int64, args PageArgs) (map[int64]*Page[*Activity], error) {
	ids, where, err := s.visibleActivity(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	return pagesBy(s.db.WithContext(ctx), "collaboration_id", ids, args, false, where,
		func(a *Activity) int64 { return *a.CollaborationID }, func(a *Activity) int64 { return a.ID })
}

// ActivitySince returns a collaboration's activity after the entry after that the viewer
// may see, oldest first, at most a page: what a subscriber missed while away.
func (s *Service) ActivitySince(ctx context.Context, collabID, after int64) ([]*Activity, error) {
	ids, where, err := s.visibleActivity(ctx, []int64{collabID})
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	var out []*Activity
	err = where(s.db.WithContext(ctx).Where("collaboration_id = ? AND id > ?", collabID, after)).Order("id").Limit(MaxPageSize).Find(&out).Error
	return out, dbErr(err, "activity")
}

// visibleActivity returns which of collabIDs the viewer may see and the condition on
// their activity that the viewer may see of it (the rule of ActivityPagesByCollab).
func (s *Service) visibleActivity(ctx context.Context, collabIDs []int64) ([]int64, func(*gorm.DB) *gorm.DB, error) {
	visible, mine, err := s.visibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, nil, err
	}
	ids := keys(visible)
	full := []int64{0}
	v := ViewerFrom(ctx)
	for _, id := range ids {
		m := mine[id]
		if (v != nil && v.Role == RoleAdmin) || (m != nil && m.Status == MembershipActive && m.Role == MembershipSteward) {
			full = append(full, id)
		}
	}
	me := viewerID(ctx)
	return ids, func(q *gorm.DB) *gorm.DB {
		return q.Where(`(collaboration_id IN ? OR NOT (
			(subject_type = 'Membership' AND subject_id IN (SELECT id FROM memberships
				WHERE collaboration_id IN ? AND status <> ? AND person_id <> ?))
			OR (subject_type = 'Commitment' AND subject_id IN (SELECT commitments.id FROM commitments
				JOIN memberships ON memberships.id = commitments.membership_id
				WHERE commitments.collaboration_id IN ? AND memberships.status <> ? AND memberships.person_id <> ?))))`,
			full, ids, MembershipActive, me, ids, MembershipActive, me)
	}, nil
}

// PositionsByProposal returns each proposal's positions in the order they were first
// taken. The proposals are assumed visible: callers reach this through one.
func (s *Service) PositionsByProposal(ctx context.Context, proposalIDs []int64) (map[int64][]*Position, error) {
	var rows []*Position
	if err := s.db.WithContext(ctx).Where("proposal_id IN ?", proposalIDs).Order("proposal_id, id").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "positions")
	}
	out := map[int64][]*Position{}
	for _, r := range rows {
		out[r.ProposalID] = append(out[r.ProposalID], r)
	}
	return out, nil
}

// FindProposalsByIDs returns proposals by ID whose collaboration the viewer may see.
func (s *Service) FindProposalsByIDs(ctx context.Context, ids []int64) ([]*Proposal, error) {
	var rows []*Proposal
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "proposals")
	}
	return visibleByCollab(s, ctx, rows, func(p *Proposal) int64 { return p.CollaborationID })
}

// FindPositionsByIDs returns positions by ID whose collaboration the viewer may see.
func (s *Service) FindPositionsByIDs(ctx context.Context, ids []int64) ([]*Position, error) {
	var rows []*Position
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "positions")
	}
	return visibleByCollab(s, ctx, rows, func(p *Position) int64 { return p.CollaborationID })
}

// FindCommentsByIDs returns comments by ID whose collaboration the viewer may see.
func (s *Service) FindCommentsByIDs(ctx context.Context, ids []int64) ([]*Comment, error) {
	var rows []*Comment
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "comments")
	}
	return visibleByCollab(s, ctx, rows, func(c *Comment) int64 { return c.CollaborationID })
}
