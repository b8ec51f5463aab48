package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred"
	"kindred/domain/ledger"
	"kindred/graph/relay"
)

// TestRecurringOverGraphQL commits 4 h a month, reads the running period (cut to the rest
// of the month), moves into the next month to see the first one counted, raises it to 6 h
// from the running period on, cancels, and sets
// the collaboration's time zone.
func TestRecurringOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1) // p-1; p-0 is the steward
		var c domain.Collaboration
		db.First(&c)
		var steward domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		me, lead := client.New(asViewer(h, viewer)), client.New(asViewer(h, &steward))
		const fields = `id status recurrence { every startsOn endsOn cancelledAt timeZone } condition { kind by }
			currentPeriod { startsOn endsOn amount { amount } confirmed { amount } due short }
			periods { startsOn endsOn startsAt endsAt amount { amount } confirmed { amount } unconfirmed { amount } confirmedRatio due short }
			fulfilment { confirmedRatio committed { amount } } behind`
		type period struct {
			StartsOn, EndsOn string
			StartsAt, EndsAt string
			Amount           struct{ Amount string }
			Confirmed        struct{ Amount string }
			Unconfirmed      struct{ Amount string }
			ConfirmedRatio   *float64
			Due, Short       bool
		}
		type commitment struct {
			ID, Status string
			Recurrence *struct {
				Every, StartsOn, TimeZone string
				EndsOn                    *string
				CancelledAt               *string
			}
			Condition struct {
				Kind string
				By   *string
			}
			CurrentPeriod *period
			Periods       []period
			Fulfilment    struct {
				ConfirmedRatio float64
				Committed      struct{ Amount string }
			}
			Behind bool
		}
		var made struct {
			MakeCommitment struct{ Commitment commitment }
		}
		me.MustPost(`mutation($c: ID!) { makeCommitment(input: {collaborationId: $c, commitment: {kind: TIME, quantity: "4", recurrence: {every: MONTH}}}) {
			commitment { `+fields+` } } }`, &made, client.Var("c", relay.ID(relay.TypeCollab, c.ID)))
		got := made.MakeCommitment.Commitment
		now := svc.Clock().Now()
		y, m, d := now.Date()
		monthDays := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
		left := monthDays - d + 1
		// 4 h for the days left of this month, rounded to the hundredth of an hour.
		want := fmt.Sprintf("%.2f", float64(int64(400*left*2+monthDays)/int64(2*monthDays))/100)
		if got.Recurrence == nil || got.Recurrence.Every != "MONTH" || got.Recurrence.StartsOn != now.Format(domain.DateLayout) ||
			got.Recurrence.TimeZone != "UTC" || got.CurrentPeriod == nil || got.CurrentPeriod.Amount.Amount != want ||
			got.CurrentPeriod.Due || len(got.Periods) != 1 || got.Condition.By != nil {
			t.Fatalf("got %+v, want this month's period of %s h running", got, want)
		}

		var cm domain.Commitment
		db.First(&cm, mustDecode(t, got.ID))
		e, err := svc.LogContribution(domain.WithViewer(context.Background(), viewer), c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "0.5", CommitmentID: &cm.ID})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ConfirmContribution(domain.WithViewer(context.Background(), &steward), e.ID); err != nil {
			t.Fatal(err)
		}
		svc.Clock().(*clock.Manual).Set(time.Date(y, m+1, 2, 12, 0, 0, 0, time.UTC))
		var read struct{ Node commitment }
		me.MustPost(`query($id: ID!) { node(id: $id) { ... on Commitment { `+fields+` } } }`, &read, client.Var("id", got.ID))
		if p := read.Node.Periods; len(p) != 2 || p[0].Due || !p[1].Due || p[1].Confirmed.Amount != "0.50" || !p[1].Short || !read.Node.Behind {
			t.Fatalf("a month on: got %+v, want the first period due and short, the second running", read.Node)
		}
		// Raised to 6 h now: the running period owes 6 h, the first one still what it owed.
		var revised struct {
			ReviseCommitment struct{ Commitment commitment }
		}
		me.MustPost(`mutation($id: ID!) { reviseCommitment(input: {commitmentId: $id, quantity: "6"}) { commitment { `+fields+` } } }`,
			&revised, client.Var("id", got.ID))
		if p := revised.ReviseCommitment.Commitment.Periods; len(p) != 2 || p[0].Amount.Amount != "6.00" || p[1].Amount.Amount != want || !p[1].Short {
			t.Fatalf("revised: got %+v, want the running period at 6.00 and the first still at %s", p, want)
		}
		var cancelled struct {
			CancelCommitment struct{ Commitment commitment }
		}
		me.MustPost(`mutation($id: ID!) { cancelCommitment(input: {commitmentId: $id}) { commitment { `+fields+` } } }`, &cancelled, client.Var("id", got.ID))
		lastDay := time.Date(y, m+2, 0, 0, 0, 0, 0, time.UTC).Format(domain.DateLayout)
		if r := cancelled.CancelCommitment.Commitment.Recurrence; r == nil || r.CancelledAt == nil || r.EndsOn == nil || *r.EndsOn != lastDay {
			t.Errorf("cancelled: got %+v, want it to end on %s", r, lastDay)
		}
		resp, err := me.RawPost(`mutation($id: ID!) { cancelCommitment(input: {commitmentId: $id}) { commitment { id } } }`, client.Var("id", got.ID))
		if err != nil || !strings.Contains(string(resp.Errors), "CONFLICT") {
			t.Errorf("cancelling twice: got %s, %v, want CONFLICT", resp.Errors, err)
		}

		var zone struct {
			UpdateCollaboration struct{ Collaboration struct{ TimeZone string } }
		}
		lead.MustPost(`mutation($c: ID!) { updateCollaboration(input: {collaborationId: $c, timeZone: "Europe/Lisbon"}) { collaboration { timeZone } } }`,
			&zone, client.Var("c", relay.ID(relay.TypeCollab, c.ID)))
		if zone.UpdateCollaboration.Collaboration.TimeZone != "Europe/Lisbon" {
			t.Errorf("got %+v", zone)
		}
		resp, err = lead.RawPost(`mutation($c: ID!) { updateCollaboration(input: {collaborationId: $c, timeZone: "Mars/Olympus"}) { collaboration { timeZone } } }`,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)))
		if err != nil || !strings.Contains(string(resp.Errors), "BAD_USER_INPUT") || !strings.Contains(string(resp.Errors), "IANA") {
			t.Errorf("an unknown zone: got %s, %v, want BAD_USER_INPUT naming IANA", resp.Errors, err)
		}
		by := svc.Clock().Now().Add(24 * time.Hour).Format(time.RFC3339)
		var cond struct {
			MakeCommitment struct{ Commitment commitment }
		}
		me.MustPost(`mutation($c: ID!, $by: Time!) { makeCommitment(input: {collaborationId: $c, commitment: {kind: TIME, quantity: "1",
			condition: {kind: ACTIVE_MEMBERS, threshold: 9, by: $by}}}) { commitment { `+fields+` } } }`, &cond,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("by", by))
		if g := cond.MakeCommitment.Commitment; g.Status != "PENDING" || g.Condition.By == nil || g.Recurrence != nil || g.CurrentPeriod != nil || len(g.Periods) != 0 {
			t.Errorf("a conditional one-off: got %+v", g)
		}
	})
}

func mustDecode(t *testing.T, id string) int64 {
	t.Helper()
	_, n, ok := relay.Parse(id)
	if !ok {
		t.Fatalf("%q is not a global ID", id)
	}
	return n
}

// seedRecurring has n members each commit 4 h a month and deliver 1 h in the first month;
// the clock is then moved into the next month.
func seedRecurring(t *testing.T, db *database.DB, svc *kindred.Services, n int) (*domain.Person, string) {
	t.Helper()
	now := clocktest.Start()
	person := func(h string) *domain.Person {
		p := &domain.Person{Handle: h, DisplayName: h, Email: h + "@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
		return p
	}
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	svc.Clock().(*clock.Manual).Set(now)
	steward := person(fmt.Sprintf("steward-%d", n))
	var val domain.Value
	db.First(&val)
	c, err := svc.CreateCollaboration(as(steward), collab.CollaborationInput{Title: fmt.Sprintf("Monthly %d", n), Goal: "A goal worth reaching.",
		Remote: true, Values: []collab.ValueWeight{{ValueID: val.ID, Weight: 3}}, Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1"}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		p := person(fmt.Sprintf("r%d-%02d", n, i))
		m, err := svc.RequestToJoin(as(p), c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "4", Period: domain.RecurMonth}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ApproveMember(as(steward), m.ID); err != nil {
			t.Fatal(err)
		}
		var cm domain.Commitment
		db.Where("membership_id = ?", m.ID).First(&cm)
		e, err := svc.LogContribution(as(p), c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", CommitmentID: &cm.ID})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ConfirmContribution(as(steward), e.ID); err != nil {
			t.Fatal(err)
		}
	}
	svc.Clock().(*clock.Manual).Set(now.AddDate(0, 1, 0))
	return steward, c.Slug
}

// TestRecurringQueryStatements: the periods of 50 members' recurring commitments cost the
// same statements as those of 5.
func TestRecurringQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		const q = `query($s: String!) { collaboration(slug: $s) { timeZone members { reciprocity behind person { handle giverRecord { reciprocity behind } }
			commitments { behind recurrence { every timeZone } currentPeriod { amount { amount } confirmed { amount } }
				periods { startsOn amount { amount } confirmed { amount } confirmedRatio due } fulfilment { confirmedRatio } } } } }`
		count := func(n int) int64 {
			steward, slug := seedRecurring(t, db, svc, n)
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, steward)).RawPost(q, client.Var("s", slug))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			if got := strings.Count(string(data), `"due":true`); got != n {
				t.Fatalf("got %d due periods, want %d", got, n)
			}
			return counter.Load()
		}
		few, many := count(5), count(50)
		t.Logf("%d statements for 5 members, %d for 50", few, many)
		if few != many {
			t.Errorf("got %d statements for 50 members and %d for 5, want the same", many, few)
		}
	})
}
