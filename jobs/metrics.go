package jobs

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var depthDesc = prometheus.NewDesc("kindred_jobs_queued",
	"Jobs waiting in the kept queue, by kind and state (available, scheduled, retryable, running).",
	[]string{"kind", "state"}, nil)

// DepthCollector reports the queue's depth when Prometheus scrapes; register it once per
// process. Every instance reports the same shared figure.
type DepthCollector struct{ q *Queue }

// Collector returns a collector of the queue's depth.
func (q *Queue) Collector() *DepthCollector { return &DepthCollector{q: q} }

// Describe sends the metric's description.
func (c *DepthCollector) Describe(ch chan<- *prometheus.Desc) { ch <- depthDesc }

// Collect counts the waiting jobs; a database that does not answer within a second gives
// no figure rather than a stalled scrape.
func (c *DepthCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	depth, err := c.q.Depth(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(depthDesc, err)
		return
	}
	for k, n := range depth {
		ch <- prometheus.MustNewConstMetric(depthDesc, prometheus.GaugeValue, float64(n), k.Kind, k.State)
	}
}

// KindState keys the queue's depth.
type KindState struct{ Kind, State string }

// Depth counts the jobs not yet finished, by kind and state.
func (q *Queue) Depth(ctx context.Context) (map[KindState]int64, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT kind, state, count(*) FROM river_job
		WHERE state IN ('available', 'scheduled', 'retryable', 'running', 'pending') GROUP BY kind, state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[KindState]int64{}
	for rows.Next() {
		var k KindState
		var n int64
		if err := rows.Scan(&k.Kind, &k.State, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}
