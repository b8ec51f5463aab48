package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"kindred/domain"
)

// Loaders batch the lookups of one request: one query per relation and depth level,
// whatever the number of nodes.
type Loaders struct {
	Person       *dataloadgen.Loader[int64, *domain.Person]
	Value        *dataloadgen.Loader[int64, *domain.Value]
	PersonValue  *dataloadgen.Loader[int64, *domain.PersonValue]
	PersonValues *dataloadgen.Loader[int64, []*domain.PersonValue]
	HolderCount  *dataloadgen.Loader[int64, int]

	Collaboration       *dataloadgen.Loader[int64, *domain.Collaboration]
	CollaborationValues *dataloadgen.Loader[int64, []*domain.CollaborationValue]
	Needs               *dataloadgen.Loader[int64, []*domain.Need]
	Need                *dataloadgen.Loader[int64, *domain.Need]
	Pledge              *dataloadgen.Loader[int64, domain.Pledge]
	NeedCommitments     *dataloadgen.Loader[int64, []*domain.Commitment]
	Members             *dataloadgen.Loader[int64, []*domain.Membership]
	MemberCount         *dataloadgen.Loader[int64, int]
	ViewerMembership    *dataloadgen.Loader[int64, *domain.Membership]
	GoalHistory         *dataloadgen.Loader[int64, []*domain.GoalRevision]
	Membership          *dataloadgen.Loader[int64, *domain.Membership]
	PersonMemberships   *dataloadgen.Loader[int64, []*domain.Membership]
	Commitments         *dataloadgen.Loader[int64, []*domain.Commitment]
	Commitment          *dataloadgen.Loader[int64, *domain.Commitment]
}

// loaderWait is how long a loader gathers keys before it queries; gqlgen resolves list
// elements concurrently, so this is about goroutine scheduling, not network time.
const loaderWait = 2 * time.Millisecond

// NewLoaders returns fresh loaders for one request.
func NewLoaders(s *domain.Service) *Loaders {
	w := dataloadgen.WithWait(loaderWait)
	return &Loaders{
		Collaboration:       dataloadgen.NewLoader(matchByID(s.FindCollaborationsByIDs, func(c *domain.Collaboration) int64 { return c.ID }), w),
		CollaborationValues: dataloadgen.NewLoader(matchMap(s.CollaborationValuesByCollab), w),
		Needs:               dataloadgen.NewLoader(matchMap(s.NeedsByCollab), w),
		Need:                dataloadgen.NewLoader(matchByID(s.FindNeedsByIDs, func(n *domain.Need) int64 { return n.ID }), w),
		Pledge:              dataloadgen.NewLoader(matchMap(s.PledgesByNeed), w),
		NeedCommitments:     dataloadgen.NewLoader(matchMap(s.CommitmentsByNeed), w),
		Members:             dataloadgen.NewLoader(matchMap(s.MembershipsByCollab), w),
		MemberCount:         dataloadgen.NewLoader(matchMap(s.ActiveMemberCounts), w),
		ViewerMembership:    dataloadgen.NewLoader(matchMap(s.ViewerMembershipByCollab), w),
		GoalHistory:         dataloadgen.NewLoader(matchMap(s.GoalRevisionsByCollab), w),
		Membership:          dataloadgen.NewLoader(matchByID(s.FindMembershipsByIDs, func(m *domain.Membership) int64 { return m.ID }), w),
		PersonMemberships:   dataloadgen.NewLoader(matchMap(s.MembershipsByPerson), w),
		Commitments:         dataloadgen.NewLoader(matchMap(s.CommitmentsByMembership), w),
		Commitment:          dataloadgen.NewLoader(matchByID(s.FindCommitmentsByIDs, func(c *domain.Commitment) int64 { return c.ID }), w),

		Person:       dataloadgen.NewLoader(matchByID(s.FindPeopleByIDs, func(p *domain.Person) int64 { return p.ID }), dataloadgen.WithWait(loaderWait)),
		Value:        dataloadgen.NewLoader(matchByID(s.FindValuesByIDs, func(v *domain.Value) int64 { return v.ID }), dataloadgen.WithWait(loaderWait)),
		PersonValue:  dataloadgen.NewLoader(matchByID(s.FindPersonValuesByIDs, func(pv *domain.PersonValue) int64 { return pv.ID }), dataloadgen.WithWait(loaderWait)),
		PersonValues: dataloadgen.NewLoader(matchMap(s.PersonValuesByPersonIDs), dataloadgen.WithWait(loaderWait)),
		HolderCount:  dataloadgen.NewLoader(matchMap(s.HolderCounts), dataloadgen.WithWait(loaderWait)),
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
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders, or fresh ones where no middleware set them.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Service)
}
