package accounts

import (
	"sync"
	"time"

	"kindred/domain"
)

// viewerCache keeps the people that access tokens name, so that a request need not read
// its viewer's row: on the discovery path that read was one of two statements.
//
// It is exact within what the event bus delivers. Every change to a person's row is
// followed, once committed, by forget here (refreshPeopleHere), and announced to the
// other instances, whose listeners forget too; the changes that end sessions (logging out
// everywhere, a new password, a deleted account) and a new role announce inside their
// transaction, so that the announcement goes out exactly when they commit. A listener
// that lost its connection clears everything when it is back (ForgetViewers). What
// is left is the bus's delay, milliseconds, and the age limit below bounds the rest.
//
// A read that began before a forget is not kept (gen), so a row read just before a change
// committed cannot outlive it. It is off unless the server turns it on: only a listening
// instance hears the others.
type viewerCache struct {
	mu      sync.Mutex
	on      bool
	gen     uint64
	viewers map[int64]cachedViewer
}

type cachedViewer struct {
	p  domain.Person
	at time.Time
}

const (
	// viewerMaxAge bounds how long a kept person is used without reading it again.
	viewerMaxAge = time.Minute
	// viewerCacheSize bounds the people kept; past it, one is dropped for each new.
	viewerCacheSize = 20_000
)

// CacheViewers turns the viewer cache on or off; serve turns it on when it listens to
// the other instances' changes (PostgreSQL).
func (s *Accounts) CacheViewers(on bool) {
	c := &s.viewers
	c.mu.Lock()
	defer c.mu.Unlock()
	c.on, c.viewers = on, nil
	c.gen++
}

// ForgetViewers drops every kept viewer: serve calls it when its listener was away and
// may have missed changes.
func (s *Accounts) ForgetViewers() { s.viewers.forgetAll() }

// get returns a copy of the kept person id, if kept and young enough.
func (c *viewerCache) get(id int64, now time.Time) (*domain.Person, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.viewers[id]
	if !ok || now.Sub(e.at) > viewerMaxAge || now.Before(e.at) {
		return nil, false
	}
	p := e.p
	return &p, true
}

// start returns the generation to give put for a read that begins now.
func (c *viewerCache) start() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// put keeps a copy of p, read at now, unless something was forgotten since gen.
func (c *viewerCache) put(p *domain.Person, gen uint64, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.on || gen != c.gen {
		return
	}
	if c.viewers == nil {
		c.viewers = map[int64]cachedViewer{}
	}
	if _, ok := c.viewers[p.ID]; !ok && len(c.viewers) >= viewerCacheSize {
		for id := range c.viewers { // any one
			delete(c.viewers, id)
			break
		}
	}
	c.viewers[p.ID] = cachedViewer{p: *p, at: now}
}

// forget drops ids and fails the reads in flight.
func (c *viewerCache) forget(ids []int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	for _, id := range ids {
		delete(c.viewers, id)
	}
}

// forgetAll drops everyone and fails the reads in flight.
func (c *viewerCache) forgetAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.viewers = nil
}
