// Package clock is the one place that reads the machine's clock. A Clock gives the instant
// that rules, records and tokens use; a Stopwatch gives the elapsed time that timeouts,
// measurements and waiting loops use. Everything else asks one of them, so that tests set
// the date instead of inheriting today's.
package clock

import (
	"sync"
	"time"
)

// Clock tells the time; tests move a Manual clock instead of sleeping.
type Clock interface {
	Now() time.Time
}

// System reads the machine's clock, in UTC.
type System struct{}

// Now returns the current time in UTC.
func (System) Now() time.Time { return time.Now().UTC() }

// Manual is a Clock that moves only when told to.
type Manual struct {
	mu sync.Mutex
	t  time.Time
}

// NewManual returns a clock stopped at t.
func NewManual(t time.Time) *Manual { return &Manual{t: t.UTC()} }

// Now returns the clock's time.
func (c *Manual) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Manual) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Set moves the clock to t.
func (c *Manual) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t.UTC()
}

// Offset runs with a base clock, shifted by an offset that can be moved forward. The
// server offers it to browser tests (never in production) so that they can start at a
// chosen date and pass a closing or due time without waiting.
type Offset struct {
	base   Clock
	mu     sync.Mutex
	offset time.Duration
}

// NewOffset returns a clock that reads base until moved.
func NewOffset(base Clock) *Offset { return &Offset{base: base} }

// NewOffsetAt returns a clock that reads start now and runs on with base from there.
func NewOffsetAt(base Clock, start time.Time) *Offset {
	return &Offset{base: base, offset: start.Sub(base.Now())}
}

// Now returns the base time plus the offset.
func (c *Offset) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.base.Now().Add(c.offset)
}

// Advance moves the clock forward by d.
func (c *Offset) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

// Stopwatch measures elapsed time on the machine's monotonic clock, which setting the
// date does not move. Its zero value is not started; use Start.
type Stopwatch struct{ start time.Time }

// Start starts a stopwatch.
func Start() Stopwatch { return Stopwatch{start: time.Now()} }

// Elapsed is the time since the stopwatch started.
func (s Stopwatch) Elapsed() time.Duration { return time.Since(s.start) }

// Within reports whether less than d has passed since the stopwatch started; waiting loops
// read `for sw := clock.Start(); sw.Within(10 * time.Second); { … }`.
func (s Stopwatch) Within(d time.Duration) bool { return s.Elapsed() < d }

// Since is the time elapsed since t, a time a library took from the machine's clock (GORM
// hands its statements' begin to the logger); measured on t's monotonic reading when it
// has one, never against a Clock, which tests move.
func Since(t time.Time) time.Duration { return time.Since(t) }
