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
	"kindred/database/dbtest"
	"kindred/demo"
	"kindred/domain"
	"kindred/graph/relay"
)

// BenchmarkDiscoverPeopleQuery runs the load script's discovery query (bench/queries)
// through the GraphQL handler over 2,000 generated people on SQLite: the part of a
// request that is GraphQL's, with its allocations.
func BenchmarkDiscoverPeopleQuery(b *testing.B) {
	db := dbtest.Open(b, "sqlite")
	ctx := context.Background()
	if _, err := demo.Generate(ctx, db.DB, demo.GenerateOptions{People: 2000, Seed: 1, PasswordHash: "x", Now: clocktest.Start()}); err != nil {
		b.Fatal(err)
	}
	h, svc := newHandler(b, db)
	if err := svc.BuildIndexes(ctx); err != nil {
		b.Fatal(err)
	}
	var viewers []*domain.Person
	db.Order("id").Limit(100).Find(&viewers)
	query, err := os.ReadFile("../bench/queries/discover.graphql")
	if err != nil {
		b.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"query": string(query)})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		asViewer(h, viewers[i%len(viewers)]).ServeHTTP(w, req)
		if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
			b.Fatalf("%d %s", w.Code, w.Body.String())
		}
		i++
	}
}

// BenchmarkNestedQuery runs make bench's nested read (bench/queries/nested.graphql) for 20
// people of a generated community on SQLite: the server's own cost per request and its
// allocations, readable even on a busy host.
func BenchmarkNestedQuery(b *testing.B) {
	db := dbtest.Open(b, "sqlite")
	generated(b, db, 300)
	h, _ := newHandler(b, db)
	query, err := os.ReadFile("../bench/queries/nested.graphql")
	if err != nil {
		b.Fatal(err)
	}
	var people []*domain.Person
	db.Order("id").Limit(20).Find(&people)
	ids := make([]string, len(people))
	for i, p := range people {
		ids[i] = relay.ID(relay.TypePerson, p.ID)
	}
	vars := map[string]any{"ids": ids}
	b.ReportAllocs()
	for b.Loop() {
		post(b, h, people[0], string(query), vars)
	}
}

// BenchmarkCollaborationPageQuery runs the web app's collaboration document for a
// collaboration of 50 members as one of them.
func BenchmarkCollaborationPageQuery(b *testing.B) {
	db := dbtest.Open(b, "sqlite")
	collabs, members := generated(b, db, 300)
	c := collabs[1]
	grow(b, db, c, 40)
	h, _ := newHandler(b, db)
	page := pageDocument(b)
	vars := map[string]any{"slug": c.Slug}
	b.ReportAllocs()
	for b.Loop() {
		post(b, h, members[c.ID][0], page, vars)
	}
}
