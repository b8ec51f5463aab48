package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestGraphQLOverHTTP: JSON POSTs and GET queries work; forms, text and multipart posts
// and mutations by GET do not; the response type follows Accept; persisted queries work.
func TestGraphQLOverHTTP(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--cors-origins", "https://app.example.org")
	post := func(contentType, accept, body string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, srv.url+"/query", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	q := `{"query":"{ viewer { handle } }"}`
	if r := post("application/json", "", q); r.StatusCode != http.StatusOK {
		t.Errorf("JSON post: got %d", r.StatusCode)
	}
	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"} {
		if r := post(ct, "", q); r.StatusCode < 400 || r.StatusCode >= 500 {
			t.Errorf("%s post: got %d, want a 4xx refusal", ct, r.StatusCode)
		}
	}
	if r := post("application/json", "application/graphql-response+json", q); !strings.HasPrefix(r.Header.Get("Content-Type"), "application/graphql-response+json") {
		t.Errorf("Accept graphql-response+json: got %q", r.Header.Get("Content-Type"))
	}
	// Request errors: 200 to a client that accepts only JSON (no Accept counts as JSON),
	// 400 to one that accepts GraphQL's response type; TestRequestErrors has the rest.
	if r := post("application/json", "", `{"query":"{ nosuchfield }"}`); r.StatusCode != http.StatusOK {
		t.Errorf("a validation error: got %d, want 200", r.StatusCode)
	}
	if r := post("application/json", "application/graphql-response+json", `{"query":"{ viewer { "}`); r.StatusCode != http.StatusBadRequest {
		t.Errorf("a parse error: got %d, want 400", r.StatusCode)
	}
	if r := post("application/json", "", `[`+q+`,`+q+`]`); r.StatusCode < 400 || r.StatusCode >= 500 {
		t.Errorf("a batch: got %d, want 4xx", r.StatusCode)
	}
	get := func(query string) (*http.Response, string) {
		resp, err := http.Get(srv.url + "/query?query=" + url.QueryEscape(query))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(b)
	}
	if r, _ := get(`{ viewer { handle } }`); r.StatusCode != http.StatusOK {
		t.Errorf("GET query: got %d", r.StatusCode)
	}
	if r, body := get(`mutation { logOutEverywhere { sessionsEnded } }`); r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET mutation: got %d %s, want 405", r.StatusCode, body)
	}

	// Automatic persisted queries: the hash alone first fails, then works once sent with it.
	doc := `{ values(first: 1) { totalCount } }`
	sum := sha256.Sum256([]byte(doc))
	ext := `"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	c := srv.client(t)
	var resp struct {
		Errors []gqlError `json:"errors"`
	}
	send := func(body string) {
		req, _ := http.NewRequest(http.MethodPost, srv.url+"/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		r, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		resp.Errors = nil
		if err := json.NewDecoder(r.Body).Decode(&resp); err != nil {
			t.Fatal(err)
		}
	}
	send(`{` + ext + `}`)
	if len(resp.Errors) == 0 || resp.Errors[0].Message != "PersistedQueryNotFound" {
		t.Errorf("unknown hash: got %+v, want PersistedQueryNotFound", resp.Errors)
	}
	send(`{"query":` + strconvQuote(doc) + `,` + ext + `}`)
	send(`{` + ext + `}`)
	if len(resp.Errors) != 0 {
		t.Errorf("known hash: got %+v, want the answer", resp.Errors)
	}
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// TestCORS: listed origins may call with bearer tokens, never with cookies; others get no
// CORS headers.
func TestCORS(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--cors-origins", "https://app.example.org")
	pre := func(origin string) http.Header {
		req, _ := http.NewRequest(http.MethodOptions, srv.url+"/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.Header
	}
	h := pre("https://app.example.org")
	if h.Get("Access-Control-Allow-Origin") != "https://app.example.org" || !strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("listed origin: got %v", h)
	}
	if h.Get("Access-Control-Allow-Credentials") != "" {
		t.Error("credentials allowed across origins")
	}
	if h := pre("https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("unlisted origin: got %v", h)
	}
}

// TestChunkedBodyTooLarge: a body without a declared length is cut off at the limit and
// answered 413 too.
func TestChunkedBodyTooLarge(t *testing.T) {
	srv := startServer(t, "sqlite")
	pr, pw := io.Pipe()
	go func() {
		// Writing fails once the server stops reading at the limit; then the body ends.
		_, err := pw.Write([]byte(`{"query":"{ viewer { handle } }","variables":{"x":"`))
		chunk := strings.Repeat("a", 64<<10)
		for i := 0; err == nil && i < (MaxBodyBytes/len(chunk))+2; i++ {
			_, err = pw.Write([]byte(chunk))
		}
		if err == nil {
			_, err = pw.Write([]byte(`"}}`))
		}
		pw.CloseWithError(err)
	}()
	req, _ := http.NewRequest(http.MethodPost, srv.url+"/query", pr)
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = -1 // chunked
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked over-size body: got %d, want 413", resp.StatusCode)
	}
}

// TestNoSuggestionsInProduction: validation errors name no fields the client did not ask for.
func TestNoSuggestionsInProduction(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--env", "production")
	r := srv.client(t).do(`{ viewr { handle } }`, nil)
	if len(r.Errors) == 0 || strings.Contains(r.Errors[0].Message, "Did you mean") {
		t.Errorf("got %+v, want an error without suggestions", r.Errors)
	}
}
