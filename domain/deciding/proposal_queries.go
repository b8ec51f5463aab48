package deciding

import (
	"context"

	"gorm.io/gorm"

	"kindred/domain"
)

// ProposalFilter selects a page of each collaboration's proposals, newest first.
type ProposalFilter struct {
	Status []domain.ProposalStatus
	domain.PageArgs
}

// ProposalPagesByCollab returns a page of proposals of each collaboration the viewer may see.
func (s *Deciding) ProposalPagesByCollab(ctx context.Context, collabIDs []int64, f ProposalFilter) (map[int64]*domain.Page[*domain.Proposal], error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	var where func(*gorm.DB) *gorm.DB
	if len(f.Status) > 0 {
		where = func(q *gorm.DB) *gorm.DB { return q.Where("status IN ?", f.Status) }
	}
	return domain.PagesBy(s.DB.WithContext(ctx), "collaboration_id", domain.Keys(visible), f.PageArgs, false, where,
		func(p *domain.Proposal) int64 { return p.CollaborationID }, func(p *domain.Proposal) int64 { return p.ID })
}

// CommentPagesByProposal returns a page of each proposal's comments, oldest first. The
// proposals are assumed visible: callers reach this through one.
func (s *Deciding) CommentPagesByProposal(ctx context.Context, proposalIDs []int64, args domain.PageArgs) (map[int64]*domain.Page[*domain.Comment], error) {
	return domain.PagesBy(s.DB.WithContext(ctx), "proposal_id", proposalIDs, args, true, nil,
		func(c *domain.Comment) int64 { return c.ProposalID }, func(c *domain.Comment) int64 { return c.ID })
}

// PositionsByProposal returns each proposal's positions in the order they were first
// taken; of an anonymous proposal, only the viewer's own. The proposals are assumed
// visible: callers reach this through one.
func (s *Deciding) PositionsByProposal(ctx context.Context, proposalIDs []int64) (map[int64][]*domain.Position, error) {
	rows, err := s.positionsOf(ctx, proposalIDs)
	if err != nil {
		return nil, err
	}
	rows, err = s.withoutAnonymous(ctx, rows)
	if err != nil {
		return nil, err
	}
	out := map[int64][]*domain.Position{}
	for _, r := range rows {
		out[r.ProposalID] = append(out[r.ProposalID], r)
	}
	return out, nil
}

func (s *Deciding) positionsOf(ctx context.Context, proposalIDs []int64) ([]*domain.Position, error) {
	var rows []*domain.Position
	if err := s.DB.WithContext(ctx).Where("proposal_id IN ?", proposalIDs).Order("proposal_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "positions")
	}
	return rows, nil
}

// withoutAnonymous drops the positions on anonymous proposals that are not the viewer's
// own: nobody, stewards and admins included, learns who took which stance on those.
func (s *Deciding) withoutAnonymous(ctx context.Context, rows []*domain.Position) ([]*domain.Position, error) {
	if len(rows) == 0 {
		return rows, nil
	}
	ids := make([]int64, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.ProposalID)
	}
	var anonymous []int64
	if err := s.DB.WithContext(ctx).Model(&domain.Proposal{}).Where("id IN ? AND anonymous", ids).Pluck("id", &anonymous).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	if len(anonymous) == 0 {
		return rows, nil
	}
	hidden := map[int64]bool{}
	for _, id := range anonymous {
		hidden[id] = true
	}
	viewer := domain.ViewerID(ctx)
	out := rows[:0:0]
	for _, r := range rows {
		if !hidden[r.ProposalID] || (viewer != 0 && r.PersonID == viewer) {
			out = append(out, r)
		}
	}
	return out, nil
}

// Standing is where a proposal stands: how many take each stance and who takes part.
type Standing struct {
	Tally Tally
	// Participation is as it stands for an OPEN proposal and as it stood at closing for a
	// closed one; nil for one withdrawn, or closed before quorum was counted.
	Participation *Participation
}

// StandingsByProposal returns where each proposal stands. For an anonymous proposal it
// gives counts and no names. The proposals are assumed visible: callers reach this
// through one.
func (s *Deciding) StandingsByProposal(ctx context.Context, proposalIDs []int64) (map[int64]*Standing, error) {
	db := s.DB.WithContext(ctx)
	var proposals []*domain.Proposal
	if err := db.Where("id IN ?", proposalIDs).Find(&proposals).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	rows, err := s.positionsOf(ctx, proposalIDs)
	if err != nil {
		return nil, err
	}
	byProposal := map[int64][]*domain.Position{}
	for _, r := range rows {
		byProposal[r.ProposalID] = append(byProposal[r.ProposalID], r)
	}
	voters, err := s.votersOf(ctx, proposals)
	if err != nil {
		return nil, err
	}
	// The open proposals count against the members active now and their collaboration's share.
	var openCollabs []int64
	for _, p := range proposals {
		if p.Status == domain.ProposalOpen {
			openCollabs = append(openCollabs, p.CollaborationID)
		}
	}
	active := map[int64]map[int64]bool{}
	shares := map[int64]float64{}
	if len(openCollabs) > 0 {
		var ms []struct{ CollaborationID, PersonID int64 }
		if err := db.Model(&domain.Membership{}).Select("collaboration_id, person_id").
			Where("collaboration_id IN ? AND status = ?", openCollabs, domain.MembershipActive).Scan(&ms).Error; err != nil {
			return nil, domain.DBErr(err, "members")
		}
		for _, m := range ms {
			if active[m.CollaborationID] == nil {
				active[m.CollaborationID] = map[int64]bool{}
			}
			active[m.CollaborationID][m.PersonID] = true
		}
		var cs []domain.Collaboration
		if err := db.Select("id", "quorum_share").Where("id IN ?", openCollabs).Find(&cs).Error; err != nil {
			return nil, domain.DBErr(err, "collaborations")
		}
		for _, c := range cs {
			shares[c.ID] = c.QuorumShare
		}
	}
	out := make(map[int64]*Standing, len(proposals))
	for _, p := range proposals {
		ps := byProposal[p.ID]
		st := &Standing{Tally: TallyOf(ps)}
		// Taking part is taking a position, or on a poll casting a ballot.
		people := voters[p.ID]
		if !p.DecisionKind.Poll() {
			people = make([]int64, len(ps))
			for i, r := range ps {
				people[i] = r.PersonID
			}
		}
		switch {
		case p.Status == domain.ProposalOpen:
			part := participationOfPeople(people, active[p.CollaborationID], shares[p.CollaborationID], p.Anonymous)
			st.Participation = &part
		case p.QuorumTaken != nil && p.QuorumNeeded != nil && p.QuorumEligible != nil:
			part := Participation{Taken: *p.QuorumTaken, Needed: *p.QuorumNeeded, Eligible: *p.QuorumEligible}
			if !p.Anonymous {
				part.Members = []int64{}
				seen := map[int64]bool{}
				for _, person := range people {
					if !seen[person] {
						seen[person] = true
						part.Members = append(part.Members, person)
					}
				}
			}
			st.Participation = &part
		}
		out[p.ID] = st
	}
	return out, nil
}

// votersOf returns who cast a ballot on each of the polls among proposals, in the order
// they did.
func (s *Deciding) votersOf(ctx context.Context, proposals []*domain.Proposal) (map[int64][]int64, error) {
	var polls []int64
	for _, p := range proposals {
		if p.DecisionKind.Poll() {
			polls = append(polls, p.ID)
		}
	}
	out := map[int64][]int64{}
	if len(polls) == 0 {
		return out, nil
	}
	var rows []struct{ ProposalID, PersonID int64 }
	if err := s.DB.WithContext(ctx).Model(&domain.Ballot{}).Select("proposal_id, person_id").
		Where("proposal_id IN ?", polls).Order("id").Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "ballots")
	}
	for _, r := range rows {
		out[r.ProposalID] = append(out[r.ProposalID], r.PersonID)
	}
	return out, nil
}

// FindProposalsByIDs returns proposals by ID whose collaboration the viewer may see.
func (s *Deciding) FindProposalsByIDs(ctx context.Context, ids []int64) ([]*domain.Proposal, error) {
	var rows []*domain.Proposal
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(p *domain.Proposal) int64 { return p.CollaborationID })
}

// FindPositionsByIDs returns positions by ID whose collaboration the viewer may see; of
// an anonymous proposal, only the viewer's own.
func (s *Deciding) FindPositionsByIDs(ctx context.Context, ids []int64) ([]*domain.Position, error) {
	var rows []*domain.Position
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "positions")
	}
	rows, err := s.withoutAnonymous(ctx, rows)
	if err != nil {
		return nil, err
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(p *domain.Position) int64 { return p.CollaborationID })
}

// FindCommentsByIDs returns comments by ID whose collaboration the viewer may see.
func (s *Deciding) FindCommentsByIDs(ctx context.Context, ids []int64) ([]*domain.Comment, error) {
	var rows []*domain.Comment
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "comments")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(c *domain.Comment) int64 { return c.CollaborationID })
}
