package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"kindred/domain"
)

// postTransport is gqlgen's POST transport (a test compares them) with two changes.
//
// It follows GraphQL over HTTP where gqlgen does not: a request error (the document does
// not parse or validate, a variable does not coerce, a limit refuses it: anything before
// execution) is answered without a data entry, as the GraphQL spec asks, with 200 to a
// client that accepts only application/json and 400 to one that accepts
// application/graphql-response+json; a body that is no GraphQL request (not a JSON
// object, no query) gets 400 and a message that repeats nothing of it.
//
// And it writes the executor's data as it is: gqlgen marshals the whole response with
// encoding/json, which validates and copies the data once more, about a twentieth of
// discovery's CPU.
type postTransport struct{}

func (postTransport) Supports(r *http.Request) bool { return transport.POST{}.Supports(r) }

const (
	contentJSON            = "application/json"
	contentGraphQLResponse = "application/graphql-response+json"
)

func (postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		badRequest(ctx, w, exec, "The request body could not be read; send it again.")
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&params); err != nil {
		// The decoder's message would quote the body and name Go types: neither is for
		// the client.
		msg := `The request body is not a GraphQL request: send a JSON object such as {"query": "{ viewer { handle } }", "variables": {}}.`
		if b := bytes.TrimSpace(body); len(b) > 0 && b[0] == '[' {
			msg = "Batches are not accepted: send one operation per request, as a JSON object."
		}
		badRequest(ctx, w, exec, msg)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(ctx, w, exec, &params, contentType, false)
}

// execute runs a GraphQL request, refusing operations other than queries when
// queryOnly (GET), and writes its answer; the transports have set the Content-Type.
func execute(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, params *graphql.RawParams, contentType string, queryOnly bool) {
	// A persisted query's hash may stand for its document (see AutomaticPersistedQuery).
	if params.Query == "" && params.Extensions["persistedQuery"] == nil {
		badRequest(ctx, w, exec, `The request has no query: send the GraphQL document as "query".`)
		return
	}
	rc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		if contentType == contentGraphQLResponse {
			w.WriteHeader(http.StatusBadRequest)
		}
		writeRequestErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs))
		return
	}
	if queryOnly && rc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		w.WriteHeader(http.StatusMethodNotAllowed)
		writeRequestErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), gqlerror.List{{
			Message:    "GET runs queries only; send mutations and subscriptions by POST.",
			Extensions: map[string]any{"code": string(domain.CodeInvalid)},
		}}))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if hasCode(resp.Errors, domain.CodeUnavailable) {
		// The database is away: the client should try again later, and a proxy or load
		// balancer may send it elsewhere.
		w.Header().Set("Retry-After", retryAfter)
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	writeResponse(w, resp)
}

// hasCode reports whether one of errs has the code.
func hasCode(errs gqlerror.List, code domain.Code) bool {
	for _, e := range errs {
		if c, _ := e.Extensions["code"].(string); c == string(code) {
			return true
		}
	}
	return false
}

// badRequest answers 400, whatever the media type, to a request that is not a GraphQL
// request at all.
func badRequest(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, msg string) {
	w.WriteHeader(http.StatusBadRequest)
	writeRequestErrors(w, exec.DispatchError(ctx, gqlerror.List{{
		Message:    msg,
		Extensions: map[string]any{"code": string(domain.CodeInvalid)},
	}}))
}

// responseContentType picks the response's media type from the Accept header, as gqlgen
// does: the first of JSON or GraphQL's response type that it names, JSON for none or a
// wildcard.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return contentJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", contentJSON:
			return contentJSON
		case contentGraphQLResponse:
			return contentGraphQLResponse
		}
	}
	return contentGraphQLResponse
}

// writeRequestErrors writes the answer to a request that was not executed: its errors
// (and extensions) without a data entry.
func writeRequestErrors(w io.Writer, resp *graphql.Response) {
	b, err := json.Marshal(struct {
		Errors     gqlerror.List  `json:"errors"`
		Extensions map[string]any `json:"extensions,omitempty"`
	}{resp.Errors, resp.Extensions})
	if err != nil {
		b = []byte(`{"errors":[{"message":"the errors could not be written"}]}`)
	}
	w.Write(b)
}

// writeResponse writes resp with its data as the executor wrote it, already compact. The
// pieces go to w one by one: the admission middleware buffers the whole answer anyway.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil || len(resp.Extensions) > 0 {
		b, err := json.Marshal(resp)
		if err != nil {
			b = []byte(`{"errors":[{"message":"the response could not be written"}],"data":null}`)
		}
		w.Write(b)
		return
	}
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(resp.Errors)
		if err != nil {
			errs = []byte(`[{"message":"the errors could not be written"}]`)
		}
		io.WriteString(w, `{"errors":`)
		w.Write(errs)
		io.WriteString(w, `,"data":`)
	} else {
		io.WriteString(w, `{"data":`)
	}
	if len(resp.Data) == 0 {
		io.WriteString(w, "null")
	} else {
		w.Write(resp.Data)
	}
	io.WriteString(w, "}")
}
