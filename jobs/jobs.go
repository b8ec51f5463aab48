// Package jobs is Kindred's kept job queue: River (github.com/riverqueue/river) on the
// application's own database, SQLite or PostgreSQL. A job is inserted in the transaction of
// the change that causes it, so a change that rolls back leaves no job and one that commits
// cannot lose its job; any instance may work it, and each job is worked once.
//
// River keeps the machine's clock for its scheduling (see doc of Open): Kindred's injected
// clock decides what a job does, never when River runs it.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"gorm.io/gorm"

	"kindred/migrations"
)

// Args are a job's arguments; Kind names the worker that runs them.
type Args = river.JobArgs

// InsertOpts tunes one insertion (queue, priority, when, uniqueness).
type InsertOpts = river.InsertOpts

// Registry collects the workers and the periodic jobs a queue runs.
type Registry struct {
	workers  *river.Workers
	periodic []*river.PeriodicJob
	kinds    []string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{workers: river.NewWorkers()} }

// Add registers w as the worker of its kind of job. (A function, not a method: Go methods
// take no type parameters.)
func Add[T Args](r *Registry, w river.Worker[T]) error {
	if err := river.AddWorkerSafely(r.workers, w); err != nil {
		return fmt.Errorf("jobs: %w", err)
	}
	var zero T
	r.kinds = append(r.kinds, zero.Kind())
	return nil
}

// Every inserts job every interval, on one instance at a time (River's elected leader), the
// first time one interval after the leader starts.
func (r *Registry) Every(interval time.Duration, job Args) {
	r.periodic = append(r.periodic, river.NewPeriodicJob(river.PeriodicInterval(interval),
		func() (river.JobArgs, *river.InsertOpts) { return job, nil },
		&river.PeriodicJobOpts{ID: job.Kind()}))
}

// Kinds lists the kinds of job registered, in the order they were added.
func (r *Registry) Kinds() []string { return append([]string(nil), r.kinds...) }

// Options tune a queue; the zero value suits production.
type Options struct {
	// ListenURL, on PostgreSQL, is the postgres:// URL a small pgx pool LISTENs on so that
	// an inserted job is fetched at once; empty, instances poll (PollInterval).
	ListenURL string
	// Workers is how many jobs this instance works at once (default 10).
	Workers int
	// PollInterval is how often an instance looks for jobs it was not told of (default 1s).
	PollInterval time.Duration
	// Retry decides when a failed job runs again (default: River's, attempt⁴ seconds).
	Retry river.ClientRetryPolicy
	// MaxAttempts is how often a job is tried before it is discarded (default 25).
	MaxAttempts int
	// ID names this instance among River's clients (default: River makes one).
	ID     string
	Logger *slog.Logger
}

// Queue inserts jobs and, once started, works them.
type Queue struct {
	client   *river.Client[*sql.Tx]
	db       *sql.DB
	dialect  migrations.Dialect
	listener *pgxpool.Pool
	working  bool
}

func driver(db *sql.DB, d migrations.Dialect, listener *pgxpool.Pool) (riverdriver.Driver[*sql.Tx], error) {
	switch d {
	case migrations.SQLite:
		return riversqlite.New(db), nil
	case migrations.Postgres:
		if listener != nil {
			return riverdatabasesql.NewWithPgxListener(db, listener), nil
		}
		return riverdatabasesql.New(db), nil
	}
	return nil, fmt.Errorf("jobs: unknown dialect %q", d)
}

// Open returns a queue on db, whose dialect is d, for the jobs of reg (nil: a queue that only
// inserts). Run Migrate first.
//
// River is not handed Kindred's clock. It schedules with the machine's time, and on
// PostgreSQL compares a job's scheduled_at with the database's now(): a clock moved by
// tests or KINDRED_CLOCK_START would make River's own times disagree with the database's
// (a retry "before now" is replaced by River's default policy; a periodic job would be due
// at a time the database never reaches). Workers read the injected clock for what they do.
// TestRiverKeepsTheMachineClock shows it.
func Open(ctx context.Context, db *sql.DB, d migrations.Dialect, reg *Registry, o Options) (*Queue, error) {
	q := &Queue{db: db, dialect: d}
	if d == migrations.Postgres && o.ListenURL != "" && reg != nil {
		cfg, err := pgxpool.ParseConfig(o.ListenURL)
		if err != nil {
			return nil, fmt.Errorf("jobs: listen URL: %w", err)
		}
		cfg.MaxConns = 2
		if q.listener, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
			return nil, fmt.Errorf("jobs: listen pool: %w", err)
		}
	}
	drv, err := driver(db, d, q.listener)
	if err != nil {
		return nil, q.closeWith(err)
	}
	cfg := &river.Config{
		ID:                o.ID,
		Logger:            o.Logger,
		MaxAttempts:       o.MaxAttempts,
		RetryPolicy:       o.Retry,
		FetchPollInterval: o.PollInterval,
		PollOnly:          d == migrations.Postgres && q.listener == nil,
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.FetchPollInterval == 0 {
		cfg.FetchPollInterval = time.Second
	}
	if cfg.FetchPollInterval < 50*time.Millisecond {
		cfg.FetchCooldown = cfg.FetchPollInterval
	}
	if reg != nil {
		workers := o.Workers
		if workers <= 0 {
			workers = 10
		}
		cfg.Workers = reg.workers
		cfg.PeriodicJobs = reg.periodic
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: workers}}
		q.working = true
	}
	if q.client, err = river.NewClient(drv, cfg); err != nil {
		return nil, q.closeWith(fmt.Errorf("jobs: %w", err))
	}
	return q, nil
}

func (q *Queue) closeWith(err error) error {
	if q.listener != nil {
		q.listener.Close()
	}
	return err
}

// ErrNotInTransaction is returned by InsertTx for a *gorm.DB that is not in a transaction.
var ErrNotInTransaction = errors.New("jobs: InsertTx needs a transaction (db.Transaction)")

// InsertTx inserts a job in tx, the GORM transaction of the change that causes it: the job
// exists if and only if the change commits.
func (q *Queue) InsertTx(ctx context.Context, tx *gorm.DB, args Args, opts *InsertOpts) error {
	sqlTx, ok := tx.Statement.ConnPool.(*sql.Tx)
	if !ok {
		return ErrNotInTransaction
	}
	if _, err := q.client.InsertTx(ctx, sqlTx, args, opts); err != nil {
		return fmt.Errorf("jobs: insert %s: %w", args.Kind(), err)
	}
	return nil
}

// Start works jobs until Stop. A queue opened without a registry only inserts.
func (q *Queue) Start(ctx context.Context) error {
	if !q.working {
		return nil
	}
	if err := q.client.Start(ctx); err != nil {
		return fmt.Errorf("jobs: start: %w", err)
	}
	return nil
}

// Stop lets running jobs finish (until ctx ends, when they are cancelled and retried later)
// and releases the queue's connections; the database stays open.
func (q *Queue) Stop(ctx context.Context) error {
	var err error
	if q.working {
		err = q.client.Stop(ctx)
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			err = q.client.StopAndCancel(context.WithoutCancel(ctx))
		}
	}
	if q.listener != nil {
		q.listener.Close()
		q.listener = nil
	}
	if err != nil {
		return fmt.Errorf("jobs: stop: %w", err)
	}
	return nil
}

// Client is River's client, for what this package does not wrap (tests, subscriptions).
func (q *Queue) Client() *river.Client[*sql.Tx] { return q.client }

// Migrate creates or updates River's tables (river_job, river_leader, …) in db: River's own
// migrations, kept apart from Kindred's goose ones, applied with rivermigrate.
func Migrate(ctx context.Context, db *sql.DB, d migrations.Dialect) (int, error) {
	drv, err := driver(db, d, nil)
	if err != nil {
		return 0, err
	}
	m, err := rivermigrate.New(drv, &rivermigrate.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return 0, fmt.Errorf("jobs: migrate: %w", err)
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return 0, fmt.Errorf("jobs: migrate: %w", err)
	}
	return len(res.Versions), nil
}
