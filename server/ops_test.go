package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database/dbtest"
	"kindred/domain"
)

// cuttable is a TCP proxy to the database that a test can cut and restore, so that the
// shared test cluster itself never goes down.
type cuttable struct {
	mu     sync.Mutex
	target string
	ln     net.Listener
	addr   string
	conns  []net.Conn
}

func newCuttable(t *testing.T, target string) *cuttable {
	c := &cuttable{target: target}
	c.listen(t, "127.0.0.1:0")
	t.Cleanup(c.cut)
	return c
}

func (c *cuttable) listen(t *testing.T, addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	c.ln, c.addr = ln, ln.Addr().String()
	c.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", c.target)
			if err != nil {
				_ = in.Close()
				continue
			}
			c.mu.Lock()
			c.conns = append(c.conns, in, out)
			c.mu.Unlock()
			// Each side is closed by both copies and by cut: only the first close succeeds.
			go func() { _, _ = io.Copy(out, in); _ = out.Close() }()
			go func() { _, _ = io.Copy(in, out); _ = in.Close() }()
		}
	}()
}

// cut closes the listener and every open connection.
func (c *cuttable) cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	// Cutting is the point: a listener or connection closed already is as good.
	if c.ln != nil {
		_ = c.ln.Close()
	}
	for _, conn := range c.conns {
		_ = conn.Close()
	}
	c.conns = nil
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestReadiness: /readyz is false while the server's database is unreachable and true
// again once it is back; /healthz stays true throughout.
func TestReadiness(t *testing.T) {
	dsn := dbtest.URL(t, "postgres")
	u, _ := url.Parse(dsn)
	proxy := newCuttable(t, u.Host)
	u.Host = proxy.addr
	clk := clocktest.New()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--database-url", u.String(), "--jwt-secret", testSecret}, pw, io.Discard, clk)
	}()
	buf := make([]byte, 256)
	n, _ := pr.Read(buf)
	base := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(string(buf[:n])), "Kindred is running at "), "/")
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("server shutdown: %v", err)
		}
	})

	if code, body := get(t, base+"/readyz"); code != http.StatusOK {
		t.Fatalf("database up: got %d %q, want 200", code, body)
	}
	proxy.cut()
	if code, body := get(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "database") {
		t.Errorf("database down: got %d %q, want 503 naming the database", code, body)
	}
	if code, _ := get(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("healthz while the database is down: got %d, want 200 (the process lives)", code)
	}
	proxy.listen(t, proxy.addr)
	for sw := clock.Start(); ; {
		code, _ := get(t, base+"/readyz")
		if code == http.StatusOK {
			break
		}
		if !sw.Within(10 * time.Second) {
			t.Fatalf("database back: still %d", code)
		}
		time.Sleep(50 * time.Millisecond) // waiting for reconnection, not for time to pass
	}
}

// TestMetrics: operations are counted by name, type and outcome, errors by code, and the
// database pool and runtime are exported.
func TestMetrics(t *testing.T) {
	srv := startServer(t, "sqlite")
	c := srv.client(t)
	c.ok(`query ViewerHandle { viewer { handle } }`, nil, nil)
	c.fails(domain.CodeNotFound, `query FindPerson { person(handle: "nobody-at-all") { handle } }`, nil)
	srv.tick(t)
	_, body := get(t, srv.url+"/metrics")
	for _, want := range []string{
		`kindred_graphql_operations_total{operation="ViewerHandle",outcome="ok",type="query"} 1`,
		`kindred_graphql_operations_total{operation="FindPerson",outcome="error",type="query"} 1`,
		`kindred_graphql_errors_total{code="NOT_FOUND"} 1`,
		`kindred_graphql_operation_duration_seconds_bucket{operation="ViewerHandle",type="query",le="+Inf"} 1`,
		`go_sql_max_open_connections{db_name="kindred"}`,
		`kindred_sql_statements_total `,
		`kindred_sql_rows_total `,
		`kindred_websockets_open 0`,
		`kindred_event_bus_lag_seconds_count `,
		`kindred_scheduled_job_runs_total{job="notify_due"} 1`,
		`kindred_scheduled_job_runs_total{job="close_due_proposals"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

// The pprof server answers on its own mux, with the profiles net/http/pprof names.
func TestPprofServerServesProfiles(t *testing.T) {
	srv := httptest.NewServer(pprofServer("").Handler)
	defer srv.Close()
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/heap", "/debug/pprof/cmdline", "/debug/pprof/symbol"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: got %d, want 200", path, resp.StatusCode)
		}
	}
}
