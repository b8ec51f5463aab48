package events

import (
	"fmt"
	"testing"
	"time"

	"kindred/clock/clocktest"
)

// TestHandlersSeeEveryEventSubscribersTheirKinds: handlers get every event in order;
// subscriptions only what subscribers are told of, and lag is observed when known.
func TestHandlersSeeEveryEventSubscribersTheirKinds(t *testing.T) {
	b := newBus()
	var seen []Kind
	b.Handle(func(e Event) { seen = append(seen, e.Kind) })
	var lags int
	sent := clocktest.Start()
	b.ObserveLag(func() time.Time { return sent.Add(time.Second) }, func(d time.Duration) {
		lags++
		if d != time.Second {
			t.Errorf("observed a lag of %s, want 1s", d)
		}
	})
	ch, stop := b.Subscribe()
	defer stop()
	for _, e := range []Event{{Kind: PeopleChanged}, {Kind: Activity, Sent: sent}, {Kind: Resync}, {Kind: Notified}} {
		b.publish(e)
	}
	if string(seen) != "parn" {
		t.Errorf("handlers saw %q, want every event in order", string(seen))
	}
	if got := []Kind{(<-ch).Kind, (<-ch).Kind}; string(got) != "an" {
		t.Errorf("subscriber got %q, want activity and notification only", string(got))
	}
	if lags != 1 {
		t.Errorf("observed %d lags, want 1 (the event that says when it was sent)", lags)
	}
}

// TestTrackerPublishesEachOnce: an activity or notification heard twice (live, then
// again when catching up) is published once; other kinds always pass.
func TestTrackerPublishesEachOnce(t *testing.T) {
	lt := &tracker{seen: map[Kind]*recent{Activity: newRecent(2), Notified: newRecent(2)}, last: map[Kind]int64{}}
	var got []bool
	for _, e := range []Event{{Kind: Activity, ActivityID: 5}, {Kind: Notified, NotificationID: 5}, {Kind: Activity, ActivityID: 5},
		{Kind: Resync}, {Kind: Resync}, {Kind: Activity, ActivityID: 6}, {Kind: Activity, ActivityID: 7}, {Kind: Activity, ActivityID: 5}} {
		got = append(got, lt.first(e))
	}
	// The last: with room for two, 5 was forgotten when 7 came.
	if want := "[true true false true true true true true]"; fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if lt.last[Activity] != 7 || lt.last[Notified] != 5 {
		t.Errorf("highest published: %v, want activity 7 and notification 5", lt.last)
	}
}
