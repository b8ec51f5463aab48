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
// taken. The proposals are assumed visible: callers reach this through one.
func (s *Deciding) PositionsByProposal(ctx context.Context, proposalIDs []int64) (map[int64][]*domain.Position, error) {
	var rows []*domain.Position
	if err := s.DB.WithContext(ctx).Where("proposal_id IN ?", proposalIDs).Order("proposal_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "positions")
	}
	out := map[int64][]*domain.Position{}
	for _, r := range rows {
		out[r.ProposalID] = append(out[r.ProposalID], r)
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

// FindPositionsByIDs returns positions by ID whose collaboration the viewer may see.
func (s *Deciding) FindPositionsByIDs(ctx context.Context, ids []int64) ([]*domain.Position, error) {
	var rows []*domain.Position
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "positions")
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
