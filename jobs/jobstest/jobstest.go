// Package jobstest starts kept job queues for tests: River's tables migrated, fast
// polling and retries, stopped when the test ends.
package jobstest

import (
	"context"
	"testing"
	"time"

	"kindred/clock"
	"kindred/database"
	"kindred/jobs"
)

// Migrate creates River's tables in db.
func Migrate(t testing.TB, db *database.DB) {
	t.Helper()
	sqlDB, err := db.DB.DB()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jobs.Migrate(context.Background(), sqlDB, db.Dialect); err != nil {
		t.Fatalf("migrate jobs: %v", err)
	}
}

// Options are the queue options tests use: polling every 20 ms and retries after 50 ms,
// doubling up to 200 ms.
func Options() jobs.Options {
	return jobs.Options{
		PollInterval: 20 * time.Millisecond,
		Retry:        jobs.Backoff{Base: 50 * time.Millisecond, Max: 200 * time.Millisecond},
	}
}

// Open returns a queue on db (migrated by Migrate) working reg's jobs with o, started
// unless reg is nil, and stopped when the test ends.
func Open(t testing.TB, db *database.DB, reg *jobs.Registry, o jobs.Options) *jobs.Queue {
	t.Helper()
	sqlDB, err := db.DB.DB()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	q, err := jobs.Open(ctx, sqlDB, db.Dialect, reg, o)
	if err != nil {
		t.Fatalf("open jobs: %v", err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatalf("start jobs: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := q.Stop(ctx); err != nil {
			t.Errorf("stop jobs: %v", err)
		}
	})
	return q
}

// Eventually waits up to within for cond, checking every 10 ms, and fails the test with
// what when it never holds.
func Eventually(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for sw := clock.Start(); sw.Within(within); <-tick.C {
		if cond() {
			return
		}
	}
	if !cond() {
		t.Fatalf("after %s: %s", within, what)
	}
}

// Idle waits until q holds no job still to run (available, scheduled, retryable, running).
func Idle(t testing.TB, q *jobs.Queue, within time.Duration) {
	t.Helper()
	Eventually(t, within, "the queue still holds jobs", func() bool {
		d, err := q.Depth(context.Background())
		if err != nil {
			t.Fatalf("queue depth: %v", err)
		}
		return len(d) == 0
	})
}
