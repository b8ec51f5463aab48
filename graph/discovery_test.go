package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/clock/clocktest"
	"kindred/database/dbtest"
	"kindred/demo"
	"kindred/domain"
)

// TestDiscoveryOnDemoData runs the discovery fields through GraphQL on the demo community.
func TestDiscoveryOnDemoData(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	h, _ := newHandler(t, db)
	if _, err := demo.Load(context.Background(), db.DB, clocktest.Start(), "x"); err != nil {
		t.Fatal(err)
	}
	var amara domain.Person
	db.Where("handle = ?", demo.DemoHandle).First(&amara)
	run := func(viewer *domain.Person, q string, vars map[string]any, out any) {
		t.Helper()
		hh := h
		if viewer != nil {
			hh = asViewer(h, viewer)
		}
		opts := []client.Option{}
		for k, v := range vars {
			opts = append(opts, client.Var(k, v))
		}
		resp, err := client.New(hh).RawPost(q, opts...)
		if err != nil || len(resp.Errors) > 0 {
			t.Fatalf("%v %s", err, resp.Errors)
		}
		b, _ := json.Marshal(resp.Data)
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	}
	var people struct {
		DiscoverPeople struct {
			TotalCount int
			PageInfo   struct{ EndCursor string }
			Edges      []struct {
				Score        *float64
				Node         struct{ Handle string }
				SharedValues []struct {
					ViewerStrength, TheirStrength int
					Value                         struct{ Name string }
				}
			}
		}
	}
	const dq = `query($after: String) { discoverPeople(first: 5, after: $after) { totalCount pageInfo { endCursor hasNextPage }
		edges { cursor score node { handle } sharedValues { viewerStrength theirStrength value { name } } } } }`
	run(&amara, dq, nil, &people)
	e := people.DiscoverPeople.Edges
	if len(e) != 5 || e[0].Score == nil || *e[0].Score <= 0 || len(e[0].SharedValues) == 0 || e[0].SharedValues[0].Value.Name == "" {
		t.Fatalf("discoverPeople: got %+v", people.DiscoverPeople)
	}
	for i := 1; i < len(e); i++ {
		if *e[i].Score > *e[i-1].Score {
			t.Errorf("not best first: %v after %v", *e[i].Score, *e[i-1].Score)
		}
	}
	first := e[0].Node.Handle
	run(&amara, dq, map[string]any{"after": people.DiscoverPeople.PageInfo.EndCursor}, &people)
	if people.DiscoverPeople.Edges[0].Node.Handle == first {
		t.Error("the second page repeats the first")
	}
	// Signed out: no ranking, PUBLIC people only.
	run(nil, dq, nil, &people)
	if people.DiscoverPeople.Edges[0].Score != nil {
		t.Error("signed out: got a score, want none")
	}
	var collabs struct {
		DiscoverCollaborations struct {
			Edges []struct {
				Score *float64
				Node  struct{ Slug string }
			}
		}
	}
	run(&amara, `{ discoverCollaborations(first: 10) { totalCount edges { score node { slug } sharedValues { value { name } } } } }`, nil, &collabs)
	if len(collabs.DiscoverCollaborations.Edges) == 0 || collabs.DiscoverCollaborations.Edges[0].Score == nil {
		t.Errorf("discoverCollaborations: got %+v", collabs)
	}
	// A steward's candidates for the collaboration and for each open need.
	var c domain.Collaboration
	db.Joins("JOIN memberships ON memberships.collaboration_id = collaborations.id").
		Where("memberships.person_id = ? AND memberships.role = ? AND memberships.status = ?", amara.ID, domain.MembershipSteward, domain.MembershipActive).First(&c)
	var cand struct {
		Collaboration struct {
			Candidates struct {
				Edges []struct{ Node struct{ Handle string } }
			}
			Needs []struct {
				Skill      string
				Candidates struct {
					Edges []struct{ Node struct{ Handle string } }
				}
			}
		}
	}
	run(&amara, `query($s: String!) { collaboration(slug: $s) { candidates(first: 5) { edges { score node { handle } } }
		needs { skill candidates(first: 5) { totalCount edges { score node { handle skills } } } } } }`, map[string]any{"s": c.Slug}, &cand)
	if len(cand.Collaboration.Candidates.Edges) == 0 {
		t.Error("no candidates for the collaboration")
	}
	var val struct {
		Value struct {
			Holders struct {
				Edges []struct{ Node struct{ Strength int } }
			}
			Collaborations struct{ TotalCount int }
		}
	}
	run(nil, `{ value(slug: "community") { holders(first: 3) { totalCount pageInfo { endCursor } edges { node { strength person { handle } } } }
		collaborations(first: 3) { totalCount edges { node { slug } } } } }`, nil, &val)
	hs := val.Value.Holders.Edges
	if len(hs) == 0 || hs[0].Node.Strength < hs[len(hs)-1].Node.Strength {
		t.Errorf("holders: got %+v, want strongest first", hs)
	}
}
