package dbtest

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver of the plain connections here
)

// ReplicaAdminURL returns the admin URL of a streaming replica of the test PostgreSQL
// server (KINDRED_TEST_POSTGRES_REPLICA_URL), or "".
func ReplicaAdminURL() string { return os.Getenv("KINDRED_TEST_POSTGRES_REPLICA_URL") }

// ReplicaURL returns the URL of primary's database on the test replica, once the replica
// has replayed everything the primary has written so far. It skips the test when no
// replica is configured, or fails it where PostgreSQL is required.
func ReplicaURL(t testing.TB, primary string) string {
	t.Helper()
	admin := ReplicaAdminURL()
	if admin == "" {
		if requirePostgres() {
			t.Fatal("KINDRED_REQUIRE_POSTGRES=1 but KINDRED_TEST_POSTGRES_REPLICA_URL is not set (scripts/test-go starts a replica)")
		}
		t.Skip("replica tests skipped: set KINDRED_TEST_POSTGRES_REPLICA_URL (scripts/test-go does)")
	}
	p, err := url.Parse(primary)
	if err != nil {
		t.Fatal(err)
	}
	u := withDatabase(admin, p.Path[1:])
	CatchUp(t, primary, admin)
	return u
}

// CatchUp waits until the replica at replica has replayed the primary's WAL up to where
// it is now: the replica is another process and replays when it does, so this waits for
// it rather than asserting any speed.
func CatchUp(t testing.TB, primary, replica string) {
	t.Helper()
	ctx := context.Background()
	p := openPlain(t, primary)
	var lsn string
	if err := p.QueryRowContext(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&lsn); err != nil {
		t.Fatalf("primary WAL position: %v", err)
	}
	r := openPlain(t, withDatabase(replica, "postgres"))
	for range 6000 {
		var done bool
		err := r.QueryRowContext(ctx, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", lsn).Scan(&done)
		if err == nil && done {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the replica did not replay up to %s within a minute", lsn)
}

func openPlain(t testing.TB, u string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// ReplicaStatements returns how many statements mentioning like ran on the replica in
// the database of dbURL, by the replica's own pg_stat_statements.
func ReplicaStatements(t testing.TB, dbURL, like string) int64 {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	r := openPlain(t, withDatabase(ReplicaAdminURL(), "postgres"))
	var n int64
	err = r.QueryRowContext(context.Background(), `SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
		WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND query ILIKE $2`, u.Path[1:], "%"+like+"%").Scan(&n)
	if err != nil {
		t.Fatalf("replica pg_stat_statements: %v", err)
	}
	return n
}

// StopReplica stops the test replica (scripts/pg-cluster stop) and starts it again when
// the test ends if the test has not; start starts it again.
func StopReplica(t testing.TB) (start func()) {
	t.Helper()
	dir := os.Getenv("KINDRED_TEST_POSTGRES_REPLICA_DIR")
	if dir == "" {
		t.Skip("stopping the replica needs KINDRED_TEST_POSTGRES_REPLICA_DIR (scripts/test-go sets it)")
	}
	u, err := url.Parse(ReplicaAdminURL())
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(repoRoot(), "scripts", "pg-cluster")
	run := func(args ...string) {
		if out, err := exec.Command(script, args...).CombinedOutput(); err != nil { //nolint:gosec // G204: the test's own script and directory
			t.Fatalf("pg-cluster %v: %v\n%s", args, err, out)
		}
	}
	run("stop", dir)
	started := false
	start = func() {
		if !started {
			started = true
			run("replica", dir, u.Port(), "0")
		}
	}
	t.Cleanup(start)
	return start
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}
