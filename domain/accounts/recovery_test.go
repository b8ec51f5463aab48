package accounts_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"kindred/clock"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
	"kindred/domain/kindred/kindredtest"
	"kindred/jobs/jobstest"
	"kindred/locale"
)

const passphrase = "a long passphrase"

// env is the services with mail delivered over a real SMTP server on loopback.
type env struct {
	db    *database.DB
	svc   *kindred.Services
	clock *clock.Manual
	*kindredtest.Mailbox
	// seen counts the mails expect returned.
	seen int
}

func newEnv(t *testing.T, db *database.DB) *env {
	t.Helper()
	svc, clk := kindredtest.New(t, db)
	return &env{db: db, svc: svc, clock: clk, Mailbox: kindredtest.WithMail(t, db, svc, clk, true)}
}

func (e *env) signUp(t *testing.T, handle string) (*accounts.Session, context.Context) {
	t.Helper()
	before := len(e.SMTP.Received())
	s, err := e.svc.SignUp(context.Background(), accounts.SignUpInput{Handle: handle, DisplayName: strings.ToUpper(handle[:1]) + handle[1:],
		Email: handle + "@example.org", Password: passphrase})
	if err != nil {
		t.Fatalf("sign up %s: %v", handle, err)
	}
	jobstest.Eventually(t, 10*time.Second, "the verification mail did not arrive", func() bool { return len(e.SMTP.Received()) > before })
	return s, domain.WithViewer(context.Background(), s.Person)
}

func (e *env) count(t *testing.T, model any) int64 {
	t.Helper()
	var n int64
	if err := e.db.Model(model).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) person(t *testing.T, id int64) *domain.Person {
	t.Helper()
	var p domain.Person
	if err := e.db.First(&p, id).Error; err != nil {
		t.Fatal(err)
	}
	return &p
}

type delivered = kindredtest.Mail

// mails waits for n mails in all and returns them, in the order received.
func (e *env) mails(t *testing.T, n int) []delivered {
	t.Helper()
	return e.Received(t, n)
}

// expect waits for k more mails than seen before and returns them.
func (e *env) expect(t *testing.T, k int) []delivered {
	t.Helper()
	all := e.mails(t, e.seen+k)
	e.seen += k
	return all[e.seen-k:]
}

var linkToken = regexp.MustCompile(`https://kindred\.test(/[a-z-]+)\?token=([A-Za-z0-9_-]+)`)

// link returns the path and token of the mail's link, checking both parts carry it.
func link(t *testing.T, m delivered, path string) string {
	t.Helper()
	got := linkToken.FindStringSubmatch(m.Text)
	if got == nil || got[1] != path {
		t.Fatalf("text part %q: no link to %s", m.Text, path)
	}
	if !strings.Contains(m.HTML, `href="https://kindred.test`+path+`?token=`+got[2]+`"`) {
		t.Errorf("html part %q: no link to %s with the text part's token", m.HTML, path)
	}
	return got[2]
}

func second[T any](_ T, err error) error { return err }

func wantCode(t *testing.T, err error, want domain.Code) {
	t.Helper()
	if got := domain.ErrorCode(err); got != want {
		t.Fatalf("got error %v (code %q), want code %s", err, got, want)
	}
}

func TestRequestPasswordReset(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		e.signUp(t, "amara") // mail 1: verify
		ctx := domain.WithClientIP(context.Background(), "192.0.2.1")

		t.Run("known_address_gets_a_link", func(t *testing.T) {
			if err := second(e.svc.RequestPasswordReset(ctx, " Amara@Example.org ")); err != nil {
				t.Fatal(err)
			}
			m := e.mails(t, 2)[1]
			if m.To != "amara@example.org" || m.Subject != "Reset your Kindred password" {
				t.Errorf("got mail to %q about %q", m.To, m.Subject)
			}
			if !strings.Contains(m.Text, "the link works once, for an hour") || !strings.Contains(m.HTML, "Choose a new password") {
				t.Errorf("got text %q and html %q", m.Text, m.HTML)
			}
			if !strings.Contains(m.Text, "You get this mail because a password reset was asked for") {
				t.Errorf("the text part does not say why it was sent: %q", m.Text)
			}
			if h := m.Header["List-Unsubscribe"]; len(h) != 0 {
				t.Errorf("a reset mail offers to unsubscribe: %q", h)
			}
			token := link(t, m, "/reset-password")
			s, err := e.svc.ResetPassword(context.Background(), token, "a brand new passphrase")
			if err != nil || s.Person.Handle != "amara" {
				t.Fatalf("reset with the mailed token: got %v", err)
			}
		})

		t.Run("unknown_address_same_answer", func(t *testing.T) {
			requests, tokens, before := e.count(t, &domain.AccountMailRequest{}), e.count(t, &domain.AccountToken{}), len(e.SMTP.Received())
			errKnown := second(e.svc.RequestPasswordReset(ctx, "amara@example.org"))
			afterKnown := e.count(t, &domain.AccountMailRequest{})
			errUnknown := second(e.svc.RequestPasswordReset(ctx, "nobody@example.org"))
			afterUnknown := e.count(t, &domain.AccountMailRequest{})
			if errKnown != nil || errUnknown != nil {
				t.Fatalf("got %v for a known address and %v for an unknown one, want nil for both", errKnown, errUnknown)
			}
			if afterKnown-requests != 1 || afterUnknown-afterKnown != 1 {
				t.Errorf("got %d and %d requests counted, want 1 for each", afterKnown-requests, afterUnknown-afterKnown)
			}
			ms := e.mails(t, before+1)
			if last := ms[len(ms)-1]; last.To != "amara@example.org" {
				t.Errorf("got the last mail to %s, want amara only", last.To)
			}
			if n := e.count(t, &domain.AccountToken{}) - tokens; n != 1 {
				t.Errorf("got %d tokens stored, want 1 (none for nobody)", n)
			}
		})

		t.Run("rate_limited_per_address_known_or_not", func(t *testing.T) {
			e.clock.Advance(accounts.MailRequestWindow + time.Second)
			for _, addr := range []string{"amara@example.org", "nobody@example.org"} {
				for i := range accounts.MaxMailRequestsPerAddress {
					if err := second(e.svc.RequestPasswordReset(ctx, addr)); err != nil {
						t.Fatalf("%s, request %d: %v", addr, i+1, err)
					}
				}
				wantCode(t, second(e.svc.RequestPasswordReset(ctx, addr)), domain.CodeRateLimited)
			}
			e.clock.Advance(accounts.MailRequestWindow + time.Second)
			if err := second(e.svc.RequestPasswordReset(ctx, "amara@example.org")); err != nil {
				t.Fatalf("after the window: %v", err)
			}
		})

		t.Run("rate_limited_per_client_address", func(t *testing.T) {
			e.clock.Advance(accounts.MailRequestWindow + time.Second)
			other := domain.WithClientIP(context.Background(), "198.51.100.7")
			for i := range accounts.MaxMailRequestsPerIP {
				if err := second(e.svc.RequestPasswordReset(other, strings.Repeat("x", i+1)+"@example.net")); err != nil {
					t.Fatalf("request %d: %v", i+1, err)
				}
			}
			wantCode(t, second(e.svc.RequestPasswordReset(other, "fresh@example.net")), domain.CodeRateLimited)
			if err := second(e.svc.RequestPasswordReset(ctx, "fresh@example.net")); err != nil {
				t.Errorf("from another client address: %v", err)
			}
		})

		t.Run("not_an_address", func(t *testing.T) {
			wantCode(t, second(e.svc.RequestPasswordReset(ctx, "amara")), domain.CodeInvalid)
		})
	})
}

// TestRequestPasswordResetWithoutMail: without mail, known and unknown addresses get the
// same clear answer, and nothing is stored.
func TestRequestPasswordResetWithoutMail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		svc, _ := kindredtest.New(t, db)
		if _, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "amara", DisplayName: "Amara", Email: "amara@example.org", Password: passphrase}); err != nil {
			t.Fatalf("sign-up without mail: %v", err)
		}
		for _, addr := range []string{"amara@example.org", "nobody@example.org"} {
			wantCode(t, second(svc.RequestPasswordReset(context.Background(), addr)), domain.CodeMailNotConfigured)
		}
		var n int64
		db.Model(&domain.AccountToken{}).Count(&n)
		if n != 0 {
			t.Errorf("got %d tokens, want none", n)
		}
	})
}

func TestResetPassword(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		old, vctx := e.signUp(t, "amara")
		ask := func(t *testing.T) string {
			t.Helper()
			if err := second(e.svc.RequestPasswordReset(context.Background(), "amara@example.org")); err != nil {
				t.Fatal(err)
			}
			return link(t, e.expect(t, 1)[0], "/reset-password")
		}
		e.expect(t, 1) // the verification mail of signing up

		t.Run("single_use_and_sessions_end", func(t *testing.T) {
			token := ask(t)
			wantCode(t, func() error { _, err := e.svc.ResetPassword(context.Background(), token, "short"); return err }(), domain.CodeInvalid)
			s, err := e.svc.ResetPassword(context.Background(), token, "a brand new passphrase")
			if err != nil {
				t.Fatalf("a weak password first must not spend the token: %v", err)
			}
			if _, err := e.svc.Authenticate(context.Background(), s.AccessToken); err != nil {
				t.Errorf("the new session: %v", err)
			}
			if _, err := e.svc.Authenticate(context.Background(), old.AccessToken); err == nil {
				t.Error("the old access token still works")
			}
			if _, err := e.svc.Refresh(context.Background(), old.RefreshToken); err == nil {
				t.Error("the old refresh token still works")
			}
			if _, err := e.svc.LogIn(context.Background(), "amara", passphrase); err == nil {
				t.Error("the old password still works")
			}
			if _, err := e.svc.LogIn(context.Background(), "amara", "a brand new passphrase"); err != nil {
				t.Errorf("the new password: %v", err)
			}
			_, err = e.svc.ResetPassword(context.Background(), token, "yet another passphrase")
			wantCode(t, err, domain.CodeInvalid)
			if !strings.Contains(err.Error(), "used already") {
				t.Errorf("got %q", err)
			}
		})

		t.Run("expired", func(t *testing.T) {
			token := ask(t)
			e.clock.Advance(accounts.ResetTokenTTL + time.Second)
			_, err := e.svc.ResetPassword(context.Background(), token, "yet another passphrase")
			wantCode(t, err, domain.CodeInvalid)
		})

		t.Run("wrong_token", func(t *testing.T) {
			for _, token := range []string{"", "not-a-token", strings.Repeat("A", 43)} {
				_, err := e.svc.ResetPassword(context.Background(), token, "yet another passphrase")
				wantCode(t, err, domain.CodeInvalid)
			}
		})

		t.Run("an_older_link_dies_with_the_reset", func(t *testing.T) {
			e.clock.Advance(accounts.MailRequestWindow + time.Second)
			first, second := ask(t), ask(t)
			if _, err := e.svc.ResetPassword(context.Background(), second, "one more passphrase"); err != nil {
				t.Fatal(err)
			}
			_, err := e.svc.ResetPassword(context.Background(), first, "and another passphrase")
			wantCode(t, err, domain.CodeInvalid)
		})

		t.Run("verifies_and_cancels_a_pending_change", func(t *testing.T) {
			e.clock.Advance(accounts.MailRequestWindow + time.Second)
			s, _ := e.svc.LogIn(context.Background(), "amara", "one more passphrase")
			vctx = domain.WithViewer(context.Background(), s.Person)
			if _, err := e.svc.ChangeEmail(vctx, "one more passphrase", "thief@example.net"); err != nil {
				t.Fatal(err)
			}
			e.expect(t, 2)
			token := ask(t)
			if _, err := e.svc.ResetPassword(context.Background(), token, "mine again passphrase"); err != nil {
				t.Fatal(err)
			}
			p := e.person(t, s.Person.ID)
			if p.PendingEmail != nil || !p.EmailVerified() || p.Email != "amara@example.org" {
				t.Errorf("got email %s, pending %v, verified %v; want amara's, none, verified", p.Email, p.PendingEmail, p.EmailVerifiedAt)
			}
		})
	})
}

func TestSignUpVerification(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		s, _ := e.signUp(t, "amara")
		if s.Person.EmailVerified() {
			t.Fatal("verified before any link was followed")
		}
		m := e.mails(t, 1)[0]
		if m.To != "amara@example.org" || m.Subject != "Confirm your email address for Kindred" {
			t.Errorf("got mail to %q about %q", m.To, m.Subject)
		}
		if !strings.Contains(m.Text, "Welcome to Kindred") || !strings.Contains(m.HTML, "Confirm amara@example.org") {
			t.Errorf("got text %q and html %q", m.Text, m.HTML)
		}
		addr, err := e.svc.VerifyEmail(context.Background(), link(t, m, "/verify-email"))
		if err != nil || addr != "amara@example.org" {
			t.Fatalf("verify: got %q, %v", addr, err)
		}
		if p := e.person(t, s.Person.ID); !p.EmailVerified() || !p.EmailVerifiedAt.Equal(e.clock.Now()) {
			t.Errorf("got verified at %v, want %v", p.EmailVerifiedAt, e.clock.Now())
		}
	})
}

func TestVerifyEmail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		s, vctx := e.signUp(t, "amara")
		first := link(t, e.mails(t, 1)[0], "/verify-email")

		t.Run("wrong_token", func(t *testing.T) {
			_, err := e.svc.VerifyEmail(context.Background(), "not-a-token")
			wantCode(t, err, domain.CodeInvalid)
		})
		t.Run("expired", func(t *testing.T) {
			e.clock.Advance(accounts.VerifyTokenTTL + time.Second)
			_, err := e.svc.VerifyEmail(context.Background(), first)
			wantCode(t, err, domain.CodeInvalid)
		})
		t.Run("resend_then_single_use", func(t *testing.T) {
			if err := second(e.svc.RequestEmailVerification(vctx)); err != nil {
				t.Fatal(err)
			}
			token := link(t, e.mails(t, 2)[1], "/verify-email")
			if _, err := e.svc.VerifyEmail(context.Background(), token); err != nil {
				t.Fatal(err)
			}
			_, err := e.svc.VerifyEmail(context.Background(), token)
			wantCode(t, err, domain.CodeInvalid)
			wantCode(t, second(e.svc.RequestEmailVerification(vctx)), domain.CodeConflict)
		})
		_ = s
	})
}

func TestRequestEmailVerification(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		_, vctx := e.signUp(t, "amara")
		for i := range accounts.MaxMailRequestsPerAddress {
			if err := second(e.svc.RequestEmailVerification(vctx)); err != nil {
				t.Fatalf("request %d: %v", i+1, err)
			}
		}
		wantCode(t, second(e.svc.RequestEmailVerification(vctx)), domain.CodeRateLimited)
		e.mails(t, 1+accounts.MaxMailRequestsPerAddress)
		wantCode(t, second(e.svc.RequestEmailVerification(context.Background())), domain.CodeUnauthenticated)
	})
}

func TestChangeEmail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		s, vctx := e.signUp(t, "amara")
		e.signUp(t, "bobo")
		e.mails(t, 2)

		t.Run("refused_change_sends_nothing", func(t *testing.T) {
			for _, tc := range []struct {
				name, password, email string
				code                  domain.Code
			}{
				{"wrong_password", "not my passphrase", "new@example.org", domain.CodeInvalid},
				{"taken_address", passphrase, "BOBO@example.org", domain.CodeConflict},
				{"not_an_address", passphrase, "new@", domain.CodeInvalid},
				{"same_address", passphrase, "amara@example.org", domain.CodeInvalid},
			} {
				_, err := e.svc.ChangeEmail(vctx, tc.password, tc.email)
				if got := domain.ErrorCode(err); got != tc.code {
					t.Errorf("%s: got %v, want %s", tc.name, err, tc.code)
				}
			}
			_, err := e.svc.ChangeEmail(context.Background(), passphrase, "new@example.org")
			wantCode(t, err, domain.CodeUnauthenticated)
			jobstest.Idle(t, e.Queue, 10*time.Second)
			if n := len(e.SMTP.Received()); n != 2 {
				t.Errorf("got %d mails, want the 2 of signing up only", n)
			}
			if p := e.person(t, s.Person.ID); p.PendingEmail != nil {
				t.Errorf("got pending %q", *p.PendingEmail)
			}
		})

		t.Run("takes_effect_when_verified", func(t *testing.T) {
			p, err := e.svc.ChangeEmail(vctx, passphrase, "Amara@New.example")
			if err != nil {
				t.Fatal(err)
			}
			if p.Email != "amara@example.org" || p.PendingEmail == nil || *p.PendingEmail != "amara@new.example" {
				t.Fatalf("got email %s, pending %v", p.Email, p.PendingEmail)
			}
			ms := e.mails(t, 4)[2:]
			byTo := map[string]delivered{ms[0].To: ms[0], ms[1].To: ms[1]}
			verify, notice := byTo["amara@new.example"], byTo["amara@example.org"]
			if verify.Subject != "Confirm your new email address for Kindred" || !strings.Contains(verify.Text, "takes effect once you confirm it") {
				t.Errorf("got verification %q: %q", verify.Subject, verify.Text)
			}
			if notice.Subject != "Your Kindred email address is being changed" || !strings.Contains(notice.Text, "to amara@new.example") ||
				!strings.Contains(notice.HTML, "to amara@new.example.") || !strings.Contains(notice.Text, "https://kindred.test/forgot-password") {
				t.Errorf("got notice %q: %q / %q", notice.Subject, notice.Text, notice.HTML)
			}
			if _, err := e.svc.LogIn(context.Background(), "amara@new.example", passphrase); err == nil {
				t.Error("logged in with the new address before it was verified")
			}
			addr, err := e.svc.VerifyEmail(context.Background(), link(t, verify, "/verify-email"))
			if err != nil || addr != "amara@new.example" {
				t.Fatalf("verify: got %q, %v", addr, err)
			}
			p = e.person(t, s.Person.ID)
			if p.Email != "amara@new.example" || p.PendingEmail != nil || !p.EmailVerified() {
				t.Errorf("got email %s, pending %v, verified %v", p.Email, p.PendingEmail, p.EmailVerifiedAt)
			}
			if _, err := e.svc.LogIn(context.Background(), "amara@new.example", passphrase); err != nil {
				t.Errorf("log in with the new address: %v", err)
			}
		})

		t.Run("a_superseded_link_does_not_work", func(t *testing.T) {
			vctx := domain.WithViewer(context.Background(), e.person(t, s.Person.ID))
			if _, err := e.svc.ChangeEmail(vctx, passphrase, "first@example.net"); err != nil {
				t.Fatal(err)
			}
			first := e.mails(t, 6)
			if _, err := e.svc.ChangeEmail(vctx, passphrase, "second@example.net"); err != nil {
				t.Fatal(err)
			}
			e.mails(t, 8)
			for _, m := range first[4:] {
				if m.To == "first@example.net" {
					_, err := e.svc.VerifyEmail(context.Background(), link(t, m, "/verify-email"))
					wantCode(t, err, domain.CodeInvalid)
				}
			}
			p, err := e.svc.ChangeEmail(vctx, passphrase, "amara@new.example") // back to the current one: cancels
			if err != nil || p.PendingEmail != nil {
				t.Errorf("cancel: got %v, %v", p, err)
			}
		})
	})
}

func TestChangeEmailWithoutMail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		svc, _ := kindredtest.New(t, db)
		s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "amara", DisplayName: "Amara", Email: "amara@example.org", Password: passphrase})
		if err != nil {
			t.Fatal(err)
		}
		vctx := domain.WithViewer(context.Background(), s.Person)
		_, err = svc.ChangeEmail(vctx, passphrase, "new@example.org")
		wantCode(t, err, domain.CodeMailNotConfigured)
		wantCode(t, second(svc.RequestEmailVerification(vctx)), domain.CodeMailNotConfigured)
	})
}

// TestDeleteAccountDropsAccountMail: a deleted account keeps no tokens, pending address or
// confirmation, and its links stop working.
func TestDeleteAccountDropsAccountMail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		s, vctx := e.signUp(t, "amara")
		if _, err := e.svc.ChangeEmail(vctx, passphrase, "amara@new.example"); err != nil {
			t.Fatal(err)
		}
		ms := e.expect(t, 3)
		if err := e.svc.DeleteAccount(vctx, passphrase); err != nil {
			t.Fatal(err)
		}
		var tokens int64
		db.Model(&domain.AccountToken{}).Where("person_id = ?", s.Person.ID).Count(&tokens)
		p := e.person(t, s.Person.ID)
		if tokens != 0 || p.PendingEmail != nil || p.EmailVerifiedAt != nil {
			t.Errorf("got %d tokens, pending %v, verified %v; want none", tokens, p.PendingEmail, p.EmailVerifiedAt)
		}
		for _, m := range ms {
			if m.To == "amara@new.example" {
				_, err := e.svc.VerifyEmail(context.Background(), link(t, m, "/verify-email"))
				wantCode(t, err, domain.CodeInvalid)
			}
		}
	})
}

// TestAccountMailLanguage: over the SMTP test server, a sign-up whose request asks for
// Dutch is confirmed in Dutch; once the person chooses Spanish, their mail is Spanish
// whatever the language of the request that causes it.
func TestAccountMailLanguage(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		ctx := locale.WithRequest(domain.WithClientIP(context.Background(), "192.0.2.1"), language.Dutch)
		s, err := e.svc.SignUp(ctx, accounts.SignUpInput{Handle: "noor", DisplayName: "Noor", Email: "noor@example.org", Password: passphrase})
		if err != nil {
			t.Fatal(err)
		}
		m := e.expect(t, 1)[0]
		if m.Subject != "Bevestig je e-mailadres voor Kindred" || !strings.Contains(m.Text, "Hallo Noor,") || !strings.Contains(m.HTML, `<html lang="nl">`) {
			t.Errorf("got %q: %s", m.Subject, m.Text)
		}
		es := "es"
		if _, err := e.svc.UpdateProfile(domain.WithViewer(ctx, s.Person), accounts.ProfileUpdate{Locale: &es}); err != nil {
			t.Fatal(err)
		}
		french := locale.WithRequest(domain.WithClientIP(context.Background(), "192.0.2.2"), language.French)
		if _, err := e.svc.RequestPasswordReset(french, "noor@example.org"); err != nil {
			t.Fatal(err)
		}
		m = e.expect(t, 1)[0]
		if m.Subject != "Restablece tu contraseña de Kindred" || !strings.Contains(m.Text, "Hola, Noor:") || !strings.Contains(m.HTML, "Elegir una contraseña nueva") {
			t.Errorf("got %q: %s", m.Subject, m.Text)
		}
		bad := "xx"
		if _, err := e.svc.UpdateProfile(domain.WithViewer(ctx, s.Person), accounts.ProfileUpdate{Locale: &bad}); domain.ErrorCode(err) != domain.CodeInvalid {
			t.Errorf("got %v for an unsupported language, want BAD_USER_INPUT", err)
		}
	})
}
