package tracing

import (
	"context"
	"testing"

	"github.com/glebarez/sqlite"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// TestGORMPlugin: a statement within a trace gets a child span named by operation and
// table with its text and rows; a statement outside any trace gets none.
func TestGORMPlugin(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	db, err := gorm.Open(sqlite.Open(":memory:"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Use(GORMPlugin{Tracer: tp.Tracer(ScopeName)}); err != nil {
		t.Fatal(err)
	}
	type thing struct {
		ID   int64
		Name string
	}
	if err := db.Exec("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)").Error; err != nil {
		t.Fatal(err)
	}
	db.Exec("INSERT INTO things (name) VALUES ('a'), ('b')")
	if n := len(exp.GetSpans()); n != 0 {
		t.Fatalf("statements outside a trace: got %d spans, want none", n)
	}

	ctx, parent := tp.Tracer("test").Start(context.Background(), "request")
	var got []thing
	if err := db.WithContext(ctx).Table("things").Where("name <> ?", "secret").Find(&got).Error; err != nil {
		t.Fatal(err)
	}
	parent.End()
	spans := exp.GetSpans()
	if len(spans) != 2 {
		t.Fatalf("got %d spans, want the statement's and the request's", len(spans))
	}
	s := spans[0]
	if s.Name != "SELECT things" || s.Parent.SpanID() != parent.SpanContext().SpanID() {
		t.Errorf("got span %q with parent %s, want SELECT things under the request", s.Name, s.Parent.SpanID())
	}
	attrs := map[string]string{}
	for _, kv := range s.Attributes {
		attrs[string(kv.Key)] = kv.Value.String()
	}
	if attrs["db.query.text"] != "SELECT * FROM `things` WHERE name <> ?" || attrs["db.response.returned_rows"] != "2" || attrs["db.system.name"] != "sqlite" {
		t.Errorf("got attributes %v, want the statement with its placeholder, 2 rows, sqlite", attrs)
	}
}
