package domain

import (
	"context"
	"sync"
)

// requestCache remembers, for one request, which collaborations the viewer may see and
// the viewer's memberships, so the many loaders of a nested query do not ask again.
type requestCache struct {
	mu       sync.Mutex
	visible  map[int64]bool
	mine     map[int64]*Membership // nil value: known to have none
	mineSeen map[int64]bool
	// rows are the collaborations read to decide visibility, so that loading them
	// afterwards (as a membership's collaboration) does not read them again.
	rows map[int64]*Collaboration
	// statuses are all the viewer's memberships' statuses by collaboration; nil until read.
	statuses map[int64]MembershipStatus
}

func newRequestCache() *requestCache {
	return &requestCache{visible: map[int64]bool{}, mine: map[int64]*Membership{}, mineSeen: map[int64]bool{}, rows: map[int64]*Collaboration{}}
}

type cacheKey struct{}

// WithRequestCache returns ctx carrying an empty per-request cache.
func WithRequestCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, newRequestCache())
}

func cacheFrom(ctx context.Context) *requestCache {
	c, _ := ctx.Value(cacheKey{}).(*requestCache)
	return c
}

// forget empties the cache: a change is about to make it stale.
func (c *requestCache) forget() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.visible, c.mine, c.mineSeen, c.rows = map[int64]bool{}, map[int64]*Membership{}, map[int64]bool{}, map[int64]*Collaboration{}
	c.statuses = nil
}
