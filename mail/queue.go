package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"
	"gorm.io/gorm"

	"kindred/clock"
	"kindred/jobs"
)

// Settings configure sending (see docs/mail.md).
type Settings struct {
	// SMTPURL is KINDRED_SMTP_URL; empty, mail is not sent.
	SMTPURL string
	// From is KINDRED_MAIL_FROM.
	From string
	// PublicURL is KINDRED_PUBLIC_URL, the base of the links in mail.
	PublicURL string
	// DevMailbox is KINDRED_DEV_MAILBOX=1: without SMTP, mail is kept in dev_mails and
	// shown at /dev/mailbox. The server refuses it in production.
	DevMailbox bool
}

// ErrNotConfigured is returned when mail is asked for and no SMTP server is configured:
// the caller tells the person so instead of dropping their mail.
var ErrNotConfigured = errors.New("mail is not configured on this server")

// deliverArgs is the job that delivers one message.
type deliverArgs struct {
	Message
}

func (deliverArgs) Kind() string { return "mail_deliver" }

// Metrics count what delivery did.
type Metrics struct {
	Sent, Failed, Retried prometheus.Counter
}

// NewMetrics returns the counters, registered with reg when it is not nil.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Sent:    prometheus.NewCounter(prometheus.CounterOpts{Name: "kindred_mail_sent_total", Help: "Mails accepted by the SMTP server."}),
		Failed:  prometheus.NewCounter(prometheus.CounterOpts{Name: "kindred_mail_failed_total", Help: "Mails given up on after their last attempt."}),
		Retried: prometheus.NewCounter(prometheus.CounterOpts{Name: "kindred_mail_retried_total", Help: "Delivery attempts that failed and will be retried."}),
	}
	if reg != nil {
		reg.MustRegister(m.Sent, m.Failed, m.Retried)
	}
	return m
}

// sendFunc delivers one message.
type sendFunc func(context.Context, Message) error

// worker delivers queued mail; River retries a failed delivery with backoff.
type worker struct {
	river.WorkerDefaults[deliverArgs]
	send    sendFunc
	metrics *Metrics
	log     *slog.Logger
}

func (w *worker) Work(ctx context.Context, j *river.Job[deliverArgs]) error {
	err := w.send(ctx, j.Args.Message)
	switch {
	case err == nil:
		w.metrics.Sent.Inc()
	case j.Attempt >= j.MaxAttempts:
		w.metrics.Failed.Inc()
		w.log.ErrorContext(ctx, "mail given up", "job", j.ID, "attempt", j.Attempt, "err", err)
	default:
		w.metrics.Retried.Inc()
		w.log.WarnContext(ctx, "mail delivery failed, will retry", "job", j.ID, "attempt", j.Attempt, "err", err)
	}
	return err
}

// Mailer queues mail in the transaction of the change that causes it.
type Mailer struct {
	settings Settings
	queue    *jobs.Queue
	clock    clock.Clock
	send     sendFunc
	metrics  *Metrics
	log      *slog.Logger
	// Mailbox is the dev mailbox in that mode, else nil.
	Mailbox *Mailbox
}

// Open returns the mailer of settings on db and the queue q (nil: set it later with
// SetQueue). Its mode: SMTP when an SMTP URL is set; else the dev mailbox when asked for;
// else off, and Queue answers ErrNotConfigured. metrics and log may be nil.
func Open(s Settings, db *gorm.DB, q *jobs.Queue, c clock.Clock, metrics *Metrics, log *slog.Logger) (*Mailer, error) {
	if metrics == nil {
		metrics = NewMetrics(nil)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m := &Mailer{settings: s, queue: q, clock: c, metrics: metrics, log: log}
	if s.SMTPURL == "" {
		if s.DevMailbox {
			m.Mailbox = NewMailbox(db, c)
			m.send = m.Mailbox.Send
		}
		return m, nil
	}
	smtp, err := ParseSMTPURL(s.SMTPURL)
	if err != nil {
		return nil, err
	}
	if s.From == "" {
		return nil, errors.New("mail: KINDRED_MAIL_FROM is required with KINDRED_SMTP_URL")
	}
	m.send = NewSender(smtp, s.From).Send
	return m, nil
}

// Off returns a mailer that sends nothing: Queue answers ErrNotConfigured. It is the
// services' mailer until the server gives them its own.
func Off() *Mailer { return &Mailer{metrics: NewMetrics(nil), log: slog.New(slog.DiscardHandler)} }

// Link returns the public URL of path (which starts with "/"), for links in mail.
func (m *Mailer) Link(path string) string { return strings.TrimRight(m.settings.PublicURL, "/") + path }

// Configured reports whether mail goes anywhere.
func (m *Mailer) Configured() bool { return m.send != nil }

// Register adds the delivery worker to reg; call it before the queue opens.
func (m *Mailer) Register(reg *jobs.Registry) error {
	send := m.send
	if send == nil {
		send = func(context.Context, Message) error { return ErrNotConfigured }
	}
	return jobs.Add(reg, &worker{send: send, metrics: m.metrics, log: m.log})
}

// SetQueue gives the mailer its queue, opened after Register.
func (m *Mailer) SetQueue(q *jobs.Queue) { m.queue = q }

// Queue queues msg in tx, the transaction of the change it reports: nothing is sent if
// that change rolls back, nothing lost if it commits.
func (m *Mailer) Queue(ctx context.Context, tx *gorm.DB, msg Message) error {
	if !m.Configured() {
		return ErrNotConfigured
	}
	if err := m.queue.InsertTx(ctx, tx, deliverArgs{msg}, nil); err != nil {
		return fmt.Errorf("mail: queue: %w", err)
	}
	return nil
}

// Unqueue withdraws the mail still waiting for person, when their account is deleted: in
// tx, the deletion's transaction.
func (m *Mailer) Unqueue(ctx context.Context, tx *gorm.DB, person int64) (int64, error) {
	res := tx.WithContext(ctx).Exec(`DELETE FROM river_job WHERE kind = ? AND state IN ('available', 'scheduled', 'retryable', 'pending')
		AND CAST(`+personIDExpr(tx)+` AS bigint) = ?`, deliverArgs{}.Kind(), person)
	if res.Error != nil {
		return 0, fmt.Errorf("mail: unqueue: %w", res.Error)
	}
	return res.RowsAffected, nil
}

// personIDExpr reads the recipient from a job's JSON arguments in either dialect.
func personIDExpr(tx *gorm.DB) string {
	if tx.Name() == "postgres" {
		return "args->>'person_id'"
	}
	return "json_extract(args, '$.person_id')"
}
