// Package batch is a per-request cache of lookups.
//
// Nothing waits for more keys to arrive: the resolvers of a query never wait for a quiet
// period. A level of a query is fetched in one call by LoadMany, which the first field of
// the level makes for all of it (graph/cohort.go); Load then finds its key cached. A key
// nobody fetched ahead is fetched on its own at once.
package batch

import (
	"context"
	"sync"
)

// Fetch loads the values of keys, in the same order; errs may be nil, or one error for
// all keys, or one per key.
type Fetch[K comparable, V any] func(ctx context.Context, keys []K) (values []V, errs []error)

// Loader caches lookups for the life of one request.
type Loader[K comparable, V any] struct {
	fetch Fetch[K, V]

	mu    sync.Mutex
	cache map[K]*result[V]
}

type result[V any] struct {
	done chan struct{}
	val  V
	err  error
}

// New returns a loader that fetches with fetch.
func New[K comparable, V any](fetch Fetch[K, V]) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, cache: map[K]*result[V]{}}
}

// Load returns the value of key: the cached one, the one a fetch already under way
// brings, or else its own fetch's.
func (l *Loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	l.mu.Lock()
	r, ok := l.cache[key]
	if !ok {
		r = &result[V]{done: make(chan struct{})}
		l.cache[key] = r
	}
	l.mu.Unlock()
	if !ok {
		l.run(ctx, []K{key}, []*result[V]{r})
	}
	<-r.done
	return r.val, r.err
}

// LoadMany returns the values of keys: what is not cached yet is fetched in one call.
func (l *Loader[K, V]) LoadMany(ctx context.Context, keys []K) ([]V, error) {
	l.mu.Lock()
	var missing []K
	var results []*result[V]
	all := make([]*result[V], len(keys))
	for i, k := range keys {
		r, ok := l.cache[k]
		if !ok {
			r = &result[V]{done: make(chan struct{})}
			l.cache[k] = r
			missing, results = append(missing, k), append(results, r)
		}
		all[i] = r
	}
	l.mu.Unlock()
	if len(missing) > 0 {
		l.run(ctx, missing, results)
	}
	out := make([]V, len(keys))
	for i, r := range all {
		<-r.done
		if r.err != nil {
			return nil, r.err
		}
		out[i] = r.val
	}
	return out, nil
}

// Prime caches val as key's value unless key was asked for already: a value the request
// computed anyway need not be fetched again.
func (l *Loader[K, V]) Prime(key K, val V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.cache[key]; !ok {
		r := &result[V]{done: make(chan struct{}), val: val}
		close(r.done)
		l.cache[key] = r
	}
}

// Cached reports whether key has been asked for (its value may still be on its way).
func (l *Loader[K, V]) Cached(key K) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, ok := l.cache[key]
	return ok
}

// run fetches keys and hands each waiting caller its value.
func (l *Loader[K, V]) run(ctx context.Context, keys []K, results []*result[V]) {
	vals, errs := l.fetch(ctx, keys)
	for i, r := range results {
		switch {
		case len(errs) == 1:
			r.err = errs[0]
		case i < len(errs):
			r.err = errs[i]
		}
		if i < len(vals) {
			r.val = vals[i]
		}
		close(r.done)
	}
}
