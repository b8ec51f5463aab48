package kindred_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/auth"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred/kindredtest"
)

var epoch = kindredtest.Epoch

// fixture is the shared one with the steps of these scenarios added.
type fixture struct{ *kindredtest.Fixture }

func newFixture(t *testing.T, db *database.DB) *fixture {
	return &fixture{kindredtest.NewFixture(t, db)}
}

func TestSignUp(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s, _ := f.SignUp(t, "amara")
		if s.AccessToken == "" || s.RefreshToken == "" {
			t.Fatalf("got empty tokens %+v", s)
		}
		if got, err := f.Svc.Authenticate(context.Background(), s.AccessToken); err != nil || got.Handle != "amara" {
			t.Fatalf("authenticate: got %v, %v, want amara", got, err)
		}
		tests := []struct {
			name string
			in   accounts.SignUpInput
			code domain.Code
		}{
			{"duplicate_handle", accounts.SignUpInput{Handle: "amara", DisplayName: "A", Email: "other@example.org", Password: "a long passphrase"}, domain.CodeConflict},
			{"duplicate_email_other_case", accounts.SignUpInput{Handle: "amara2", DisplayName: "A", Email: "AMARA@example.org", Password: "a long passphrase"}, domain.CodeConflict},
			{"weak_password", accounts.SignUpInput{Handle: "bo", DisplayName: "B", Email: "bo@example.org", Password: "short"}, domain.CodeInvalid},
			{"bad_handle", accounts.SignUpInput{Handle: "B O", DisplayName: "B", Email: "bo@example.org", Password: "a long passphrase"}, domain.CodeInvalid},
			{"long_name", accounts.SignUpInput{Handle: "bobo", DisplayName: strings.Repeat("n", 81), Email: "bo@example.org", Password: "a long passphrase"}, domain.CodeInvalid},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := f.Count(t, &domain.Person{})
				_, err := f.Svc.SignUp(context.Background(), tt.in)
				kindredtest.WantCode(t, err, tt.code)
				if after := f.Count(t, &domain.Person{}); after != before {
					t.Errorf("got %d people after a refused sign-up, want %d", after, before)
				}
			})
		}
	})
}

func TestLogInThrottle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		f.SignUp(t, "amara")
		ctx := domain.WithClientIP(context.Background(), "192.0.2.1")
		for i := 0; i < accounts.MaxLoginFailures; i++ {
			_, err := f.Svc.LogIn(ctx, "amara", "wrong password!")
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		}
		_, err := f.Svc.LogIn(ctx, "amara", "a long passphrase")
		kindredtest.WantCode(t, err, domain.CodeRateLimited)
		f.Clock.Advance(accounts.LoginWindow + time.Second)
		s, err := f.Svc.LogIn(ctx, "AMARA@example.org", "a long passphrase")
		if err != nil || s.Person.Handle != "amara" {
			t.Fatalf("log in by email after the window: got %v, want success", err)
		}
	})
}

func TestRefreshRotation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		first, _ := f.SignUp(t, "amara")
		ctx := context.Background()
		second, err := f.Svc.Refresh(ctx, first.RefreshToken)
		if err != nil {
			t.Fatalf("refresh: %v", err)
		}
		// Within the grace window a second use gets a sibling pair (two tabs at once).
		f.Clock.Advance(accounts.RefreshGrace / 2)
		sibling, err := f.Svc.Refresh(ctx, first.RefreshToken)
		if err != nil {
			t.Fatalf("refresh within grace: %v", err)
		}
		if sibling.RefreshToken == second.RefreshToken {
			t.Fatal("sibling refresh token equals the first replacement")
		}
		// After the grace window the old token is taken as stolen: the family is revoked.
		f.Clock.Advance(accounts.RefreshGrace)
		_, err = f.Svc.Refresh(ctx, first.RefreshToken)
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		for _, tok := range []string{second.RefreshToken, sibling.RefreshToken} {
			_, err = f.Svc.Refresh(ctx, tok)
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		}
		_, err = f.Svc.Refresh(ctx, "not-a-token")
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
	})
}

func TestConcurrentRefreshWithinGrace(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	s, _ := f.SignUp(t, "amara")
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.Svc.Refresh(context.Background(), s.RefreshToken)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("refresh %d: %v", i, err)
		}
	}
	var used int64
	db.Model(&domain.RefreshToken{}).Where("revoked_at IS NULL").Count(&used)
	if used != int64(len(errs)+1) {
		t.Errorf("got %d live refresh tokens, want %d", used, len(errs)+1)
	}
}

func TestLogOutEverywhereAndChangePassword(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s1, ctx := f.SignUp(t, "amara")
		s2, err := f.Svc.LogIn(context.Background(), "amara", "a long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.ChangePassword(ctx, "wrong one entirely", "another long passphrase")
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.ChangePassword(ctx, "a long passphrase", "short")
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		s3, err := f.Svc.ChangePassword(ctx, "a long passphrase", "another long passphrase")
		if err != nil {
			t.Fatalf("change password: %v", err)
		}
		for _, old := range []*accounts.Session{s1, s2} {
			_, err := f.Svc.Authenticate(context.Background(), old.AccessToken)
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
			_, err = f.Svc.Refresh(context.Background(), old.RefreshToken)
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		}
		p, err := f.Svc.Authenticate(context.Background(), s3.AccessToken)
		if err != nil {
			t.Fatalf("new session after password change: %v", err)
		}
		_, err = f.Svc.LogIn(context.Background(), "amara", "a long passphrase")
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		n, err := f.Svc.LogOutEverywhere(domain.WithViewer(context.Background(), p))
		if err != nil || n != 1 {
			t.Fatalf("log out everywhere: got %d, %v, want 1 session", n, err)
		}
		_, err = f.Svc.Authenticate(context.Background(), s3.AccessToken)
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
	})
}

func TestAccessTokenExpires(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	s, _ := f.SignUp(t, "amara")
	f.Clock.Advance(auth.AccessTokenTTL + time.Second)
	_, err := f.Svc.Authenticate(context.Background(), s.AccessToken)
	kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
}

func TestLogInThrottlePerAddress(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	f.SignUp(t, "amara")
	ctx := domain.WithClientIP(context.Background(), "198.51.100.7")
	// Many accounts guessed from one address: the address is stopped, others are not.
	for i := 0; i < accounts.MaxIPLoginFailures; i++ {
		_, err := f.Svc.LogIn(ctx, fmt.Sprintf("guess-%d", i), "wrong password!")
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
	}
	_, err := f.Svc.LogIn(ctx, "amara", "a long passphrase")
	kindredtest.WantCode(t, err, domain.CodeRateLimited)
	other := domain.WithClientIP(context.Background(), "198.51.100.8")
	if _, err := f.Svc.LogIn(other, "amara", "a long passphrase"); err != nil {
		t.Errorf("another address: got %v, want success", err)
	}
}
