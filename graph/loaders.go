package graph

import (
	"context"
	"net/http"
	"time"

	"kindred/graph/batch"

	"kindred/domain"
)

// Loaders batch the lookups of one request: one query per relation and depth level,
// whatever the number of nodes.
type Loaders struct {
	Person       *batch.Loader[int64, *domain.Person]
	Value        *batch.Loader[int64, *domain.Value]
	PersonValue  *batch.Loader[int64, *domain.PersonValue]
	PersonValues *batch.Loader[int64, []*domain.PersonValue]
	HolderCount  *batch.Loader[int64, int]

	Collaboration       *batch.Loader[int64, *domain.Collaboration]
	CollaborationValues *batch.Loader[int64, []*domain.CollaborationValue]
	Needs               *batch.Loader[int64, []*domain.Need]
	Need                *batch.Loader[int64, *domain.Need]
	Pledge              *batch.Loader[int64, domain.Pledge]
	NeedCommitments     *batch.Loader[int64, []*domain.Commitment]
	Members             *batch.Loader[int64, []*domain.Membership]
	MemberCount         *batch.Loader[int64, int]
	ViewerMembership    *batch.Loader[int64, *domain.Membership]
	GoalHistory         *batch.Loader[int64, []*domain.GoalRevision]
	Membership          *batch.Loader[int64, *domain.Membership]
	PersonMemberships   *batch.Loader[int64, []*domain.Membership]
	Commitments         *batch.Loader[int64, []*domain.Commitment]
	Commitment          *batch.Loader[int64, *domain.Commitment]
	Fulfilment          *batch.Loader[int64, domain.Fulfilment]
	MemberRecord        *batch.Loader[int64, domain.MemberRecord]
	Totals              *batch.Loader[int64, []domain.Total]
	Contribution        *batch.Loader[int64, *domain.Contribution]
	Reversal            *batch.Loader[int64, *domain.Contribution]
	GiverRecord         *batch.Loader[int64, *domain.GiverRecord]

	Outcomes        *batch.Loader[int64, []*domain.Outcome]
	Outcome         *batch.Loader[int64, *domain.Outcome]
	OutcomeValueIDs *batch.Loader[int64, []int64]
	OutcomeHistory  *batch.Loader[int64, []*domain.OutcomeRevision]
	Measurements    *batch.Loader[int64, []*domain.Measurement]
	Latest          *batch.Loader[int64, *domain.Measurement]
	Measurement     *batch.Loader[int64, *domain.Measurement]
	Correction      *batch.Loader[int64, *domain.Measurement]
	Attestations    *batch.Loader[int64, []*domain.Attestation]
	CollabImpact    *batch.Loader[int64, *domain.CollabImpact]
	PersonImpact    *batch.Loader[int64, *domain.PersonImpact]
	ValueImpact     *batch.Loader[int64, *domain.RollUp]
}

// A loader gathers keys until none has arrived for loaderQuiet (gqlgen resolves list
// elements in goroutines, so this is scheduling time, not network time), and for at
// most loaderMax.
const (
	loaderQuiet = 2 * time.Millisecond
	loaderMax   = 30 * time.Millisecond
)

func newLoader[V any](quiet time.Duration, fetch batch.Fetch[int64, V]) *batch.Loader[int64, V] {
	return batch.New(fetch, quiet, max(loaderMax, quiet))
}

// NewLoaders returns fresh loaders for one request that wait quiet for more keys.
func NewLoaders(s *domain.Service, quiet time.Duration) *Loaders {
	return &Loaders{
		Collaboration:       newLoader(quiet, matchByID(s.FindCollaborationsByIDs, func(c *domain.Collaboration) int64 { return c.ID })),
		CollaborationValues: newLoader(quiet, matchMap(s.CollaborationValuesByCollab)),
		Needs:               newLoader(quiet, matchMap(s.NeedsByCollab)),
		Need:                newLoader(quiet, matchByID(s.FindNeedsByIDs, func(n *domain.Need) int64 { return n.ID })),
		Pledge:              newLoader(quiet, matchMap(s.PledgesByNeed)),
		NeedCommitments:     newLoader(quiet, matchMap(s.CommitmentsByNeed)),
		Members:             newLoader(quiet, matchMap(s.MembershipsByCollab)),
		MemberCount:         newLoader(quiet, matchMap(s.ActiveMemberCounts)),
		ViewerMembership:    newLoader(quiet, matchMap(s.ViewerMembershipByCollab)),
		GoalHistory:         newLoader(quiet, matchMap(s.GoalRevisionsByCollab)),
		Membership:          newLoader(quiet, matchByID(s.FindMembershipsByIDs, func(m *domain.Membership) int64 { return m.ID })),
		PersonMemberships:   newLoader(quiet, matchMap(s.MembershipsByPerson)),
		Commitments:         newLoader(quiet, matchMap(s.CommitmentsByMembership)),
		Commitment:          newLoader(quiet, matchByID(s.FindCommitmentsByIDs, func(c *domain.Commitment) int64 { return c.ID })),
		Fulfilment:          newLoader(quiet, matchMap(s.FulfilmentByCommitment)),
		MemberRecord:        newLoader(quiet, matchMap(s.RecordByMembership)),
		Totals:              newLoader(quiet, matchMap(s.TotalsByCollab)),
		Contribution:        newLoader(quiet, matchByID(s.FindContributionsByIDs, func(c *domain.Contribution) int64 { return c.ID })),
		Reversal:            newLoader(quiet, matchMap(s.ReversalsOf)),
		GiverRecord:         newLoader(quiet, matchMap(s.GiverRecordsByPerson)),

		Outcomes:        newLoader(quiet, matchMap(s.OutcomesByCollab)),
		Outcome:         newLoader(quiet, matchByID(s.FindOutcomesByIDs, func(o *domain.Outcome) int64 { return o.ID })),
		OutcomeValueIDs: newLoader(quiet, matchMap(s.OutcomeValueIDs)),
		OutcomeHistory:  newLoader(quiet, matchMap(s.RevisionsByOutcome)),
		Measurements:    newLoader(quiet, matchMap(s.MeasurementsByOutcome)),
		Latest:          newLoader(quiet, matchMap(s.LatestByOutcome)),
		Measurement:     newLoader(quiet, matchByID(s.FindMeasurementsByIDs, func(m *domain.Measurement) int64 { return m.ID })),
		Correction:      newLoader(quiet, matchMap(s.CorrectionsOf)),
		Attestations:    newLoader(quiet, matchMap(s.AttestationsByMeasurement)),
		CollabImpact:    newLoader(quiet, matchMap(s.ImpactByCollab)),
		PersonImpact:    newLoader(quiet, matchMap(s.ImpactByPerson)),
		ValueImpact:     newLoader(quiet, matchMap(s.ImpactByValue)),

		Person:       newLoader(quiet, matchByID(s.FindPeopleByIDs, func(p *domain.Person) int64 { return p.ID })),
		Value:        newLoader(quiet, matchByID(s.FindValuesByIDs, func(v *domain.Value) int64 { return v.ID })),
		PersonValue:  newLoader(quiet, matchByID(s.FindPersonValuesByIDs, func(pv *domain.PersonValue) int64 { return pv.ID })),
		PersonValues: newLoader(quiet, matchMap(s.PersonValuesByPersonIDs)),
		HolderCount:  newLoader(quiet, matchMap(s.HolderCounts)),
	}
}

// matchByID adapts a FindXByIDs method: rows are matched to keys by ID, and a key with no
// row (absent or not visible) gets nil without an error.
func matchByID[T any](find func(context.Context, []int64) ([]T, error), id func(T) int64) func(context.Context, []int64) ([]T, []error) {
	return func(ctx context.Context, keys []int64) ([]T, []error) {
		rows, err := find(ctx, keys)
		out := make([]T, len(keys))
		if err != nil {
			return out, fillErr(len(keys), err)
		}
		byID := make(map[int64]T, len(rows))
		for _, r := range rows {
			byID[id(r)] = r
		}
		for i, k := range keys {
			out[i] = byID[k]
		}
		return out, nil
	}
}

// matchMap adapts a method that returns a map by key; missing keys get the zero value.
func matchMap[V any](find func(context.Context, []int64) (map[int64]V, error)) func(context.Context, []int64) ([]V, []error) {
	return func(ctx context.Context, keys []int64) ([]V, []error) {
		m, err := find(ctx, keys)
		out := make([]V, len(keys))
		if err != nil {
			return out, fillErr(len(keys), err)
		}
		for i, k := range keys {
			out[i] = m[k]
		}
		return out, nil
	}
}

func fillErr(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

type loadersKey struct{}

// LoaderMiddleware gives each HTTP request its own loaders, so nothing is cached between
// requests or between viewers.
func LoaderMiddleware(s *domain.Service, next http.Handler) http.Handler {
	return LoaderMiddlewareQuiet(s, loaderQuiet, next)
}

// LoaderMiddlewareQuiet is LoaderMiddleware with the loaders' quiet time given: tests
// that count statements use a long one, so a busy machine cannot split a batch.
func LoaderMiddlewareQuiet(s *domain.Service, quiet time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := domain.WithRequestCache(r.Context())
		ctx = context.WithValue(ctx, loadersKey{}, NewLoaders(s, quiet))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders, or fresh ones where no middleware set them.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Service, loaderQuiet)
}
