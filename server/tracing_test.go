package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"kindred/database/dbtest"
)

// TestTracing: a GraphQL request through the real server makes a span tree of request →
// operation → resolver → nested resolver → SQL statement, continuing the caller's trace, with the
// operation's name and the statements' text; fields without a resolver get no span.
func TestTracing(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	t.Cleanup(func() { _ = tp.Shutdown(context.Background()) })
	srv := startServerTraced(t, dbtest.URL(t, "sqlite"), tp)
	c := srv.client(t)
	signUp(t, c, "amara")
	for i, id := range valueIDs(t, c, 2) {
		c.ok(setValueDoc, map[string]any{"in": map[string]any{"valueId": id, "strength": i + 3, "statement": "why"}}, nil)
	}
	exp.Reset()

	// The caller's trace: its span is the parent of the server's request span.
	caller := trace.NewSpanContext(trace.SpanContextConfig{
		TraceID: trace.TraceID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
		SpanID:  trace.SpanID{1, 2, 3, 4, 5, 6, 7, 8}, TraceFlags: trace.FlagsSampled,
	})
	c.header = http.Header{"Traceparent": {fmt.Sprintf("00-%s-%s-01", caller.TraceID(), caller.SpanID())}}
	c.ok(`query ViewerValues { viewer { handle values { strength value { name } } } }`, nil, nil)
	c.header = nil

	spans := exp.GetSpans()
	byID := map[trace.SpanID]tracetest.SpanStub{}
	for _, s := range spans {
		byID[s.SpanContext.SpanID()] = s
	}
	tree := func() string {
		var b strings.Builder
		for _, s := range spans {
			fmt.Fprintf(&b, "\n  %s (parent %q)", s.Name, byID[s.Parent.SpanID()].Name)
		}
		return b.String()
	}
	find := func(name string) tracetest.SpanStub {
		t.Helper()
		for _, s := range spans {
			if s.Name == name {
				return s
			}
		}
		t.Fatalf("no span %q among:%s", name, tree())
		return tracetest.SpanStub{}
	}
	parentOf := func(s tracetest.SpanStub) string { return byID[s.Parent.SpanID()].Name }

	req := find("POST /query")
	if req.Parent.SpanID() != caller.SpanID() || req.SpanContext.TraceID() != caller.TraceID() {
		t.Errorf("request span: got parent %s in trace %s, want the caller's span %s in trace %s",
			req.Parent.SpanID(), req.SpanContext.TraceID(), caller.SpanID(), caller.TraceID())
	}
	op := find("query ViewerValues")
	if got := parentOf(op); got != "POST /query" {
		t.Errorf("operation span's parent: got %q, want the request span", got)
	}
	if got := attr(op.Attributes, "graphql.operation.name"); got != "ViewerValues" {
		t.Errorf("graphql.operation.name: got %q, want ViewerValues", got)
	}
	if got := parentOf(find("Query.viewer")); got != "query ViewerValues" {
		t.Errorf("Query.viewer's parent: got %q, want the operation span", got)
	}
	if got := parentOf(find("Person.values")); got != "Query.viewer" {
		t.Errorf("Person.values's parent: got %q, want the field it belongs to", got)
	}
	if got := attr(find("Person.values").Attributes, "graphql.field.path"); got != "viewer.values" {
		t.Errorf("Person.values path: got %q, want viewer.values", got)
	}
	// The person's values are read by a statement inside the values resolver.
	var sql []tracetest.SpanStub
	for _, s := range spans {
		if attr(s.Attributes, "db.query.text") != "" {
			sql = append(sql, s)
		}
	}
	var underValues bool
	for _, s := range sql {
		if parentOf(s) == "Person.values" && s.Name == "SELECT person_values" && s.SpanKind == trace.SpanKindClient {
			underValues = true
			if q := attr(s.Attributes, "db.query.text"); !strings.Contains(q, "person_values") || strings.Contains(q, "why") {
				t.Errorf("db.query.text: got %q, want the statement with placeholders", q)
			}
			if got := attr(s.Attributes, "db.system.name"); got != "sqlite" {
				t.Errorf("db.system.name: got %q, want sqlite", got)
			}
		}
	}
	if !underValues {
		t.Errorf("no SELECT person_values span under Person.values; spans:%s", tree())
	}
	for _, s := range spans {
		if s.SpanContext.TraceID() != caller.TraceID() {
			t.Errorf("span %s in trace %s, want every span in the caller's trace", s.Name, s.SpanContext.TraceID())
		}
		if strings.HasSuffix(s.Name, ".handle") || strings.HasSuffix(s.Name, ".strength") {
			t.Errorf("span %s: fields without a resolver should get none", s.Name)
		}
	}
}

func attr(kvs []attribute.KeyValue, key string) string {
	for _, kv := range kvs {
		if string(kv.Key) == key {
			return kv.Value.String()
		}
	}
	return ""
}
