package main

import (
	"context"
	"database/sql"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/riverqueue/river"

	"kindred/database"
	"kindred/domain/kindred"
	"kindred/jobs"
	"kindred/mail"
	"kindred/metrics"
	"kindred/migrations"
)

// How often each periodic job runs. River inserts them on its elected leader only, so with
// several instances each run happens once; the jobs are also safe to repeat (conditional
// updates, notices that exist once).
const (
	closeProposalEvery = 5 * time.Second
	lapseEvery         = 30 * time.Second
	notifyDueEvery     = time.Minute
	pruneKeysEvery     = time.Hour
	sendDigestsEvery   = 5 * time.Minute
)

// A periodic job of each kind: River needs one Go type per kind.
type (
	closeDueProposals    struct{}
	lapseDueConditions   struct{}
	notifyDue            struct{}
	pruneIdempotencyKeys struct{}
	sendDigests          struct{}
)

func (closeDueProposals) Kind() string    { return "close_due_proposals" }
func (lapseDueConditions) Kind() string   { return "lapse_due_conditions" }
func (notifyDue) Kind() string            { return "notify_due" }
func (pruneIdempotencyKeys) Kind() string { return "prune_idempotency_keys" }
func (sendDigests) Kind() string          { return "send_digests" }

// periodic lists the periodic jobs with their intervals, for the registry and for tests
// that run them at once.
var periodic = []struct {
	args  jobs.Args
	every time.Duration
}{
	{closeDueProposals{}, closeProposalEvery},
	{lapseDueConditions{}, lapseEvery},
	{notifyDue{}, notifyDueEvery},
	{pruneIdempotencyKeys{}, pruneKeysEvery},
	{sendDigests{}, sendDigestsEvery},
}

// task is a worker that runs one function; while the database is unavailable it fails
// quietly (avail says so once) and River tries again.
type task[T jobs.Args] struct {
	river.WorkerDefaults[T]
	run     func(ctx context.Context) (int, error)
	done    string // logged with the count when it did something
	avail   *database.Availability
	log     *slog.Logger
	metrics *metrics.Metrics
}

func (w *task[T]) Work(ctx context.Context, j *river.Job[T]) error {
	w.metrics.JobRuns.WithLabelValues(j.Kind).Inc()
	n, err := w.run(ctx)
	if n > 0 && w.done != "" {
		w.log.InfoContext(ctx, w.done, "count", n)
	}
	if err != nil && w.avail.Unavailable(ctx, err) {
		return nil // it comes round again; avail has said why once
	}
	return err
}

// riverLog passes River's log lines on, except its warnings and errors while the database
// is unavailable: the availability tells of an outage once, not every poll of the queue.
type riverLog struct {
	slog.Handler
	db    *sql.DB
	avail *database.Availability
}

func (h riverLog) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelWarn {
		outage := false
		r.Attrs(func(a slog.Attr) bool {
			if err, ok := a.Value.Any().(error); ok && h.avail.Unavailable(ctx, err) {
				outage = true
			} else if lostConnection(a.Value.String()) {
				// River often logs the error as text: a server shutting down or refusing
				// connections is an outage even while a ping still gets through.
				outage = true
			}
			return !outage
		})
		if outage {
			return nil
		}
		ping, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if h.avail.Unavailable(ctx, h.db.PingContext(ping)) {
			return nil
		}
	}
	return h.Handler.Handle(ctx, r)
}

// lostConnection reports whether an error's text says the database went away: PostgreSQL
// terminating or refusing connections (SQLSTATE class 57P and 08) or the network refusing.
func lostConnection(text string) bool {
	for _, s := range []string{"SQLSTATE 57P", "SQLSTATE 08", "connection refused", "failed to connect", "terminating connection",
		"the database system is shutting down", "the database system is starting up", "unexpected EOF"} {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

func (h riverLog) WithAttrs(as []slog.Attr) slog.Handler {
	return riverLog{Handler: h.Handler.WithAttrs(as), db: h.db, avail: h.avail}
}

func (h riverLog) WithGroup(name string) slog.Handler {
	return riverLog{Handler: h.Handler.WithGroup(name), db: h.db, avail: h.avail}
}

// startJobs opens the kept job queue (package jobs) with the mail worker and the periodic
// jobs, gives the services their mailer, and works jobs until the returned function is
// called (it waits for running jobs, and may be called more than once).
func startJobs(ctx context.Context, cfg *Config, url string, db *database.DB, svc *kindred.Services, log *slog.Logger, m *metrics.Metrics, d deps) (*jobs.Queue, func(), error) {
	mailer, err := mail.Open(cfg.mailSettings(url), db.DB, nil, d.clock, mail.NewMetrics(m.Registry()), log)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case mailer.Mailbox != nil:
		log.Warn("mail goes to the development mailbox at /dev/mailbox")
	case !mailer.Configured():
		log.Warn("mail is not configured: set KINDRED_SMTP_URL and KINDRED_MAIL_FROM to send password resets and notifications")
	}
	reg := jobs.NewRegistry()
	if err := mailer.Register(reg); err != nil {
		return nil, nil, err
	}
	add := func(err error) {
		if err != nil {
			panic(err) // a kind registered twice: a programming error
		}
	}
	av, lg, mt := db.Availability, log, m
	add(jobs.Add(reg, &task[closeDueProposals]{run: svc.CloseDueProposals, done: "closed proposals", avail: av, log: lg, metrics: mt}))
	add(jobs.Add(reg, &task[lapseDueConditions]{run: svc.LapseDueConditions, done: "lapsed commitments", avail: av, log: lg, metrics: mt}))
	add(jobs.Add(reg, &task[notifyDue]{run: svc.NotifyDue, done: "wrote reminders", avail: av, log: lg, metrics: mt}))
	add(jobs.Add(reg, &task[sendDigests]{run: svc.SendDigests, done: "queued digests", avail: av, log: lg, metrics: mt}))
	add(jobs.Add(reg, &task[pruneIdempotencyKeys]{run: func(ctx context.Context) (int, error) {
		n, err := svc.PruneIdempotencyKeys(ctx)
		return int(n), err
	}, avail: av, log: lg, metrics: mt}))
	for _, p := range periodic {
		if d.onJobs == nil {
			reg.Every(p.every, p.args)
		}
	}
	sqlDB, err := db.DB.DB()
	if err != nil {
		return nil, nil, err
	}
	o := d.jobOptions
	o.Logger = slog.New(riverLog{Handler: log.Handler(), db: sqlDB, avail: db.Availability})
	if db.Dialect == migrations.Postgres {
		o.ListenURL = cfg.DatabaseURL
	}
	q, err := jobs.Open(ctx, sqlDB, db.Dialect, reg, o)
	if err != nil {
		return nil, nil, err
	}
	mailer.SetQueue(q)
	svc.UseMail(mailer)
	m.Registry().MustRegister(q.Collector())
	if err := q.Start(context.WithoutCancel(ctx)); err != nil {
		return nil, nil, err
	}
	var once sync.Once
	return q, func() {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
			defer cancel()
			if err := q.Stop(ctx); err != nil {
				log.Warn("stop jobs", "err", err)
			}
		})
	}, nil
}
