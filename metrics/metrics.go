// Package metrics exposes the server's Prometheus metrics: GraphQL operations by name and
// outcome with their latency, errors by code, SQL statements, and the database pool.
package metrics

import (
	"context"
	"database/sql"
	"net/http"
	"sync"

	"kindred/clock"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Metrics holds the server's collectors in a registry of their own.
type Metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	errors     *prometheus.CounterVec
	// Websockets counts open GraphQL websockets.
	Websockets prometheus.Gauge
	// RequestsWaiting counts GraphQL requests waiting for their turn to execute.
	RequestsWaiting prometheus.Gauge
	// EventLag observes how long events took from the committing instance to this one.
	EventLag prometheus.Histogram
	// JobRuns counts scheduled jobs run on this instance, by job.
	JobRuns *prometheus.CounterVec
	sql     sqlCounters

	mu    sync.Mutex
	names map[string]bool
}

// maxOperationNames bounds the operation label: clients name operations as they like,
// and an unbounded label would let anyone grow the server's memory.
const maxOperationNames = 500

// label returns name if it may be a label value, else "other".
func (m *Metrics) label(name string) string {
	if len(name) > 64 {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.names[name] {
		return name
	}
	if len(m.names) >= maxOperationNames {
		return "other"
	}
	m.names[name] = true
	return name
}

// New registers the metrics, the Go runtime's and the database pool's.
func New(db *sql.DB) *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kindred_graphql_operations_total", Help: "GraphQL operations by operation name, type and outcome (ok or error).",
		}, []string{"operation", "type", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "kindred_graphql_operation_duration_seconds", Help: "Time to answer a GraphQL operation, by operation name.",
			Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"operation", "type"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kindred_graphql_errors_total", Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
		Websockets: prometheus.NewGauge(prometheus.GaugeOpts{Name: "kindred_websockets_open", Help: "Open GraphQL websockets."}),
		RequestsWaiting: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "kindred_graphql_requests_waiting", Help: "GraphQL requests waiting for their turn to execute (see --max-active-requests).",
		}),
		EventLag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "kindred_event_bus_lag_seconds", Help: "Time from an event's commit on any instance to its arrival on this one (PostgreSQL).",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5},
		}),
		JobRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kindred_scheduled_job_runs_total", Help: "Scheduled jobs run on this instance, by job.",
		}, []string{"job"}),
		names: map[string]bool{},
		sql:   newSQLCounters(),
	}
	m.registry.MustRegister(m.operations, m.latency, m.errors, m.Websockets, m.RequestsWaiting, m.EventLag, m.JobRuns, m.sql.statements, m.sql.rows,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		m.registry.MustRegister(collectors.NewDBStatsCollector(db, "kindred"))
	}
	return m
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// Registry returns the registry, for tests and further collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Extension is a gqlgen extension that counts and times every operation.
type Extension struct{ M *Metrics }

var (
	_ graphql.HandlerExtension    = Extension{}
	_ graphql.ResponseInterceptor = Extension{}
)

// ExtensionName names the extension.
func (Extension) ExtensionName() string { return "Metrics" }

// Validate accepts any schema.
func (Extension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse records the operation once its response is ready.
func (e Extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	sw := clock.Start()
	resp := next(ctx)
	name, typ := "unknown", "unknown"
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		switch {
		case oc.OperationName != "":
			name = oc.OperationName
		case oc.Operation != nil && oc.Operation.Name != "":
			name = oc.Operation.Name
		default:
			name = "anonymous"
		}
		if oc.Operation != nil {
			typ = string(oc.Operation.Operation)
		}
	}
	name = e.M.label(name)
	outcome := "ok"
	var errs gqlerror.List
	if resp != nil {
		errs = resp.Errors
	}
	if len(errs) > 0 {
		outcome = "error"
		for _, err := range errs {
			code, _ := err.Extensions["code"].(string)
			if code == "" {
				code = "UNKNOWN"
			}
			e.M.errors.WithLabelValues(code).Inc()
		}
	}
	e.M.operations.WithLabelValues(name, typ, outcome).Inc()
	e.M.latency.WithLabelValues(name, typ).Observe(sw.Elapsed().Seconds())
	return resp
}
