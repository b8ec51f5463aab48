package database

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

// closeLater closes c when the test ends, and fails the test if that fails.
func closeLater(t testing.TB, c io.Closer) {
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
}

// sqliteBusy returns a real SQLITE_BUSY: a write while another connection holds the
// file's write lock, without waiting.
func sqliteBusy(t *testing.T) error {
	t.Helper()
	dsn := filepath.Join(t.TempDir(), "busy.db") + "?_pragma=busy_timeout(0)&_pragma=journal_mode(WAL)"
	a, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, a)
	b, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, b)
	ctx := context.Background()
	if _, err := a.ExecContext(ctx, "CREATE TABLE t (x int)"); err != nil {
		t.Fatal(err)
	}
	conn, err := a.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, conn) // before its pool: cleanups run last first
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	_, err = b.ExecContext(ctx, "INSERT INTO t VALUES (1)")
	if err == nil {
		t.Fatal("a second writer: got no SQLITE_BUSY")
	}
	return err
}

// TestUnavailable: connection-level failures are an outage; answers from the database,
// a caller that left and SQLite's busy file are not.
func TestUnavailable(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"connect failed", fmt.Errorf("person: %w", &pgconn.ConnectError{}), true},
		{"admin shutdown", &pgconn.PgError{Code: "57P01"}, true},
		{"starting up", &pgconn.PgError{Code: "57P03"}, true},
		{"connection failure", &pgconn.PgError{Code: "08006"}, true},
		{"too many connections", &pgconn.PgError{Code: "53300"}, true},
		{"bad connection", fmt.Errorf("x: %w", sql.ErrConnDone), true},
		{"unique violation", errors.Join(gorm.ErrDuplicatedKey, &pgconn.PgError{Code: "23505"}), false},
		{"not found", gorm.ErrRecordNotFound, false},
		{"client left", fmt.Errorf("x: %w", context.Canceled), false},
		{"client left while connecting", fmt.Errorf("x: %w: %w", &pgconn.ConnectError{}, context.Canceled), false},
		{"timeout", context.DeadlineExceeded, false},
		{"sqlite busy", sqliteBusy(t), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Unavailable(tc.err); got != tc.want {
				t.Errorf("Unavailable(%v): got %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// TestAvailabilityLogsEachChangeOnce: a hundred failed statements make one WARN line, the
// first answer after them one INFO line, and answers meanwhile none.
func TestAvailabilityLogsEachChangeOnce(t *testing.T) {
	var out bytes.Buffer
	a := NewAvailability(slog.New(slog.NewTextHandler(&out, nil)))
	ctx := context.Background()
	down := &pgconn.PgError{Code: "57P01"}
	a.observe(ctx, nil)
	for range 2 {
		for range 100 {
			if !a.observe(ctx, down) {
				t.Fatal("an outage not taken for one")
			}
		}
		a.observe(ctx, context.Canceled) // tells nothing either way
		for range 100 {
			a.observe(ctx, nil)
		}
	}
	if got := strings.Count(out.String(), "database unavailable"); got != 2 {
		t.Errorf("got %d lines saying the database is unavailable, want 2 (one an outage):\n%s", got, out.String())
	}
	if got := strings.Count(out.String(), "database available again"); got != 2 {
		t.Errorf("got %d lines saying the database is back, want 2:\n%s", got, out.String())
	}
	if strings.Contains(out.String(), "level=ERROR") {
		t.Errorf("an outage logged as an error:\n%s", out.String())
	}
}
