package graph

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"kindred/auth"
	"kindred/clock/clocktest"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
	"kindred/events"
)

// TestSubscriberThatFellBehindMissesNothing: a subscriber too slow for the bus is dropped
// by it, and its stream reads what it missed from the database: every notification
// arrives, once and in order.
func TestSubscriberThatFellBehindMissesNothing(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	clk := clocktest.New()
	signer, _ := auth.NewSigner([]byte(strings.Repeat("k", 32)), clk.Now)
	svc := kindred.New(db.DB, clk, signer)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bus, err := events.StartPoller(ctx, db.DB, 5*time.Millisecond, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	s, err := svc.SignUp(ctx, accounts.SignUpInput{Handle: "amara", DisplayName: "Amara", Email: "amara@example.org", Password: "a long passphrase"})
	if err != nil {
		t.Fatal(err)
	}
	r := &Resolver{Services: svc, Events: bus}
	feed, err := r.notificationFeed(domain.WithViewer(ctx, s.Person), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Far more than the bus and the stream buffer, while nobody reads the stream.
	const n = 300
	for range n {
		if err := db.Create(&domain.Notification{PersonID: s.Person.ID, Kind: domain.NotifyInvitation, SubjectType: "Person", SubjectID: s.Person.ID}).Error; err != nil {
			t.Fatal(err)
		}
	}
	var last int64
	for i := range n {
		select {
		case got := <-feed:
			if got.ID <= last {
				t.Fatalf("notification %d came after %d", got.ID, last)
			}
			last = got.ID
		case <-time.After(10 * time.Second):
			t.Fatalf("got %d of %d notifications", i, n)
		}
	}
	select {
	case extra := <-feed:
		t.Errorf("got notification %d more than once", extra.ID)
	case <-time.After(200 * time.Millisecond):
	}
}
