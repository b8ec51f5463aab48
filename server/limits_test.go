package main

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"kindred/graph"
)

// introspectionQuery is the query GraphiQL sends to learn the schema.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

// nested returns a query depth levels deep through single objects, so that only its
// depth is large: a collaboration, the viewer's membership in it, its collaboration…
func nested(depth int) string {
	q, d := "slug", 2 // collaboration and the leaf
	for d+2 <= depth {
		q, d = "viewerMembership { collaboration { "+q+" } }", d+2
	}
	return `{ collaboration(slug: "nowhere") { ` + q + ` } }`
}

// TestLimits sends each limit's worst case through the real handler, and what must pass.
func TestLimits(t *testing.T) {
	srv := startServer(t, "sqlite")
	c := srv.client(t)
	signUp(t, c, "amara")
	run := func(q string) string {
		t.Helper()
		r := c.do(q, nil)
		if len(r.Errors) == 0 {
			return "ok"
		}
		code, _ := r.Errors[0].Extensions["code"].(string)
		return code
	}
	var aliases, directives strings.Builder
	for i := range graph.DefaultLimits.MaxAliases + 1 {
		aliases.WriteString(" a" + strings.Repeat("x", i) + ": viewer { handle }")
	}
	for range graph.DefaultLimits.MaxDirectives + 1 {
		directives.WriteString(" handle @include(if: true)")
	}
	tests := []struct{ name, query, want string }{
		{"introspection", introspectionQuery, "ok"},
		{"depth_14", nested(14), "NOT_FOUND"}, // past the limits: the collaboration does not exist
		{"depth_20", nested(20), graph.CodeTooDeep},
		{"aliases", "{" + aliases.String() + " }", graph.CodeTooManyAliases},
		{"directives", "{ viewer {" + directives.String() + " } }", graph.CodeTooManyDirectives},
		{"cost", `{ discoverPeople(first: 100) { edges { node { memberships { collaboration { members { person { values { value { name } } } } } } } } } }`, graph.CodeTooComplex},
		{"first_over_100", `{ values(first: 101) { totalCount } }`, "BAD_USER_INPUT"},
		{"nodes_over_100", `{ nodes(ids: [` + strings.Repeat(`"UGVyc29uOjE",`, 101) + `]) { id } }`, "BAD_USER_INPUT"},
		{"nodes_100", `{ nodes(ids: [` + strings.Repeat(`"UGVyc29uOjE",`, 100) + `]) { id } }`, "ok"},
		{"tokens", "{ viewer { " + strings.Repeat("handle ", graph.DefaultLimits.MaxTokens) + "} }", graph.CodeTooManyTokens},
		// Repeated fields merge into one answer, but validation compares each pair of them.
		{"repeated_field", "{ a: __typename " + strings.Repeat("__typename ", 1000) + "}", graph.CodeTooManyTokens},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.t = t
			if got := run(tt.query); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestRateLimits: a person's and an address's budgets run out, say what is left, and
// refill with time; a trusted proxy's forwarded address counts as the client's.
func TestRateLimits(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--rate-limit", "5", "--ip-rate-limit", "8", "--trusted-proxies", "127.0.0.1")
	c := srv.client(t)
	signUp(t, c, "amara") // signed out yet: it counts for the address only
	for i := 1; i <= 5; i++ {
		r := c.do(`{ viewer { handle } }`, nil)
		if len(r.Errors) > 0 || r.header.Get("RateLimit-Remaining") != strconv.Itoa(5-i) {
			t.Fatalf("request %d: got %+v, remaining %q, want %d left", i, r.Errors, r.header.Get("RateLimit-Remaining"), 5-i)
		}
	}
	r := c.do(`{ viewer { handle } }`, nil)
	if r.status != http.StatusTooManyRequests || len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "RATE_LIMITED" || r.header.Get("Retry-After") == "" {
		t.Fatalf("over the person's budget: got %d %+v, want 429 RATE_LIMITED with Retry-After", r.status, r.Errors)
	}
	srv.clock.Advance(time.Minute)
	c.ok(`{ viewer { handle } }`, nil, nil)

	// The address: 8 a minute, whoever asks; a minute on, the person used 1 of them.
	anon := srv.client(t)
	for i := 2; i <= 8; i++ {
		anon.ok(`{ viewer { handle } }`, nil, nil)
	}
	if r := anon.do(`{ viewer { handle } }`, nil); r.status != http.StatusTooManyRequests {
		t.Errorf("over the address's budget: got %d, want 429", r.status)
	}
	// Behind the trusted proxy, another client has a budget of its own.
	body := strings.NewReader(`{"query":"{ viewer { handle } }"}`)
	req, _ := http.NewRequest(http.MethodPost, srv.url+"/query", body)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("a forwarded client: got %d, want 200", resp.StatusCode)
	}
}
