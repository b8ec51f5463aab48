package main

import (
	"testing"
	"time"

	"kindred/database/dbtest"
)

type dashboardAnswers struct {
	Dashboard struct {
		ProposalsAwaitingMyPosition []struct{ ID, Title string }
		Invitations                 []struct {
			ID            string
			Collaboration struct{ Slug string }
		}
		JoinRequests []struct {
			ID     string
			Person struct{ Handle string }
		}
	}
}

const dashboardAnswersDoc = `{ dashboard {
	proposalsAwaitingMyPosition { id title }
	invitations { id collaboration { slug } }
	joinRequests { id person { handle } } } }`

// TestDashboardAnswers: what waits for an answer shows on the dashboard of whoever must
// give it, and leaves it once answered: a join request for the steward, an invitation for
// the invited, an open proposal for each member until they take a position.
func TestDashboardAnswers(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			amara, bo, cy := srv.client(t), srv.client(t), srv.client(t)
			signUp(t, amara, "amara")
			signUp(t, bo, "bo-chen")
			signUp(t, cy, "cy-ra")
			values := valueIDs(t, amara, 1)
			var created struct {
				CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
			}
			amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Community fridge", goal: "Rescue surplus food.", remote: true,
				values: [{valueId: $v, weight: 4}], needs: [{kind: TIME, quantity: "10"}], commitment: {kind: TIME, quantity: "2"}}) {
				collaboration { id slug } } }`, map[string]any{"v": values[0]}, &created)
			collab := created.CreateCollaboration.Collaboration

			var req struct {
				RequestToJoin struct{ Membership struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "1"}]}) { membership { id } } }`,
				map[string]any{"c": collab.ID}, &req)
			var cyself struct{ Viewer struct{ ID string } }
			cy.ok(`{ viewer { id } }`, nil, &cyself)
			var inv struct {
				InviteMember struct{ Membership struct{ ID string } }
			}
			amara.ok(`mutation($c: ID!, $p: ID!) { inviteMember(input: {collaborationId: $c, personId: $p}) { membership { id } } }`,
				map[string]any{"c": collab.ID, "p": cyself.Viewer.ID}, &inv)

			var got dashboardAnswers
			amara.ok(dashboardAnswersDoc, nil, &got)
			if r := got.Dashboard.JoinRequests; len(r) != 1 || r[0].ID != req.RequestToJoin.Membership.ID || r[0].Person.Handle != "bo-chen" {
				t.Errorf("steward's join requests: got %+v, want bo-chen's", r)
			}
			if n := len(got.Dashboard.Invitations); n != 0 {
				t.Errorf("steward's invitations: got %d, want 0", n)
			}
			got = dashboardAnswers{}
			bo.ok(dashboardAnswersDoc, nil, &got)
			if n := len(got.Dashboard.JoinRequests); n != 0 {
				t.Errorf("join requests of someone who stewards nothing: got %d, want 0", n)
			}
			got = dashboardAnswers{}
			cy.ok(dashboardAnswersDoc, nil, &got)
			if i := got.Dashboard.Invitations; len(i) != 1 || i[0].ID != inv.InviteMember.Membership.ID || i[0].Collaboration.Slug != collab.Slug {
				t.Errorf("cy's invitations: got %+v, want the fridge's", i)
			}

			amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`,
				map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
			cy.ok(`mutation($m: ID!) { declineInvitation(input: {membershipId: $m}) { membership { status } } }`,
				map[string]any{"m": inv.InviteMember.Membership.ID}, nil)
			var prop struct {
				CreateProposal struct{ Proposal struct{ ID string } }
			}
			amara.ok(`mutation($c: ID!, $at: Time!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "Open on Sundays",
				closesAt: $at}) { proposal { id } } }`, map[string]any{"c": collab.ID, "at": srv.clock.Now().Add(48 * time.Hour).Format(time.RFC3339)}, &prop)

			got = dashboardAnswers{}
			amara.ok(dashboardAnswersDoc, nil, &got)
			if n := len(got.Dashboard.JoinRequests); n != 0 {
				t.Errorf("join requests once approved: got %d, want 0", n)
			}
			if p := got.Dashboard.ProposalsAwaitingMyPosition; len(p) != 1 || p[0].ID != prop.CreateProposal.Proposal.ID {
				t.Errorf("author's proposals awaiting a position: got %+v, want the new one", p)
			}
			got = dashboardAnswers{}
			cy.ok(dashboardAnswersDoc, nil, &got)
			if n := len(got.Dashboard.Invitations) + len(got.Dashboard.ProposalsAwaitingMyPosition); n != 0 {
				t.Errorf("cy after declining: got %d items, want none", n)
			}
			got = dashboardAnswers{}
			bo.ok(dashboardAnswersDoc, nil, &got)
			if p := got.Dashboard.ProposalsAwaitingMyPosition; len(p) != 1 || p[0].Title != "Open on Sundays" {
				t.Errorf("bo's proposals awaiting a position: got %+v", p)
			}
			bo.ok(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: AGREE}) { position { id } } }`,
				map[string]any{"p": prop.CreateProposal.Proposal.ID}, nil)
			got = dashboardAnswers{}
			bo.ok(dashboardAnswersDoc, nil, &got)
			if n := len(got.Dashboard.ProposalsAwaitingMyPosition); n != 0 {
				t.Errorf("bo's proposals after taking a position: got %d, want 0", n)
			}

			// Past its closing time a proposal takes no positions, even before the job closes it.
			srv.clock.Advance(49 * time.Hour)
			logInAgain(t, amara, "amara")
			got = dashboardAnswers{}
			amara.ok(dashboardAnswersDoc, nil, &got)
			if n := len(got.Dashboard.ProposalsAwaitingMyPosition); n != 0 {
				t.Errorf("proposals past closing: got %d, want 0", n)
			}
		})
	}
}
