package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/kindred"
	"kindred/graph/relay"
)

// seedCosts is seedImpact with every member's entry linked to an outcome (round robin),
// the collaboration's need linked to the first outcome, and the first outcome counting
// the MEALS-SERVED metric.
func seedCosts(t *testing.T, db *database.DB, svc *kindred.Services, n int) (*domain.Person, string, string) {
	t.Helper()
	steward, slug, value := seedImpact(t, db, svc, n)
	var c domain.Collaboration
	db.Where("slug = ?", slug).First(&c)
	var outcomes []*domain.Outcome
	db.Where("collaboration_id = ?", c.ID).Order("id").Find(&outcomes)
	var entries []*domain.Contribution
	db.Where("collaboration_id = ?", c.ID).Order("id").Find(&entries)
	for i, e := range entries {
		var p domain.Person
		db.First(&p, e.PersonID)
		if err := svc.LinkOutcomes(domain.WithViewer(context.Background(), &p), domain.LinkContribution, e.ID, []int64{outcomes[i%len(outcomes)].ID}); err != nil {
			t.Fatal(err)
		}
	}
	as := domain.WithViewer(context.Background(), steward)
	var need domain.Need
	if db.Where("collaboration_id = ?", c.ID).First(&need).Error == nil {
		if err := svc.LinkOutcomes(as, domain.LinkNeed, need.ID, []int64{outcomes[0].ID}); err != nil {
			t.Fatal(err)
		}
	}
	code := "MEALS-SERVED"
	if _, err := svc.ReviseOutcome(as, outcomes[0].ID, impact.OutcomeRevisionInput{MetricCode: &code, Reason: "standard metric"}); err != nil {
		t.Fatal(err)
	}
	return steward, slug, value
}

const costsQuery = `query($s: String!, $v: String!) {
	collaboration(slug: $s) {
		needs { serves { id } commitments { serves { id } } }
		ledger(first: 100) { edges { node { serves { id name } } } }
		outcomes { id metric { code unit } costs { result noFigure resources { kind unit currency amount perResult shareOfEffort } } }
		impact { linkedShare { kind unit currency linked total share }
			costs { outcomeUnit metric { code } kind unit currency amount counted result outcomes perResult } }
	}
	value(slug: $v) { impact { costs { outcomeUnit metric { code } kind currency amount perResult } } }
	metrics { code name unit definition }
	impactOverview { metrics { metric { code name } unit outcomes measured collaborations achieved targeted } }
}`

// TestCostsQueryStatements checks that links, costs per outcome and their roll-ups cost
// no more statements for 50 members (25 outcomes) than for 5 members (2 outcomes), and
// the figures: every member's confirmed hour is linked, each outcome is at 60 meals.
func TestCostsQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		count := func(n int) int64 {
			steward, slug, value := seedCosts(t, db, svc, n)
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, steward)).RawPost(costsQuery, client.Var("s", slug), client.Var("v", value))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			// The steward's unconfirmed own hour is not counted: n confirmed hours, all linked.
			if !strings.Contains(string(data), `"linkedShare":[{"currency":null,"kind":"TIME","linked":`+itoa(n)+`,"share":1,"total":`+itoa(n)+`,"unit":"hours"}]`) {
				t.Fatalf("linked share: %s", data[:min(len(data), 3000)])
			}
			if !strings.Contains(string(data), `"metric":{"code":"MEALS-SERVED","unit":"meals"}`) || !strings.Contains(string(data), `"result":60`) {
				t.Fatalf("metric or result missing: %s", data[:min(len(data), 3000)])
			}
			return counter.Load()
		}
		few, many := count(5), count(50)
		t.Logf("%d statements for 5 members and 2 outcomes, %d for 50 members and 25 outcomes", few, many)
		if many > few {
			t.Errorf("got %d statements for 50 members and %d for 5, want no more", many, few)
		}
	})
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestLinkOutcomesMutation links an entry through GraphQL, reads the cost per result and
// the metric impact, and checks the refusals.
func TestLinkOutcomesMutation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		_, slug, _ := seedCosts(t, db, svc, 2)
		_, otherSlug, _ := seedCosts(t, db, svc, 3)
		var c, oc domain.Collaboration
		db.Where("slug = ?", slug).First(&c)
		db.Where("slug = ?", otherSlug).First(&oc)
		var member domain.Person
		db.Where("handle = ?", "m2-00").First(&member)
		var entry domain.Contribution
		db.Where("person_id = ? AND collaboration_id = ?", member.ID, c.ID).First(&entry)
		var os []domain.Outcome
		db.Where("collaboration_id = ?", c.ID).Order("id").Find(&os)
		var otherO domain.Outcome
		db.Where("collaboration_id = ?", oc.ID).First(&otherO)
		eid := relay.ID(relay.TypeContrib, entry.ID)
		link := func(subject string, outcomes ...string) string {
			ids, _ := json.Marshal(append([]string{}, outcomes...))
			return `mutation { linkOutcomes(input: {subjectId: "` + subject + `", outcomeIds: ` + string(ids) + `}) {
				subject { id ... on Contribution { serves { name } } } serves { id costs { resources { amount perResult } } } } }`
		}
		both := []string{relay.ID(relay.TypeOutcome, os[0].ID), relay.ID(relay.TypeOutcome, os[1].ID)}
		resp, err := client.New(asViewer(h, &member)).RawPost(link(eid, both...))
		if err != nil || len(resp.Errors) > 0 {
			t.Fatalf("link: %v %s", err, resp.Errors)
		}
		data, _ := json.Marshal(resp.Data)
		if strings.Count(string(data), `"name":"Outcome`) != 2 {
			t.Errorf("got %s, want the entry serving both outcomes", data)
		}
		t.Run("metric_impact", func(t *testing.T) {
			resp, err := client.New(asViewer(h, &member)).RawPost(`{ metricImpact(code: "MEALS-SERVED") { unit outcomes measured collaborations achieved targeted } }`)
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("metricImpact: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			if want := `{"metricImpact":[{"achieved":120,"collaborations":2,"measured":2,"outcomes":2,"targeted":240,"unit":"meals"}]}`; string(data) != want {
				t.Errorf("got %s, want %s", data, want)
			}
			resp, err = client.New(asViewer(h, &member)).RawPost(`{ impactOverview { metrics { metric { code } unit outcomes achieved } } }`)
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("impactOverview: %v %s", err, resp.Errors)
			}
			data, _ = json.Marshal(resp.Data)
			if want := `{"impactOverview":{"metrics":[{"achieved":120,"metric":{"code":"MEALS-SERVED"},"outcomes":2,"unit":"meals"}]}}`; string(data) != want {
				t.Errorf("got %s, want %s", data, want)
			}
		})
		tests := []struct{ name, doc, code string }{
			{"other_collaborations_outcome", link(eid, relay.ID(relay.TypeOutcome, otherO.ID)), "BAD_USER_INPUT"},
			{"subject_not_linkable", link(relay.ID(relay.TypeCollab, c.ID)), "BAD_USER_INPUT"},
			{"outcome_id_wrong_type", link(eid, eid), "BAD_USER_INPUT"},
			{"unknown_metric", `{ metricImpact(code: "NOPE") { unit } }`, "NOT_FOUND"},
			{"define_unknown_metric", `mutation { defineOutcome(input: {collaborationId: "` + relay.ID(relay.TypeCollab, c.ID) + `", name: "Fed", unit: "x", baseline: 0, target: 3, metricCode: "NOPE"}) { outcome { id } } }`, "BAD_USER_INPUT"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var steward domain.Person
				db.First(&steward, c.CreatedByID)
				as := &member
				if strings.HasPrefix(tt.name, "define") {
					as = &steward
				}
				if got := outcome(t, h, as, tt.doc, nil); got != tt.code {
					t.Errorf("got %s, want %s", got, tt.code)
				}
			})
		}
	})
}

// TestServesOutcomesWhenAdded names the outcomes a need and a commitment serve in the
// mutations that add them (one transaction), and checks that a refused link stores
// neither the need nor the commitment.
func TestServesOutcomesWhenAdded(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		steward, slug, _ := seedCosts(t, db, svc, 2)
		_, otherSlug, _ := seedCosts(t, db, svc, 3)
		var c, oc domain.Collaboration
		db.Where("slug = ?", slug).First(&c)
		db.Where("slug = ?", otherSlug).First(&oc)
		var member domain.Person
		db.Where("handle = ?", "m2-00").First(&member)
		var os []domain.Outcome
		db.Where("collaboration_id = ?", c.ID).Order("id").Find(&os)
		var otherO domain.Outcome
		db.Where("collaboration_id = ?", oc.ID).First(&otherO)
		cid := relay.ID(relay.TypeCollab, c.ID)
		addNeed := `mutation($c: ID!, $o: [ID!]) { addNeed(input: {collaborationId: $c, need: {kind: TIME, quantity: "5"}, servesOutcomeIds: $o}) { need { serves { id } } } }`
		commit := `mutation($c: ID!, $o: [ID!]) { makeCommitment(input: {collaborationId: $c, commitment: {kind: TIME, quantity: "3"}, servesOutcomeIds: $o}) { commitment { serves { id } } } }`
		both := []string{relay.ID(relay.TypeOutcome, os[0].ID), relay.ID(relay.TypeOutcome, os[1].ID)}
		for _, tt := range []struct {
			name, doc string
			as        *domain.Person
		}{{"need", addNeed, steward}, {"commitment", commit, &member}} {
			t.Run(tt.name, func(t *testing.T) {
				resp, err := client.New(asViewer(h, tt.as)).RawPost(tt.doc, client.Var("c", cid), client.Var("o", both))
				if err != nil || len(resp.Errors) > 0 {
					t.Fatalf("%s: %v %s", tt.name, err, resp.Errors)
				}
				data, _ := json.Marshal(resp.Data)
				if !strings.Contains(string(data), `"serves":[{"id":"`+both[0]+`"},{"id":"`+both[1]+`"}]`) {
					t.Errorf("got %s, want it serving both outcomes", data)
				}
				needs, commits := count(t, db, &domain.Need{}), count(t, db, &domain.Commitment{})
				bad := []string{relay.ID(relay.TypeOutcome, otherO.ID)}
				if got := outcome(t, h, tt.as, tt.doc, map[string]any{"c": cid, "o": bad}); got != "BAD_USER_INPUT" {
					t.Errorf("other collaboration's outcome: got %s, want BAD_USER_INPUT", got)
				}
				if count(t, db, &domain.Need{}) != needs || count(t, db, &domain.Commitment{}) != commits {
					t.Errorf("a refused link stored the %s", tt.name)
				}
			})
		}
		t.Run("proposal_serving_wrong_type", func(t *testing.T) {
			doc := `mutation($c: ID!, $by: [ID!]) { createProposal(input: {collaborationId: $c, kind: OUTCOME, title: "Measure meals",
				closesAt: "2099-01-01T00:00:00Z", proposedOutcome: {name: "Meals", unit: "meals", baseline: 0, target: 10, servedByIds: $by}}) { proposal { id } } }`
			if got := outcome(t, h, &member, doc, map[string]any{"c": cid, "by": []string{cid}}); got != "BAD_USER_INPUT" {
				t.Errorf("got %s, want BAD_USER_INPUT", got)
			}
		})
	})
}

func count(t *testing.T, db *database.DB, model any) int64 {
	t.Helper()
	var n int64
	if err := db.Model(model).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}
