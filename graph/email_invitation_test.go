package graph_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
	"kindred/graph/relay"
)

var mailedInvitation = regexp.MustCompile(`https://kindred\.test/invite/([A-Za-z0-9_-]+)`)

// TestInviteByEmailOverGraphQL: a steward invites a newcomer and a confirmed member of
// Kindred at once; the newcomer's mailed link shows its address and lets them join; the
// stewards' list shows it used; a batch too large is refused.
func TestInviteByEmailOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		box := kindredtest.WithMail(t, db, svc, svc.Clock(), true)
		person := func(handle string) *domain.Person {
			s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: handle, DisplayName: handle, Email: handle + "@example.org", Password: password})
			if err != nil {
				t.Fatal(err)
			}
			return s.Person
		}
		steward, known := person("amara"), person("cy-ra")
		box.Received(t, 2) // their confirmation mails
		if err := db.Model(known).Update("email_verified_at", svc.Now()).Error; err != nil {
			t.Fatal(err)
		}
		var vals []*domain.Value
		db.Order("id").Limit(1).Find(&vals)
		c, err := svc.CreateCollaboration(domain.WithViewer(context.Background(), steward), collab.CollaborationInput{Title: "Night shelter",
			Goal: "Keep the shelter open all winter.", Visibility: domain.VisibilityPrivate, Remote: true, Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 4}},
			Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4"}})
		if err != nil {
			t.Fatal(err)
		}
		var invited struct {
			InviteByEmail struct {
				Mailed  []struct{ Email, Status string }
				Invited []struct {
					Status string
					Person struct{ Handle string }
				}
			}
		}
		invite := `mutation($c: ID!, $e: [String!]!) { inviteByEmail(input: {collaborationId: $c, emails: $e, message: "Join us"}) {
			mailed { email status } invited { status person { handle } } } }`
		client.New(asViewer(h, steward)).MustPost(invite, &invited, client.Var("c", gid(relay.TypeCollab, c.ID)), client.Var("e", []string{"Newcomer@example.org", "cy-ra@example.org"}))
		got := invited.InviteByEmail
		if len(got.Mailed) != 1 || got.Mailed[0].Email != "newcomer@example.org" || got.Mailed[0].Status != "ACTIVE" ||
			len(got.Invited) != 1 || got.Invited[0].Status != "INVITED" || got.Invited[0].Person.Handle != "cy-ra" {
			t.Fatalf("got %+v", got)
		}
		var token []string
		for _, m := range box.Received(t, 4)[2:] { // the invitation, and cy-ra's notification of hers
			switch m.To {
			case "newcomer@example.org":
				token = mailedInvitation.FindStringSubmatch(m.Text)
			case "cy-ra@example.org":
				if m.Subject != "amara invited you to join Night shelter" {
					t.Errorf("cy-ra's notification: %q", m.Subject)
				}
			}
		}
		if token == nil {
			t.Fatal("no invitation link mailed to the newcomer")
		}

		var shown struct{ Invitation struct{ Title, Email string } }
		client.New(h).MustPost(`query($t: String!) { invitation(token: $t) { title email } }`, &shown, client.Var("t", token[1]))
		if shown.Invitation.Title != "Night shelter" || shown.Invitation.Email != "newcomer@example.org" {
			t.Errorf("the invitation shows %+v", shown.Invitation)
		}
		newcomer := person("newcomer")
		var joined struct {
			JoinByInvitationLink struct{ Membership struct{ Status string } }
		}
		client.New(asViewer(h, newcomer)).MustPost(`mutation($t: String!) { joinByInvitationLink(input: {token: $t, commitments: [{kind: TIME, quantity: "3"}]}) {
			membership { status } } }`, &joined, client.Var("t", token[1]))
		if joined.JoinByInvitationLink.Membership.Status != "ACTIVE" {
			t.Errorf("joined as %s, want ACTIVE", joined.JoinByInvitationLink.Membership.Status)
		}
		var list struct {
			Collaboration struct {
				InvitationLinks []struct{ Email, Status string }
			}
		}
		client.New(asViewer(h, steward)).MustPost(`query($s: String!) { collaboration(slug: $s) { invitationLinks { email status } } }`, &list, client.Var("s", c.Slug))
		if ls := list.Collaboration.InvitationLinks; len(ls) != 1 || ls[0].Email != "newcomer@example.org" || ls[0].Status != "USED_UP" {
			t.Errorf("the stewards' list: got %+v", ls)
		}

		many := make([]string, collab.MaxEmailsAtOnce+1)
		for i := range many {
			many[i] = fmt.Sprintf("friend%d@example.org", i)
		}
		if code := outcome(t, h, steward, invite, map[string]any{"c": gid(relay.TypeCollab, c.ID), "e": many}); code != "BAD_USER_INPUT" {
			t.Errorf("%d addresses: got %s", len(many), code)
		}
	})
}
