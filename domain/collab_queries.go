package domain

import (
	"context"
	"strings"
)

// CollaborationValuesByCollab returns each visible collaboration's values, heaviest first.
func (s *Service) CollaborationValuesByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*CollaborationValue, error) {
	var rows []*CollaborationValue
	err := s.db.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, weight DESC, id").Find(&rows).Error
	if err != nil {
		return nil, dbErr(err, "collaboration values")
	}
	out := map[int64][]*CollaborationValue{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// NeedsByCollab returns each collaboration's needs, open ones first.
func (s *Service) NeedsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*Need, error) {
	var rows []*Need
	err := s.db.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, filled, id").Find(&rows).Error
	if err != nil {
		return nil, dbErr(err, "needs")
	}
	out := map[int64][]*Need{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// PledgesByNeed returns how much of each need is pledged.
func (s *Service) PledgesByNeed(ctx context.Context, needIDs []int64) (map[int64]Pledge, error) {
	var collabIDs []int64
	if err := s.db.WithContext(ctx).Model(&Need{}).Where("id IN ?", needIDs).Distinct().Pluck("collaboration_id", &collabIDs).Error; err != nil {
		return nil, dbErr(err, "needs")
	}
	return pledgedByNeed(s.db.WithContext(ctx), collabIDs...)
}

// MembershipsByCollab returns the memberships of each visible collaboration that the
// viewer may see: ACTIVE ones for everyone; all of them for its stewards; and the
// viewer's own.
func (s *Service) MembershipsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*Membership, error) {
	visible, mine, err := s.visibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	var rows []*Membership
	err = s.db.WithContext(ctx).Where("collaboration_id IN ?", keys(visible)).
		Order("collaboration_id, CASE role WHEN 'STEWARD' THEN 0 ELSE 1 END, created_at, id").Find(&rows).Error
	if err != nil {
		return nil, dbErr(err, "memberships")
	}
	out := map[int64][]*Membership{}
	for _, m := range rows {
		own := mine[m.CollaborationID]
		steward := own != nil && own.Status == MembershipActive && own.Role == MembershipSteward
		if m.Status == MembershipActive || steward || (own != nil && own.ID == m.ID) {
			out[m.CollaborationID] = append(out[m.CollaborationID], m)
		}
	}
	return out, nil
}

// CommitmentsByMembership returns each membership's commitments, newest first. The
// memberships are assumed visible: callers reach this through one.
func (s *Service) CommitmentsByMembership(ctx context.Context, membershipIDs []int64) (map[int64][]*Commitment, error) {
	var rows []*Commitment
	err := s.db.WithContext(ctx).Where("membership_id IN ?", membershipIDs).Order("membership_id, created_at DESC, id DESC").Find(&rows).Error
	if err != nil {
		return nil, dbErr(err, "commitments")
	}
	out := map[int64][]*Commitment{}
	for _, r := range rows {
		out[r.MembershipID] = append(out[r.MembershipID], r)
	}
	return out, nil
}

// CommitmentsByNeed returns the live commitments toward each need.
func (s *Service) CommitmentsByNeed(ctx context.Context, needIDs []int64) (map[int64][]*Commitment, error) {
	var rows []*Commitment
	err := s.db.WithContext(ctx).Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.need_id IN ? AND commitments.status IN ? AND memberships.status = ?", needIDs,
			[]CommitmentStatus{CommitmentPending, CommitmentBinding}, MembershipActive).
		Order("commitments.need_id, commitments.id").Find(&rows).Error
	if err != nil {
		return nil, dbErr(err, "commitments")
	}
	out := map[int64][]*Commitment{}
	for _, r := range rows {
		out[*r.NeedID] = append(out[*r.NeedID], r)
	}
	return out, nil
}

// MembershipsByPerson returns each person's memberships in collaborations the viewer may
// see: all of them to the person, the ACTIVE ones to others.
func (s *Service) MembershipsByPerson(ctx context.Context, personIDs []int64) (map[int64][]*Membership, error) {
	var rows []*Membership
	if err := s.db.WithContext(ctx).Where("person_id IN ?", personIDs).Order("person_id, created_at DESC, id DESC").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "memberships")
	}
	ids := make([]int64, 0, len(rows))
	for _, m := range rows {
		ids = append(ids, m.CollaborationID)
	}
	visible, _, err := s.visibleCollabs(ctx, ids)
	if err != nil {
		return nil, err
	}
	me := viewerID(ctx)
	out := map[int64][]*Membership{}
	for _, m := range rows {
		if visible[m.CollaborationID] && (m.Status == MembershipActive || m.PersonID == me) {
			out[m.PersonID] = append(out[m.PersonID], m)
		}
	}
	return out, nil
}

// ViewerMembershipByCollab returns the viewer's membership in each collaboration.
func (s *Service) ViewerMembershipByCollab(ctx context.Context, collabIDs []int64) (map[int64]*Membership, error) {
	_, mine, err := s.visibleCollabs(ctx, collabIDs)
	return mine, err
}

// GoalRevisionsByCollab returns each collaboration's goals, newest first.
func (s *Service) GoalRevisionsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*GoalRevision, error) {
	var rows []*GoalRevision
	if err := s.db.WithContext(ctx).Where("collaboration_id IN ?", collabIDs).Order("collaboration_id, created_at DESC, id DESC").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "goals")
	}
	out := map[int64][]*GoalRevision{}
	for _, r := range rows {
		out[r.CollaborationID] = append(out[r.CollaborationID], r)
	}
	return out, nil
}

// ActiveMemberCounts returns how many ACTIVE members each collaboration has.
func (s *Service) ActiveMemberCounts(ctx context.Context, collabIDs []int64) (map[int64]int, error) {
	var rows []struct {
		CollaborationID int64
		N               int
	}
	err := s.db.WithContext(ctx).Model(&Membership{}).Select("collaboration_id, COUNT(*) AS n").
		Where("collaboration_id IN ? AND status = ?", collabIDs, MembershipActive).Group("collaboration_id").Scan(&rows).Error
	if err != nil {
		return nil, dbErr(err, "memberships")
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.CollaborationID] = r.N
	}
	return out, nil
}

// FindMembershipsByIDs returns memberships by ID that the viewer may see.
func (s *Service) FindMembershipsByIDs(ctx context.Context, ids []int64) ([]*Membership, error) {
	var rows []*Membership
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "memberships")
	}
	byCollab := map[int64]bool{}
	for _, m := range rows {
		byCollab[m.CollaborationID] = true
	}
	visibleLists, err := s.MembershipsByCollab(ctx, keys(byCollab))
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
func (s *Service) FindCommitmentsByIDs(ctx context.Context, ids []int64) ([]*Commitment, error) {
	var rows []*Commitment
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "commitments")
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
func (s *Service) FindNeedsByIDs(ctx context.Context, ids []int64) ([]*Need, error) {
	var rows []*Need
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "needs")
	}
	return visibleByCollab(s, ctx, rows, func(n *Need) int64 { return n.CollaborationID })
}

// CollaborationFilter selects collaborations to browse.
type CollaborationFilter struct {
	Search string
	Status []CollaborationStatus
	First  *int
	After  string
}

// CollaborationPage is a page of collaborations, newest first.
type CollaborationPage struct {
	Collaborations []*Collaboration
	Cursors        []string
	HasNextPage    bool
	HasPrevious    bool
	TotalCount     int
}

// FindCollaborations lists the collaborations the viewer may see, newest first.
func (s *Service) FindCollaborations(ctx context.Context, f CollaborationFilter) (*CollaborationPage, error) {
	if _, err := PageSize(f.First); err != nil {
		return nil, err
	}
	q := s.db.WithContext(ctx).Model(&Collaboration{})
	v := ViewerFrom(ctx)
	switch {
	case v == nil:
		q = q.Where("visibility = ?", VisibilityPublic)
	case v.Role != RoleAdmin:
		q = q.Where("(visibility IN ? OR id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status IN ?))",
			[]Visibility{VisibilityPublic, VisibilityMembers}, v.ID, []MembershipStatus{MembershipActive, MembershipInvited, MembershipRequested})
	}
	if len(f.Status) > 0 {
		q = q.Where("status IN ?", f.Status)
	}
	search, err := ValidateLookup("search", f.Search, MaxTitle)
	if err != nil {
		return nil, err
	}
	if search = strings.ToLower(search); search != "" {
		like := "%" + escapeLike(search) + "%"
		q = q.Where("(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(goal) LIKE ? ESCAPE '\\')", like, like)
	}
	p, err := newestFirst(q, PageArgs{First: f.First, After: f.After}, func(c *Collaboration) int64 { return c.ID }, "collaborations")
	if err != nil {
		return nil, err
	}
	return &CollaborationPage{Collaborations: p.Items, Cursors: p.Cursors, HasNextPage: p.HasNextPage,
		HasPrevious: p.HasPrevious, TotalCount: p.TotalCount}, nil
}
