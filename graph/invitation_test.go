package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
)

// TestInvitationOverGraphQL: what a link shows whoever holds it, a PRIVATE collaboration's
// title, goal and needs included; joining by it; the stewards' list of links with who
// joined by each; and a withdrawn link answering CONFLICT.
func TestInvitationOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		person := func(handle string) *domain.Person {
			s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: handle, DisplayName: handle, Email: handle + "@example.org", Password: password})
			if err != nil {
				t.Fatal(err)
			}
			return s.Person
		}
		steward, joiner, stranger := person("amara"), person("bo-chen"), person("cy-ra")
		as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
		var vals []*domain.Value
		db.Order("id").Limit(1).Find(&vals)
		zero := 0
		c, err := svc.CreateCollaboration(as(steward), collab.CollaborationInput{Title: "Night shelter", Goal: "Keep the shelter open all winter.",
			Visibility: domain.VisibilityPrivate, Remote: true, Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 4}},
			Needs:      []collab.NeedInput{{Kind: domain.KindTime, Quantity: "40", Description: "Night shifts"}},
			Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4"}, CommitmentNeedIndex: &zero})
		if err != nil {
			t.Fatal(err)
		}
		needs, _ := svc.NeedsByCollab(as(steward), []int64{c.ID})
		three := 3
		l, token, err := svc.CreateInvitationLink(as(steward), c.ID, collab.InvitationLinkInput{ExpiresAt: svc.Clock().Now().Add(48 * time.Hour),
			MaxUses: &three, NeedID: &needs[c.ID][0].ID})
		if err != nil {
			t.Fatal(err)
		}

		var shown struct {
			Invitation struct {
				CollaborationID, Slug, Title, Goal, ExpiresAt string
				Need                                          struct{ ID string }
				Needs                                         []struct {
					ID, Skill, Description string
					Filled                 bool
					Quantity               struct{ Kind, Amount string }
				}
			}
		}
		client.New(asViewer(h, stranger)).MustPost(`query($t: String!) { invitation(token: $t) { collaborationId slug title goal expiresAt
			need { id } needs { id skill description filled quantity { kind amount } } } }`, &shown, client.Var("t", token))
		inv := shown.Invitation
		if inv.Title != "Night shelter" || inv.Slug != c.Slug || inv.CollaborationID == "" || inv.ExpiresAt == "" || len(inv.Needs) != 1 ||
			inv.Need.ID != inv.Needs[0].ID || inv.Needs[0].Description != "Night shifts" || inv.Needs[0].Quantity.Amount != "40.00" {
			t.Errorf("the invitation shows %+v", inv)
		}

		var joined struct {
			JoinByInvitationLink struct{ Membership struct{ Status string } }
		}
		client.New(asViewer(h, joiner)).MustPost(`mutation($t: String!) { joinByInvitationLink(input: {token: $t, commitments: [{kind: TIME, quantity: "8"}]}) {
			membership { status } } }`, &joined, client.Var("t", token))
		if joined.JoinByInvitationLink.Membership.Status != "ACTIVE" {
			t.Errorf("joined as %s, want ACTIVE", joined.JoinByInvitationLink.Membership.Status)
		}

		var list struct {
			Collaboration struct {
				InvitationLinks []struct {
					ID, Status, ExpiresAt, CreatedAt string
					MaxUses, Uses                    int
					RevokedAt                        *string
					Collaboration                    struct{ Slug string }
					CreatedBy                        struct{ Handle string }
					Need                             struct{ Description string }
					Joined                           []struct{ Person struct{ Handle string } }
				}
			}
		}
		links := `query($s: String!) { collaboration(slug: $s) { invitationLinks { id status expiresAt createdAt maxUses uses revokedAt
			collaboration { slug } createdBy { handle } need { description } joined { person { handle } } } } }`
		client.New(asViewer(h, steward)).MustPost(links, &list, client.Var("s", c.Slug))
		ls := list.Collaboration.InvitationLinks
		if len(ls) != 1 || ls[0].Status != "ACTIVE" || ls[0].Uses != 1 || ls[0].MaxUses != 3 || ls[0].CreatedBy.Handle != "amara" ||
			ls[0].Collaboration.Slug != c.Slug || ls[0].Need.Description != "Night shifts" || len(ls[0].Joined) != 1 || ls[0].Joined[0].Person.Handle != "bo-chen" {
			t.Errorf("the steward's links: got %+v", ls)
		}
		client.New(asViewer(h, joiner)).MustPost(links, &list, client.Var("s", c.Slug))
		if len(list.Collaboration.InvitationLinks) != 0 {
			t.Errorf("a member sees %d links, want none", len(list.Collaboration.InvitationLinks))
		}

		if _, err := svc.RevokeInvitationLink(as(steward), l.ID); err != nil {
			t.Fatal(err)
		}
		if got := outcome(t, h, stranger, `query($t: String!) { invitation(token: $t) { title } }`, map[string]any{"t": token}); got != "CONFLICT" {
			t.Errorf("a withdrawn link: got %s, want CONFLICT", got)
		}
	})
}
