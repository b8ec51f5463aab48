package graph_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/clock"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/graph/relay"
)

// TestPollsOverGraphQL proposes a ranked-choice poll and a meeting-time poll, casts
// ballots as three members, closes them by the clock and reads the results as a client
// does: the instant-runoff rounds, and the chosen slot with its wall-clock times.
func TestPollsOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1) // p-1; p-0 is the steward, p-2 a member
		var c domain.Collaboration
		db.First(&c)
		as := func(handle string) *client.Client {
			var p domain.Person
			db.Where("handle = ?", handle).First(&p)
			return client.New(asViewer(h, &p))
		}
		me, lead, other := client.New(asViewer(h, viewer)), as("p-0"), as("p-2")
		closes := svc.Clock().Now().Add(2 * time.Hour).Format(time.RFC3339)
		var created struct {
			CreateProposal struct {
				Proposal struct {
					ID, DecisionKind string
					Options          []struct {
						Key                  int
						Label                string
						LocalStart, LocalEnd *string
						TimeZone             *string
						Chosen               bool
					}
				}
			}
		}
		me.MustPost(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "Where we meet",
			decisionKind: RANKED_CHOICE, options: [{label: "Garden"}, {label: "Kitchen"}, {label: "Library"}], closesAt: $at}) {
			proposal { id decisionKind options { key label localStart localEnd timeZone chosen } } } }`, &created,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes))
		rc := created.CreateProposal.Proposal
		if rc.DecisionKind != "RANKED_CHOICE" || len(rc.Options) != 3 || rc.Options[2].Key != 3 || rc.Options[2].Label != "Library" || rc.Options[0].LocalStart != nil {
			t.Fatalf("got %+v", rc)
		}
		const cast = `mutation($p: ID!, $m: [BallotMarkInput!]!) { castBallot(input: {proposalId: $p, marks: $m}) {
			ballot { marks { option score rank dots availability } } proposal { participation { taken } } } }`
		rank := func(keys ...int) []map[string]any {
			out := []map[string]any{}
			for i, k := range keys {
				out = append(out, map[string]any{"option": k, "rank": i + 1})
			}
			return out
		}
		var ballot struct {
			CastBallot struct {
				Ballot struct {
					Marks []struct {
						Option            int
						Score, Rank, Dots *int
						Availability      *string
					}
				}
				Proposal struct{ Participation struct{ Taken int } }
			}
		}
		me.MustPost(cast, &ballot, client.Var("p", rc.ID), client.Var("m", rank(1, 2)))
		if m := ballot.CastBallot.Ballot.Marks; len(m) != 2 || m[0].Rank == nil || *m[0].Rank != 1 || m[0].Score != nil || ballot.CastBallot.Proposal.Participation.Taken != 1 {
			t.Fatalf("got %+v", ballot.CastBallot)
		}
		lead.MustPost(cast, &ballot, client.Var("p", rc.ID), client.Var("m", rank(2, 1)))
		other.MustPost(cast, &ballot, client.Var("p", rc.ID), client.Var("m", rank(3, 2)))
		resp, err := me.RawPost(cast, client.Var("p", rc.ID), client.Var("m", []map[string]any{{"option": 1, "score": 3}}))
		if err != nil || !strings.Contains(string(resp.Errors), "BAD_USER_INPUT") || !strings.Contains(string(resp.Errors), "a rank") {
			t.Errorf("a score on a ranked-choice poll: got %s, %v", resp.Errors, err)
		}

		day := svc.Clock().Now().In(time.UTC).AddDate(0, 0, 10).Format("2006-01-02")
		me.MustPost(`mutation($c: ID!, $at: Time!, $o: [PollOptionInput!]) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "When we meet",
			decisionKind: MEETING_TIME, options: $o, closesAt: $at}) { proposal { id decisionKind options { key label localStart localEnd timeZone chosen } } } }`, &created,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes), client.Var("o", []map[string]any{
				{"start": day + "T18:00", "end": day + "T19:30", "timeZone": "America/New_York"},
				{"label": "Late", "start": day + "T20:00", "end": day + "T21:00", "timeZone": "America/New_York"},
			}))
		mt := created.CreateProposal.Proposal
		if o := mt.Options[0]; o.LocalStart == nil || *o.LocalStart != day+"T18:00" || *o.LocalEnd != day+"T19:30" || *o.TimeZone != "America/New_York" {
			t.Fatalf("got slot %+v", o)
		}
		avail := func(a, b string) []map[string]any {
			return []map[string]any{{"option": 1, "availability": a}, {"option": 2, "availability": b}}
		}
		me.MustPost(cast, &ballot, client.Var("p", mt.ID), client.Var("m", avail("YES", "YES")))
		lead.MustPost(cast, &ballot, client.Var("p", mt.ID), client.Var("m", avail("IF_NEED_BE", "YES")))
		other.MustPost(cast, &ballot, client.Var("p", mt.ID), client.Var("m", avail("NO", "YES")))
		if a := ballot.CastBallot.Ballot.Marks[0].Availability; a == nil || *a != "NO" {
			t.Errorf("got availability %v, want NO", a)
		}

		svc.Clock().(*clock.Manual).Advance(3 * time.Hour)
		if _, err := svc.CloseDueProposals(context.Background()); err != nil {
			t.Fatal(err)
		}
		const q = `query($p: ID!) { node(id: $p) { ... on Proposal { status closingReason options { key chosen localStart }
			viewerBallot { marks { option rank availability } castAt }
			results { ballots winners tie options { option total mean yes ifNeedBe no } rounds { counts { option votes } exhausted eliminated elected } } } } }`
		type read struct {
			Node struct {
				Status, ClosingReason string
				Options               []struct {
					Key        int
					Chosen     bool
					LocalStart *string
				}
				ViewerBallot *struct {
					Marks []struct {
						Option       int
						Rank         *int
						Availability *string
					}
					CastAt string
				}
				Results *struct {
					Ballots int
					Winners []int
					Tie     bool
					Options []struct {
						Option, Total, Yes, IfNeedBe, No int
						Mean                             float64
					}
					Rounds []struct {
						Counts              []struct{ Option, Votes int }
						Exhausted           int
						Eliminated, Elected *int
					}
				}
			}
		}
		var got read
		me.MustPost(q, &got, client.Var("p", rc.ID))
		// Round one: Garden 1, Kitchen 1, Library 1, each one first preference: Library,
		// listed last, is eliminated and its ballot goes to Kitchen: 2 of 3 in round two.
		r := got.Node.Results
		if got.Node.Status != "ADOPTED" || r == nil || r.Tie || len(r.Winners) != 1 || r.Winners[0] != 2 || len(r.Rounds) != 2 ||
			r.Rounds[0].Eliminated == nil || *r.Rounds[0].Eliminated != 3 || r.Rounds[1].Elected == nil || *r.Rounds[1].Elected != 2 {
			t.Errorf("ranked choice: got %+v %+v", got.Node, r)
		}
		if c := r.Rounds[1].Counts; len(c) != 2 || c[1].Votes != 2 || !got.Node.Options[1].Chosen {
			t.Errorf("round two: got %+v", c)
		}
		if b := got.Node.ViewerBallot; b == nil || len(b.Marks) != 2 || b.Marks[0].Option != 1 {
			t.Errorf("got viewer ballot %+v", b)
		}
		got = read{}
		other.MustPost(q, &got, client.Var("p", mt.ID))
		r = got.Node.Results
		// Late has 3 yes, the first slot 1: Late is chosen.
		if got.Node.Status != "ADOPTED" || r == nil || len(r.Winners) != 1 || r.Winners[0] != 2 || !got.Node.Options[1].Chosen || got.Node.Options[0].Chosen {
			t.Errorf("meeting time: got %+v %+v", got.Node, r)
		}
		if o := r.Options[0]; o.Yes != 1 || o.IfNeedBe != 1 || o.No != 1 {
			t.Errorf("got first slot %+v, want 1 of each", o)
		}
		if !strings.Contains(got.Node.ClosingReason, `the chosen time is "Late"`) {
			t.Errorf("got reason %q", got.Node.ClosingReason)
		}
		// The chosen slot is a date on the collaboration's page until it is over.
		var dates struct {
			Collaboration struct {
				DecidedTimes []struct {
					Proposal struct{ ID string }
					Slot     struct {
						Label, LocalStart, TimeZone string
					}
				}
			}
		}
		const datesQ = `query($s: String!) { collaboration(slug: $s) { decidedTimes { proposal { id } slot { label localStart timeZone } } } }`
		other.MustPost(datesQ, &dates, client.Var("s", c.Slug))
		if d := dates.Collaboration.DecidedTimes; len(d) != 1 || d[0].Proposal.ID != mt.ID || d[0].Slot.Label != "Late" ||
			d[0].Slot.LocalStart != day+"T20:00" || d[0].Slot.TimeZone != "America/New_York" {
			t.Errorf("got decided times %+v", d)
		}
		svc.Clock().(*clock.Manual).Advance(11 * 24 * time.Hour)
		other.MustPost(datesQ, &dates, client.Var("s", c.Slug))
		if d := dates.Collaboration.DecidedTimes; len(d) != 0 {
			t.Errorf("got %+v once the meeting is over, want none", d)
		}
	})
}
