package graph_test

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain/accounts"
	"kindred/jobs"
	"kindred/jobs/jobstest"
	"kindred/mail"
	"kindred/mail/mailtest"
)

var mailedToken = regexp.MustCompile(`https://kindred\.test/([a-z-]+)\?token=([A-Za-z0-9_-]+)`)

// mailTo waits for the n-th mail (from 1) received by srv and returns its recipient and
// the path and token of its link, if it has one.
func mailTo(t *testing.T, srv *mailtest.Server, n int) (to, path, token string) {
	t.Helper()
	jobstest.Eventually(t, 10*time.Second, "the mail did not arrive", func() bool { return len(srv.Received()) >= n })
	r := srv.Received()[n-1]
	p, err := r.Parse()
	if err != nil {
		t.Fatal(err)
	}
	m := mailedToken.FindStringSubmatch(p.Parts["text/plain"])
	if m == nil {
		return r.To[0], "", "" // a notice, without a token
	}
	return r.To[0], m[1], m[2]
}

// TestAccountMailOverGraphQL: a reset and a change of address, as a client does them,
// with mail delivered to a real SMTP server; the new fields show to their owner only.
func TestAccountMailOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		jobstest.Migrate(t, db)
		h, svc := newHandler(t, db)
		srv := mailtest.Start(t)
		m, err := mail.Open(mail.Settings{SMTPURL: srv.URL(), From: "hello@kindred.test", PublicURL: "https://kindred.test"}, db.DB, nil, svc.Clock(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		reg := jobs.NewRegistry()
		if err := m.Register(reg); err != nil {
			t.Fatal(err)
		}
		m.SetQueue(jobstest.Open(t, db, reg, jobstest.Options()))
		svc.UseMail(m)
		_, err = svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "amara", DisplayName: "Amara", Email: "amara@example.org", Password: password})
		if err != nil {
			t.Fatal(err)
		}
		other, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "bobo", DisplayName: "Bo", Email: "bo@example.org", Password: password})
		if err != nil {
			t.Fatal(err)
		}
		mailTo(t, srv, 2)
		anon := client.New(h)

		var asked struct{ RequestPasswordReset struct{ Email string } }
		anon.MustPost(`mutation { requestPasswordReset(input: {email: " AMARA@example.org"}) { email } }`, &asked)
		if asked.RequestPasswordReset.Email != "amara@example.org" {
			t.Errorf("got %q", asked.RequestPasswordReset.Email)
		}
		anon.MustPost(`mutation { requestPasswordReset(input: {email: "nobody@example.org"}) { email } }`, &asked)
		to, path, token := mailTo(t, srv, 3)
		if to != "amara@example.org" || path != "reset-password" {
			t.Fatalf("got a mail to %s linking to %s", to, path)
		}
		if got := outcome(t, h, nil, `mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "short"}) { accessToken } }`,
			map[string]any{"t": token}); got != "BAD_USER_INPUT" {
			t.Errorf("weak password: got %s", got)
		}
		var reset struct {
			ResetPassword struct {
				AccessToken string
				Viewer      struct {
					Handle        string
					EmailVerified *bool
				}
			}
		}
		anon.MustPost(`mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "a brand new passphrase"}) { accessToken viewer { handle } } }`,
			&reset, client.Var("t", token))
		if reset.ResetPassword.AccessToken == "" || reset.ResetPassword.Viewer.Handle != "amara" {
			t.Errorf("got %+v", reset)
		}
		if got := outcome(t, h, nil, `mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "another passphrase"}) { accessToken } }`,
			map[string]any{"t": token}); got != "BAD_USER_INPUT" {
			t.Errorf("the token again: got %s", got)
		}

		me, _ := svc.Authenticate(context.Background(), reset.ResetPassword.AccessToken)
		as := client.New(asViewer(h, me))
		if got := outcome(t, h, me, `mutation { changeEmail(input: {password: "not it at all", email: "amara@new.example"}) { person { pendingEmail } } }`, nil); got != "BAD_USER_INPUT" {
			t.Errorf("wrong password: got %s", got)
		}
		var changed struct {
			ChangeEmail struct {
				Person struct{ Email, PendingEmail string }
			}
		}
		as.MustPost(`mutation { changeEmail(input: {password: "a brand new passphrase", email: "amara@new.example"}) { person { email pendingEmail } } }`, &changed)
		if changed.ChangeEmail.Person.Email != "amara@example.org" || changed.ChangeEmail.Person.PendingEmail != "amara@new.example" {
			t.Errorf("got %+v", changed)
		}
		var verifyToken string
		for n := 4; n <= 5; n++ {
			if to, path, token := mailTo(t, srv, n); to == "amara@new.example" && path == "verify-email" {
				verifyToken = token
			}
		}
		var verified struct{ VerifyEmail struct{ Email string } }
		anon.MustPost(`mutation($t: String!) { verifyEmail(input: {token: $t}) { email } }`, &verified, client.Var("t", verifyToken))
		if verified.VerifyEmail.Email != "amara@new.example" {
			t.Errorf("got %+v", verified)
		}

		me, _ = svc.Authenticate(context.Background(), reset.ResetPassword.AccessToken)
		const whoami = `query { person(handle: "amara") { email emailVerified pendingEmail } }`
		var mine, theirs struct {
			Person struct {
				Email         *string
				EmailVerified *bool
				PendingEmail  *string
			}
		}
		client.New(asViewer(h, me)).MustPost(whoami, &mine)
		if p := mine.Person; p.Email == nil || *p.Email != "amara@new.example" || p.EmailVerified == nil || !*p.EmailVerified || p.PendingEmail != nil {
			t.Errorf("to herself: got %+v", p)
		}
		client.New(asViewer(h, other.Person)).MustPost(whoami, &theirs)
		if p := theirs.Person; p.Email != nil || p.EmailVerified != nil || p.PendingEmail != nil {
			t.Errorf("to someone else: got %+v", p)
		}
		var resent struct{ RequestEmailVerification struct{ Email string } }
		client.New(asViewer(h, other.Person)).MustPost(`mutation { requestEmailVerification { email } }`, &resent)
		if resent.RequestEmailVerification.Email != "bo@example.org" {
			t.Errorf("got %+v", resent)
		}
		if to, path, _ := mailTo(t, srv, 6); to != "bo@example.org" || path != "verify-email" {
			t.Errorf("got a mail to %s linking to %s", to, path)
		}
	})
}
