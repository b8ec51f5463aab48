package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/catalog"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// MaxNodes is the most IDs one nodes query may ask for.
const MaxNodes = 100

// loadNodes resolves global IDs through the loaders, so that IDs of one type cost one
// query together; unknown, malformed or invisible IDs give null.
func (r *Resolver) loadNodes(ctx context.Context, ids []string) ([]relay.Node, error) {
	if len(ids) > MaxNodes {
		return nil, domain.Invalid("ids", "Ask for at most %d IDs at once; this asked for %d.", MaxNodes, len(ids))
	}
	l := r.loaders(ctx)
	thunks := make([]func() (relay.Node, error), len(ids))
	for i, gid := range ids {
		typ, id, ok := relay.Parse(gid)
		if !ok {
			continue
		}
		switch typ {
		case relay.TypePerson:
			t := l.Person.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeValue:
			t := l.Value.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeCollab:
			t := l.Collaboration.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeNeed:
			t := l.Need.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeMembership:
			t := l.Membership.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeCommitment:
			t := l.Commitment.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeContrib:
			t := l.Contribution.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeOutcome:
			t := l.Outcome.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeMeasurement:
			t := l.Measurement.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypePersonValue:
			t := l.PersonValue.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeProposal:
			t := l.Proposal.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeProposalNeed:
			t := l.ProposalNeed.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypePosition:
			t := l.Position.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeComment:
			t := l.Comment.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeThread:
			t := l.Thread.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypePost:
			t := l.Post.LoadThunk(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(t()) }
		case relay.TypeNotification:
			n, err := r.FindNotificationForViewer(ctx, id)
			thunks[i] = func() (relay.Node, error) { return nonNil(n, err) }
		}
	}
	out := make([]relay.Node, len(ids))
	for i, t := range thunks {
		if t == nil {
			continue
		}
		n, err := t()
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// nonNil turns a typed nil pointer into an untyped nil Node, so gqlgen renders null.
func nonNil[T any](v *T, err error) (relay.Node, error) {
	if err != nil || v == nil {
		return nil, err
	}
	return v, nil
}

func valueConnection(p *catalog.ValuePage) *model.ValueConnection {
	c := &model.ValueConnection{
		Edges:      make([]*model.ValueEdge, len(p.Values)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, v := range p.Values {
		c.Edges[i] = &model.ValueEdge{Cursor: p.Cursors[i], Node: v}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}
