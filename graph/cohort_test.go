package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/demo"
	"kindred/domain"
	"kindred/graph"
	"kindred/graph/relay"
)

// pageDocument is what the web app's collaboration page asks for: the union of its
// sections' fragments, as make bench sends it.
func pageDocument(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../bench/queries/collaboration.operation.graphql")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// post runs a query as viewer and returns the response body.
func post(t testing.TB, h http.Handler, viewer *domain.Person, query string, vars map[string]any) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	asViewer(h, viewer).ServeHTTP(w, req)
	if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
		t.Fatalf("%d %s", w.Code, w.Body.String())
	}
	return w.Body.Bytes()
}

// generated returns a generated community, its collaborations by member count (fewest
// first, ties by ID) and the members of each.
func generated(t testing.TB, db *database.DB, people int) (collabs []domain.Collaboration, members map[int64][]*domain.Person) {
	t.Helper()
	if _, err := demo.Generate(context.Background(), db.DB, demo.GenerateOptions{People: people, Seed: 5, PasswordHash: "x", Now: clocktest.Start()}); err != nil {
		t.Fatal(err)
	}
	db.Raw(`SELECT c.* FROM collaborations c JOIN memberships m ON m.collaboration_id = c.id AND m.status = 'ACTIVE'
		GROUP BY c.id ORDER BY COUNT(*), c.id`).Scan(&collabs)
	members = map[int64][]*domain.Person{}
	for _, c := range collabs {
		var ps []*domain.Person
		db.Raw(`SELECT p.* FROM people p JOIN memberships m ON m.person_id = p.id WHERE m.collaboration_id = ? AND m.status = 'ACTIVE' ORDER BY p.id`, c.ID).Scan(&ps)
		members[c.ID] = ps
	}
	return collabs, members
}

// grow adds n members to c, each with a binding commitment toward its first need and a
// confirmed contribution, as the generator makes its ten.
func grow(t testing.TB, db *database.DB, c domain.Collaboration, n int) []*domain.Person {
	t.Helper()
	var need domain.Need
	db.Where("collaboration_id = ?", c.ID).Order("id").First(&need)
	var people []*domain.Person
	db.Where("id NOT IN (SELECT person_id FROM memberships WHERE collaboration_id = ?)", c.ID).Order("id").Limit(n).Find(&people)
	now := clocktest.Start()
	for i, p := range people {
		m := domain.Membership{CollaborationID: c.ID, PersonID: p.ID, Role: domain.MembershipMember, Status: domain.MembershipActive, CreatedAt: now, UpdatedAt: now}
		must(t, db.Create(&m).Error)
		cm := domain.Commitment{CollaborationID: c.ID, MembershipID: m.ID, PersonID: p.ID, NeedID: &need.ID, Kind: domain.KindSkill,
			Quantity: int64(100 * (1 + i%10)), Unit: domain.HourUnit, Description: "Grown commitment.",
			ConditionKind: domain.ConditionNone, Status: domain.CommitmentBinding, BoundAt: &now, CreatedAt: now, UpdatedAt: now}
		must(t, db.Create(&cm).Error)
		confirmer := c.CreatedByID
		must(t, db.Create(&domain.Contribution{CollaborationID: c.ID, PersonID: p.ID, CommitmentID: &cm.ID, Kind: cm.Kind, Quantity: cm.Quantity / 2,
			Unit: cm.Unit, Note: "Grown contribution.", OccurredAt: now.AddDate(0, 0, -i), ConfirmedByID: &confirmer,
			ConfirmedAt: &now, CreatedAt: now}).Error)
	}
	return people
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestCohortsMatchPlainLoading: fetching a level whole gives the very response that
// fetching every object's relations on its own gives, for the nested read and the web
// app's collaboration page, as a member and as an outsider.
func TestCohortsMatchPlainLoading(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		collabs, members := generated(t, db, 300)
		members[collabs[1].ID] = append(members[collabs[1].ID], grow(t, db, collabs[1], 40)...)
		srv, svc := newServer(t, db)
		cohorts, plain := graph.LoaderMiddleware(svc, srv), graph.PlainLoaderMiddleware(svc, srv)
		nested, err := os.ReadFile("../bench/queries/nested.graphql")
		if err != nil {
			t.Fatal(err)
		}
		var people []*domain.Person
		db.Order("id").Limit(40).Find(&people)
		ids := make([]string, len(people))
		for i, p := range people {
			ids[i] = relay.ID(relay.TypePerson, p.ID)
		}
		same := func(what string, viewer *domain.Person, query string, vars map[string]any) []byte {
			t.Helper()
			want := post(t, plain, viewer, query, vars)
			if got := post(t, cohorts, viewer, query, vars); !bytes.Equal(got, want) {
				t.Errorf("%s: with cohorts\n%s\nplain\n%s", what, got, want)
			}
			return want
		}
		same("nested read", people[0], string(nested), map[string]any{"ids": ids})
		page := pageDocument(t)
		for i, c := range collabs[:3] {
			got := same("page as member "+c.Slug, members[c.ID][0], page, map[string]any{"slug": c.Slug})
			if n := bytes.Count(got, []byte(`"handle"`)); i == 1 && n < 40 {
				t.Errorf("page of %s: %d handles, want one per member at least (some hide theirs): %s", c.Slug, n, got)
			}
			same("page as outsider "+c.Slug, people[len(people)-1], page, map[string]any{"slug": c.Slug})
		}
	})
}

// TestCollaborationPageStatements: the web app's collaboration page costs the same
// statements for the collaboration with the most members as for one with few, and no
// more than its bound.
func TestCollaborationPageStatements(t *testing.T) {
	// 29 at stop 37; the page now also asks which outcomes each need and commitment
	// serves (one statement each) and a commitment's periods: 32, the same for any width.
	const bound = 33
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		collabs, members := generated(t, db, 300)
		members[collabs[1].ID] = append(members[collabs[1].ID], grow(t, db, collabs[1], 40)...)
		h, _ := newHandler(t, db)
		page := pageDocument(t)
		statements := func(c domain.Collaboration) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			post(t, h, members[c.ID][0], page, map[string]any{"slug": c.Slug})
			return counter.Load()
		}
		small, large := collabs[0], collabs[1]
		few, many := statements(small), statements(large)
		t.Logf("%d statements for %d members, %d for %d", few, len(members[small.ID]), many, len(members[large.ID]))
		if many > few {
			t.Errorf("got %d statements for %d members and %d for %d, want no more", many, len(members[large.ID]), few, len(members[small.ID]))
		}
		if many > bound {
			t.Errorf("got %d statements, want at most %d", many, bound)
		}
	})
}
