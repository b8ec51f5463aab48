package tracing

import (
	"errors"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"gorm.io/gorm"
)

// GORMPlugin spans every SQL statement GORM runs within a traced request, as a child of
// the span in the statement's context. The statement text carries placeholders, never
// values.
type GORMPlugin struct{ Tracer trace.Tracer }

// Name names the plugin.
func (GORMPlugin) Name() string { return "kindred:tracing" }

const spanKey = "kindred:tracing:span"

// Initialize registers the callbacks around each of GORM's statement kinds.
func (p GORMPlugin) Initialize(db *gorm.DB) error {
	cb := db.Callback()
	return errors.Join(
		cb.Create().Before("gorm:create").Register("tracing:before_create", p.before),
		cb.Create().After("gorm:create").Register("tracing:after_create", p.after),
		cb.Query().Before("gorm:query").Register("tracing:before_query", p.before),
		cb.Query().After("gorm:query").Register("tracing:after_query", p.after),
		cb.Update().Before("gorm:update").Register("tracing:before_update", p.before),
		cb.Update().After("gorm:update").Register("tracing:after_update", p.after),
		cb.Delete().Before("gorm:delete").Register("tracing:before_delete", p.before),
		cb.Delete().After("gorm:delete").Register("tracing:after_delete", p.after),
		cb.Row().Before("gorm:row").Register("tracing:before_row", p.before),
		cb.Row().After("gorm:row").Register("tracing:after_row", p.after),
		cb.Raw().Before("gorm:raw").Register("tracing:before_raw", p.before),
		cb.Raw().After("gorm:raw").Register("tracing:after_raw", p.after),
	)
}

func (p GORMPlugin) before(db *gorm.DB) {
	if db.Statement == nil || db.Statement.Context == nil {
		return
	}
	// Statements outside any request (the scheduler, SQLite's event poller every 200 ms)
	// would each start a trace of their own: noise, not insight.
	if !trace.SpanContextFromContext(db.Statement.Context).IsValid() {
		return
	}
	// The name is set once the SQL is known, in after.
	_, span := p.Tracer.Start(db.Statement.Context, "sql", trace.WithSpanKind(trace.SpanKindClient))
	db.InstanceSet(spanKey, span)
}

func (p GORMPlugin) after(db *gorm.DB) {
	v, ok := db.InstanceGet(spanKey)
	if !ok {
		return
	}
	span, ok := v.(trace.Span)
	if !ok {
		return
	}
	defer span.End()
	sql := db.Statement.SQL.String()
	op, _, _ := strings.Cut(strings.TrimSpace(sql), " ")
	op = strings.ToUpper(op)
	name := op
	if table := db.Statement.Table; table != "" {
		name += " " + table
	} else if table := rawTable(sql); table != "" {
		name += " " + table // a raw statement read by hand names its table only in its text
	}
	span.SetName(name)
	system := db.Name()
	if system == "postgres" {
		system = "postgresql"
	}
	span.SetAttributes(
		attribute.String("db.system.name", system),
		attribute.String("db.operation.name", op),
		attribute.String("db.collection.name", db.Statement.Table),
		attribute.String("db.query.text", sql),
		attribute.Int64("db.response.returned_rows", db.RowsAffected),
	)
	if err := db.Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
	}
}

// rawTable is the first table a raw statement reads FROM, unquoted; "" if none.
func rawTable(sql string) string {
	_, rest, ok := strings.Cut(sql, " FROM ")
	if !ok {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexAny(rest, " ,()\n\t")
	if end < 0 {
		end = len(rest)
	}
	return strings.Trim(rest[:end], "`\"")
}
