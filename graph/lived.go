package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/discovery"
	"kindred/domain/impact"
	"kindred/graph/model"
)

// statedVsLived renders stated vs lived values; values the viewer may not see are left out.
func (r *Resolver) statedVsLived(ctx context.Context, svl *impact.StatedVsLived, err error) (*model.StatedVsLived, error) {
	if err != nil {
		return nil, err
	}
	out := &model.StatedVsLived{Stated: []*model.ValueShare{}, Lived: []*model.LivedEffort{}}
	if svl == nil {
		return out, nil
	}
	seen := map[int64]bool{}
	var ids []int64
	add := func(id int64) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, s := range svl.Stated {
		add(s.ValueID)
	}
	for _, l := range svl.Lived {
		for _, v := range l.Values {
			add(v.ValueID)
		}
	}
	values, err := r.loaders(ctx).Value.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*domain.Value, len(ids))
	for i, id := range ids {
		byID[id] = values[i]
	}
	for _, s := range svl.Stated {
		if v := byID[s.ValueID]; v != nil {
			out.Stated = append(out.Stated, &model.ValueShare{Value: v, Share: s.Share})
		}
	}
	for _, l := range svl.Lived {
		e := &model.LivedEffort{Counted: sumQuantity(l.Kind, l.Unit, l.Currency, l.Amount), Contributions: l.Contributions,
			Values: make([]*model.LivedValue, 0, len(l.Values)), Overlap: l.Overlap}
		for _, lv := range l.Values {
			if v := byID[lv.ValueID]; v != nil {
				e.Values = append(e.Values, &model.LivedValue{Value: v, Stated: lv.Stated, Lived: lv.Lived, Difference: lv.Difference})
			}
		}
		out.Lived = append(out.Lived, e)
	}
	return out, nil
}

// needMatches renders a page of needs suggested to the viewer.
func (r *Resolver) needMatches(ctx context.Context, p *discovery.NeedMatchPage, err error) (*model.NeedMatchConnection, error) {
	if err != nil {
		return nil, err
	}
	shared := make([][]discovery.SharedValue, len(p.Matches))
	for i, m := range p.Matches {
		shared[i] = m.Shared
	}
	sv, err := r.sharedValues(ctx, shared)
	if err != nil {
		return nil, err
	}
	c := &model.NeedMatchConnection{
		Edges:      make([]*model.NeedMatchEdge, len(p.Matches)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Matches {
		c.Edges[i] = &model.NeedMatchEdge{Cursor: p.Cursors[i], Node: m.Need, SkillMatch: m.SkillMatch, Score: m.Score, SharedValues: sv[i]}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c, nil
}
