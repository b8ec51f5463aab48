package graph

import (
	"context"

	"kindred/domain"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// matchFilter converts discovery arguments.
func matchFilter(valueID, skill, place *string, remote *bool, minScore *float64, search *string, first *int, after *string) (domain.PeopleFilter, error) {
	f := domain.PeopleFilter{Skill: str(skill), Place: str(place), RemoteFriendly: remote, MinScore: minScore, Search: str(search), First: first, After: str(after)}
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
func (r *Resolver) personMatches(ctx context.Context, p *domain.MatchPage, err error) (*model.PersonMatchConnection, error) {
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	thunks := make([]func() (*domain.Person, error), len(p.Matches))
	for i, m := range p.Matches {
		thunks[i] = l.Person.LoadThunk(ctx, m.PersonID)
	}
	c := &model.PersonMatchConnection{
		Edges:      make([]*model.PersonMatchEdge, 0, len(p.Matches)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Matches {
		person, err := thunks[i]()
		if err != nil {
			return nil, err
		}
		if person == nil {
			continue // hidden since the index last saw them
		}
		c.Edges = append(c.Edges, &model.PersonMatchEdge{Cursor: p.Cursors[i], Node: person, Score: m.Score, SharedValues: sharedValues(m.Shared)})
	}
	if len(c.Edges) > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
	}
	if p.EndCursor != "" {
		c.PageInfo.EndCursor = &p.EndCursor
	}
	return c, nil
}

func sharedValues(s []domain.SharedValue) []*domain.SharedValue {
	out := make([]*domain.SharedValue, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

func (r *Resolver) collabMatches(ctx context.Context, p *domain.CollabMatchPage, err error) (*model.CollaborationMatchConnection, error) {
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	thunks := make([]func() (*domain.Collaboration, error), len(p.Matches))
	for i, m := range p.Matches {
		thunks[i] = l.Collaboration.LoadThunk(ctx, m.CollaborationID)
	}
	c := &model.CollaborationMatchConnection{
		Edges:      make([]*model.CollaborationMatchEdge, 0, len(p.Matches)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Matches {
		col, err := thunks[i]()
		if err != nil {
			return nil, err
		}
		if col == nil {
			continue
		}
		c.Edges = append(c.Edges, &model.CollaborationMatchEdge{Cursor: p.Cursors[i], Node: col, Score: m.Score, SharedValues: sharedValues(m.Shared)})
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c, nil
}

func personValuePage(p *domain.PersonValuePage) *model.PersonValueConnection {
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
