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

	"kindred/clock"
)

// Fetch loads the values of keys, in the same order; errs may be nil, or one error for
// all keys, or one per key.
type Fetch[K comparable, V any] func(ctx context.Context, keys []K) (values []V, errs []error)

// Loader batches and caches lookups for the life of one request.
type Loader[K comparable, V any] struct {
	fetch      Fetch[K, V]
	quiet, max time.Duration
	group      *Group

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
	started clock.Stopwatch
}

// New returns a loader that fetches with fetch.
func New[K comparable, V any](fetch Fetch[K, V], quiet, max time.Duration) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, quiet: quiet, max: max, cache: map[K]*result[V]{}}
}

// NewIn returns a loader that fetches with fetch when its group's wave goes out.
func NewIn[K comparable, V any](g *Group, fetch Fetch[K, V]) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, group: g, cache: map[K]*result[V]{}}
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
		switch {
		case l.group != nil && l.cur == nil:
			p := &pending[K, V]{started: clock.Start()}
			l.cur = p
			l.group.touch(func() func() {
				if !l.detach(p) {
					return nil
				}
				return func() { l.run(ctx, p) }
			})
		case l.group != nil:
			l.group.touch(nil)
		case l.cur == nil:
			p := &pending[K, V]{started: clock.Start()}
			p.timer = time.AfterFunc(l.quiet, func() { l.dispatch(ctx, p) })
			l.cur = p
		case l.cur.started.Elapsed()+l.quiet < l.max:
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
	if l.detach(p) {
		l.run(ctx, p)
	}
}

// detach makes p no longer the batch that new keys join; it reports false when p has
// gone out already (a Reset raced with the timer firing).
func (l *Loader[K, V]) detach(p *pending[K, V]) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cur != p {
		return false
	}
	l.cur = nil
	return true
}

// run fetches a detached batch and hands each waiting caller its value.
func (l *Loader[K, V]) run(ctx context.Context, p *pending[K, V]) {
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

// Group holds back the batches of several loaders until no key has arrived at any of them
// for quiet, and no fetch of the group is still out (its results bring more keys), then
// sends them all out together. Keys that keep arriving go out after at most max.
type Group struct {
	quiet, max time.Duration

	mu       sync.Mutex
	timer    *time.Timer
	gen      int // which timer is current; a stale one that fires does nothing
	started  clock.Stopwatch
	ready    []func() func() // each detaches a loader's batch and returns its fetch
	inflight int             // fetches sent out and not yet back
}

// NewGroup returns a group that waits quiet for more keys, and at most max.
func NewGroup(quiet, max time.Duration) *Group {
	return &Group{quiet: quiet, max: max}
}

// touch notes that a key arrived, with the dispatch of a loader's new batch if it has one.
func (g *Group) touch(dispatch func() func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if dispatch != nil {
		g.ready = append(g.ready, dispatch)
	}
	g.arm()
}

// arm starts the quiet time, or restarts it unless the wave has waited max already.
func (g *Group) arm() {
	switch {
	case g.timer == nil:
		g.started = clock.Start()
		gen := g.gen
		g.timer = time.AfterFunc(g.quiet, func() { g.fire(gen) })
	case g.started.Elapsed()+g.quiet < g.max:
		g.timer.Reset(g.quiet)
	}
}

// fire sends out every waiting batch, each fetching on its own goroutine; while a fetch
// is still out it waits for it instead, unless the wave has waited max.
func (g *Group) fire(gen int) {
	g.mu.Lock()
	if gen != g.gen {
		g.mu.Unlock()
		return
	}
	g.timer = nil
	g.gen++
	if g.inflight > 0 && g.started.Elapsed() < g.max {
		g.mu.Unlock() // done re-arms when the last fetch is back
		return
	}
	ready := g.ready
	g.ready = nil
	g.inflight += len(ready)
	g.mu.Unlock()
	// Every batch of the wave is detached before any fetch starts, so that keys made from
	// one fetch's results never join another batch of the same wave.
	runs := make([]func(), len(ready))
	for i, take := range ready {
		runs[i] = take()
	}
	for _, run := range runs {
		go func() {
			if run != nil {
				run()
			}
			g.done()
		}()
	}
}

// done notes that a fetch is back; when none is out, waiting batches get their quiet time.
func (g *Group) done() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.inflight--
	if g.inflight == 0 && len(g.ready) > 0 {
		g.arm()
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
		l.run(ctx, &pending[K, V]{keys: missing, results: results})
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
