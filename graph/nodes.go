package graph

import (
	"context"
	"github.com/99designs/gqlgen/graphql"

	"kindred/domain"
	"kindred/domain/catalog"
	"kindred/graph/batch"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// MaxNodes is the most IDs one nodes query may ask for.
const MaxNodes = 100

// subjectOf loads the node obj is about, with those of its whole cohort.
func subjectOf[T any](ctx context.Context, r *Resolver, obj *T, id func(*T) string) (relay.Node, error) {
	forCohort(ctx, obj, "subject", func(_ *cohorts, _ uint64, members []*T) {
		ids := make([]string, len(members))
		for i, t := range members {
			ids[i] = id(t)
		}
		_, _ = r.loadNodes(ctx, ids) // errors come again below, for obj's own node
	})
	nodes, err := r.loadNodes(ctx, []string{id(obj)})
	if err != nil {
		return nil, err
	}
	return nodes[0], nil
}

// loadNodes resolves global IDs through the loaders, so that IDs of one type cost one
// query together; unknown, malformed or invisible IDs give null.
func (r *Resolver) loadNodes(ctx context.Context, ids []string) ([]relay.Node, error) {
	if len(ids) > MaxNodes {
		return nil, domain.Invalid("ids", "Ask for at most %d IDs at once; this asked for %d.", MaxNodes, len(ids))
	}
	l := r.loaders(ctx)
	byType := map[string][]int{} // positions in ids, by type
	keys := make([]int64, len(ids))
	for i, gid := range ids {
		if typ, id, ok := relay.Parse(gid); ok {
			byType[typ] = append(byType[typ], i)
			keys[i] = id
		}
	}
	out := make([]relay.Node, len(ids))
	for typ, at := range byType {
		var err error
		switch typ {
		case relay.TypePerson:
			err = nodesOf(ctx, l.Person, keys, at, out)
		case relay.TypeValue:
			err = nodesOf(ctx, l.Value, keys, at, out)
		case relay.TypeCollab:
			err = nodesOf(ctx, l.Collaboration, keys, at, out)
		case relay.TypeNeed:
			err = nodesOf(ctx, l.Need, keys, at, out)
		case relay.TypeMembership:
			err = nodesOf(ctx, l.Membership, keys, at, out)
		case relay.TypeCommitment:
			err = nodesOf(ctx, l.Commitment, keys, at, out)
		case relay.TypeContrib:
			err = nodesOf(ctx, l.Contribution, keys, at, out)
		case relay.TypeOutcome:
			err = nodesOf(ctx, l.Outcome, keys, at, out)
		case relay.TypeMeasurement:
			err = nodesOf(ctx, l.Measurement, keys, at, out)
		case relay.TypePersonValue:
			err = nodesOf(ctx, l.PersonValue, keys, at, out)
		case relay.TypeProposal:
			err = nodesOf(ctx, l.Proposal, keys, at, out)
		case relay.TypeProposalNeed:
			err = nodesOf(ctx, l.ProposalNeed, keys, at, out)
		case relay.TypePosition:
			err = nodesOf(ctx, l.Position, keys, at, out)
		case relay.TypeComment:
			err = nodesOf(ctx, l.Comment, keys, at, out)
		case relay.TypeThread:
			err = nodesOf(ctx, l.Thread, keys, at, out)
		case relay.TypePost:
			err = nodesOf(ctx, l.Post, keys, at, out)
		case relay.TypeGathering:
			err = nodesOf(ctx, l.Gathering, keys, at, out)
		case relay.TypeNotification:
			for _, i := range at {
				var n *domain.Notification
				if n, err = r.FindNotificationForViewer(ctx, keys[i]); err != nil {
					break
				}
				out[i], _ = nonNil(n, nil)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// nodesOf loads the nodes of one type in one call and puts each at its position.
func nodesOf[T any](ctx context.Context, l *batch.Loader[int64, *T], keys []int64, at []int, out []relay.Node) error {
	want := make([]int64, len(at))
	for j, i := range at {
		want[j] = keys[i]
	}
	got, err := l.LoadMany(ctx, want)
	if err != nil {
		return err
	}
	if cs, fc := cohortsFrom(ctx), graphql.GetFieldContext(ctx); cs != nil && fc != nil {
		groupValues(cs, placeOf(fc), got)
	}
	for j, i := range at {
		out[i], _ = nonNil(got[j], nil)
	}
	return nil
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
