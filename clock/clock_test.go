package clock_test

import (
	"testing"
	"time"

	"kindred/clock"
	"kindred/clock/clocktest"
)

func TestManualMovesOnlyWhenTold(t *testing.T) {
	start := clocktest.Start()
	c := clock.NewManual(start)
	if got := c.Now(); !got.Equal(start) {
		t.Fatalf("got %v, want %v", got, start)
	}
	c.Advance(time.Hour)
	if got := c.Now(); !got.Equal(start.Add(time.Hour)) {
		t.Errorf("after Advance: got %v, want %v", got, start.Add(time.Hour))
	}
	c.Set(start)
	if got := c.Now(); !got.Equal(start) {
		t.Errorf("after Set: got %v, want %v", got, start)
	}
}

func TestOffsetAtStartsAtItsTimeAndRunsWithItsBase(t *testing.T) {
	base := clock.NewManual(clocktest.Start())
	start := clocktest.Start().AddDate(2, 0, 0)
	c := clock.NewOffsetAt(base, start)
	if got := c.Now(); !got.Equal(start) {
		t.Fatalf("got %v, want %v", got, start)
	}
	base.Advance(time.Minute)
	c.Advance(time.Hour)
	if got, want := c.Now(), start.Add(time.Hour+time.Minute); !got.Equal(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestStopwatchIgnoresTheDate(t *testing.T) {
	sw := clock.Start()
	time.Sleep(2 * time.Millisecond)
	if got := sw.Elapsed(); got < 2*time.Millisecond || got > time.Minute {
		t.Errorf("got %v elapsed, want about 2ms", got)
	}
	if !sw.Within(time.Minute) || sw.Within(time.Millisecond) {
		t.Errorf("Within: got %v for a minute and %v for a millisecond, want true and false", sw.Within(time.Minute), sw.Within(time.Millisecond))
	}
}
