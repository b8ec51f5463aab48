package main

import (
	"context"
	"io"
	"strings"
	"sync"
	"testing"

	"kindred/clock/clocktest"
	"kindred/jobs/jobstest"
)

// startedWriter tells when serve announces its URL.
type startedWriter struct {
	mu      sync.Mutex
	text    strings.Builder
	started chan struct{}
	once    sync.Once
}

func (w *startedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.text.Write(p)
	if strings.Contains(w.text.String(), "Kindred is running at") {
		w.once.Do(func() { close(w.started) })
	}
	return len(p), nil
}

// serveAgain runs a second `kindred serve` on dsn: its error when it refuses to start, or
// a failure of t when it starts.
func serveAgain(t *testing.T, dsn string) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &startedWriter{started: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		done <- runWith(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--database-url", dsn, "--jwt-secret", testSecret}, out, io.Discard,
			deps{clock: clocktest.New(), jobOptions: jobstest.Options()})
	}()
	select {
	case err := <-done:
		return err
	case <-out.started:
		cancel()
		t.Fatalf("a second serve on one SQLite file started (and stopped: %v)", <-done)
		return nil
	}
}

// TestSecondServeOnOneSQLiteFileRefused: while one Kindred serves a SQLite file, another
// serve (and seed, migrate or copy from it) refuses to start, saying why and what to do;
// admin grant still works, and once the first stops the file may be served again
// (issue 19, item 7).
func TestSecondServeOnOneSQLiteFileRefused(t *testing.T) {
	first := startServer(t, "sqlite")
	err := serveAgain(t, first.dsn)
	if err == nil {
		t.Fatal("second serve: got no error")
	}
	msg := err.Error()
	for _, want := range []string{"another Kindred", first.dsn, "stop it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("got %q, want it to say %q", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("got %q, want one line", msg)
	}
	ctx := context.Background()
	for _, args := range [][]string{
		{"seed"}, {"migrate"}, {"copy", "--from", first.dsn, "--to", "postgres://127.0.0.1:1/none"},
	} {
		args = append(args, "--database-url", first.dsn)
		if err := run(ctx, args, io.Discard, io.Discard, clocktest.New()); err == nil || !strings.Contains(err.Error(), "another Kindred") {
			t.Errorf("kindred %s while serving: got %v, want a refusal", args[0], err)
		}
	}
	c := first.client(t)
	signUp(t, c, "root-admin")
	if err := run(ctx, []string{"admin", "grant", "root-admin", "--database-url", first.dsn}, io.Discard, io.Discard, clocktest.New()); err != nil {
		t.Errorf("admin grant while serving: %v", err)
	}
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	startServerOn(t, first.dsn)
}
