package database_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
)

// syncBuffer is a log destination that statements on several connections may share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestFailedStatementLogsNoValues: a statement that fails is logged with its
// placeholders, never with its values, so that emails and password hashes stay out of the
// log (issue 19, item 6).
func TestFailedStatementLogsNoValues(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			url := dbtest.URL(t, dialect)
			var out syncBuffer
			db, err := database.Open(context.Background(), url, slog.New(slog.NewJSONHandler(&out, nil)), nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = db.Close() })
			const email, hash = "secret.person@example.org", "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$c2VjcmV0aGFzaHZhbHVl"
			first := domain.Person{Handle: "first", DisplayName: "First", Email: email, PasswordHash: hash, Skills: []string{}, Visibility: domain.VisibilityPublic, Role: domain.RoleMember}
			if err := db.Create(&first).Error; err != nil {
				t.Fatal(err)
			}
			second := domain.Person{Handle: "second-handle-value", DisplayName: "Second", Email: email, PasswordHash: hash, Skills: []string{}, Visibility: domain.VisibilityPublic, Role: domain.RoleMember}
			if err := db.Create(&second).Error; err == nil {
				t.Fatal("a second person with the same email: got no error")
			}
			log := out.String()
			if !strings.Contains(log, "INSERT INTO") {
				t.Fatalf("the failed statement is not logged: %q", log)
			}
			for _, secret := range []string{email, hash, "c2VjcmV0aGFzaHZhbHVl", "second-handle-value"} {
				if strings.Contains(log, secret) {
					t.Errorf("the log holds the value %q: %s", secret, log)
				}
			}
			placeholder := "?"
			if dialect == "postgres" {
				placeholder = "($1,$2,"
			}
			if !strings.Contains(log, placeholder) {
				t.Errorf("the logged statement has no placeholder %q: %s", placeholder, log)
			}
			if testing.Verbose() {
				t.Log(log)
			}
		})
	}
}
