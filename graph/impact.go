package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/impact"
	"kindred/graph/batch"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// valuesByID returns the values with ids that the viewer may see, in order.
func (r *Resolver) valuesByID(ctx context.Context, ids []int64) ([]*domain.Value, error) {
	vs, err := r.loaders(ctx).Value.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*domain.Value, 0, len(vs))
	for _, v := range vs {
		if v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// outcomeSummary counts where outcomes stand, from their latest measurements.
func (r *Resolver) outcomeSummary(ctx context.Context, outcomes []*domain.Outcome) (*impact.OutcomeSummary, error) {
	ids := make([]int64, len(outcomes))
	for i, o := range outcomes {
		ids[i] = o.ID
	}
	latest, err := r.loaders(ctx).Latest.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	now := r.Clock().Now()
	status := make(map[int64]impact.OutcomeStatus, len(outcomes))
	for i, o := range outcomes {
		status[o.ID] = impact.StatusOf(o, latest[i], now)
	}
	s := impact.Summarize(outcomes, status)
	return &s, nil
}

// status is an outcome's standing now.
func (r *Resolver) status(ctx context.Context, o *domain.Outcome) (impact.OutcomeStatus, error) {
	// With every outcome of its cohort: a person's outcomes across collaborations in one
	// statement, not one each.
	latest, err := loadFor(ctx, r.loaders(ctx).Latest, o, func(o *domain.Outcome) int64 { return o.ID })
	if err != nil {
		return impact.OutcomeStatus{}, err
	}
	return impact.StatusOf(o, latest, r.Clock().Now()), nil
}

func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

// decodeIDs decodes a list of global IDs of type typ; nil stays nil (left out).
func decodeIDs(field, typ string, gids []string) ([]int64, error) {
	if gids == nil {
		return nil, nil
	}
	out := make([]int64, len(gids))
	for i, g := range gids {
		id, err := decodeID(field, typ, g)
		if err != nil {
			return nil, err
		}
		out[i] = id
	}
	return out, nil
}

func outcomePayload(o *domain.Outcome, err error) (*model.OutcomePayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.OutcomePayload{Outcome: o}, nil
}

func measurementPayload(m *domain.Measurement, err error) (*model.MeasurementPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.MeasurementPayload{Measurement: m}, nil
}

func measurementPage(p *impact.MeasurementPage) *model.MeasurementConnection {
	c := &model.MeasurementConnection{
		Edges:      make([]*model.MeasurementEdge, len(p.Measurements)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, m := range p.Measurements {
		c.Edges[i] = &model.MeasurementEdge{Cursor: p.Cursors[i], Node: m}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}

func outcomePage(p *impact.OutcomePage) *model.OutcomeConnection {
	c := &model.OutcomeConnection{
		Edges:      make([]*model.OutcomeEdge, len(p.Outcomes)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, o := range p.Outcomes {
		c.Edges[i] = &model.OutcomeEdge{Cursor: p.Cursors[i], Node: o}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}

func measurementInput(in model.RecordMeasurementInput) (impact.MeasurementInput, error) {
	out := impact.MeasurementInput{Value: in.Value, MeasuredAt: in.MeasuredAt, EvidenceURL: str(in.EvidenceURL), EvidenceNote: str(in.EvidenceNote)}
	if in.SupersedesID != nil {
		id, err := decodeID("supersedesId", relay.TypeMeasurement, *in.SupersedesID)
		if err != nil {
			return out, err
		}
		out.SupersedesID = &id
	}
	return out, nil
}

// optional is nil for an empty string-like value, else a pointer to it.
func optional[S ~string](v S) *S {
	if v == "" {
		return nil
	}
	return &v
}

// servedOutcomes returns the outcomes an owner names, through its links loader, both
// fetched for the owner's whole cohort.
func servedOutcomes[T any](ctx context.Context, ls *Loaders, links *batch.Loader[int64, []int64], obj *T, id func(*T) int64) ([]*domain.Outcome, error) {
	if _, err := loadFor(ctx, links, obj, id); err != nil {
		return nil, err
	}
	list, err := loadManyFor(ctx, ls.Outcome, obj, func(t *T) []int64 { ids, _ := links.Load(ctx, id(t)); return ids })
	if err != nil {
		return nil, err
	}
	out := make([]*domain.Outcome, 0, len(list))
	for _, o := range list {
		if o != nil {
			out = append(out, o)
		}
	}
	return out, nil
}
