package domain

import (
	"context"

	"gorm.io/gorm"
)

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
