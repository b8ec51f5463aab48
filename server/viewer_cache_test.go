package main

import (
	"testing"
	"time"

	"kindred/clock"
	"kindred/database/dbtest"
	"kindred/domain"
)

// Two instances on PostgreSQL keep viewers: a change made through one reaches the other's
// kept viewer by the event bus, without waiting for its age limit (a minute; nothing
// else here would make B read the person again within the test's few seconds).
func TestViewerChangesReachTheOtherInstance(t *testing.T) {
	a := startServerOn(t, dbtest.URL(t, "postgres"))
	b := startServerOn(t, a.dsn)
	onA, onB := a.client(t), b.client(t)
	tokens := signUp(t, onA, "amara")
	onB.token = tokens.AccessToken
	viewerName := func() string {
		var v struct{ Viewer struct{ DisplayName string } }
		onB.ok(`{ viewer { displayName } }`, nil, &v)
		return v.Viewer.DisplayName
	}
	before := viewerName() // B keeps Amara now
	eventually := func(what string, done func() bool) {
		t.Helper()
		for sw := clock.Start(); !done(); time.Sleep(20 * time.Millisecond) {
			if !sw.Within(10 * time.Second) {
				t.Fatalf("instance B did not see %s", what)
			}
		}
	}
	onA.ok(`mutation { updateProfile(input: {displayName: "Amara N."}) { person { displayName } } }`, nil, nil)
	eventually("the new name", func() bool { return viewerName() == "Amara N." })
	if before == "Amara N." {
		t.Fatal("the name was new before the change")
	}
	onA.ok(`mutation { logOutEverywhere { sessionsEnded } }`, nil, nil)
	eventually("the sessions end", func() bool {
		r := onB.do(`{ viewer { displayName } }`, nil)
		return len(r.Errors) > 0 && r.Errors[0].Extensions["code"] == string(domain.CodeUnauthenticated)
	})
}
