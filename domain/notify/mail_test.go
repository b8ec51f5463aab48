package notify_test

import (
	"context"
	"errors"
	"mime"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/kindred"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
	"kindred/domain/notify"
	"kindred/jobs/jobstest"
	"kindred/mail/mailtest"
)

// fixture is the services with mail going to a real SMTP server over loopback.
type fixture struct {
	db    *database.DB
	svc   *kindred.Services
	clock *clock.Manual
	*kindredtest.Mailbox
}

// newFixture starts the services, their queue and an SMTP server; deliver false keeps
// queued mail waiting (no worker). The clock starts the day after the tests' date, at noon.
func newFixture(t *testing.T, db *database.DB, deliver bool) *fixture {
	t.Helper()
	svc, clk := kindredtest.New(t, db)
	clk.Set(clocktest.Day(1, 12))
	return &fixture{db: db, svc: svc, clock: clk, Mailbox: kindredtest.WithMail(t, db, svc, clk, deliver)}
}

func (f *fixture) signUp(t *testing.T, handle, tz string) (*domain.Person, context.Context) {
	t.Helper()
	s, err := f.svc.SignUp(context.Background(), accounts.SignUpInput{Handle: handle, DisplayName: strings.ToUpper(handle[:1]) + handle[1:],
		Email: handle + "@example.org", Password: "a long passphrase", TimeZone: tz})
	if err != nil {
		t.Fatalf("sign up %s: %v", handle, err)
	}
	// Only a confirmed address gets notification mail: these people confirmed theirs.
	now := f.clock.Now()
	if err := f.db.Model(&domain.Person{}).Where("id = ?", s.Person.ID).Update("email_verified_at", now).Error; err != nil {
		t.Fatal(err)
	}
	s.Person.EmailVerifiedAt = &now
	return s.Person, domain.WithViewer(context.Background(), s.Person)
}

// confirmSubject starts the subject of the address confirmation mailed at sign-up.
const confirmSubject = "Confirm your email address"

func hours(h string) collab.CommitmentInput {
	return collab.CommitmentInput{Kind: domain.KindTime, Quantity: h, Description: "help"}
}

// community is a collaboration stewarded by amara with bo and cy as members.
type community struct {
	c                *domain.Collaboration
	amara, bo, cy    *domain.Person
	amaraC, boC, cyC context.Context
	boJoin, cyJoin   *domain.Membership
}

func (f *fixture) community(t *testing.T, tz map[string]string) *community {
	t.Helper()
	w := &community{}
	w.amara, w.amaraC = f.signUp(t, "amara", tz["amara"])
	w.bo, w.boC = f.signUp(t, "bob", tz["bob"])
	w.cy, w.cyC = f.signUp(t, "cyd", tz["cyd"])
	n := 2
	vals, err := f.svc.FindValues(context.Background(), catalog.ValueFilter{First: &n})
	if err != nil {
		t.Fatal(err)
	}
	w.c, err = f.svc.CreateCollaboration(w.amaraC, collab.CollaborationInput{Title: "Community fridge", Goal: "Rescue surplus food for the neighbourhood.",
		Values: []collab.ValueWeight{{ValueID: vals.Values[0].ID, Weight: 5}}, Location: "Rotterdam", Commitment: hours("2")})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []struct {
		ctx context.Context
		m   **domain.Membership
	}{{w.boC, &w.boJoin}, {w.cyC, &w.cyJoin}} {
		due := f.clock.Now().Add(3 * 24 * time.Hour)
		in := hours("1")
		in.DueAt = &due
		m, err := f.svc.RequestToJoin(j.ctx, w.c.ID, []collab.CommitmentInput{in})
		if err != nil {
			t.Fatal(err)
		}
		if *j.m, err = f.svc.ApproveMember(w.amaraC, m.ID); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

func (f *fixture) contribute(t *testing.T, ctx context.Context, c *domain.Collaboration) {
	t.Helper()
	if _, err := f.svc.LogContribution(ctx, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", Note: "cleaned the fridge"}); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) prefer(t *testing.T, ctx context.Context, kind notify.MailKind, c notify.Cadence) {
	t.Helper()
	if _, err := f.svc.SetMailPreference(ctx, kind, c); err != nil {
		t.Fatal(err)
	}
}

// mails waits until the queue is idle and returns the mail received so far, parsed,
// sorted by recipient and subject.
func (f *fixture) mails(t *testing.T) []mailtest.Parsed {
	t.Helper()
	jobstest.Idle(t, f.Queue, 10*time.Second)
	var out []mailtest.Parsed
	for _, r := range f.SMTP.Received() {
		p, err := r.Parse()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(subject(p), confirmSubject) { // account mail is not what these tests count
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Header.Get("To")+subject(out[i]), out[j].Header.Get("To")+subject(out[j])
		return a < b
	})
	return out
}

// checkMail checks a mail's recipient, subject, both parts holding link, and its one-click
// unsubscribe headers.
func checkMail(t *testing.T, m mailtest.Parsed, to, want, link string) {
	t.Helper()
	if got := m.Header.Get("To"); !strings.Contains(got, to) {
		t.Errorf("got To %q, want %s", got, to)
	}
	if got := subject(m); got != want {
		t.Errorf("got subject %q, want %q", got, want)
	}
	for _, part := range []string{"text/plain", "text/html"} {
		if !strings.Contains(m.Parts[part], link) {
			t.Errorf("%s: the %s part %q has no link %s", want, part, m.Parts[part], link)
		}
	}
	if u := m.Header.Get("List-Unsubscribe"); !strings.HasPrefix(u, "<https://kindred.test/unsubscribe?token=") {
		t.Errorf("%s: got List-Unsubscribe %q", want, u)
	}
	if got := m.Header.Get("List-Unsubscribe-Post"); got != "List-Unsubscribe=One-Click" {
		t.Errorf("%s: got List-Unsubscribe-Post %q", want, got)
	}
}

// subject is a mail's subject, decoded.
func subject(m mailtest.Parsed) string {
	s, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		return m.Header.Get("Subject")
	}
	return s
}

// unsubscribeToken reads the token of a mail's List-Unsubscribe header.
func unsubscribeToken(t *testing.T, m mailtest.Parsed) string {
	t.Helper()
	u, err := url.Parse(strings.Trim(m.Header.Get("List-Unsubscribe"), "<>"))
	if err != nil {
		t.Fatal(err)
	}
	return u.Query().Get("token")
}

// TestMailAtOnce: each kind of notification, wanted at once, is mailed in the
// transaction that writes it; a refused change sends nothing.
func TestMailAtOnce(t *testing.T) {
	t.Parallel()
	t.Run("each_kind", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil) // join requests go to amara at once by default
			dee, _ := f.signUp(t, "dee", "")
			for _, ctx := range []context.Context{w.amaraC, w.boC} {
				for _, k := range notify.MailKinds {
					f.prefer(t, ctx, k, notify.CadenceImmediate)
				}
			}
			if _, err := f.svc.InviteMember(w.amaraC, w.c.ID, dee.ID); err != nil {
				t.Fatal(err)
			}
			f.contribute(t, w.cyC, w.c) // to amara and bo
			if _, err := f.svc.CreateProposal(w.amaraC, w.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Open on Sundays",
				Body: "Why it matters.", ClosesAt: f.clock.Now().Add(12 * time.Hour)}); err != nil {
				t.Fatal(err)
			}
			if _, err := f.svc.NotifyDue(context.Background()); err != nil { // closing to amara, bo, cy; due to bo, cy
				t.Fatal(err)
			}
			f.clock.Advance(13 * time.Hour)
			if _, err := f.svc.CloseDueProposals(context.Background()); err != nil {
				t.Fatal(err)
			}
			var decided domain.Proposal
			if err := db.First(&decided).Error; err != nil {
				t.Fatal(err)
			}
			verb := strings.ToLower(string(decided.Status))
			got := f.mails(t)
			want := []struct{ to, subject, link string }{
				{"amara@", "Bob asked to join Community fridge", "https://kindred.test/c/community-fridge/people"},
				{"amara@", "Cyd asked to join Community fridge", "https://kindred.test/c/community-fridge/people"},
				{"amara@", "Cyd logged a contribution to Community fridge", "https://kindred.test/dashboard"},
				{"amara@", "“Open on Sundays” in Community fridge closes within a day", "https://kindred.test/c/community-fridge/decisions"},
				{"amara@", "“Open on Sundays” was " + verb + " in Community fridge", "https://kindred.test/c/community-fridge/decisions"},
				{"bob@", "Cyd logged a contribution to Community fridge", "https://kindred.test/dashboard"},
				{"bob@", "Your commitment to Community fridge is due within a week", "https://kindred.test/c/community-fridge/ledger"},
				{"bob@", "“Open on Sundays” in Community fridge closes within a day", "https://kindred.test/c/community-fridge/decisions"},
				{"bob@", "“Open on Sundays” was " + verb + " in Community fridge", "https://kindred.test/c/community-fridge/decisions"},
				{"dee@", "Amara invited you to join Community fridge", "https://kindred.test/c/community-fridge"},
			}
			sort.SliceStable(want, func(i, j int) bool { return want[i].to+want[i].subject < want[j].to+want[j].subject })
			if len(got) != len(want) {
				var subjects []string
				for _, m := range got {
					subjects = append(subjects, m.Header.Get("To")+" "+subject(m))
				}
				t.Fatalf("got %d mails %q, want %d", len(got), subjects, len(want))
			}
			for i, w := range want {
				checkMail(t, got[i], w.to, w.subject, w.link)
			}
			// cy kept the defaults: reminders daily, so nothing came at once.
			var unmailed int64
			db.Model(&domain.Notification{}).Where("person_id = ? AND mailed_at IS NULL", w.cy.ID).Count(&unmailed)
			if unmailed == 0 {
				t.Error("cy's notifications were marked mailed, want them left for the digest")
			}
		})
	})
	t.Run("refused_change_sends_nothing", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil)
			before := len(f.mails(t))
			dee, _ := f.signUp(t, "dee", "")
			// bo is no steward: the invitation is refused and nobody is mailed.
			if _, err := f.svc.InviteMember(w.boC, w.c.ID, dee.ID); domain.ErrorCode(err) != domain.CodeForbidden {
				t.Fatalf("got %v, want forbidden", err)
			}
			// A change that fails after its notification was written takes the mail with it.
			refused := errors.New("refused")
			err := f.svc.DB.Transaction(func(tx *gorm.DB) error {
				cid := w.c.ID
				if _, err := f.svc.WriteNotification(tx, &domain.Notification{PersonID: dee.ID, Kind: domain.NotifyInvitation, CollaborationID: &cid,
					ActorID: &w.amara.ID, SubjectType: "Membership", SubjectID: w.boJoin.ID, CreatedAt: f.clock.Now()}); err != nil {
					return err
				}
				return refused
			})
			if !errors.Is(err, refused) {
				t.Fatal(err)
			}
			if got := f.mails(t); len(got) != before {
				t.Errorf("got %d mails after refused changes, want %d", len(got), before)
			}
		})
	})
	t.Run("without_mail_the_change_goes_through", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			svc, _ := kindredtest.New(t, db) // mail.Off
			s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "eve", DisplayName: "Eve", Email: "eve@example.org", Password: "a long passphrase"})
			if err != nil {
				t.Fatal(err)
			}
			cid := int64(0)
			err = svc.DB.Transaction(func(tx *gorm.DB) error {
				_, err := svc.WriteNotification(tx, &domain.Notification{PersonID: s.Person.ID, Kind: domain.NotifyInvitation, CollaborationID: nil,
					SubjectType: "Membership", SubjectID: cid, CreatedAt: kindredtest.Epoch})
				return err
			})
			if err != nil {
				t.Errorf("got %v, want the notification written without mail", err)
			}
		})
	})
	t.Run("unconfirmed_address_gets_none", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil)
			eve, err := f.svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "eve", DisplayName: "Eve", Email: "eve@example.org", Password: "a long passphrase"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.svc.InviteMember(w.amaraC, w.c.ID, eve.Person.ID); err != nil {
				t.Fatal(err)
			}
			for _, m := range f.mails(t) {
				if strings.Contains(m.Header.Get("To"), "eve@example.org") {
					t.Errorf("an unconfirmed address got %q", subject(m))
				}
			}
			var n int64
			db.Model(&domain.Notification{}).Where("person_id = ? AND kind = ?", eve.Person.ID, domain.NotifyInvitation).Count(&n)
			if n != 1 {
				t.Errorf("got %d invitations in the app, want 1: the notification stays", n)
			}
		})
	})
}
