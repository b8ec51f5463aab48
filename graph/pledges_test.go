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

// TestPledgesOverGraphQL proposes with needs, pledges toward them, reads pledged against
// needed as a client does, and closes: covered, the proposal is adopted and its pledges
// bind; a pledge toward a proposal that was withdrawn lapses and says why.
func TestPledgesOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1) // p-1; p-0 is the steward, p-2 a member
		var c domain.Collaboration
		db.First(&c)
		var steward domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		me, lead := client.New(asViewer(h, viewer)), client.New(asViewer(h, &steward))
		closes := svc.Clock().Now().Add(2 * time.Hour).Format(time.RFC3339)
		const propose = `mutation($c: ID!, $at: Time!, $t: String!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: $t, closesAt: $at,
			needs: [{kind: TIME, quantity: "3", description: "drivers"}, {kind: MONEY, quantity: "40", currency: "EUR"}]}) { proposal { id needs { id } } } }`
		type created struct {
			CreateProposal struct {
				Proposal struct {
					ID    string
					Needs []struct{ ID string }
				}
			}
		}
		var van, bus created
		lead.MustPost(propose, &van, client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes), client.Var("t", "Rent the van"))
		lead.MustPost(propose, &bus, client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes), client.Var("t", "Rent the bus"))
		needs := van.CreateProposal.Proposal.Needs
		if len(needs) != 2 {
			t.Fatalf("got %+v", van)
		}
		const pledge = `mutation($n: ID!, $q: Decimal!) { pledgeToProposal(input: {proposalNeedId: $n, quantity: $q, description: "I drive"}) {
			commitment { id status condition { kind } proposalNeed { proposal { id } } lapseReason } } }`
		type pledged struct {
			PledgeToProposal struct {
				Commitment struct {
					ID, Status   string
					Condition    struct{ Kind string }
					ProposalNeed struct{ Proposal struct{ ID string } }
					LapseReason  *string
				}
			}
		}
		var a, b, onBus pledged
		me.MustPost(pledge, &a, client.Var("n", needs[0].ID), client.Var("q", "3"))
		lead.MustPost(pledge, &b, client.Var("n", needs[1].ID), client.Var("q", "40"))
		lead.MustPost(pledge, &onBus, client.Var("n", bus.CreateProposal.Proposal.Needs[0].ID), client.Var("q", "1"))
		if got := a.PledgeToProposal.Commitment; got.Status != "PENDING" || got.Condition.Kind != "PROPOSAL_ADOPTED" ||
			got.ProposalNeed.Proposal.ID != van.CreateProposal.Proposal.ID || got.LapseReason != nil {
			t.Fatalf("got %+v", got)
		}
		resp, err := me.RawPost(pledge, client.Var("n", needs[1].ID), client.Var("q", "0.001"))
		if err != nil || !strings.Contains(string(resp.Errors), "BAD_USER_INPUT") {
			t.Errorf("a pledge finer than a cent: got %s, %v", resp.Errors, err)
		}
		const read = `query($p: ID!) { node(id: $p) { ... on Proposal { status closingReason needs { quantity { amount unit } description
			pledged { amount } pledgedShare covered pledges { status membership { person { handle } } } } } } }`
		type proposal struct {
			Node struct {
				Status        string
				ClosingReason *string
				Needs         []struct {
					Quantity     struct{ Amount, Unit string }
					Description  string
					Pledged      struct{ Amount string }
					PledgedShare float64
					Covered      bool
					Pledges      []struct {
						Status     string
						Membership struct{ Person struct{ Handle string } }
					}
				}
			}
		}
		var open proposal
		me.MustPost(read, &open, client.Var("p", van.CreateProposal.Proposal.ID))
		if n := open.Node.Needs; len(n) != 2 || n[0].Quantity.Amount != "3.00" || n[0].Description != "drivers" || n[0].Pledged.Amount != "3.00" ||
			!n[0].Covered || n[0].PledgedShare != 1 || len(n[0].Pledges) != 1 || n[0].Pledges[0].Membership.Person.Handle != "p-1" || !n[1].Covered {
			t.Fatalf("open: got %+v", open.Node)
		}
		lead.MustPost(`mutation($p: ID!) { withdrawProposal(input: {proposalId: $p}) { proposal { status } } }`, &map[string]any{},
			client.Var("p", bus.CreateProposal.Proposal.ID))
		for _, who := range []*client.Client{me, lead} {
			who.MustPost(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: AGREE}) { position { stance } } }`, &map[string]any{},
				client.Var("p", van.CreateProposal.Proposal.ID))
		}
		svc.Clock().(*clock.Manual).Advance(3 * time.Hour)
		if _, err := svc.CloseDueProposals(context.Background()); err != nil {
			t.Fatal(err)
		}
		var closed proposal
		me.MustPost(read, &closed, client.Var("p", van.CreateProposal.Proposal.ID))
		if n := closed.Node; n.Status != "ADOPTED" || n.ClosingReason == nil || !strings.HasSuffix(*n.ClosingReason, "its pledges cover what it needs.") ||
			n.Needs[0].Pledges[0].Status != "BINDING" || n.Needs[1].Pledges[0].Status != "BINDING" {
			t.Errorf("closed: got %+v", n)
		}
		var lapsed struct {
			Node struct {
				Status      string
				LapseReason *string
			}
		}
		lead.MustPost(`query($c: ID!) { node(id: $c) { ... on Commitment { status lapseReason } } }`, &lapsed,
			client.Var("c", onBus.PledgeToProposal.Commitment.ID))
		if lapsed.Node.Status != "LAPSED" || lapsed.Node.LapseReason == nil || *lapsed.Node.LapseReason != `The proposal "Rent the bus" was withdrawn by its author.` {
			t.Errorf("the pledge toward the withdrawn proposal: got %+v", lapsed.Node)
		}
	})
}
