package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Replica is what the last health check found of one read replica.
type Replica struct {
	Name       string
	Healthy    bool
	LagSeconds float64
	Reads      uint64
}

var (
	replicaLag = prometheus.NewDesc("kindred_db_replica_lag_seconds",
		"At most how far the read replica was behind the primary at its last health check.", []string{"replica"}, nil)
	replicaUp = prometheus.NewDesc("kindred_db_replica_healthy",
		"1 when the read replica takes reads, 0 when it is out of rotation (too far behind, or unreachable).", []string{"replica"}, nil)
	replicaReads = prometheus.NewDesc("kindred_db_reads_total",
		"Reads that may lag, by where they went: a replica by name, or primary.", []string{"target"}, nil)
)

// replicaCollector reads the replicas' state when scraped.
type replicaCollector struct {
	replicas     func() []Replica
	primaryReads func() uint64
}

func (c replicaCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- replicaLag
	ch <- replicaUp
	ch <- replicaReads
}

func (c replicaCollector) Collect(ch chan<- prometheus.Metric) {
	for _, r := range c.replicas() {
		up := 0.0
		if r.Healthy {
			up = 1
		}
		ch <- prometheus.MustNewConstMetric(replicaLag, prometheus.GaugeValue, r.LagSeconds, r.Name)
		ch <- prometheus.MustNewConstMetric(replicaUp, prometheus.GaugeValue, up, r.Name)
		ch <- prometheus.MustNewConstMetric(replicaReads, prometheus.CounterValue, float64(r.Reads), r.Name)
	}
	ch <- prometheus.MustNewConstMetric(replicaReads, prometheus.CounterValue, float64(c.primaryReads()), "primary")
}

// WatchReplicas exports the read replicas' lag and health, and where reads went.
func (m *Metrics) WatchReplicas(replicas func() []Replica, primaryReads func() uint64) error {
	return m.registry.Register(replicaCollector{replicas: replicas, primaryReads: primaryReads})
}
