package collab

import (
	"context"
	"strings"

	"kindred/domain"
)

// CollaborationValuesByCollab returns each visible collaboration's values, heaviest first.
func (s *Collabs) CollaborationValuesByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.CollaborationValue, error) {
	var rows []*domain.CollaborationValue
	err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, weight DESC, id").Find(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "collaboration values")
	}
	out := map[int64][]*domain.CollaborationValue{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// NeedsByCollab returns each collaboration's needs, open ones first.
func (s *Collabs) NeedsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.Need, error) {
	var rows []*domain.Need
	err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, filled, id").Find(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	out := map[int64][]*domain.Need{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// PledgesByNeed returns how much of each need is pledged.
func (s *Collabs) PledgesByNeed(ctx context.Context, needIDs []int64) (map[int64]Pledge, error) {
	var collabIDs []int64
	if err := s.DB.WithContext(ctx).Model(&domain.Need{}).Where("id IN ?", needIDs).Distinct().Pluck("collaboration_id", &collabIDs).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	return pledgedByNeed(s.DB.WithContext(ctx), collabIDs...)
}

// MembershipsByCollab returns the memberships of each visible collaboration that the
// viewer may see: ACTIVE ones for everyone; all of them for its stewards; and the
// viewer's own.
func (s *Collabs) MembershipsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.Membership, error) {
	visible, mine, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	rows, err := domain.ReadMemberships(s.DB.WithContext(ctx),
		"WHERE collaboration_id IN ? ORDER BY collaboration_id, CASE role WHEN 'STEWARD' THEN 0 ELSE 1 END, created_at, id", domain.Keys(visible))
	if err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	out := map[int64][]*domain.Membership{}
	for _, m := range rows {
		own := mine[m.CollaborationID]
		steward := own != nil && own.Status == domain.MembershipActive && own.Role == domain.MembershipSteward
		if m.Status == domain.MembershipActive || steward || (own != nil && own.ID == m.ID) {
			out[m.CollaborationID] = append(out[m.CollaborationID], m)
		}
	}
	return out, nil
}

// CommitmentsByMembership returns each membership's commitments, newest first. The
// memberships are assumed visible: callers reach this through one.
func (s *Collabs) CommitmentsByMembership(ctx context.Context, membershipIDs []int64) (map[int64][]*domain.Commitment, error) {
	var rows []*domain.Commitment
	err := s.DB.WithContext(ctx).Where("membership_id IN ?", membershipIDs).Order("membership_id, created_at DESC, id DESC").Find(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	out := map[int64][]*domain.Commitment{}
	for _, r := range rows {
		out[r.MembershipID] = append(out[r.MembershipID], r)
	}
	return out, nil
}

// CommitmentsByNeed returns the live commitments toward each need.
func (s *Collabs) CommitmentsByNeed(ctx context.Context, needIDs []int64) (map[int64][]*domain.Commitment, error) {
	var rows []*domain.Commitment
	err := s.DB.WithContext(ctx).Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.need_id IN ? AND commitments.status IN ? AND memberships.status = ?", needIDs,
			[]domain.CommitmentStatus{domain.CommitmentPending, domain.CommitmentBinding}, domain.MembershipActive).
		Order("commitments.need_id, commitments.id").Find(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	out := map[int64][]*domain.Commitment{}
	for _, r := range rows {
		out[*r.NeedID] = append(out[*r.NeedID], r)
	}
	return out, nil
}

// MembershipsByPerson returns each person's memberships in collaborations the viewer may
// see: all of them to the person, the ACTIVE ones to others.
func (s *Collabs) MembershipsByPerson(ctx context.Context, personIDs []int64) (map[int64][]*domain.Membership, error) {
	rows, err := domain.ReadMemberships(s.DB.WithContext(ctx), "WHERE person_id IN ? ORDER BY person_id, created_at DESC, id DESC", personIDs)
	if err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	ids := make([]int64, 0, len(rows))
	for _, m := range rows {
		ids = append(ids, m.CollaborationID)
	}
	visible, _, err := s.VisibleCollabs(ctx, ids)
	if err != nil {
		return nil, err
	}
	me := domain.ViewerID(ctx)
	out := map[int64][]*domain.Membership{}
	for _, m := range rows {
		if visible[m.CollaborationID] && (m.Status == domain.MembershipActive || m.PersonID == me) {
			out[m.PersonID] = append(out[m.PersonID], m)
		}
	}
	return out, nil
}

// ViewerMembershipByCollab returns the viewer's membership in each collaboration.
func (s *Collabs) ViewerMembershipByCollab(ctx context.Context, collabIDs []int64) (map[int64]*domain.Membership, error) {
	_, mine, err := s.VisibleCollabs(ctx, collabIDs)
	return mine, err
}

// GoalRevisionsByCollab returns each collaboration's goals, newest first.
func (s *Collabs) GoalRevisionsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.GoalRevision, error) {
	var rows []*domain.GoalRevision
	if err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, created_at DESC, id DESC").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "goals")
	}
	out := map[int64][]*domain.GoalRevision{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// ActiveMemberCounts returns how many ACTIVE members each collaboration has.
func (s *Collabs) ActiveMemberCounts(ctx context.Context, collabIDs []int64) (map[int64]int, error) {
	var rows []struct {
		CollaborationID int64
		N               int
	}
	err := s.DB.WithContext(ctx).Model(&domain.Membership{}).Select("collaboration_id, COUNT(*) AS n").
		Where("collaboration_id IN ? AND status = ?", collabIDs, domain.MembershipActive).Group("collaboration_id").Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.CollaborationID] = r.N
	}
	return out, nil
}

// FindMembershipsByIDs returns memberships by ID that the viewer may see.
func (s *Collabs) FindMembershipsByIDs(ctx context.Context, ids []int64) ([]*domain.Membership, error) {
	var rows []*domain.Membership
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	byCollab := map[int64]bool{}
	for _, m := range rows {
		byCollab[m.CollaborationID] = true
	}
	visibleLists, err := s.MembershipsByCollab(ctx, domain.Keys(byCollab))
	if err != nil {
		return nil, err
	}
	ok := map[int64]bool{}
	for _, list := range visibleLists {
		for _, m := range list {
			ok[m.ID] = true
		}
	}
	out := rows[:0]
	for _, m := range rows {
		if ok[m.ID] {
			out = append(out, m)
		}
	}
	return out, nil
}

// FindCommitmentsByIDs returns commitments by ID whose membership the viewer may see: a
// requester's or invitee's commitments are the stewards' and their own business.
func (s *Collabs) FindCommitmentsByIDs(ctx context.Context, ids []int64) ([]*domain.Commitment, error) {
	var rows []*domain.Commitment
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	mids := make([]int64, len(rows))
	for i, c := range rows {
		mids[i] = c.MembershipID
	}
	ms, err := s.FindMembershipsByIDs(ctx, mids)
	if err != nil {
		return nil, err
	}
	visible := make(map[int64]bool, len(ms))
	for _, m := range ms {
		visible[m.ID] = true
	}
	out := rows[:0]
	for _, c := range rows {
		if visible[c.MembershipID] {
			out = append(out, c)
		}
	}
	return out, nil
}

// FindNeedsByIDs returns needs by ID whose collaboration the viewer may see.
func (s *Collabs) FindNeedsByIDs(ctx context.Context, ids []int64) ([]*domain.Need, error) {
	var rows []*domain.Need
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(n *domain.Need) int64 { return n.CollaborationID })
}

// CollaborationFilter selects collaborations to browse.
type CollaborationFilter struct {
	Search string
	Status []domain.CollaborationStatus
	First  *int
	After  string
}

// CollaborationPage is a page of collaborations, newest first.
type CollaborationPage struct {
	Collaborations []*domain.Collaboration
	Cursors        []string
	HasNextPage    bool
	HasPrevious    bool
	TotalCount     int
}

// FindCollaborations lists the collaborations the viewer may see, newest first.
func (s *Collabs) FindCollaborations(ctx context.Context, f CollaborationFilter) (*CollaborationPage, error) {
	if _, err := domain.PageSize(f.First); err != nil {
		return nil, err
	}
	q := s.DB.WithContext(ctx).Model(&domain.Collaboration{})
	v := domain.ViewerFrom(ctx)
	switch {
	case v == nil:
		q = q.Where("visibility = ?", domain.VisibilityPublic)
	case v.Role != domain.RoleAdmin:
		q = q.Where("(visibility IN ? OR id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status IN ?))",
			[]domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers}, v.ID, []domain.MembershipStatus{domain.MembershipActive, domain.MembershipInvited, domain.MembershipRequested})
	}
	if len(f.Status) > 0 {
		q = q.Where("status IN ?", f.Status)
	}
	search, err := domain.ValidateLookup("search", f.Search, MaxTitle)
	if err != nil {
		return nil, err
	}
	if search = strings.ToLower(search); search != "" {
		like := "%" + domain.EscapeLike(search) + "%"
		q = q.Where("(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(goal) LIKE ? ESCAPE '\\')", like, like)
	}
	p, err := domain.NewestFirst(q, domain.PageArgs{First: f.First, After: f.After}, func(c *domain.Collaboration) int64 { return c.ID }, "collaborations")
	if err != nil {
		return nil, err
	}
	return &CollaborationPage{Collaborations: p.Items, Cursors: p.Cursors, HasNextPage: p.HasNextPage,
		HasPrevious: p.HasPrevious, TotalCount: p.TotalCount}, nil
}

// PublicSlugs returns the slugs of up to limit PUBLIC collaborations, oldest first: what
// anyone may see, for the sitemap.
func (s *Collabs) PublicSlugs(ctx context.Context, limit int) ([]string, error) {
	var slugs []string
	err := s.DB.WithContext(ctx).Model(&domain.Collaboration{}).Where("visibility = ?", domain.VisibilityPublic).
		Order("id").Limit(limit).Pluck("slug", &slugs).Error
	return slugs, domain.DBErr(err, "collaborations")
}
