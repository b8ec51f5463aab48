package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/metrics"
)

// useReplicas routes the reads that may lag to the configured replicas, and exports
// their lag and health; nil without replicas.
func useReplicas(ctx context.Context, cfg *Config, db *database.DB, m *metrics.Metrics, log *slog.Logger, clk clock.Clock) (*database.Replicas, error) {
	if len(cfg.ReplicaURLs) == 0 {
		return nil, nil
	}
	r, err := db.UseReplicas(ctx, cfg.ReplicaURLs, database.ReplicaOptions{
		MaxLag: cfg.ReplicaMaxLag, Window: cfg.ReplicaWindow, Now: clk.Now, Sessions: sessionKeys,
	}, log)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_REPLICA_URLS: %w", err)
	}
	err = m.WatchReplicas(func() []metrics.Replica {
		st := r.Status()
		out := make([]metrics.Replica, len(st))
		for i, s := range st {
			out[i] = metrics.Replica{Name: s.Name, Healthy: s.Healthy, LagSeconds: s.Lag.Seconds(), Reads: s.Reads}
		}
		return out
	}, r.PrimaryReads)
	if err != nil {
		return nil, fmt.Errorf("replica metrics: %w", err)
	}
	for _, s := range r.Status() {
		log.Info("read replica", "replica", s.Name, "healthy", s.Healthy, "reason", s.Reason)
	}
	return r, nil
}

// sessionKeys name whose writes a request makes, for read-your-writes: the signed-in
// person, and the client's address (a sign-up or log-in has no person yet, and the
// person it makes reads next). A write marks the person if there is one, else the
// address; a read stays on the primary when either wrote within the window.
func sessionKeys(ctx context.Context) []string {
	var keys []string
	if p := domain.ViewerFrom(ctx); p != nil {
		keys = append(keys, "person:"+strconv.FormatInt(p.ID, 10))
	}
	if ip := domain.ClientIP(ctx); ip != "" {
		keys = append(keys, "ip:"+ip)
	}
	return keys
}

// mayLag lets a handler's reads go to a replica: public pages, exports.
func mayLag(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(database.MayLag(r.Context())))
	})
}

// replicaReport is /readyz's account of the replicas: one line each. A replica out of
// rotation does not make the instance unready, since the primary takes its reads.
func (a *app) replicaReport() string {
	if a.replicas == nil {
		return ""
	}
	var b strings.Builder
	for _, s := range a.replicas.Status() {
		if s.Healthy {
			fmt.Fprintf(&b, "replica %s: in rotation, lag %.3fs\n", s.Name, s.Lag.Seconds())
		} else {
			fmt.Fprintf(&b, "replica %s: out of rotation: %s\n", s.Name, s.Reason)
		}
	}
	return b.String()
}
