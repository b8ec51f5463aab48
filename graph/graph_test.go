package graph_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"gorm.io/gorm"

	"kindred/auth"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/kindred"
	"kindred/graph"
	"kindred/graph/relay"
	"kindred/reqlog"
)

// countStatements counts every SQL statement GORM runs on db until stop is called.
func countStatements(t testing.TB, db *gorm.DB) (n *atomic.Int64, stop func()) {
	t.Helper()
	n = new(atomic.Int64)
	inc := func(d *gorm.DB) {
		n.Add(1)
		if os.Getenv("KINDRED_LOG_STATEMENTS") != "" {
			t.Log(d.Statement.SQL.String())
		}
	}
	for _, err := range []error{
		db.Callback().Query().After("gorm:query").Register("test:count_query", inc),
		db.Callback().Row().After("gorm:row").Register("test:count_row", inc),
		db.Callback().Raw().After("gorm:raw").Register("test:count_raw", inc),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return n, func() {
		t.Helper()
		for _, err := range []error{
			db.Callback().Query().Remove("test:count_query"),
			db.Callback().Row().Remove("test:count_row"),
			db.Callback().Raw().Remove("test:count_raw"),
		} {
			if err != nil {
				t.Error(err)
			}
		}
	}
}

func newHandler(t testing.TB, db *database.DB) (http.Handler, *kindred.Services) {
	t.Helper()
	srv, svc := newServer(t, db)
	return graph.LoaderMiddleware(svc, srv), svc
}

func newServer(t testing.TB, db *database.DB) (*handler.Server, *kindred.Services) {
	t.Helper()
	clk := clocktest.New()
	signer, _ := auth.NewSigner([]byte(strings.Repeat("k", 32)), clk.Now)
	svc := kindred.New(db.DB, clk, signer)
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Services: svc}}))
	srv.AddTransport(transport.POST{})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv.SetErrorPresenter(graph.ErrorPresenter(log, nil))
	srv.SetRecoverFunc(graph.Recover(log))
	return srv, svc
}

// seedPeople inserts n public people who each hold the first four catalog values.
func seedPeople(t *testing.T, db *database.DB, n int) []string {
	t.Helper()
	var values []domain.Value
	db.Order("id").Limit(4).Find(&values)
	now := clocktest.Start()
	ids := make([]string, n)
	for i := range n {
		p := domain.Person{Handle: fmt.Sprintf("person-%03d", i), DisplayName: "P", Email: fmt.Sprintf("p%d@example.org", i),
			PasswordHash: "x", Skills: []string{}, Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(&p).Error; err != nil {
			t.Fatal(err)
		}
		for j, v := range values {
			pv := domain.PersonValue{PersonID: p.ID, ValueID: v.ID, Strength: 1 + (i+j)%5, CreatedAt: now, UpdatedAt: now}
			if err := db.Create(&pv).Error; err != nil {
				t.Fatal(err)
			}
		}
		ids[i] = relay.ID(relay.TypePerson, p.ID)
	}
	return ids
}

// TestNestedQueryStatements checks that the SQL statements of a nested query grow with
// its depth, not with the number of nodes it returns.
func TestNestedQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, _ := newHandler(t, db)
		ids := seedPeople(t, db, 40)
		c := client.New(h)
		const q = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { handle values { id strength
			value { id name holderCount proposedBy { handle } } person { handle } } } } }`
		statements := func(n int) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			var resp struct {
				Nodes []struct {
					ID, Handle string
					Values     []struct {
						ID       string
						Strength int
						Person   struct{ Handle string }
						Value    struct {
							ID, Name    string
							HolderCount int
							ProposedBy  *struct{ Handle string }
						}
					}
				}
			}
			c.MustPost(q, &resp, client.Var("ids", ids[:n]))
			if len(resp.Nodes) != n || len(resp.Nodes[n-1].Values) != 4 || resp.Nodes[0].Values[0].Value.HolderCount != 40 {
				t.Fatalf("got %+v, want %d people with 4 values held by 40 each", resp.Nodes[:1], n)
			}
			return counter.Load()
		}
		few, many := statements(2), statements(40)
		// The later query may need fewer (approved values are cached), never more.
		if many > few {
			t.Errorf("got %d statements for 40 people and %d for 2, want no more", many, few)
		}
		t.Logf("%d statements for 2 people, %d for 40", few, many)
		if few == 0 || few > 5 {
			t.Errorf("got %d statements for a query four levels deep, want 1 to 5", few)
		}
	})
}

func TestNodesLimit(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	h, _ := newHandler(t, db)
	ids := make([]string, graph.MaxNodes+1)
	for i := range ids {
		ids[i] = relay.ID(relay.TypePerson, int64(i+1))
	}
	var resp struct{ Nodes []any }
	err := client.New(h).Post(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, &resp, client.Var("ids", ids))
	if err == nil || !strings.Contains(err.Error(), "at most 100") {
		t.Errorf("got %v, want an error about at most 100 IDs", err)
	}
	// Malformed and unknown IDs give null, not an error.
	var ok struct{ Nodes []*struct{ ID string } }
	client.New(h).MustPost(`{ nodes(ids: ["garbage", "UGVyc29uOjk5OTk"]) { id } }`, &ok)
	if len(ok.Nodes) != 2 || ok.Nodes[0] != nil || ok.Nodes[1] != nil {
		t.Errorf("got %+v, want [null, null]", ok.Nodes)
	}
}

// TestInternalErrorsStayInside checks that a database failure reaches the client as
// "internal error" with a code, never as SQL or Go error text.
func TestInternalErrorsStayInside(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	_, svc := newHandler(t, db)
	var logged strings.Builder
	log := slog.New(reqlog.Handler{Handler: slog.NewTextHandler(&logged, nil)})
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Services: svc}}))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(graph.ErrorPresenter(log, nil))
	srv.SetRecoverFunc(graph.Recover(log))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv.ServeHTTP(w, r.WithContext(reqlog.With(r.Context(), "req-123")))
	})
	if err := db.Exec("DROP TABLE person_values").Error; err != nil {
		t.Fatal(err)
	}
	var resp struct{ Values struct{ TotalCount int } }
	err := client.New(h).Post(`{ values { totalCount edges { node { holderCount } } } }`, &resp)
	if err == nil {
		t.Fatal("got no error from a dropped table")
	}
	msg := err.Error()
	if !strings.Contains(msg, `"message":"internal error"`) || !strings.Contains(msg, `"code":"INTERNAL"`) || !strings.Contains(msg, "req-123") {
		t.Errorf("got %s, want internal error with code INTERNAL and the request ID", msg)
	}
	if strings.Contains(strings.ToLower(msg), "sql") || strings.Contains(msg, "person_values") {
		t.Errorf("error leaks internals: %s", msg)
	}
	if !strings.Contains(logged.String(), "person_values") || !strings.Contains(logged.String(), "request_id=req-123") {
		t.Errorf("the log lacks the cause or request ID: %s", logged.String())
	}
}

// asViewer runs h with viewer signed in, as the server's authentication would.
func asViewer(h http.Handler, viewer *domain.Person) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(domain.WithViewer(r.Context(), viewer)))
	})
}

// TestTimeoutIsNamed: work stopped by the request's time limit reads TIMEOUT, not an
// internal error.
func TestTimeoutIsNamed(t *testing.T) {
	var logged strings.Builder
	present := graph.ErrorPresenter(slog.New(slog.NewTextHandler(&logged, nil)), nil)
	err := present(context.Background(), fmt.Errorf("find values: %w", context.DeadlineExceeded))
	if err.Extensions["code"] != "TIMEOUT" || strings.Contains(err.Message, "deadline") {
		t.Errorf("got %q %v, want TIMEOUT in plain words", err.Message, err.Extensions)
	}
}
