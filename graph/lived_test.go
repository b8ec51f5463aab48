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

// TestStatedVsLivedAndNeedsForYou runs statedVsLived (person and collaboration) and
// needsForYou through GraphQL on the demo community.
func TestStatedVsLivedAndNeedsForYou(t *testing.T) {
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
	type svl struct {
		Stated []struct {
			Value struct{ Name string }
			Share float64
		}
		Lived []struct {
			Counted       struct{ Kind, Amount, Unit string }
			Contributions int
			Overlap       float64
			Values        []struct {
				Value                     struct{ Name string }
				Stated, Lived, Difference float64
			}
		}
	}
	const fields = `statedVsLived { stated { value { name } share } lived { counted { kind amount unit } contributions overlap
		values { value { name } stated lived difference } } }`
	checkShares := func(what string, s svl) {
		t.Helper()
		sum := 0.0
		for _, st := range s.Stated {
			sum += st.Share
		}
		if len(s.Stated) == 0 || sum < 0.999 || sum > 1.001 {
			t.Errorf("%s: stated shares %+v do not add up to 1", what, s.Stated)
		}
		for _, l := range s.Lived {
			lived := 0.0
			for _, v := range l.Values {
				lived += v.Lived
				if d := v.Lived - v.Stated - v.Difference; d > 1e-9 || d < -1e-9 {
					t.Errorf("%s: difference %v is not lived − stated for %s", what, v.Difference, v.Value.Name)
				}
			}
			if l.Contributions == 0 || l.Counted.Amount == "" || lived < 0.999 || lived > 1.001 {
				t.Errorf("%s: lived effort %+v", what, l)
			}
		}
	}

	var me struct {
		Viewer struct {
			StatedVsLived svl
			NeedsForYou   *struct {
				TotalCount int
				PageInfo   struct {
					EndCursor   string
					HasNextPage bool
				}
				Edges []struct {
					Cursor     string
					SkillMatch bool
					Score      float64
					Node       struct {
						ID, Skill     string
						Filled        bool
						Collaboration struct{ Slug string }
					}
					SharedValues []struct{ Value struct{ Name string } }
				}
			}
		}
	}
	const mq = `query($after: String) { viewer { ` + fields + ` needsForYou(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage }
		edges { cursor skillMatch score node { id skill filled collaboration { slug } } sharedValues { value { name } } } } } }`
	run(&amara, mq, nil, &me)
	checkShares("amara", me.Viewer.StatedVsLived)
	if len(me.Viewer.StatedVsLived.Lived) == 0 {
		t.Errorf("amara: no lived effort in the demo")
	}
	n := me.Viewer.NeedsForYou
	if n == nil || n.TotalCount == 0 || len(n.Edges) == 0 {
		t.Fatalf("needsForYou: got %+v", n)
	}
	for i, e := range n.Edges {
		if e.Node.Filled || e.Node.Collaboration.Slug == "" || e.Score < 0 || e.Score > 1 {
			t.Errorf("needsForYou edge %d: %+v", i, e)
		}
	}
	if n.PageInfo.HasNextPage {
		firstID := n.Edges[0].Node.ID
		run(&amara, mq, map[string]any{"after": n.PageInfo.EndCursor}, &me)
		if me.Viewer.NeedsForYou == nil || len(me.Viewer.NeedsForYou.Edges) == 0 || me.Viewer.NeedsForYou.Edges[0].Node.ID == firstID {
			t.Errorf("the second page of needsForYou: %+v", me.Viewer.NeedsForYou)
		}
	}

	// Someone else's needs are theirs only; their stated vs lived is anyone's to read.
	var other struct {
		Collaboration struct {
			StatedVsLived svl
			Members       []struct{ Person struct{ Handle string } }
		}
	}
	run(&amara, `query($s: String!) { collaboration(slug: $s) { `+fields+` } }`, map[string]any{"s": n.Edges[0].Node.Collaboration.Slug}, &other)
	checkShares("collaboration", other.Collaboration.StatedVsLived)
	var stranger domain.Person
	db.Where("handle <> ? AND visibility = ?", demo.DemoHandle, domain.VisibilityPublic).Order("id").First(&stranger)
	var them struct {
		Person struct {
			StatedVsLived svl
			NeedsForYou   *struct{ TotalCount int }
		}
	}
	run(&amara, `query($h: String!) { person(handle: $h) { `+fields+` needsForYou { totalCount } } }`, map[string]any{"h": stranger.Handle}, &them)
	if them.Person.NeedsForYou != nil {
		t.Errorf("someone else's needsForYou: got %+v, want null", them.Person.NeedsForYou)
	}
	if them.Person.StatedVsLived.Stated == nil {
		t.Errorf("someone else's statedVsLived: got no stated list")
	}
}
