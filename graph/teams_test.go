package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/graph/relay"
)

// TestTeamsOverGraphQL: a member commits on ALL_NEEDS_PLEDGED and waits; the steward
// reads which needs are uncovered and the proposed team, and invites it in one step.
func TestTeamsOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		member := seedCollabs(t, db, svc, 1) // p-1; p-0 is the steward, p-2 a member
		var c domain.Collaboration
		db.First(&c)
		var steward domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		var needs []domain.Need
		db.Where("collaboration_id = ?", c.ID).Find(&needs)
		if _, err := svc.UpdateNeed(domain.WithViewer(context.Background(), &steward), needs[0].ID, collab.NeedUpdate{Skill: new("carpentry")}); err != nil {
			t.Fatal(err)
		}
		carpenter := &domain.Person{Handle: "joiner", DisplayName: "Jo", Email: "jo@example.org", PasswordHash: "x", Skills: []string{"carpentry"},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: c.CreatedAt, UpdatedAt: c.CreatedAt}
		if err := db.Create(carpenter).Error; err != nil {
			t.Fatal(err)
		}
		svc.RefreshPeople(context.Background(), carpenter.ID)
		me, lead := client.New(asViewer(h, member)), client.New(asViewer(h, &steward))
		var made struct {
			MakeCommitment struct {
				Commitment struct {
					Status    string
					Condition struct{ Kind string }
				}
			}
		}
		me.MustPost(`mutation($c: ID!, $n: ID!) { makeCommitment(input: {collaborationId: $c, commitment: {kind: TIME, quantity: "3", needId: $n,
			condition: {kind: ALL_NEEDS_PLEDGED}}}) { commitment { status condition { kind } } } }`, &made,
			client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("n", relay.ID(relay.TypeNeed, needs[0].ID)))
		if got := made.MakeCommitment.Commitment; got.Status != "PENDING" || got.Condition.Kind != "ALL_NEEDS_PLEDGED" {
			t.Fatalf("got %+v, want a PENDING commitment on ALL_NEEDS_PLEDGED", got)
		}
		const read = `query($s: String!) { collaboration(slug: $s) { needs { covered skill } proposedTeam { skills exact uncoverable totalAlignment
			members { person { id handle } alignment skills } } } }`
		var got struct {
			Collaboration struct {
				Needs []struct {
					Covered bool
					Skill   string
				}
				ProposedTeam struct {
					Skills, Uncoverable []string
					Exact               bool
					TotalAlignment      float64
					Members             []struct {
						Person    struct{ ID, Handle string }
						Alignment float64
						Skills    []string
					}
				}
			}
		}
		lead.MustPost(read, &got, client.Var("s", c.Slug))
		team := got.Collaboration.ProposedTeam
		if len(got.Collaboration.Needs) != 1 || got.Collaboration.Needs[0].Covered {
			t.Errorf("needs: got %+v, want the one need uncovered (2 + 3 of 10 h)", got.Collaboration.Needs)
		}
		if len(team.Members) != 1 || team.Members[0].Person.Handle != "joiner" || team.Members[0].Skills[0] != "carpentry" || !team.Exact {
			t.Fatalf("proposed team: got %+v, want the joiner", team)
		}
		resp, err := me.RawPost(read, client.Var("s", c.Slug))
		if err != nil || !strings.Contains(string(resp.Errors), "FORBIDDEN") {
			t.Errorf("a member reads the proposed team: got %s, %v; want FORBIDDEN", resp.Errors, err)
		}
		const invite = `mutation($c: ID!, $p: [ID!]!) { inviteTeam(input: {collaborationId: $c, personIds: $p}) { memberships { status person { handle } } } }`
		var invited struct {
			InviteTeam struct {
				Memberships []struct {
					Status string
					Person struct{ Handle string }
				}
			}
		}
		lead.MustPost(invite, &invited, client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("p", []string{team.Members[0].Person.ID}))
		if ms := invited.InviteTeam.Memberships; len(ms) != 1 || ms[0].Status != "INVITED" || ms[0].Person.Handle != "joiner" {
			t.Errorf("invite the team: got %+v", ms)
		}
		resp, err = lead.RawPost(invite, client.Var("c", relay.ID(relay.TypeCollab, c.ID)), client.Var("p", []string{team.Members[0].Person.ID}))
		if err != nil || !strings.Contains(string(resp.Errors), "CONFLICT") {
			t.Errorf("invite the team twice: got %s, %v; want CONFLICT", resp.Errors, err)
		}
	})
}
