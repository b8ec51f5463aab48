package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestRequestErrors: a request that fails before execution (parse, validation, variable
// coercion, a limit) is answered 200 to a client that accepts only application/json and
// 400 to one that accepts application/graphql-response+json, without a data entry in
// either; a request that is no GraphQL request at all (no query) gets 400 from both.
// Through POST and GET alike.
func TestRequestErrors(t *testing.T) {
	srv := startServer(t, "sqlite")
	const (
		plain    = "application/json"
		response = "application/graphql-response+json"
	)
	deep := nested(20)
	tests := []struct {
		name, accept, query, vars string
		wantStatus                int
		wantCode                  string
	}{
		{"parse_json", plain, `{`, ``, 200, "GRAPHQL_PARSE_FAILED"},
		{"parse_graphql_response", response, `{`, ``, 400, "GRAPHQL_PARSE_FAILED"},
		{"parse_no_accept", "", `{`, ``, 200, "GRAPHQL_PARSE_FAILED"},
		{"validation_json", plain, `{ nosuchfield }`, ``, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"validation_graphql_response", response, `{ nosuchfield }`, ``, 400, "GRAPHQL_VALIDATION_FAILED"},
		{"variables_json", plain, `query Q($id: ID!) { __typename }`, `{"id":null}`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"variables_graphql_response", response, `query Q($id: ID!) { __typename }`, `{"id":null}`, 400, "GRAPHQL_VALIDATION_FAILED"},
		{"limit_json", plain, deep, ``, 200, "QUERY_TOO_DEEP"},
		{"limit_graphql_response", response, deep, ``, 400, "QUERY_TOO_DEEP"},
		{"unknown_operation_json", plain, `query A { __typename }&operationName=B`, ``, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"no_query_json", plain, ``, ``, 400, "BAD_USER_INPUT"},
		{"no_query_graphql_response", response, ``, ``, 400, "BAD_USER_INPUT"},
	}
	for _, method := range []string{http.MethodPost, http.MethodGet} {
		for _, tt := range tests {
			t.Run(method+"/"+tt.name, func(t *testing.T) {
				query, operation, _ := strings.Cut(tt.query, "&operationName=")
				params := map[string]any{}
				if query != "" {
					params["query"] = query
				}
				if operation != "" {
					params["operationName"] = operation
				}
				if tt.vars != "" {
					params["variables"] = json.RawMessage(tt.vars)
				}
				status, header, body := sendGraphQL(t, srv, method, tt.accept, params)
				if status != tt.wantStatus {
					t.Errorf("got status %d, want %d (%s)", status, tt.wantStatus, body)
				}
				wantType := plain
				if tt.accept == response {
					wantType = response
				}
				if got := header.Get("Content-Type"); got != wantType {
					t.Errorf("got Content-Type %q, want %q", got, wantType)
				}
				var out map[string]json.RawMessage
				if err := json.Unmarshal([]byte(body), &out); err != nil {
					t.Fatalf("got %s, want JSON", body)
				}
				if d, ok := out["data"]; ok {
					t.Errorf("got data %s, want no data entry: nothing was executed", d)
				}
				var errs []gqlError
				if err := json.Unmarshal(out["errors"], &errs); err != nil {
					t.Fatalf("got errors %s, want a list: %v", out["errors"], err)
				}
				if len(errs) == 0 || errs[0].Extensions["code"] != tt.wantCode {
					t.Errorf("got errors %+v, want code %s", errs, tt.wantCode)
				}
			})
		}
	}
}

// TestExecutedAnswersKeepData: an operation that runs answers 200 with its data entry,
// null or not, under both media types.
func TestExecutedAnswersKeepData(t *testing.T) {
	srv := startServer(t, "sqlite")
	for _, accept := range []string{"application/json", "application/graphql-response+json"} {
		for _, method := range []string{http.MethodPost, http.MethodGet} {
			status, _, body := sendGraphQL(t, srv, method, accept, map[string]any{"query": `{ __typename person(handle: "nobody") { handle } }`})
			if status != http.StatusOK || !strings.Contains(body, `"data":{`) {
				t.Errorf("%s %s: got %d %s, want 200 with data", method, accept, status, body)
			}
		}
	}
}

// TestGetRefusesMutations: GraphQL over HTTP wants 405, with Allow naming POST.
func TestGetRefusesMutations(t *testing.T) {
	srv := startServer(t, "sqlite")
	status, header, body := sendGraphQL(t, srv, http.MethodGet, "", map[string]any{"query": `mutation { logOutEverywhere { sessionsEnded } }`})
	if status != http.StatusMethodNotAllowed || header.Get("Allow") != "POST" {
		t.Errorf("got %d, Allow %q, %s; want 405 with Allow: POST", status, header.Get("Allow"), body)
	}
}

// TestMalformedRequestsEchoNothing: a body or query string that is not a GraphQL request
// is refused with 400 and a message for a person, which repeats none of what was sent
// and names none of the server's internals.
func TestMalformedRequestsEchoNothing(t *testing.T) {
	srv := startServer(t, "sqlite")
	const secret = "hunter2-do-not-echo"
	leaks := []string{secret, "RawParams", "Go struct", "Go value", "json:", "unmarshal", "invalid character"}
	check := func(t *testing.T, status int, body string) {
		t.Helper()
		if status != http.StatusBadRequest {
			t.Errorf("got status %d, want 400", status)
		}
		for _, leak := range leaks {
			if strings.Contains(body, leak) {
				t.Errorf("answer contains %q: %s", leak, body)
			}
		}
		var out struct{ Errors []gqlError }
		if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("got %s, want an error with code BAD_USER_INPUT", body)
		}
	}
	for name, body := range map[string]string{
		"cut_off":       `{"query":"{ viewer { handle } }","variables":{"password":"` + secret,
		"not_json":      secret,
		"query_number":  `{"query":1,"variables":{"password":"` + secret + `"}}`,
		"variables_str": `{"query":"{ __typename }","variables":"` + secret + `"}`,
		"batch":         `[{"query":"{ __typename }","variables":{"password":"` + secret + `"}}]`,
	} {
		t.Run("POST/"+name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.url+"/query", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			status, _, answer := do(t, req)
			check(t, status, answer)
		})
	}
	for name, rawQuery := range map[string]string{
		"bad_escape":     "query=%7B%20__typename%20%7D&variables=%zz" + secret,
		"variables_json": "query=%7B%20__typename%20%7D&variables=" + url.QueryEscape(`{"password":"`+secret),
		"extensions":     "query=%7B%20__typename%20%7D&extensions=" + url.QueryEscape(secret),
	} {
		t.Run("GET/"+name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, srv.url+"/query?"+rawQuery, nil)
			status, _, answer := do(t, req)
			check(t, status, answer)
		})
	}
}

// sendGraphQL sends params as a JSON body (POST) or in the query string (GET).
func sendGraphQL(t *testing.T, srv *testServer, method, accept string, params map[string]any) (int, http.Header, string) {
	t.Helper()
	var req *http.Request
	if method == http.MethodPost {
		b, _ := json.Marshal(params)
		req, _ = http.NewRequest(method, srv.url+"/query", strings.NewReader(string(b)))
		req.Header.Set("Content-Type", "application/json")
	} else {
		q := url.Values{}
		for k, v := range params {
			switch v := v.(type) {
			case string:
				q.Set(k, v)
			case json.RawMessage:
				q.Set(k, string(v))
			}
		}
		req, _ = http.NewRequest(method, srv.url+"/query?"+q.Encode(), nil)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) (int, http.Header, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}
