package schedule_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/schedule"
)

type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestJobsRunWhenDueByTheClock checks that a job runs at the first tick and then only
// once its interval has passed on the clock, whatever the number of ticks.
func TestJobsRunWhenDueByTheClock(t *testing.T) {
	clk := clocktest.New()
	s := schedule.New(clk, slog.New(slog.NewTextHandler(&logBuffer{}, nil)))
	var runs []time.Time
	s.Every("count", 5*time.Second, func(context.Context) error {
		runs = append(runs, clk.Now())
		return nil
	})
	ctx := context.Background()
	steps := []struct {
		advance time.Duration
		want    int
	}{{0, 1}, {0, 1}, {4 * time.Second, 1}, {time.Second, 2}, {time.Hour, 3}, {time.Second, 3}}
	for i, st := range steps {
		clk.Advance(st.advance)
		s.RunDue(ctx)
		if len(runs) != st.want {
			t.Errorf("step %d: got %d runs, want %d", i, len(runs), st.want)
		}
	}
}

// TestRunTicksUntilStopped drives Run by hand and stops it by its context and by closing
// the tick source.
func TestRunTicksUntilStopped(t *testing.T) {
	clk := clocktest.New()
	var logged logBuffer
	s := schedule.New(clk, slog.New(slog.NewTextHandler(&logged, nil)))
	n := 0
	s.Every("fails", time.Minute, func(context.Context) error { return errors.New("database away") })
	s.Every("panics", time.Minute, func(context.Context) error { panic("oops") })
	s.Every("count", time.Minute, func(context.Context) error { n++; return nil })
	ticks := schedule.NewManual()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.Run(ctx, ticks.C()) }()
	for range 3 {
		if err := ticks.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Minute)
	}
	if n != 3 {
		t.Errorf("got %d runs after 3 ticks a minute apart, want 3: a failing job stops no other", n)
	}
	if out := logged.String(); strings.Count(out, "database away") != 3 || strings.Count(out, "oops") != 3 {
		t.Errorf("got log %q, want each failure and panic logged", out)
	}
	cancel()
	<-done
	if err := ticks.Tick(ctx); err == nil {
		t.Error("a tick after the scheduler stopped: got no error")
	}

	c := make(chan schedule.Tick)
	stopped := make(chan struct{})
	go func() { defer close(stopped); s.Run(context.Background(), c) }()
	close(c)
	<-stopped
}

// TestTickerBeats checks the machine-clock tick source beats and stops.
func TestTickerBeats(t *testing.T) {
	ticks, stop := schedule.Ticker(time.Millisecond)
	defer stop()
	select {
	case <-ticks:
	case <-time.After(10 * time.Second):
		t.Fatal("no tick within 10 s of a 1 ms ticker")
	}
}
