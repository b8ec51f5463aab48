// Package batch is a data loader that batches keys until they stop arriving.
//
// A loader with a fixed window (the usual dataloader) splits a batch whenever resolving
// one level of a nested query takes longer than the window, so the number of queries
// creeps up with the number of nodes on a busy machine. This one waits until no new key
// has arrived for Quiet, and at most Max after the first key: small queries still go out
// at once, wide ones stay one batch per level.
package batch

import (
	"context"
	"sync"
	"time"
)

// Fetch loads the values of keys, in the same order; errs may be nil, or one error for
// all keys, or one per key.
type Fetch[K comparable, V any] func(ctx context.Context, keys []K) (values []V, errs []error)

// Loader batches and caches lookups for the life of one request.
type Loader[K comparable, V any] struct {
	fetch      Fetch[K, V]
	quiet, max time.Duration

	mu    sync.Mutex
	cache map[K]*result[V]
	cur   *pending[K, V]
}

type result[V any] struct {
	done chan struct{}
	val  V
	err  error
}

type pending[K comparable, V any] struct {
	keys    []K
	results []*result[V]
	timer   *time.Timer
	started time.Time
	// timed batches wait for their timer; LoadMany's go out at once.
	timed bool
}

// New returns a loader that fetches with fetch.
func New[K comparable, V any](fetch Fetch[K, V], quiet, max time.Duration) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, quiet: quiet, max: max, cache: map[K]*result[V]{}}
}

// Load returns the value of key, waiting for its batch.
func (l *Loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	return l.LoadThunk(ctx, key)()
}

// LoadThunk adds key to the current batch and returns a function that waits for it.
func (l *Loader[K, V]) LoadThunk(ctx context.Context, key K) func() (V, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache[key]
	if !ok {
		r = &result[V]{done: make(chan struct{})}
		l.cache[key] = r
		if l.cur == nil {
			p := &pending[K, V]{started: time.Now(), timed: true}
			p.timer = time.AfterFunc(l.quiet, func() { l.dispatch(ctx, p) })
			l.cur = p
		} else if time.Since(l.cur.started)+l.quiet < l.max {
			l.cur.timer.Reset(l.quiet)
		}
		l.cur.keys = append(l.cur.keys, key)
		l.cur.results = append(l.cur.results, r)
	}
	return func() (V, error) {
		<-r.done
		return r.val, r.err
	}
}

func (l *Loader[K, V]) dispatch(ctx context.Context, p *pending[K, V]) {
	if p.timed {
		l.mu.Lock()
		if l.cur != p {
			// A Reset raced with the timer firing: this batch has gone out already.
			l.mu.Unlock()
			return
		}
		l.cur = nil
		l.mu.Unlock()
	}
	vals, errs := l.fetch(ctx, p.keys)
	for i, r := range p.results {
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

// LoadMany returns the values of keys at once: what is not cached yet is fetched in one
// call right away, without waiting for more keys. For resolvers that know every key they
// need up front.
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
		l.dispatch(ctx, &pending[K, V]{keys: missing, results: results})
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
