package main

import (
	"strings"
	"testing"

	"kindred/database/dbtest"
)

// TestCollaborationJourney walks through the real server: create a collaboration with a
// need, join it by committing, log and confirm a contribution, reverse one, and see the
// dashboard, the ledger, fulfilment and the giver record.
func TestCollaborationJourney(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			amara, bo := srv.client(t), srv.client(t)
			signUp(t, amara, "amara")
			signUp(t, bo, "bo-chen")
			vals := valueIDs(t, amara, 2)
			var created struct {
				CreateCollaboration struct {
					Collaboration struct {
						ID, Slug string
						Needs    []struct{ ID string }
					}
				}
			}
			amara.ok(`mutation($v1: ID!, $v2: ID!) { createCollaboration(input: {title: "Community fridge", goal: "Rescue surplus food for the street.",
				location: "Rotterdam", values: [{valueId: $v1, weight: 5}, {valueId: $v2, weight: 2}],
				needs: [{kind: TIME, quantity: "10", skill: "logistics"}, {kind: MONEY, quantity: "200", currency: "EUR"}],
				commitment: {kind: TIME, quantity: "2", description: "Sunday shifts"}, commitmentNeedIndex: 0}) {
				collaboration { id slug needs { id } } } }`, map[string]any{"v1": vals[0], "v2": vals[1]}, &created)
			col := created.CreateCollaboration.Collaboration
			var req struct {
				RequestToJoin struct{ Membership struct{ ID, Status string } }
			}
			bo.ok(`mutation($c: ID!, $n: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "3", needId: $n}]}) {
				membership { id status } } }`, map[string]any{"c": col.ID, "n": col.Needs[0].ID}, &req)
			amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status collaboration { slug } } } }`,
				map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)

			var page struct {
				Collaboration struct {
					Needs []struct {
						PledgedShare  float64
						Collaboration struct{ Slug string }
					}
					Members []struct {
						Commitments []struct{ ID string }
						Person      struct{ Handle string }
					}
				}
			}
			bo.ok(`query($s: String!) { collaboration(slug: $s) { needs { pledgedShare collaboration { slug } } members { person { handle } commitments { id } } } }`,
				map[string]any{"s": col.Slug}, &page)
			if page.Collaboration.Needs[0].PledgedShare != 0.5 {
				t.Errorf("got pledged share %v, want 0.5 (2 h + 3 h of 10 h)", page.Collaboration.Needs[0].PledgedShare)
			}
			boCommit := page.Collaboration.Members[1].Commitments[0].ID
			var logged struct {
				LogContribution struct{ Contribution struct{ ID, Status string } }
			}
			bo.ok(`mutation($c: ID!, $cm: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "1.5", note: "Sorted the fridge", commitmentId: $cm}) {
				contribution { id status } } }`, map[string]any{"c": col.ID, "cm": boCommit}, &logged)
			var dash struct {
				Dashboard struct {
					AwaitingMyConfirmation []struct{ ID string }
				}
			}
			amara.ok(`{ dashboard { awaitingMyConfirmation { id note person { handle } } commitmentsDue { id } } }`, nil, &dash)
			if len(dash.Dashboard.AwaitingMyConfirmation) != 1 || dash.Dashboard.AwaitingMyConfirmation[0].ID != logged.LogContribution.Contribution.ID {
				t.Fatalf("dashboard: got %+v, want bo's entry", dash.Dashboard)
			}
			amara.ok(`mutation($e: ID!) { confirmContribution(input: {contributionId: $e}) { contribution { status confirmedBy { handle } } } }`,
				map[string]any{"e": logged.LogContribution.Contribution.ID}, nil)
			var wrong struct {
				LogContribution struct{ Contribution struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: MONEY, quantity: "500", currency: "EUR", note: "typo"}) { contribution { id } } }`,
				map[string]any{"c": col.ID}, &wrong)
			bo.ok(`mutation($e: ID!) { reverseContribution(input: {contributionId: $e, note: "meant 50"}) { contribution { status quantity { amount } reverses { id status } } } }`,
				map[string]any{"e": wrong.LogContribution.Contribution.ID}, nil)

			var rec struct {
				Person struct {
					Memberships []struct {
						Reciprocity *float64
						Commitments []struct {
							Fulfilment struct{ ConfirmedRatio float64 }
						}
					}
					GiverRecord struct {
						Given []struct {
							All struct{ Amount, Unit string }
						}
					}
				}
			}
			amara.ok(`{ person(handle: "bo-chen") { memberships { reciprocity commitments { fulfilment { confirmedRatio } } } giverRecord { given { all { amount unit } } } } }`, nil, &rec)
			ms := rec.Person.Memberships
			if len(ms) != 1 || ms[0].Reciprocity == nil || *ms[0].Reciprocity != 0.5 || ms[0].Commitments[0].Fulfilment.ConfirmedRatio != 0.5 {
				t.Errorf("bo's record: got %+v, want reciprocity 0.5 (1.5 of 3 h)", ms)
			}
			// The reversed 500 EUR counts for nothing: only hours were given.
			if g := rec.Person.GiverRecord.Given; len(g) != 1 || g[0].All.Amount != "1.50" || g[0].All.Unit != "hours" {
				t.Errorf("given: got %+v, want 1.50 hours only", g)
			}
			var ledger struct {
				Collaboration struct {
					Ledger struct {
						TotalCount int
						Edges      []struct{ Node struct{ Status string } }
					}
				}
			}
			bo.ok(`query($s: String!) { collaboration(slug: $s) { ledger { totalCount edges { node { status } } } } }`, map[string]any{"s": col.Slug}, &ledger)
			var statuses []string
			for _, e := range ledger.Collaboration.Ledger.Edges {
				statuses = append(statuses, e.Node.Status)
			}
			if got := strings.Join(statuses, ","); got != "REVERSAL,REVERSED,CONFIRMED" {
				t.Errorf("ledger newest first: got %s, want REVERSAL,REVERSED,CONFIRMED", got)
			}
		})
	}
}
