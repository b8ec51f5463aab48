package kindredtest

import (
	"mime"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"kindred/clock"
	"kindred/database"
	"kindred/domain/kindred"
	"kindred/jobs"
	"kindred/jobs/jobstest"
	"kindred/mail"
	"kindred/mail/mailtest"
)

// Mailbox is a real SMTP server on loopback that receives what the services mail through
// their job queue.
type Mailbox struct {
	SMTP  *mailtest.Server
	Queue *jobs.Queue
}

// WithMail gives svc a mailer that delivers to a new Mailbox, with links to
// https://kindred.test; deliver false keeps queued mail waiting (no worker runs).
func WithMail(t testing.TB, db *database.DB, svc *kindred.Services, clk clock.Clock, deliver bool) *Mailbox {
	t.Helper()
	jobstest.Migrate(t, db)
	srv := mailtest.Start(t)
	m, err := mail.Open(mail.Settings{SMTPURL: srv.URL(), From: "Kindred <hello@kindred.test>", PublicURL: "https://kindred.test"},
		db.DB, nil, clk, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var reg *jobs.Registry
	if deliver {
		reg = jobs.NewRegistry()
		if err := m.Register(reg); err != nil {
			t.Fatal(err)
		}
	}
	q := jobstest.Open(t, db, reg, jobstest.Options())
	m.SetQueue(q)
	svc.UseMail(m)
	return &Mailbox{SMTP: srv, Queue: q}
}

// Mail is one received mail, parsed.
type Mail struct {
	To, Subject, Text, HTML string
	Header                  netmail.Header
}

// Received waits until n mails in all have arrived and the queue is idle, and returns
// them in the order received (workers deliver in parallel: not always the order queued).
func (b *Mailbox) Received(t testing.TB, n int) []Mail {
	t.Helper()
	jobstest.Eventually(t, 10*time.Second, "the mail did not arrive", func() bool { return len(b.SMTP.Received()) >= n })
	jobstest.Idle(t, b.Queue, 10*time.Second)
	var out []Mail
	for _, r := range b.SMTP.Received() {
		p, err := r.Parse()
		if err != nil {
			t.Fatal(err)
		}
		subject, err := new(mime.WordDecoder).DecodeHeader(p.Header.Get("Subject"))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Mail{To: strings.Join(r.To, ","), Subject: subject, Text: p.Parts["text/plain"], HTML: p.Parts["text/html"], Header: p.Header})
	}
	if len(out) != n {
		t.Fatalf("got %d mails, want %d", len(out), n)
	}
	return out
}

// QueuedMail counts the mails waiting in the queue.
func (b *Mailbox) QueuedMail(t testing.TB, db *database.DB) int64 {
	t.Helper()
	var n int64
	if err := db.Table("river_job").Where("kind = ? AND state IN ?", "mail_deliver", []string{"available", "scheduled", "retryable"}).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}
