package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql"
)

// getTransport runs queries sent by GET (?query=…&variables=…&operationName=…&extensions=…)
// and answers as postTransport does. It replaces gqlgen's GET, which answers request
// errors with 422 to application/json clients, a mutation with 406 instead of 405, and a
// malformed query string with the parser's words and no code.
type getTransport struct{}

func (getTransport) Supports(r *http.Request) bool {
	return r.Method == http.MethodGet && r.Header.Get("Upgrade") == ""
}

func (getTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	start := graphql.Now()
	query, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		badRequest(ctx, w, exec, "The query string is not URL-encoded; encode query, variables and operationName.")
		return
	}
	params := graphql.RawParams{Query: query.Get("query"), OperationName: query.Get("operationName"), Headers: r.Header}
	if v := query.Get("variables"); v != "" && decodeParam(v, &params.Variables) != nil {
		badRequest(ctx, w, exec, "variables is not a JSON object.")
		return
	}
	if v := query.Get("extensions"); v != "" && decodeParam(v, &params.Extensions) != nil {
		badRequest(ctx, w, exec, "extensions is not a JSON object.")
		return
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(ctx, w, exec, &params, contentType, true)
}

func decodeParam(s string, v *map[string]any) error {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	return dec.Decode(v)
}
