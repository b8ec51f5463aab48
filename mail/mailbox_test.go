package mail_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/jobs"
	"kindred/jobs/jobstest"
	"kindred/mail"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, err := io.ReadAll(rec.Result().Body)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Code, string(body)
}

// TestDevMailbox: without SMTP and with the dev mailbox on, queued mail is kept and shown
// at /dev/mailbox, as a list and as its HTML and text parts.
func TestDevMailbox(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		m, err := mail.Open(mail.Settings{DevMailbox: true}, db.DB, nil, clocktest.New(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		reg := jobs.NewRegistry()
		if err := m.Register(reg); err != nil {
			t.Fatal(err)
		}
		m.SetQueue(jobstest.Open(t, db, reg, jobstest.Options()))
		queue(t, db, m, message(t, "amara@example.org", 1))
		var kept []mail.DevMail
		jobstest.Eventually(t, 10*time.Second, "the mail was not kept", func() bool {
			kept, err = m.Mailbox.List(context.Background())
			return err == nil && len(kept) == 1
		})
		if d := kept[0]; d.ToAddress != "amara@example.org" || d.PersonID == nil || *d.PersonID != 1 || !d.CreatedAt.Equal(clocktest.Start()) {
			t.Errorf("got %+v", d)
		}
		h := m.Mailbox.Handler()
		id := strconv.FormatInt(kept[0].ID, 10)
		if code, body := get(t, h, "/dev/mailbox"); code != 200 || !strings.Contains(body, "Plant &lt;100&gt; trees closes tomorrow") || !strings.Contains(body, "/dev/mailbox/"+id) {
			t.Errorf("list: got %d %s", code, body)
		}
		if code, body := get(t, h, "/dev/mailbox/"+id); code != 200 || !strings.Contains(body, `<a href="https://kindred.test/c/trees/decisions">`) {
			t.Errorf("html: got %d %s", code, body)
		}
		if code, body := get(t, h, "/dev/mailbox/"+id+".txt"); code != 200 || !strings.Contains(body, "Take your position: https://kindred.test/c/trees/decisions") {
			t.Errorf("text: got %d %s", code, body)
		}
		if code, _ := get(t, h, "/dev/mailbox/999"); code != http.StatusNotFound {
			t.Errorf("unknown mail: got %d, want 404", code)
		}
	})
}

// TestDevMailMatchesMigration: the model and both dialects' dev_mails tables agree.
func TestDevMailMatchesMigration(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		if !db.Migrator().HasTable(&mail.DevMail{}) {
			t.Fatal("dev_mails is not migrated")
		}
		cols, err := db.Migrator().ColumnTypes(&mail.DevMail{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, c := range cols {
			nullable, _ := c.Nullable()
			got[c.Name()] = nullable
		}
		want := map[string]bool{"id": false, "person_id": true, "to_address": false, "subject": false,
			"text_body": false, "html_body": false, "unsubscribe": false, "created_at": false}
		for name, nullable := range want {
			if n, ok := got[name]; !ok || (name != "id" && n != nullable) {
				t.Errorf("column %s: present %v, nullable %v; want nullable %v", name, ok, n, nullable)
			}
		}
		if len(got) != len(want) {
			t.Errorf("got columns %v, want %v", got, want)
		}
	})
}
