package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"kindred/database"
	"kindred/domain/kindred"
	"kindred/metrics"
	"kindred/schedule"
)

// How often the scheduler looks for due jobs, and how often each job runs. With several
// instances on one PostgreSQL each run of a job is claimed by one instance (see
// domain.ClaimJobRun); the jobs are also safe to repeat (conditional updates, notices
// that exist once).
const (
	tickEvery          = time.Second
	closeProposalEvery = 5 * time.Second
	notifyDueEvery     = time.Minute
	pruneKeysEvery     = time.Hour
)

// startJobs runs the background jobs until the returned function is called; that
// function waits for a running job to end and may be called more than once. While the
// database is unavailable the jobs fail every second: avail says so once, and they
// say nothing.
func startJobs(ctx context.Context, svc *kindred.Services, avail *database.Availability, log *slog.Logger, m *metrics.Metrics, d deps) func() {
	quiet := func(ctx context.Context, err error) error {
		if avail.Unavailable(ctx, err) {
			return nil
		}
		return err
	}
	s := schedule.New(d.clock, log)
	s.Shared(func(ctx context.Context, name string, slot int64) (bool, error) {
		ok, err := svc.ClaimJobRun(ctx, name, slot)
		return ok, quiet(ctx, err)
	})
	s.OnRun(func(name string) { m.JobRuns.WithLabelValues(name).Inc() })
	s.Every("close due proposals", closeProposalEvery, func(ctx context.Context) error {
		n, err := svc.CloseDueProposals(ctx)
		if n > 0 {
			log.InfoContext(ctx, "closed proposals", "count", n)
		}
		return quiet(ctx, err)
	})
	s.Every("notify due", notifyDueEvery, func(ctx context.Context) error {
		n, err := svc.NotifyDue(ctx)
		if n > 0 {
			log.InfoContext(ctx, "wrote reminders", "count", n)
		}
		return quiet(ctx, err)
	})
	s.Every("prune idempotency keys", pruneKeysEvery, func(ctx context.Context) error {
		_, err := svc.PruneIdempotencyKeys(ctx)
		return err
	})
	ticks, stopTicker := d.ticks, func() {}
	if ticks == nil {
		ticks, stopTicker = schedule.Ticker(tickEvery)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Run(ctx, ticks)
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			<-done
			stopTicker()
		})
	}
}
