// Package schedule runs the server's background jobs, such as closing proposals at their
// time. A tick source says when to look; the injected clock says what time it is, so
// tests move the clock and send a tick instead of sleeping.
package schedule

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"kindred/clock"
)

// Tick is one beat of a tick source. Done, when not nil, is closed once the jobs the
// tick found due have finished, so that a test can wait for them.
type Tick struct {
	Done chan struct{}
}

// Job is work the scheduler runs; it returns an error to be logged.
type Job func(ctx context.Context) error

type job struct {
	name  string
	every time.Duration
	run   Job
	last  time.Time
}

// Claim reports whether this instance should run job name for time slot slot; with
// several instances exactly one of them may be told yes for each slot.
type Claim func(ctx context.Context, name string, slot int64) (bool, error)

// Scheduler runs each job when it is due by the clock, looking at every tick. Jobs run
// one after another on the scheduler's goroutine, so a job never overlaps itself.
type Scheduler struct {
	clock clock.Clock
	log   *slog.Logger
	jobs  []*job
	claim Claim
	// ran, when set, is told of every run.
	ran func(name string)
}

// Shared makes the scheduler one of several instances: a due job runs only when claim
// grants this instance its current slot.
func (s *Scheduler) Shared(claim Claim) { s.claim = claim }

// OnRun calls f with a job's name each time it runs here.
func (s *Scheduler) OnRun(f func(name string)) { s.ran = f }

// New returns a scheduler that reads time from clock and logs to log.
func New(clock clock.Clock, log *slog.Logger) *Scheduler {
	return &Scheduler{clock: clock, log: log}
}

// Every adds a job that runs at the first tick and then at the first tick at least
// every after its last run. Add jobs before Run.
func (s *Scheduler) Every(name string, every time.Duration, run Job) {
	s.jobs = append(s.jobs, &job{name: name, every: every, run: run})
}

// Run runs due jobs at every tick until ctx ends or ticks is closed, then returns. A
// job running when ctx ends sees its context cancelled.
func (s *Scheduler) Run(ctx context.Context, ticks <-chan Tick) {
	for {
		select {
		case <-ctx.Done():
			return
		case t, ok := <-ticks:
			if !ok {
				return
			}
			s.RunDue(ctx)
			if t.Done != nil {
				close(t.Done)
			}
		}
	}
}

// RunDue runs, now, every job that is due by the clock.
func (s *Scheduler) RunDue(ctx context.Context) {
	for _, j := range s.jobs {
		now := s.clock.Now()
		if !j.last.IsZero() && now.Sub(j.last) < j.every {
			continue
		}
		j.last = now
		if s.claim != nil {
			ok, err := s.claim(ctx, j.name, now.UnixNano()/int64(j.every))
			if err != nil && ctx.Err() == nil {
				s.log.ErrorContext(ctx, "scheduled job not claimed", "job", j.name, "err", err)
			}
			if !ok {
				continue // another instance runs this slot, or the database is away
			}
		}
		if s.ran != nil {
			s.ran(j.name)
		}
		if err := s.runOne(ctx, j); err != nil && ctx.Err() == nil {
			s.log.ErrorContext(ctx, "scheduled job failed", "job", j.name, "err", err)
		}
	}
}

func (s *Scheduler) runOne(ctx context.Context, j *job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	return j.run(ctx)
}

// Ticker returns a tick source that beats every d by the machine's clock, and a
// function that stops it.
func Ticker(d time.Duration) (<-chan Tick, func()) {
	t := time.NewTicker(d)
	out := make(chan Tick)
	stop := make(chan struct{})
	go func() {
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				// A scheduler still busy with the last tick misses this one, as time.Ticker would.
				select {
				case out <- Tick{}:
				default:
				}
			}
		}
	}()
	return out, func() { close(stop) }
}

// Manual is a tick source driven by hand, for tests.
type Manual struct {
	c chan Tick
}

// NewManual returns a tick source that beats only when Tick is called.
func NewManual() *Manual { return &Manual{c: make(chan Tick)} }

// C is the channel to give to Run.
func (m *Manual) C() <-chan Tick { return m.c }

// Tick sends one tick and waits until the jobs it found due have run, or ctx ends.
func (m *Manual) Tick(ctx context.Context) error {
	done := make(chan struct{})
	select {
	case m.c <- Tick{Done: done}:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
