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
