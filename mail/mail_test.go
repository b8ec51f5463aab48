package mail_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"golang.org/x/text/language"
	"gorm.io/gorm"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/jobs"
	"kindred/jobs/jobstest"
	"kindred/locale"
	"kindred/mail"
	"kindred/mail/mailtest"
)

var reminder = mail.NewLayout("reminder", "{{.Title}} closes tomorrow",
	"Hello {{.Name}},\n\n{{.Title}} closes tomorrow. Take your position: {{.Link}}\n",
	`<p>Hello {{.Name}},</p><p><a href="{{.Link}}">{{.Title}}</a> closes tomorrow.</p>`)

func message(t *testing.T, to string, person int64) mail.Message {
	t.Helper()
	m, err := reminder.Render(to, locale.For(locale.Default), map[string]any{"Name": "Amara", "Title": "Plant <100> trees", "Link": "https://kindred.test/c/trees/decisions"})
	if err != nil {
		t.Fatal(err)
	}
	m.PersonID = person
	m.Unsubscribe = "https://kindred.test/unsubscribe?token=abc"
	return m
}

// TestRender: the text part is plain, the HTML part escaped.
func TestRender(t *testing.T) {
	t.Parallel()
	m := message(t, "amara@example.org", 1)
	if m.Subject != "Plant <100> trees closes tomorrow" {
		t.Errorf("got subject %q", m.Subject)
	}
	if !strings.Contains(m.Text, "Plant <100> trees closes tomorrow. Take your position: https://kindred.test/c/trees/decisions") {
		t.Errorf("got text %q", m.Text)
	}
	if !strings.Contains(m.HTML, `<a href="https://kindred.test/c/trees/decisions">Plant &lt;100&gt; trees</a>`) {
		t.Errorf("got html %q", m.HTML)
	}
}

// TestParseSMTPURL: schemes, TLS modes, ports and credentials.
func TestParseSMTPURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		url  string
		want mail.SMTP
		bad  bool
	}{
		{url: "smtp://mail.example.org", want: mail.SMTP{Host: "mail.example.org", Port: 587, TLS: mail.TLSStartTLS}},
		{url: "smtps://u%40x:p%3As@mail.example.org", want: mail.SMTP{Host: "mail.example.org", Port: 465, TLS: mail.TLSImplicit, Username: "u@x", Password: "p:s"}},
		{url: "smtp://127.0.0.1:2525?tls=none", want: mail.SMTP{Host: "127.0.0.1", Port: 2525, TLS: mail.TLSNone}},
		{url: "smtp://relay:25?tls=opportunistic", want: mail.SMTP{Host: "relay", Port: 25, TLS: mail.TLSOpportunistic}},
		{url: "smtp://relay?tls=maybe", bad: true},
		{url: "http://relay", bad: true},
		{url: "smtp://", bad: true},
		{url: "smtp://relay:99999", bad: true},
	} {
		got, err := mail.ParseSMTPURL(tc.url)
		if tc.bad {
			if err == nil {
				t.Errorf("%s: got %+v, want an error", tc.url, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: got %+v, %v; want %+v", tc.url, got, err, tc.want)
		}
	}
}

// TestNotConfigured: without SMTP, queueing says so instead of dropping the mail.
func TestNotConfigured(t *testing.T) {
	t.Parallel()
	m, err := mail.Open(mail.Settings{}, nil, nil, clocktest.New(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Queue(context.Background(), nil, mail.Message{}); !errors.Is(err, mail.ErrNotConfigured) {
		t.Errorf("got %v, want ErrNotConfigured", err)
	}
	if _, err := mail.Open(mail.Settings{SMTPURL: "smtp://relay"}, nil, nil, clocktest.New(), nil, nil); err == nil {
		t.Error("SMTP without a from-address: got no error")
	}
}

type instance struct {
	mailer  *mail.Mailer
	metrics *mail.Metrics
	queue   *jobs.Queue
}

// start runs a mailer and its queue on db, delivering to srv.
func start(t *testing.T, db *database.DB, srv *mailtest.Server) instance {
	t.Helper()
	metrics := mail.NewMetrics(nil)
	m, err := mail.Open(mail.Settings{SMTPURL: srv.URL(), From: "Kindred <hello@kindred.test>", PublicURL: "https://kindred.test"},
		db.DB, nil, clocktest.New(), metrics, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg := jobs.NewRegistry()
	if err := m.Register(reg); err != nil {
		t.Fatal(err)
	}
	q := jobstest.Open(t, db, reg, jobstest.Options())
	m.SetQueue(q)
	return instance{m, metrics, q}
}

func queue(t *testing.T, db *database.DB, m *mail.Mailer, msgs ...mail.Message) {
	t.Helper()
	err := db.Transaction(func(tx *gorm.DB) error {
		for _, msg := range msgs {
			if err := m.Queue(context.Background(), tx, msg); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestDelivery: a queued mail reaches the SMTP server with its recipient, subject, both
// parts and the one-click unsubscribe headers.
func TestDelivery(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		srv := mailtest.Start(t)
		in := start(t, db, srv)
		queue(t, db, in.mailer, message(t, "amara@example.org", 1))
		jobstest.Eventually(t, 10*time.Second, "no mail arrived", func() bool { return len(srv.Received()) == 1 })
		got := srv.Received()[0]
		if len(got.To) != 1 || got.To[0] != "amara@example.org" || got.From != "hello@kindred.test" {
			t.Errorf("got envelope from %q to %q", got.From, got.To)
		}
		p, err := got.Parse()
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range map[string]string{
			"Subject":               "Plant <100> trees closes tomorrow",
			"List-Unsubscribe":      "<https://kindred.test/unsubscribe?token=abc>",
			"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
		} {
			if v := p.Header.Get(name); v != want {
				t.Errorf("header %s: got %q, want %q", name, v, want)
			}
		}
		if text := p.Parts["text/plain"]; !strings.Contains(text, "Take your position: https://kindred.test/c/trees/decisions") {
			t.Errorf("got text part %q", text)
		}
		if html := p.Parts["text/html"]; !strings.Contains(html, `<a href="https://kindred.test/c/trees/decisions">Plant &lt;100&gt; trees</a>`) {
			t.Errorf("got html part %q", html)
		}
		// The worker counts a mail after the server has taken it: wait for the count too.
		jobstest.Eventually(t, 10*time.Second, "the mail was not counted as sent", func() bool { return testutil.ToFloat64(in.metrics.Sent) == 1 })
	})
}

// TestRollbackSendsNothing: mail queued by a change that rolls back is never sent.
func TestRollbackSendsNothing(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		srv := mailtest.Start(t)
		in := start(t, db, srv)
		refused := errors.New("refused")
		err := db.Transaction(func(tx *gorm.DB) error {
			if err := in.mailer.Queue(context.Background(), tx, message(t, "refused@example.org", 1)); err != nil {
				return err
			}
			return refused
		})
		if !errors.Is(err, refused) {
			t.Fatal(err)
		}
		queue(t, db, in.mailer, message(t, "kept@example.org", 2))
		jobstest.Eventually(t, 10*time.Second, "the committed mail did not arrive", func() bool { return len(srv.Received()) == 1 })
		jobstest.Idle(t, in.queue, 10*time.Second)
		if got := srv.Received(); len(got) != 1 || got[0].To[0] != "kept@example.org" || srv.Attempts() != 1 {
			t.Errorf("got %d mails (%d attempts), want only the committed one", len(got), srv.Attempts())
		}
	})
}

// TestRetry: a server that fails twice then accepts gets the mail exactly once.
func TestRetry(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		srv := mailtest.Start(t)
		srv.FailNext(2)
		in := start(t, db, srv)
		queue(t, db, in.mailer, message(t, "amara@example.org", 1))
		jobstest.Eventually(t, 15*time.Second, "the mail did not arrive", func() bool { return len(srv.Received()) == 1 })
		jobstest.Idle(t, in.queue, 10*time.Second)
		if got, attempts := len(srv.Received()), srv.Attempts(); got != 1 || attempts != 3 {
			t.Errorf("got %d mails after %d attempts, want 1 after 3", got, attempts)
		}
		if r, s := testutil.ToFloat64(in.metrics.Retried), testutil.ToFloat64(in.metrics.Sent); r != 2 || s != 1 {
			t.Errorf("got %v retried and %v sent, want 2 and 1", r, s)
		}
	})
}

// TestTwoInstancesOnPostgres: two instances working one PostgreSQL queue deliver each mail
// once.
func TestTwoInstancesOnPostgres(t *testing.T) {
	t.Parallel()
	url := dbtest.URL(t, "postgres")
	var dbs [2]*database.DB
	for i := range dbs {
		db, err := database.Open(context.Background(), url, nil, clocktest.New().Now)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		dbs[i] = db
	}
	jobstest.Migrate(t, dbs[0])
	srv := mailtest.Start(t)
	a, b := start(t, dbs[0], srv), start(t, dbs[1], srv)
	const n = 30
	msgs := make([]mail.Message, n)
	for i := range msgs {
		msgs[i] = message(t, fmt.Sprintf("p%d@example.org", i), int64(i+1))
	}
	queue(t, dbs[0], a.mailer, msgs[:n/2]...)
	queue(t, dbs[1], b.mailer, msgs[n/2:]...)
	jobstest.Eventually(t, 20*time.Second, "not every mail arrived", func() bool { return len(srv.Received()) >= n })
	jobstest.Idle(t, a.queue, 10*time.Second)
	seen := map[string]int{}
	for _, r := range srv.Received() {
		seen[r.To[0]]++
	}
	for i := range n {
		if to := fmt.Sprintf("p%d@example.org", i); seen[to] != 1 {
			t.Errorf("%s got %d mails, want 1", to, seen[to])
		}
	}
	if got := len(srv.Received()); got != n {
		t.Errorf("got %d mails, want %d", got, n)
	}
}

// TestUnqueue: deleting an account withdraws its waiting mail and no one else's.
func TestUnqueue(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		m, err := mail.Open(mail.Settings{SMTPURL: "smtp://127.0.0.1:1?tls=none", From: "hello@kindred.test"}, db.DB, nil, clocktest.New(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		m.SetQueue(jobstest.Open(t, db, nil, jobstest.Options())) // inserts only: the mail waits
		queue(t, db, m, message(t, "gone@example.org", 7), message(t, "gone@example.org", 7), message(t, "stays@example.org", 8))
		var removed int64
		err = db.Transaction(func(tx *gorm.DB) error {
			removed, err = m.Unqueue(context.Background(), tx, 7)
			return err
		})
		if err != nil || removed != 2 {
			t.Fatalf("got %d removed, %v; want 2", removed, err)
		}
		var left int64
		if err := db.Raw("SELECT count(*) FROM river_job").Scan(&left).Error; err != nil || left != 1 {
			t.Errorf("got %d jobs left, %v; want 1", left, err)
		}
	})
}

// TestRenderInLanguage: catalog words fill the templates in the mail's language, and in
// the HTML part the data they carry is escaped.
func TestRenderInLanguage(t *testing.T) {
	t.Parallel()
	l := mail.NewLayout("hello", `{{t "mail.hello" .}}`, `{{t "mail.hello" .}}`, `<html lang="{{lang}}"><p>{{t "mail.hello" .}}</p>`)
	m, err := l.Render("ana@example.org", locale.For(language.French), map[string]any{"Name": "Ana <b>"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Bonjour Ana <b>," || m.Text != "Bonjour Ana <b>," || m.HTML != `<html lang="fr"><p>Bonjour Ana &lt;b&gt;,</p>` {
		t.Errorf("got %q, %q, %q", m.Subject, m.Text, m.HTML)
	}
}
