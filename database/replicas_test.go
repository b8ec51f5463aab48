package database_test

import (
	"context"
	"database/sql"
	"net/url"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
)

// replicaSetup opens a fresh primary database with the test replica behind it, on a
// clock the test moves.
func replicaSetup(t *testing.T) (db *database.DB, r *database.Replicas, clk *clock.Manual, dsn, replica string) {
	t.Helper()
	dsn = dbtest.URL(t, "postgres")
	replica = dbtest.ReplicaURL(t, dsn)
	clk = clock.NewManual(clocktest.Start())
	db, err := database.Open(context.Background(), dsn, nil, clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	r, err = db.UseReplicas(context.Background(), []string{replica}, database.ReplicaOptions{
		MaxLag: 2 * time.Second, Window: 5 * time.Second, Now: clk.Now,
		Sessions: func(ctx context.Context) []string {
			if s, _ := ctx.Value(sessionKey{}).(string); s != "" {
				return []string{s}
			}
			return nil
		},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	if st := r.Status(); len(st) != 1 || !st[0].Healthy {
		t.Fatalf("replica status: got %+v, want one healthy", st)
	}
	return db, r, clk, dsn, replica
}

type sessionKey struct{}

func TestReplicaRouting(t *testing.T) {
	db, r, clk, _, _ := replicaSetup(t)
	ctx := context.Background()
	reads := func() uint64 { return r.Status()[0].Reads }
	count := func(ctx context.Context) {
		t.Helper()
		var n int64
		if err := db.WithContext(ctx).Table("people").Count(&n).Error; err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name    string
		ctx     context.Context
		replica bool
	}{
		{"plain_reads_the_primary", ctx, false},
		{"may_lag_reads_a_replica", database.MayLag(ctx), true},
		{"exact_overrides_may_lag", database.Exact(database.MayLag(ctx)), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := reads()
			count(c.ctx)
			if got := reads() > before; got != c.replica {
				t.Errorf("read on the replica: got %v, want %v", got, c.replica)
			}
		})
	}
	t.Run("transaction_reads_the_primary", func(t *testing.T) {
		before := reads()
		err := db.WithContext(database.MayLag(ctx)).Transaction(func(tx *gorm.DB) error {
			var n int64
			return tx.Table("people").Count(&n).Error
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := reads(); got != before {
			t.Errorf("replica reads: got %d, want %d", got, before)
		}
	})
	t.Run("writer_reads_the_primary_within_the_window", func(t *testing.T) {
		mine := context.WithValue(database.MayLag(ctx), sessionKey{}, "person:1")
		if err := db.WithContext(mine).Exec("CREATE TABLE notes (id int)").Error; err != nil {
			t.Fatal(err)
		}
		before := reads()
		count(mine)
		count(context.WithValue(database.MayLag(ctx), sessionKey{}, "person:2"))
		if got := reads(); got != before+1 {
			t.Errorf("replica reads: got %d, want %d (only the other person's)", got, before+1)
		}
		clk.Advance(5 * time.Second)
		count(mine)
		if got := reads(); got != before+2 {
			t.Errorf("replica reads after the window: got %d, want %d", got, before+2)
		}
	})
}

// TestReplicaBehindThresholdLeavesRotation pauses the replica's replay so that it falls
// behind, by the injected clock, and resumes it.
func TestReplicaBehindThresholdLeavesRotation(t *testing.T) {
	db, r, clk, dsn, replica := replicaSetup(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", adminOf(t, replica))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = admin.Close() }) // after the resume below, which cleans up first
	if _, err := admin.ExecContext(ctx, "SELECT pg_wal_replay_pause()"); err != nil {
		t.Fatal(err)
	}
	resumed := false
	resume := func() {
		if !resumed {
			resumed = true
			if _, err := admin.ExecContext(ctx, "SELECT pg_wal_replay_resume()"); err != nil {
				t.Error(err)
			}
		}
	}
	t.Cleanup(resume)
	// The pause is only requested: it holds when the replica next replays a record, which
	// may be after it replayed more. Records are written until it holds; then the table
	// below is surely not on the replica.
	if err := db.Exec("CREATE TABLE ticks (id int)").Error; err != nil {
		t.Fatal(err)
	}
	for state := ""; state != "paused"; {
		if err := db.Exec("INSERT INTO ticks VALUES (1)").Error; err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
		if err := admin.QueryRowContext(ctx, "SELECT pg_get_wal_replay_pause_state()").Scan(&state); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Exec("CREATE TABLE notes (id int)").Error; err != nil {
		t.Fatal(err)
	}
	r.Check(ctx)
	if st := r.Status()[0]; !st.Healthy {
		t.Fatalf("just behind, at once: got %+v, want in rotation", st)
	}
	clk.Advance(3 * time.Second)
	r.Check(ctx)
	st := r.Status()[0]
	if st.Healthy || st.Lag < 3*time.Second || !strings.Contains(st.Reason, "more than the 2s allowed") {
		t.Fatalf("3 s behind: got %+v, want out of rotation, lag at least 3s", st)
	}
	// A read that may lag now reads the primary, and sees the table the replica lacks.
	before := r.PrimaryReads()
	var n int64
	if err := db.WithContext(database.MayLag(ctx)).Table("notes").Count(&n).Error; err != nil {
		t.Fatalf("read with the replica behind: %v", err)
	}
	if r.PrimaryReads() != before+1 {
		t.Errorf("primary reads: got %d, want %d", r.PrimaryReads(), before+1)
	}
	resume()
	dbtest.CatchUp(t, dsn, replica)
	r.Check(ctx)
	if st := r.Status()[0]; !st.Healthy || st.Lag != 0 {
		t.Errorf("caught up: got %+v, want in rotation with no lag", st)
	}
}

func TestReplicasRefuseSQLite(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	_, err := db.UseReplicas(context.Background(), []string{"postgres://127.0.0.1:1/x"}, database.ReplicaOptions{}, nil)
	if err == nil || !strings.Contains(err.Error(), "SQLite has no replicas") {
		t.Errorf("got %v, want a refusal naming SQLite", err)
	}
}

func adminOf(t *testing.T, u string) string {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	p.Path = "/postgres"
	return p.String()
}
