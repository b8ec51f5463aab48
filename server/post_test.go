package main

import (
	"encoding/json"
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
// transport and ours: status, content type and body must be the same, byte for byte,
// except where a case states how ours differs on purpose (see postTransport): a request
// error has no data entry and is answered 200 to application/json, and a body that is no
// GraphQL request gets 400 and a message that does not echo it.
// (Only strings in data with <, > or & would differ: encoding/json escapes them, we keep
// them as the executor wrote them; both are the same JSON.)
func TestPostTransportAnswersAsGqlgens(t *testing.T) {
	serve := func(post graphql.Transport) http.Handler {
		srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}))
		srv.AddTransport(post)
		srv.Use(graph.LimitsExtension{Limits: graph.DefaultLimits})
		quiet := slog.New(slog.DiscardHandler)
		srv.SetErrorPresenter(graph.ErrorPresenter(quiet, nil))
		srv.SetRecoverFunc(graph.Recover(quiet)) // the nil service panics
		return srv
	}
	// differs is how our answer differs from gqlgen's on purpose.
	type differs struct {
		status  int    // ours answers with this status
		noData  bool   // ours has no data entry: nothing was executed
		code    string // ours has this code instead of gqlgen's
		message string // ours says this instead of gqlgen's first message
	}
	const (
		response = "application/graphql-response+json"
		notJSON  = `The request body is not a GraphQL request: send a JSON object such as {"query": "{ viewer { handle } }", "variables": {}}.`
	)
	requestError := differs{status: http.StatusOK, noData: true} // gqlgen: 422, or 200 with data null
	deep := `{"query":` + strconvQuote(nested(20)) + `}`
	theirs, ours := serve(transport.POST{}), serve(postTransport{})
	for _, c := range []struct {
		name, accept, body string
		differs            differs
	}{
		{"data", "", `{"query":"{ __typename }"}`, differs{}},
		{"graphql response type", response, `{"query":"{ __typename }"}`, differs{}},
		{"wildcard", "text/html, */*", `{"query":"{ __typename }"}`, differs{}},
		{"no known type", "text/html", `{"query":"{ __typename }"}`, differs{}},
		{"operation name", "", `{"query":"query A { __typename } query B { b: __typename }","operationName":"B"}`, differs{}},
		{"data and errors", "", `{"query":"{ __typename person(handle: \"x\") { handle } }"}`, differs{}},
		{"unknown operation", "", `{"query":"query A { __typename }","operationName":"C"}`, requestError},
		{"parse error", "", `{"query":"{ viewer { "}`, requestError},
		{"parse error, graphql response type", response, `{"query":"{ viewer { "}`, differs{noData: true}},
		{"validation error", "", `{"query":"{ nosuchfield }"}`, requestError},
		{"validation error, graphql response type", response, `{"query":"{ nosuchfield }"}`, differs{noData: true}},
		{"missing variable", "", `{"query":"query($n: Int!) { values(first: $n) { totalCount } }"}`, requestError},
		{"bad variable", "", `{"query":"query($n: Int!) { values(first: $n) { totalCount } }","variables":{"n":"x"}}`, requestError},
		{"bad variable, graphql response type", response, `{"query":"query($n: Int!) { values(first: $n) { totalCount } }","variables":{"n":"x"}}`, differs{noData: true}},
		{"over a limit", "", deep, differs{noData: true}},
		{"over a limit, graphql response type", response, deep, differs{status: http.StatusBadRequest, noData: true}},
		{"not JSON", "", `{"query":`, differs{noData: true, message: notJSON}},
		{"not an object", "", `{"query":1}`, differs{noData: true, message: notJSON}},
		{"batch", "", `[{"query":"{ __typename }"}]`, differs{noData: true, message: "Batches are not accepted: send one operation per request, as a JSON object."}},
		{"no query", "", `{}`, differs{status: http.StatusBadRequest, noData: true, code: "BAD_USER_INPUT", message: `The request has no query: send the GraphQL document as "query".`}},
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
			ws, wb := ts, tb
			d := c.differs
			if d.status != 0 {
				ws = d.status
			}
			if d.noData {
				wb = strings.Replace(wb, `,"data":null}`, `}`, 1)
			}
			if d.code != "" || d.message != "" {
				var r struct{ Errors []gqlError }
				if err := json.Unmarshal([]byte(tb), &r); err != nil || len(r.Errors) == 0 {
					t.Fatalf("gqlgen: %s, want an error", tb)
				}
				if d.code != "" {
					wb = strings.Replace(wb, `"code":"`+r.Errors[0].Extensions["code"].(string)+`"`, `"code":"`+d.code+`"`, 1)
				}
				if d.message != "" {
					wb = strings.Replace(wb, strconvQuote(r.Errors[0].Message), strconvQuote(d.message), 1)
				}
			}
			if os != ws || oc != tc || ob != wb {
				t.Errorf("got     %d %s %s\nwant    %d %s %s\n(gqlgen %d %s %s)", os, oc, ob, ws, tc, wb, ts, tc, tb)
			}
		})
	}
}
