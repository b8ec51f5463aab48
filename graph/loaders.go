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
}

// loaderWait is how long a loader gathers keys before it queries; gqlgen resolves list
// elements concurrently, so this is about goroutine scheduling, not network time.
const loaderWait = 2 * time.Millisecond

// NewLoaders returns fresh loaders for one request.
func NewLoaders(s *domain.Service) *Loaders {
	return &Loaders{
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
