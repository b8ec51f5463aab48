// Package dbtest gives each test a fresh, migrated database: SQLite always, PostgreSQL
// when KINDRED_TEST_POSTGRES_URL names a server (required when KINDRED_REQUIRE_POSTGRES=1).
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/database"
)

// PostgresURL returns the admin URL of the test PostgreSQL server, or "".
func PostgresURL() string { return os.Getenv("KINDRED_TEST_POSTGRES_URL") }

func requirePostgres() bool { return os.Getenv("KINDRED_REQUIRE_POSTGRES") == "1" }

// Dialects are the names of the subtests Each runs.
var Dialects = []string{"sqlite", "postgres"}

// Each runs f once per dialect, each on a fresh database.
func Each(t *testing.T, f func(t *testing.T, db *database.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) { f(t, Open(t, d)) })
	}
}

// Open returns a fresh, migrated database of the dialect, closed when the test ends. A
// PostgreSQL test is skipped, visibly, when no server is configured. Rows it stamps read
// the tests' date (clocktest.Start), never today's.
func Open(t testing.TB, dialect string) *database.DB {
	t.Helper()
	return OpenWithClock(t, dialect, clocktest.Start)
}

// OpenWithClock is Open with the clock GORM stamps rows with.
func OpenWithClock(t testing.TB, dialect string, now func() time.Time) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), URL(t, dialect), nil, now)
	if err != nil {
		t.Fatalf("open %s: %v", dialect, err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// URL returns the address of a fresh, migrated database of the dialect: a SQLite file
// path or a postgres:// URL, removed when the test ends.
func URL(t testing.TB, dialect string) string {
	t.Helper()
	switch dialect {
	case "sqlite":
		path := filepath.Join(t.TempDir(), "test.db")
		db, err := database.Open(context.Background(), path, nil, nil)
		if err != nil {
			t.Fatalf("open sqlite: %v", err)
		}
		_, err = db.Migrate(context.Background())
		if err = errors.Join(err, db.Close()); err != nil {
			t.Fatalf("migrate sqlite: %v", err)
		}
		return path
	case "postgres":
		return freshPostgres(t)
	}
	t.Fatalf("unknown dialect %q", dialect)
	return ""
}

// SkipWithoutPostgres skips t, or fails it where PostgreSQL is required.
func SkipWithoutPostgres(t testing.TB) {
	t.Helper()
	if PostgresURL() != "" {
		return
	}
	if requirePostgres() {
		t.Fatal("KINDRED_REQUIRE_POSTGRES=1 but KINDRED_TEST_POSTGRES_URL is not set")
	}
	t.Skip("PostgreSQL tests skipped: set KINDRED_TEST_POSTGRES_URL (make test does when initdb exists)")
}

var (
	templateOnce sync.Once
	templateName string
	templateErr  error
	createMu     sync.Mutex
)

// freshPostgres creates a database from a migrated template (made once per test binary)
// and drops it when the test ends.
func freshPostgres(t testing.TB) string {
	t.Helper()
	SkipWithoutPostgres(t)
	admin := PostgresURL()
	ctx := context.Background()
	templateOnce.Do(func() { templateName, templateErr = makeTemplate(ctx, admin) })
	if templateErr != nil {
		t.Fatalf("postgres template: %v", templateErr)
	}
	name := "kt_" + randomHex(8)
	adb, err := database.Open(ctx, admin, nil, nil)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	createMu.Lock()
	err = adb.Exec(fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, templateName)).Error
	createMu.Unlock()
	if err = errors.Join(err, adb.Close()); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		adb, err := database.Open(ctx, admin, nil, nil)
		if err != nil {
			return
		}
		// A database left behind costs the cluster some disk, not this test its result.
		err = errors.Join(adb.Exec(fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", name)).Error, adb.Close())
		if err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	return withDatabase(admin, name)
}

func makeTemplate(ctx context.Context, admin string) (string, error) {
	name := "ktmpl_" + randomHex(8)
	adb, err := database.Open(ctx, admin, nil, nil)
	if err != nil {
		return "", err
	}
	err = adb.Exec("CREATE DATABASE " + name).Error
	if err = errors.Join(err, adb.Close()); err != nil {
		return "", err
	}
	tdb, err := database.Open(ctx, withDatabase(admin, name), nil, nil)
	if err != nil {
		return "", err
	}
	_, err = tdb.Migrate(ctx)
	return name, errors.Join(err, tdb.Close())
}

func withDatabase(admin, name string) string {
	u, err := url.Parse(admin)
	if err != nil {
		panic(err)
	}
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
