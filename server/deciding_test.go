package main

import (
	"strings"
	"testing"
	"time"

	"kindred/database/dbtest"
	"kindred/domain"
)

const (
	oldGoal     = "Rescue surplus food for the neighbourhood."
	proposedNew = "Rescue surplus food and cook it together every Sunday."
	decidingDoc = `query($slug: String!) { collaboration(slug: $slug) { goal
		goalHistory { goal setBy { handle } proposal { id title status } }
		committeeSignal { talk do flagged windowDays }
		needs { collaboration { slug } }
		proposals(status: [OPEN, ADOPTED]) { totalCount edges { node { id title kind status proposedGoal closesAt closedAt
			author { handle } collaboration { slug } tally { agree abstain disagree block } viewerPosition { stance }
			positions { id stance person { handle } } comments { totalCount edges { node { id body author { handle } } } } } } }
		activity(first: 4) { edges { node { verb actor { handle } subjectType subject { id ... on Proposal { title status } } } } } } }`
)

type decidingView struct {
	Collaboration struct {
		Goal        string
		GoalHistory []struct {
			Goal     string
			SetBy    struct{ Handle string }
			Proposal *struct{ ID, Title, Status string }
		}
		CommitteeSignal struct {
			Talk, Do, WindowDays int
			Flagged              bool
		}
		Needs     []struct{ Collaboration struct{ Slug string } }
		Proposals struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Title, Kind, Status string
					ProposedGoal            *string
					ClosedAt                *string
					Tally                   struct{ Agree, Abstain, Disagree, Block int }
					ViewerPosition          *struct{ Stance string }
					Positions               []struct{ ID, Stance string }
					Comments                struct {
						TotalCount int
						Edges      []struct{ Node struct{ ID, Body string } }
					}
				}
			}
		}
		Activity struct {
			Edges []struct {
				Node struct {
					Verb, SubjectType string
					Actor             *struct{ Handle string }
					Subject           *struct{ ID, Title, Status string }
				}
			}
		}
	}
}

// TestDecidingTogether walks a goal change through the real server: a steward proposes
// a new goal, two members agree, one comments, the clock passes the closing time, a tick
// of the scheduler closes the proposal, and the collaboration shows the new goal with
// the old one in its history.
func TestDecidingTogether(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			amara, bo, cy, anon := srv.client(t), srv.client(t), srv.client(t), srv.client(t)
			signUp(t, amara, "amara")
			signUp(t, bo, "bo-chen")
			signUp(t, cy, "cy-ra")
			values := valueIDs(t, amara, 1)
			var created struct {
				CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
			}
			amara.ok(`mutation($v: ID!, $goal: String!) { createCollaboration(input: {title: "Community fridge", goal: $goal, remote: true,
				values: [{valueId: $v, weight: 4}], needs: [{kind: TIME, quantity: "10"}], commitment: {kind: TIME, quantity: "2"}}) {
				collaboration { id slug } } }`, map[string]any{"v": values[0], "goal": oldGoal}, &created)
			collab := created.CreateCollaboration.Collaboration
			for _, member := range []*client{bo, cy} {
				var req struct {
					RequestToJoin struct{ Membership struct{ ID string } }
				}
				member.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "1"}]}) { membership { id } } }`,
					map[string]any{"c": collab.ID}, &req)
				amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`,
					map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
			}

			// A steward proposes a new goal that closes in two days.
			closesAt := srv.clock.Now().Add(48 * time.Hour)
			var prop struct {
				CreateProposal struct{ Proposal struct{ ID, Status string } }
			}
			amara.ok(`mutation($c: ID!, $g: String!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: GOAL,
				title: "Cook on Sundays", body: "We have the kitchen on Sundays.", proposedGoal: $g, closesAt: $at}) { proposal { id status } } }`,
				map[string]any{"c": collab.ID, "g": proposedNew, "at": closesAt.Format(time.RFC3339)}, &prop)
			pid := prop.CreateProposal.Proposal.ID
			if prop.CreateProposal.Proposal.Status != "OPEN" {
				t.Fatalf("got %s, want a new proposal OPEN", prop.CreateProposal.Proposal.Status)
			}
			// Two members agree (Bo first disagrees, then changes his mind); one comments.
			setPosition := `mutation($p: ID!, $s: Stance!) { setPosition(input: {proposalId: $p, stance: $s}) { position { id stance } } }`
			bo.ok(setPosition, map[string]any{"p": pid, "s": "DISAGREE"}, nil)
			bo.ok(setPosition, map[string]any{"p": pid, "s": "AGREE"}, nil)
			cy.ok(setPosition, map[string]any{"p": pid, "s": "AGREE"}, nil)
			var com struct {
				CommentOnProposal struct{ Comment struct{ ID, Body string } }
			}
			cy.ok(`mutation($p: ID!) { commentOnProposal(input: {proposalId: $p, body: "Sundays suit me."}) { comment { id body } } }`,
				map[string]any{"p": pid}, &com)
			anon.fails(domain.CodeUnauthenticated, setPosition, map[string]any{"p": pid, "s": "BLOCK"})

			var before decidingView
			bo.ok(decidingDoc, map[string]any{"slug": collab.Slug}, &before)
			p := before.Collaboration.Proposals.Edges[0].Node
			if p.Status != "OPEN" || p.Tally.Agree != 2 || p.Tally.Disagree != 0 || len(p.Positions) != 2 ||
				p.ViewerPosition == nil || p.ViewerPosition.Stance != "AGREE" || p.Comments.TotalCount != 1 ||
				p.ProposedGoal == nil || *p.ProposedGoal != proposedNew {
				t.Fatalf("before closing: got %+v", p)
			}
			if s := before.Collaboration.CommitteeSignal; s.Talk != 4 || s.Do != 0 || s.Flagged || s.WindowDays != 30 {
				t.Errorf("committee signal: got %+v, want talk 4 (a proposal, two positions, a comment), not flagged", s)
			}

			// The clock passes the closing time: until the scheduler ticks nothing changes,
			// but nobody can take a position any more.
			srv.clock.Advance(48*time.Hour + time.Minute)
			for c, handle := range map[*client]string{amara: "amara", bo: "bo-chen", cy: "cy-ra"} {
				logInAgain(t, c, handle) // their access tokens expired with the two days
			}
			cy.fails(domain.CodeConflict, setPosition, map[string]any{"p": pid, "s": "ABSTAIN"})
			var still decidingView
			anon.ok(decidingDoc, map[string]any{"slug": collab.Slug}, &still)
			if got := still.Collaboration.Proposals.Edges[0].Node.Status; got != "OPEN" || still.Collaboration.Goal != oldGoal {
				t.Fatalf("before the tick: got %s and goal %q, want OPEN and the old goal", got, still.Collaboration.Goal)
			}
			srv.tick(t)

			var after decidingView
			anon.ok(decidingDoc, map[string]any{"slug": collab.Slug}, &after)
			c := after.Collaboration
			if c.Goal != proposedNew {
				t.Errorf("goal: got %q, want %q", c.Goal, proposedNew)
			}
			h := c.GoalHistory
			if len(h) != 2 || h[0].Goal != proposedNew || h[0].Proposal == nil || h[0].Proposal.ID != pid || h[0].Proposal.Status != "ADOPTED" ||
				h[0].SetBy.Handle != "amara" || h[1].Goal != oldGoal || h[1].Proposal != nil {
				t.Errorf("goal history: got %+v, want the new goal from the adopted proposal, then the old one", h)
			}
			if p := c.Proposals.Edges[0].Node; p.Status != "ADOPTED" || p.ClosedAt == nil || p.ViewerPosition != nil {
				t.Errorf("after closing: got %+v, want ADOPTED with a closing time", p)
			}
			var verbs []string
			for _, e := range c.Activity.Edges {
				verbs = append(verbs, e.Node.Verb)
			}
			if got := strings.Join(verbs, ","); got != "collaboration.goal_changed,proposal.adopted,comment.added,position.taken" {
				t.Errorf("activity: got %s", got)
			}
			if a := c.Activity.Edges[1].Node; a.Actor != nil || a.Subject == nil || a.Subject.ID != pid || a.Subject.Status != "ADOPTED" {
				t.Errorf("the adoption: got %+v, want the proposal, done by nobody", a)
			}
			if a := c.Activity.Edges[2].Node; a.Actor == nil || a.Actor.Handle != "cy-ra" || a.SubjectType != "Comment" {
				t.Errorf("the comment: got %+v, want cy-ra's comment", a)
			}
			if len(c.Needs) != 1 || c.Needs[0].Collaboration.Slug != collab.Slug {
				t.Errorf("needs: got %+v", c.Needs)
			}

			// Another tick closes nothing twice.
			srv.clock.Advance(time.Minute)
			srv.tick(t)
			var adopted int64
			srv.db.Model(&domain.Activity{}).Where("verb = ?", "proposal.adopted").Count(&adopted)
			if adopted != 1 {
				t.Errorf("got %d adoptions, want 1", adopted)
			}

			// Proposals, positions and comments are nodes; the viewer's memberships reach back.
			var nodes struct {
				Nodes []*struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
			posID := after.Collaboration.Proposals.Edges[0].Node.Positions[0].ID
			anon.ok(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Position { proposal { id } } ... on Comment { proposal { id } } } }`,
				map[string]any{"ids": []string{pid, posID, com.CommentOnProposal.Comment.ID}}, &nodes)
			if len(nodes.Nodes) != 3 || nodes.Nodes[0].Typename != "Proposal" || nodes.Nodes[1].Typename != "Position" || nodes.Nodes[2].Typename != "Comment" {
				t.Errorf("nodes: got %+v", nodes.Nodes)
			}
			var mine struct {
				Viewer struct {
					Memberships []struct{ Collaboration struct{ Goal string } }
				}
			}
			bo.ok(`{ viewer { memberships { collaboration { goal } } } }`, nil, &mine)
			if len(mine.Viewer.Memberships) != 1 || mine.Viewer.Memberships[0].Collaboration.Goal != proposedNew {
				t.Errorf("bo's memberships: got %+v", mine.Viewer.Memberships)
			}

			// A proposal withdrawn by its author closes as WITHDRAWN; nobody else may withdraw it.
			var other struct {
				CreateProposal struct{ Proposal struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "Paint the fridge green",
				closesAt: $at}) { proposal { id } } }`, map[string]any{"c": collab.ID, "at": srv.clock.Now().Add(24 * time.Hour).Format(time.RFC3339)}, &other)
			withdraw := `mutation($p: ID!) { withdrawProposal(input: {proposalId: $p}) { proposal { status closedAt } } }`
			amara.fails(domain.CodeForbidden, withdraw, map[string]any{"p": other.CreateProposal.Proposal.ID})
			var w struct {
				WithdrawProposal struct{ Proposal struct{ Status string } }
			}
			bo.ok(withdraw, map[string]any{"p": other.CreateProposal.Proposal.ID}, &w)
			if w.WithdrawProposal.Proposal.Status != "WITHDRAWN" {
				t.Errorf("withdraw: got %s", w.WithdrawProposal.Proposal.Status)
			}
		})
	}
}

func logInAgain(t *testing.T, c *client, handle string) {
	t.Helper()
	var out struct{ LogIn tokens }
	c.token = ""
	c.ok(logInDoc, map[string]any{"in": map[string]any{"login": handle, "password": "a long passphrase"}}, &out)
	c.token = out.LogIn.AccessToken
}

// TestOutcomeProposal: an OUTCOME proposal that names an outcome defines it when adopted.
func TestOutcomeProposal(t *testing.T) {
	srv := startServer(t, "sqlite")
	amara, bo := srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	signUp(t, bo, "bo-chen")
	values := valueIDs(t, amara, 1)
	var created struct {
		CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
	}
	amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Community fridge", goal: "Rescue food for the street.", remote: true,
		values: [{valueId: $v, weight: 4}], commitment: {kind: TIME, quantity: "2"}}) { collaboration { id slug } } }`, map[string]any{"v": values[0]}, &created)
	cid := created.CreateCollaboration.Collaboration.ID
	var req struct {
		RequestToJoin struct{ Membership struct{ ID string } }
	}
	bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "1"}]}) { membership { id } } }`, map[string]any{"c": cid}, &req)
	amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`, map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
	var prop struct {
		CreateProposal struct {
			Proposal struct {
				ID              string
				ProposedOutcome struct{ Name string }
			}
		}
	}
	amara.ok(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: OUTCOME, title: "Count the meals",
		proposedOutcome: {name: "Meals rescued", unit: "meals", baseline: 100, target: 400}, closesAt: $at}) {
		proposal { id proposedOutcome { name unit baseline target dueAt } } } }`,
		map[string]any{"c": cid, "at": srv.clock.Now().Add(2 * time.Hour).Format(time.RFC3339)}, &prop)
	pid := prop.CreateProposal.Proposal.ID
	bo.ok(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: AGREE}) { position { stance } } }`, map[string]any{"p": pid}, nil)
	// Both members take part: two of two is the quorum.
	amara.ok(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: AGREE}) { position { stance } } }`, map[string]any{"p": pid}, nil)
	srv.clock.Advance(3 * time.Hour)
	srv.tick(t)
	logInAgain(t, amara, "amara")
	var after struct {
		Node struct {
			Status  string
			Outcome *struct{ Name string }
		}
	}
	amara.ok(`query($p: ID!) { node(id: $p) { ... on Proposal { status outcome { name target } } } }`, map[string]any{"p": pid}, &after)
	if after.Node.Status != "ADOPTED" || after.Node.Outcome == nil || after.Node.Outcome.Name != "Meals rescued" {
		t.Errorf("got %+v, want ADOPTED with the outcome it defined", after.Node)
	}
}
