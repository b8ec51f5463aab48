package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/otel/trace"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/jobs"
	"kindred/jobs/jobstest"
)

const testSecret = "e2e-secret-e2e-secret-e2e-secret-0123"

// testServer is the real binary's run() serving on port 0 over a fresh database.
type testServer struct {
	dsn   string
	url   string
	clock *clock.Manual
	db    *database.DB
	// jobs is the server's job queue: tests move the clock and run the periodic jobs.
	jobs *jobs.Queue
	// stop shuts the server down as SIGTERM would and returns what serve returned.
	stop func() error
	// reconnect lets its event listener (PostgreSQL) reconnect once after losing its
	// connection: tests decide what commits while it is away.
	reconnect chan struct{}
}

// startServer runs `kindred serve` in-process, as the binary would, and waits for its URL.
func startServer(t *testing.T, dialect string) *testServer {
	t.Helper()
	return startServerArgs(t, dialect)
}

// startServerArgs is startServer with more flags for serve.
func startServerArgs(t *testing.T, dialect string, extra ...string) *testServer {
	t.Helper()
	return startServerOn(t, dbtest.URL(t, dialect), extra...)
}

// startServerOn starts another instance on an existing database.
func startServerOn(t *testing.T, dsn string, extra ...string) *testServer {
	t.Helper()
	return startServerTraced(t, dsn, nil, extra...)
}

// closeLater closes c when the test ends, and fails the test if that fails.
func closeLater(t testing.TB, c io.Closer) {
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
}

// startServerTraced is startServerOn sending its traces to tp.
func startServerTraced(t *testing.T, dsn string, tp trace.TracerProvider, extra ...string) *testServer {
	t.Helper()
	return startServerWith(t, dsn, serverOptions{tracer: tp}, extra...)
}

// serverOptions are what a test gives a server besides its flags.
type serverOptions struct {
	// tracer receives the server's traces.
	tracer trace.TracerProvider
	// log receives the server's log lines (JSON, as on stderr); nil discards them.
	log io.Writer
	// replicas, when set, is given the server's read replicas, which it then checks
	// only when the test does.
	replicas func(*database.Replicas)
}

// startServerWith is startServerOn with options.
func startServerWith(t *testing.T, dsn string, opts serverOptions, extra ...string) *testServer {
	t.Helper()
	logw := opts.log
	if logw == nil {
		logw = io.Discard
	}
	clock := clocktest.New()
	queue := make(chan *jobs.Queue, 1)
	reconnect := make(chan struct{})
	wait := func(ctx context.Context) error {
		select {
		case <-reconnect:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- runWith(ctx, append([]string{"serve", "--addr", "127.0.0.1:0", "--database-url", dsn, "--jwt-secret", testSecret}, extra...), pw, logw,
			deps{clock: clock, jobOptions: jobstest.Options(), onJobs: func(q *jobs.Queue) { queue <- q }, tracer: opts.tracer, reconnect: wait, replicaChecks: opts.replicas})
		_ = pw.Close() // a pipe's Close never fails
	}()
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "Kindred is running at "); ok {
				urlc <- strings.TrimSuffix(u, "/")
			}
		}
	}()
	var url string
	select {
	case url = <-urlc:
	case err := <-done:
		t.Fatalf("server exited: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("server did not start")
	}
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			stopErr = <-done
		})
		return stopErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("server shutdown: %v", err)
		}
	})
	db, err := database.Open(context.Background(), dsn, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, db)
	return &testServer{dsn: dsn, url: url, clock: clock, db: db, jobs: <-queue, stop: stop, reconnect: reconnect}
}

// tick runs every periodic job at once, as if each were due, and waits until the queue
// has worked them.
func (s *testServer) tick(t *testing.T) {
	t.Helper()
	for _, p := range periodic {
		if _, err := s.jobs.Client().Insert(context.Background(), p.args, nil); err != nil {
			t.Fatalf("insert %s: %v", p.args.Kind(), err)
		}
	}
	jobstest.Idle(t, s.jobs, 30*time.Second)
}

// gqlError is one error of a response.
type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	status int
	header http.Header
}

// client sends GraphQL documents as a third-party client would, or as a page when
// origin is set (then with a cookie jar).
type client struct {
	t      *testing.T
	srv    *testServer
	token  string
	origin string
	// header is sent with every request.
	header http.Header
	http   *http.Client
	mu     sync.Mutex
}

func (s *testServer) client(t *testing.T) *client {
	return &client{t: t, srv: s, http: &http.Client{Timeout: 10 * time.Second}}
}

func (c *client) do(query string, vars map[string]any) *gqlResponse {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.srv.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	c.mu.Lock()
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	c.mu.Unlock()
	if c.origin != "" {
		req.Header.Set("Origin", c.origin)
	}
	for k, v := range c.header {
		req.Header[k] = v
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("POST /query: %v", err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		c.t.Fatalf("response %d is not JSON: %s", resp.StatusCode, raw)
	}
	if resp.Header.Get("X-Request-ID") == "" {
		c.t.Errorf("response has no X-Request-ID header")
	}
	out.status, out.header = resp.StatusCode, resp.Header
	return &out
}

// ok runs a document that must succeed and decodes its data into v.
func (c *client) ok(query string, vars map[string]any, v any) {
	c.t.Helper()
	r := c.do(query, vars)
	if len(r.Errors) > 0 {
		c.t.Fatalf("got errors %+v, want none", r.Errors)
	}
	if v != nil {
		if err := json.Unmarshal(r.Data, v); err != nil {
			c.t.Fatalf("decode %s: %v", r.Data, err)
		}
	}
}

// fails runs a document that must fail with code; it returns the error.
func (c *client) fails(code domain.Code, query string, vars map[string]any) gqlError {
	c.t.Helper()
	r := c.do(query, vars)
	if len(r.Errors) == 0 {
		c.t.Fatalf("got data %s, want error %s", r.Data, code)
	}
	e := r.Errors[0]
	if got := e.Extensions["code"]; got != string(code) {
		c.t.Fatalf("got error %q with code %v, want code %s", e.Message, got, code)
	}
	for _, leak := range []string{"SQL", "sql:", "panic", "goroutine", "gorm", "pq:", "SQLSTATE"} {
		if strings.Contains(e.Message, leak) {
			c.t.Errorf("error message leaks internals (%q): %q", leak, e.Message)
		}
	}
	return e
}

func (s *testServer) count(t *testing.T, model any) int64 {
	t.Helper()
	var n int64
	if err := s.db.Model(model).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// logBuffer collects a server's log lines, written from many goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// lines returns the log lines that contain every one of want.
func (b *logBuffer) lines(want ...string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, l := range strings.Split(b.buf.String(), "\n") {
		ok := l != ""
		for _, w := range want {
			ok = ok && strings.Contains(l, w)
		}
		if ok {
			out = append(out, l)
		}
	}
	return out
}

func decode(t *testing.T, r *gqlResponse, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}
