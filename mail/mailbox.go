package mail

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/clock"
)

// DevMail is a mail kept by the development mailbox instead of sent.
type DevMail struct {
	ID          int64
	PersonID    *int64
	ToAddress   string
	Subject     string
	TextBody    string
	HTMLBody    string
	Unsubscribe string
	CreatedAt   time.Time
}

// Models are the GORM models of this package's tables.
func Models() []any { return []any{&DevMail{}} }

// Mailbox keeps mail in the dev_mails table, for development without SMTP.
type Mailbox struct {
	db    *gorm.DB
	clock clock.Clock
}

// NewMailbox returns the mailbox in db.
func NewMailbox(db *gorm.DB, c clock.Clock) *Mailbox { return &Mailbox{db: db, clock: c} }

// Send keeps m.
func (b *Mailbox) Send(ctx context.Context, m Message) error {
	d := DevMail{ToAddress: m.To, Subject: m.Subject, TextBody: m.Text, HTMLBody: m.HTML, Unsubscribe: m.Unsubscribe, CreatedAt: b.clock.Now()}
	if m.PersonID != 0 {
		d.PersonID = &m.PersonID
	}
	if err := b.db.WithContext(ctx).Create(&d).Error; err != nil {
		return fmt.Errorf("mail: mailbox: %w", err)
	}
	return nil
}

// List returns the newest mails first, at most 100.
func (b *Mailbox) List(ctx context.Context) ([]DevMail, error) {
	var out []DevMail
	err := b.db.WithContext(ctx).Order("id DESC").Limit(100).Find(&out).Error
	return out, err
}

// Get returns one mail.
func (b *Mailbox) Get(ctx context.Context, id int64) (DevMail, error) {
	var d DevMail
	err := b.db.WithContext(ctx).First(&d, id).Error
	return d, err
}

var mailboxPage = template.Must(template.New("mailbox").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dev mailbox</title></head><body>
<h1>Dev mailbox</h1><p>Mail Kindred would have sent (KINDRED_DEV_MAILBOX=1).</p>
<table><thead><tr><th>When</th><th>To</th><th>Subject</th><th></th></tr></thead><tbody>
{{range .}}<tr><td>{{.CreatedAt.Format "2006-01-02 15:04:05"}}</td><td>{{.ToAddress}}</td><td>{{.Subject}}</td>
<td><a href="/dev/mailbox/{{.ID}}">HTML</a> <a href="/dev/mailbox/{{.ID}}.txt">text</a></td></tr>
{{else}}<tr><td colspan="4">No mail yet.</td></tr>{{end}}</tbody></table></body></html>
`))

// Handler serves the mailbox under /dev/mailbox: the list (?format=json: as JSON), /dev/mailbox/ID (the HTML part)
// and /dev/mailbox/ID.txt (the text part). Mount it only in development.
func (b *Mailbox) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest := strings.Trim(strings.TrimPrefix(r.URL.Path, "/dev/mailbox"), "/")
		if rest == "" {
			list, err := b.List(r.Context())
			if err != nil {
				http.Error(w, "the mailbox cannot be read", http.StatusInternalServerError)
				return
			}
			if r.URL.Query().Get("format") == "json" {
				// For browser tests, which read the mail a page sent.
				w.Header().Set("Content-Type", "application/json")
				_ = json.NewEncoder(w).Encode(list)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_ = mailboxPage.Execute(w, list)
			return
		}
		text := strings.HasSuffix(rest, ".txt")
		id, err := strconv.ParseInt(strings.TrimSuffix(rest, ".txt"), 10, 64)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		d, err := b.Get(r.Context(), id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("X-Mail-To", d.ToAddress)
		if text {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write([]byte("To: " + d.ToAddress + "\nSubject: " + d.Subject + "\n\n" + d.TextBody))
			return
		}
		// The HTML part was rendered by html/template from Kindred's own layouts.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
		_, _ = w.Write([]byte(d.HTMLBody))
	})
}
