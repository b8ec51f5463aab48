package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"kindred/graph"
)

// TestPostTransportAnswersAsGqlgens sends the same requests through gqlgen's POST
// transport and ours: status, content type and body must be the same, byte for byte.
// (Only strings in data with <, > or & would differ: encoding/json escapes them, we keep
// them as the executor wrote them; both are the same JSON.)
func TestPostTransportAnswersAsGqlgens(t *testing.T) {
	serve := func(post graphql.Transport) http.Handler {
		srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}))
		srv.AddTransport(post)
		quiet := slog.New(slog.DiscardHandler)
		srv.SetErrorPresenter(graph.ErrorPresenter(quiet))
		srv.SetRecoverFunc(graph.Recover(quiet)) // the nil service panics
		return srv
	}
	theirs, ours := serve(transport.POST{}), serve(postTransport{})
	for _, c := range []struct{ name, accept, body string }{
		{"data", "", `{"query":"{ __typename }"}`},
		{"graphql response type", "application/graphql-response+json", `{"query":"{ __typename }"}`},
		{"wildcard", "text/html, */*", `{"query":"{ __typename }"}`},
		{"no known type", "text/html", `{"query":"{ __typename }"}`},
		{"operation name", "", `{"query":"query A { __typename } query B { b: __typename }","operationName":"B"}`},
		{"unknown operation", "", `{"query":"query A { __typename }","operationName":"C"}`},
		{"data and errors", "", `{"query":"{ __typename person(handle: \"x\") { handle } }"}`},
		{"parse error", "", `{"query":"{ viewer { "}`},
		{"validation error", "", `{"query":"{ nosuchfield }"}`},
		{"validation error, graphql response type", "application/graphql-response+json", `{"query":"{ nosuchfield }"}`},
		{"missing variable", "", `{"query":"query($n: Int!) { values(first: $n) { totalCount } }"}`},
		{"bad variable", "", `{"query":"query($n: Int!) { values(first: $n) { totalCount } }","variables":{"n":"x"}}`},
		{"not JSON", "", `{"query":`},
		{"no query", "", `{}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			answer := func(h http.Handler) (int, string, string) {
				req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(c.body))
				req.Header.Set("Content-Type", "application/json")
				if c.accept != "" {
					req.Header.Set("Accept", c.accept)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				body, _ := io.ReadAll(w.Result().Body)
				return w.Code, w.Header().Get("Content-Type"), string(body)
			}
			ts, tc, tb := answer(theirs)
			os, oc, ob := answer(ours)
			if ts != os || tc != oc || tb != ob {
				t.Errorf("gqlgen: %d %s %s\nours:   %d %s %s", ts, tc, tb, os, oc, ob)
			}
		})
	}
}
