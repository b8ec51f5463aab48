package jobs_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"gorm.io/gorm"

	"kindred/clock"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/jobs"
	"kindred/jobs/jobstest"
)

type noteArgs struct {
	Note string `json:"note"`
}

func (noteArgs) Kind() string { return "test_note" }

// noteWorker records the notes it worked and when River attempted them.
type noteWorker struct {
	river.WorkerDefaults[noteArgs]
	mu       sync.Mutex
	notes    []string
	attempts []time.Time
}

func (w *noteWorker) Work(_ context.Context, j *river.Job[noteArgs]) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.notes = append(w.notes, j.Args.Note)
	if j.AttemptedAt != nil {
		w.attempts = append(w.attempts, *j.AttemptedAt)
	}
	return nil
}

func (w *noteWorker) worked() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.notes...)
}

func setup(t *testing.T, db *database.DB) (*jobs.Queue, *noteWorker) {
	t.Helper()
	jobstest.Migrate(t, db)
	w := &noteWorker{}
	reg := jobs.NewRegistry()
	if err := jobs.Add(reg, w); err != nil {
		t.Fatal(err)
	}
	return jobstest.Open(t, db, reg, jobstest.Options()), w
}

// TestInsertTx: a job inserted in a transaction that rolls back does not exist; one in a
// transaction that commits is worked, once.
func TestInsertTx(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		q, w := setup(t, db)
		ctx := context.Background()
		refused := errors.New("the change is refused")
		err := db.Transaction(func(tx *gorm.DB) error {
			if err := q.InsertTx(ctx, tx, noteArgs{"rolled back"}, nil); err != nil {
				return err
			}
			return refused
		})
		if !errors.Is(err, refused) {
			t.Fatalf("got %v, want the refusal", err)
		}
		err = db.Transaction(func(tx *gorm.DB) error { return q.InsertTx(ctx, tx, noteArgs{"committed"}, nil) })
		if err != nil {
			t.Fatal(err)
		}
		jobstest.Eventually(t, 10*time.Second, "the committed job was not worked", func() bool { return len(w.worked()) > 0 })
		jobstest.Idle(t, q, 10*time.Second)
		if got := w.worked(); len(got) != 1 || got[0] != "committed" {
			t.Errorf("worked %q, want only [committed]", got)
		}
		var rows int64
		if err := db.Raw("SELECT count(*) FROM river_job").Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		if rows != 1 {
			t.Errorf("got %d jobs stored, want 1 (the rolled-back one never existed)", rows)
		}
	})
}

// TestInsertTxOutsideTransaction: a job is never inserted on its own, away from the
// change that causes it.
func TestInsertTxOutsideTransaction(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, "sqlite")
	jobstest.Migrate(t, db)
	q := jobstest.Open(t, db, nil, jobstest.Options())
	if err := q.InsertTx(context.Background(), db.DB, noteArgs{"alone"}, nil); !errors.Is(err, jobs.ErrNotInTransaction) {
		t.Errorf("got %v, want ErrNotInTransaction", err)
	}
}

// TestEvery: a periodic job is inserted by the leader and worked, again and again.
func TestEvery(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		w := &noteWorker{}
		reg := jobs.NewRegistry()
		if err := jobs.Add(reg, w); err != nil {
			t.Fatal(err)
		}
		reg.Every(100*time.Millisecond, noteArgs{"tick"})
		jobstest.Open(t, db, reg, jobstest.Options())
		jobstest.Eventually(t, 15*time.Second, "the periodic job did not run twice", func() bool { return len(w.worked()) >= 2 })
	})
}

// TestDepth: waiting jobs are counted by kind and state until worked.
func TestDepth(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		q := jobstest.Open(t, db, nil, jobstest.Options()) // inserts only: nothing works them
		ctx := context.Background()
		for range 2 {
			if err := db.Transaction(func(tx *gorm.DB) error { return q.InsertTx(ctx, tx, noteArgs{"wait"}, nil) }); err != nil {
				t.Fatal(err)
			}
		}
		d, err := q.Depth(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := d[jobs.KindState{Kind: "test_note", State: "available"}]; got != 2 || len(d) != 1 {
			t.Errorf("got depth %v, want 2 available test_note jobs", d)
		}
	})
}

// TestMigrateTwice: River's migrations apply once.
func TestMigrateTwice(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		sqlDB, err := db.DB.DB()
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		first, err := jobs.Migrate(ctx, sqlDB, db.Dialect)
		if err != nil || first == 0 {
			t.Fatalf("first migration: %d applied, %v", first, err)
		}
		again, err := jobs.Migrate(ctx, sqlDB, db.Dialect)
		if err != nil || again != 0 {
			t.Errorf("second migration: %d applied, %v; want 0", again, err)
		}
	})
}

// TestRiverKeepsTheMachineClock: Kindred's injected clock is not River's. With the
// application's clock a year ahead (as KINDRED_CLOCK_START or a test can set it), a job is
// still worked at once and River stamps its attempt with the machine's time; had River
// been handed the moved clock, jobs would be due by one clock and fetched by another (on
// PostgreSQL River compares with the database's now()).
func TestRiverKeepsTheMachineClock(t *testing.T) {
	t.Parallel()
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			ahead := clock.NewManual(clock.System{}.Now().AddDate(1, 0, 0))
			db := dbtest.OpenWithClock(t, dialect, ahead.Now)
			q, w := setup(t, db)
			ctx := context.Background()
			if err := db.Transaction(func(tx *gorm.DB) error { return q.InsertTx(ctx, tx, noteArgs{"now"}, nil) }); err != nil {
				t.Fatal(err)
			}
			jobstest.Eventually(t, 10*time.Second, "the job was not worked", func() bool { return len(w.worked()) == 1 })
			w.mu.Lock()
			defer w.mu.Unlock()
			if len(w.attempts) != 1 {
				t.Fatalf("got %d attempt times, want 1", len(w.attempts))
			}
			machine := clock.System{}.Now()
			if got := w.attempts[0]; got.Sub(machine).Abs() > time.Hour {
				t.Errorf("River attempted the job at %s, want the machine's time near %s (the application's clock reads %s)",
					got, machine, ahead.Now())
			}
		})
	}
}
