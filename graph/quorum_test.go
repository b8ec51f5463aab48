package graph_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/graph/relay"
)

// TestQuorumOverGraphQL proposes, takes part, closes without quorum, and states what was
// decided, reading participation and the closing reason as a client does.
func TestQuorumOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1) // p-1; p-0 is the steward, p-2 a member
		var c domain.Collaboration
		db.First(&c)
		var steward domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		me, lead := client.New(asViewer(h, viewer)), client.New(asViewer(h, &steward))
		closes := svc.Clock().Now().Add(2 * time.Hour).Format(time.RFC3339)
		var created struct {
			CreateProposal struct {
				Proposal struct {
					ID, Kind            string
					ProposedQuorumShare *float64
					Collaboration       struct{ QuorumShare float64 }
				}
			}
		}
		me.MustPost(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: QUORUM, title: "Everyone decides",
			proposedQuorumShare: 1, closesAt: $at}) { proposal { id kind proposedQuorumShare collaboration { quorumShare } } } }`, &created,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes))
		p := created.CreateProposal.Proposal
		if p.Kind != "QUORUM" || p.ProposedQuorumShare == nil || *p.ProposedQuorumShare != 1 || p.Collaboration.QuorumShare != 0.5 {
			t.Fatalf("got %+v", p)
		}
		resp, err := me.RawPost(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: QUORUM, title: "Too few",
			proposedQuorumShare: 0.2, closesAt: $at}) { proposal { id } } }`, client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", closes))
		if err != nil || !strings.Contains(string(resp.Errors), "BAD_USER_INPUT") || !strings.Contains(string(resp.Errors), "one third") {
			t.Errorf("a share under one third: got %s, %v", resp.Errors, err)
		}
		me.MustPost(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: AGREE}) { position { stance } } }`, &map[string]any{}, client.Var("p", p.ID))
		const q = `query($p: ID!) { node(id: $p) { ... on Proposal { status closingReason decisionStatement reviewAt decisionStatedAt
			decisionStatedBy { handle } participation { taken needed eligible reached members { handle } } } } }`
		type read struct {
			Node struct {
				Status            string
				ClosingReason     *string
				DecisionStatement *string
				ReviewAt          *string
				DecisionStatedAt  *string
				DecisionStatedBy  *struct{ Handle string }
				Participation     *struct {
					Taken, Needed, Eligible int
					Reached                 bool
					Members                 []struct{ Handle string }
				}
			}
		}
		var open read
		me.MustPost(q, &open, client.Var("p", p.ID))
		if pt := open.Node.Participation; open.Node.Status != "OPEN" || pt == nil || pt.Taken != 1 || pt.Needed != 2 || pt.Eligible != 3 || pt.Reached ||
			len(pt.Members) != 1 || pt.Members[0].Handle != "p-1" || open.Node.ClosingReason != nil {
			t.Fatalf("open: got %+v %+v", open.Node, open.Node.Participation)
		}
		// Stating what was decided waits for closing.
		const state = `mutation($p: ID!, $r: Time) { stateDecision(input: {proposalId: $p, statement: "Not enough of us took part; we ask again in May.", reviewAt: $r}) {
			proposal { decisionStatement reviewAt decisionStatedBy { handle } } } }`
		resp, err = lead.RawPost(state, client.Var("p", p.ID))
		if err != nil || !strings.Contains(string(resp.Errors), "CONFLICT") {
			t.Errorf("stating an open proposal: got %s, %v", resp.Errors, err)
		}
		svc.Clock().(*clock.Manual).Advance(3 * time.Hour)
		if _, err := svc.CloseDueProposals(context.Background()); err != nil {
			t.Fatal(err)
		}
		review := svc.Clock().Now().Add(30 * 24 * time.Hour).Format(time.RFC3339)
		var stated struct {
			StateDecision struct {
				Proposal struct {
					DecisionStatement string
					ReviewAt          *string
					DecisionStatedBy  struct{ Handle string }
				}
			}
		}
		lead.MustPost(state, &stated, client.Var("p", p.ID), client.Var("r", review))
		if got := stated.StateDecision.Proposal; !strings.HasPrefix(got.DecisionStatement, "Not enough") || got.DecisionStatedBy.Handle != "p-0" {
			t.Errorf("stated: got %+v", got)
		}
		var closed read
		me.MustPost(q, &closed, client.Var("p", p.ID))
		n := closed.Node
		if n.Status != "QUORUM_NOT_REACHED" || n.ClosingReason == nil || *n.ClosingReason != "Quorum not reached: 1 of 3 members took part, 2 needed." ||
			n.Participation == nil || n.Participation.Reached || len(n.Participation.Members) != 1 || n.ReviewAt == nil || n.DecisionStatedBy == nil {
			t.Errorf("closed: got %+v %+v", n, n.Participation)
		}
	})
}

// TestAnonymousProposalRevealsNobody walks every field that returns positions, who took
// part, or activity, as every kind of viewer (the steward, an admin, a member without a
// position, a member with one), over an anonymous proposal: counts everywhere, and nobody
// else's position or name anywhere. A schema check makes a new field of these types fail
// here until it is walked too.
func TestAnonymousProposalRevealsNobody(t *testing.T) {
	// Every field whose type holds positions, participants or activity, and where the
	// walk below reads it.
	walked := map[string]string{
		"Proposal.positions":                 "proposal",
		"Proposal.viewerPosition":            "proposal",
		"Proposal.participation":             "proposal",
		"Participation.members":              "proposal",
		"PositionPayload.position":           "setPosition",
		"Collaboration.activity":             "activity",
		"ActivityEdge.node":                  "activity",
		"Subscription.collaborationActivity": "the same entries as Collaboration.activity (live_test.go sends them); checked here through the activity",
	}
	b, err := os.ReadFile("../schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(b)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	for _, def := range schema.Types {
		for _, f := range def.Fields {
			switch f.Type.Name() {
			case "Position", "Participation", "Activity", "ActivityConnection":
				if _, ok := walked[def.Name+"."+f.Name]; !ok {
					t.Errorf("%s.%s returns %s: walk it in this test", def.Name, f.Name, f.Type.Name())
				}
			}
		}
	}

	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		seedCollabs(t, db, svc, 1)
		var c domain.Collaboration
		db.First(&c)
		people := map[string]*domain.Person{}
		var ps []*domain.Person
		db.Where("handle LIKE ?", "p-%").Find(&ps)
		for _, p := range ps {
			people[p.Handle] = p
		}
		now := clocktest.Start()
		admin := &domain.Person{Handle: "admin", DisplayName: "Admin", Email: "admin@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleAdmin, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(admin).Error; err != nil {
			t.Fatal(err)
		}
		people["admin"] = admin
		as := func(handle string) *client.Client { return client.New(asViewer(h, people[handle])) }
		var created struct {
			CreateProposal struct{ Proposal struct{ ID string } }
		}
		as("p-1").MustPost(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "Secret ballot",
			anonymous: true, closesAt: $at}) { proposal { id } } }`, &created,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("at", svc.Clock().Now().Add(2*time.Hour).Format(time.RFC3339)))
		pid := created.CreateProposal.Proposal.ID
		// p-1 agrees, p-2 blocks then disagrees; p-0 (the steward) takes no position.
		positionIDs := map[string]string{}
		for _, step := range []struct{ who, stance string }{{"p-1", "AGREE"}, {"p-2", "BLOCK"}, {"p-2", "DISAGREE"}} {
			var set struct {
				SetPosition struct {
					Position struct {
						ID     string
						Person *struct{ Handle string }
					}
				}
			}
			as(step.who).MustPost(`mutation($p: ID!, $s: Stance!) { setPosition(input: {proposalId: $p, stance: $s, reason: "Because."}) {
				position { id person { handle } } } }`, &set, client.Var("p", pid), client.Var("s", step.stance))
			if got := set.SetPosition.Position.Person; got == nil || got.Handle != step.who {
				t.Errorf("setPosition: %s got %+v, want their own position", step.who, got)
			}
			positionIDs[step.who] = set.SetPosition.Position.ID
		}
		const proposal = `query($p: ID!) { node(id: $p) { ... on Proposal { anonymous tally { agree disagree block abstain }
			positions { id stance person { handle } } viewerPosition { stance person { handle } }
			participation { taken needed eligible members { handle } } } } }`
		const activity = `query($slug: String!) { collaboration(slug: $slug) { activity(first: 100) { edges { node { verb subjectType actor { handle }
			subject { __typename ... on Position { stance person { handle } } } } } } } }`
		const byID = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Position { stance person { handle } } } }`
		for _, who := range []string{"p-0", "admin", "p-1", "p-2"} {
			own := map[string]string{"p-1": "AGREE", "p-2": "DISAGREE"}[who]
			var got struct {
				Node struct {
					Anonymous bool
					Tally     struct{ Agree, Disagree, Block, Abstain int }
					Positions []struct {
						ID, Stance string
						Person     *struct{ Handle string }
					}
					ViewerPosition *struct {
						Stance string
						Person *struct{ Handle string }
					}
					Participation struct {
						Taken, Needed, Eligible int
						Members                 []struct{ Handle string }
					}
				}
			}
			as(who).MustPost(proposal, &got, client.Var("p", pid))
			n := got.Node
			if !n.Anonymous || n.Tally.Agree != 1 || n.Tally.Disagree != 1 || n.Tally.Block != 0 || n.Participation.Taken != 2 || n.Participation.Members != nil {
				t.Errorf("%s: got %+v, want the counts and no names", who, n)
			}
			if own == "" && (len(n.Positions) != 0 || n.ViewerPosition != nil) {
				t.Errorf("%s: got positions %+v, want none", who, n.Positions)
			}
			if own != "" && (len(n.Positions) != 1 || n.Positions[0].Stance != own || n.Positions[0].Person.Handle != who || n.ViewerPosition.Stance != own) {
				t.Errorf("%s: got positions %+v, want their own only", who, n.Positions)
			}
			var nodes struct {
				Nodes []*struct {
					Stance string
					Person *struct{ Handle string }
				}
			}
			as(who).MustPost(byID, &nodes, client.Var("ids", []string{positionIDs["p-1"], positionIDs["p-2"]}))
			for i, owner := range []string{"p-1", "p-2"} {
				if n := nodes.Nodes[i]; (owner == who) != (n != nil) {
					t.Errorf("%s: position of %s by ID: got %+v, want it only for its owner", who, owner, n)
				}
			}
			resp, err := as(who).RawPost(activity, client.Var("slug", c.Slug))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("%s: activity: %s %v", who, resp.Errors, err)
			}
			var acts struct {
				Collaboration struct {
					Activity struct {
						Edges []struct {
							Node struct {
								Verb, SubjectType string
								Actor             *struct{ Handle string }
							}
						}
					}
				}
			}
			raw, _ := json.Marshal(resp.Data)
			if err := json.Unmarshal(raw, &acts); err != nil {
				t.Fatal(err)
			}
			positions := 0
			for _, e := range acts.Collaboration.Activity.Edges {
				if strings.HasPrefix(e.Node.Verb, "position.") {
					positions++
					if e.Node.Actor != nil || e.Node.SubjectType != "Proposal" {
						t.Errorf("%s: got activity %+v, want no actor and the proposal as subject", who, e.Node)
					}
				}
			}
			if positions != 3 || strings.Contains(string(raw), `"Position"`) {
				t.Errorf("%s: got %d position entries in %s, want 3 naming no position", who, positions, raw)
			}
		}
	})
}
