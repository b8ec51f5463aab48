package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/catalog"
	"kindred/domain/discovery"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// matchFilter converts discovery arguments.
func matchFilter(valueID, skill, place *string, remote *bool, minScore *float64, search *string, first *int, after *string) (discovery.PeopleFilter, error) {
	f := discovery.PeopleFilter{Skill: str(skill), Place: str(place), RemoteFriendly: remote, MinScore: minScore, Search: str(search), First: first, After: str(after)}
	if valueID != nil {
		id, err := decodeID("valueId", relay.TypeValue, *valueID)
		if err != nil {
			return f, err
		}
		f.ValueID = &id
	}
	return f, nil
}

// personMatches loads the people of a ranking in one batch and builds the connection.
func (r *Resolver) personMatches(ctx context.Context, p *discovery.MatchPage, err error) (*model.PersonMatchConnection, error) {
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(p.Matches))
	shared := make([][]discovery.SharedValue, len(p.Matches))
	for i, m := range p.Matches {
		ids[i], shared[i] = m.PersonID, m.Shared
	}
	// Every key is known: fetch at once rather than wait for more.
	people, err := r.loaders(ctx).Person.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	sv, err := r.sharedValues(ctx, shared)
	if err != nil {
		return nil, err
	}
	c := &model.PersonMatchConnection{
		Edges:      make([]*model.PersonMatchEdge, 0, len(p.Matches)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Matches {
		if people[i] == nil {
			continue // hidden since the index last saw them
		}
		c.Edges = append(c.Edges, &model.PersonMatchEdge{Cursor: p.Cursors[i], Node: people[i], Score: m.Score, SharedValues: sv[i]})
	}
	if len(c.Edges) > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
	}
	if p.EndCursor != "" {
		c.PageInfo.EndCursor = &p.EndCursor
	}
	return c, nil
}

// sharedValues renders the shared values of each match with their values fetched in one
// go, so that no shared value needs a resolver of its own.
func (r *Resolver) sharedValues(ctx context.Context, lists [][]discovery.SharedValue) ([][]*model.SharedValue, error) {
	seen := map[int64]bool{}
	var ids []int64
	for _, l := range lists {
		for _, s := range l {
			if !seen[s.ValueID] {
				seen[s.ValueID] = true
				ids = append(ids, s.ValueID)
			}
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
	// One backing array for all the shared values and one for the lists' pointers.
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	all, ptrs := make([]model.SharedValue, 0, total), make([]*model.SharedValue, 0, total)
	out := make([][]*model.SharedValue, len(lists))
	for i, l := range lists {
		start := len(ptrs)
		for _, s := range l {
			if v := byID[s.ValueID]; v != nil {
				all = append(all, model.SharedValue{Value: v, ViewerStrength: s.ViewerStrength, TheirStrength: s.TheirStrength})
				ptrs = append(ptrs, &all[len(all)-1])
			}
		}
		out[i] = ptrs[start:len(ptrs):len(ptrs)]
	}
	return out, nil
}

func (r *Resolver) collabMatches(ctx context.Context, p *discovery.CollabMatchPage, err error) (*model.CollaborationMatchConnection, error) {
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(p.Matches))
	shared := make([][]discovery.SharedValue, len(p.Matches))
	for i, m := range p.Matches {
		ids[i], shared[i] = m.CollaborationID, m.Shared
	}
	collabs, err := r.loaders(ctx).Collaboration.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	sv, err := r.sharedValues(ctx, shared)
	if err != nil {
		return nil, err
	}
	c := &model.CollaborationMatchConnection{
		Edges:      make([]*model.CollaborationMatchEdge, 0, len(p.Matches)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Matches {
		if collabs[i] == nil {
			continue
		}
		c.Edges = append(c.Edges, &model.CollaborationMatchEdge{Cursor: p.Cursors[i], Node: collabs[i], Score: m.Score, SharedValues: sv[i]})
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c, nil
}

func personValuePage(p *catalog.PersonValuePage) *model.PersonValueConnection {
	c := &model.PersonValueConnection{
		Edges:      make([]*model.PersonValueEdge, len(p.PersonValues)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, pv := range p.PersonValues {
		c.Edges[i] = &model.PersonValueEdge{Cursor: p.Cursors[i], Node: pv}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}
