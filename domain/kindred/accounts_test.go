package kindred_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/auth"
	"kindred/clock"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
	"kindred/domain/kindred/kindredtest"
)

var epoch = kindredtest.Epoch

type fixture struct {
	db    *database.DB
	svc   *kindred.Services
	clock *clock.Manual
}

func newFixture(t *testing.T, db *database.DB) *fixture {
	t.Helper()
	svc, clock := kindredtest.New(t, db)
	return &fixture{db: db, svc: svc, clock: clock}
}

func (f *fixture) signUp(t *testing.T, handle string) (*accounts.Session, context.Context) {
	t.Helper()
	s, err := f.svc.SignUp(context.Background(), accounts.SignUpInput{
		Handle: handle, DisplayName: strings.ToUpper(handle[:1]) + handle[1:], Email: handle + "@example.org", Password: "a long passphrase",
	})
	if err != nil {
		t.Fatalf("sign up %s: %v", handle, err)
	}
	return s, domain.WithViewer(context.Background(), s.Person)
}

func (f *fixture) count(t *testing.T, model any) int64 {
	t.Helper()
	var n int64
	if err := f.db.Model(model).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func wantCode(t *testing.T, err error, want domain.Code) {
	t.Helper()
	if got := domain.ErrorCode(err); got != want {
		t.Fatalf("got error %v (code %q), want code %s", err, got, want)
	}
}

func TestSignUp(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s, _ := f.signUp(t, "amara")
		if s.AccessToken == "" || s.RefreshToken == "" {
			t.Fatalf("got empty tokens %+v", s)
		}
		if got, err := f.svc.Authenticate(context.Background(), s.AccessToken); err != nil || got.Handle != "amara" {
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
				before := f.count(t, &domain.Person{})
				_, err := f.svc.SignUp(context.Background(), tt.in)
				wantCode(t, err, tt.code)
				if after := f.count(t, &domain.Person{}); after != before {
					t.Errorf("got %d people after a refused sign-up, want %d", after, before)
				}
			})
		}
	})
}

func TestLogInThrottle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		f.signUp(t, "amara")
		ctx := domain.WithClientIP(context.Background(), "192.0.2.1")
		for i := 0; i < accounts.MaxLoginFailures; i++ {
			_, err := f.svc.LogIn(ctx, "amara", "wrong password!")
			wantCode(t, err, domain.CodeUnauthenticated)
		}
		_, err := f.svc.LogIn(ctx, "amara", "a long passphrase")
		wantCode(t, err, domain.CodeRateLimited)
		f.clock.Advance(accounts.LoginWindow + time.Second)
		s, err := f.svc.LogIn(ctx, "AMARA@example.org", "a long passphrase")
		if err != nil || s.Person.Handle != "amara" {
			t.Fatalf("log in by email after the window: got %v, want success", err)
		}
	})
}

func TestRefreshRotation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		first, _ := f.signUp(t, "amara")
		ctx := context.Background()
		second, err := f.svc.Refresh(ctx, first.RefreshToken)
		if err != nil {
			t.Fatalf("refresh: %v", err)
		}
		// Within the grace window a second use gets a sibling pair (two tabs at once).
		f.clock.Advance(accounts.RefreshGrace / 2)
		sibling, err := f.svc.Refresh(ctx, first.RefreshToken)
		if err != nil {
			t.Fatalf("refresh within grace: %v", err)
		}
		if sibling.RefreshToken == second.RefreshToken {
			t.Fatal("sibling refresh token equals the first replacement")
		}
		// After the grace window the old token is taken as stolen: the family is revoked.
		f.clock.Advance(accounts.RefreshGrace)
		_, err = f.svc.Refresh(ctx, first.RefreshToken)
		wantCode(t, err, domain.CodeUnauthenticated)
		for _, tok := range []string{second.RefreshToken, sibling.RefreshToken} {
			_, err = f.svc.Refresh(ctx, tok)
			wantCode(t, err, domain.CodeUnauthenticated)
		}
		_, err = f.svc.Refresh(ctx, "not-a-token")
		wantCode(t, err, domain.CodeUnauthenticated)
	})
}

func TestConcurrentRefreshWithinGrace(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	s, _ := f.signUp(t, "amara")
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.svc.Refresh(context.Background(), s.RefreshToken)
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
		s1, ctx := f.signUp(t, "amara")
		s2, err := f.svc.LogIn(context.Background(), "amara", "a long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.ChangePassword(ctx, "wrong one entirely", "another long passphrase")
		wantCode(t, err, domain.CodeInvalid)
		_, err = f.svc.ChangePassword(ctx, "a long passphrase", "short")
		wantCode(t, err, domain.CodeInvalid)
		s3, err := f.svc.ChangePassword(ctx, "a long passphrase", "another long passphrase")
		if err != nil {
			t.Fatalf("change password: %v", err)
		}
		for _, old := range []*accounts.Session{s1, s2} {
			_, err := f.svc.Authenticate(context.Background(), old.AccessToken)
			wantCode(t, err, domain.CodeUnauthenticated)
			_, err = f.svc.Refresh(context.Background(), old.RefreshToken)
			wantCode(t, err, domain.CodeUnauthenticated)
		}
		p, err := f.svc.Authenticate(context.Background(), s3.AccessToken)
		if err != nil {
			t.Fatalf("new session after password change: %v", err)
		}
		_, err = f.svc.LogIn(context.Background(), "amara", "a long passphrase")
		wantCode(t, err, domain.CodeUnauthenticated)
		n, err := f.svc.LogOutEverywhere(domain.WithViewer(context.Background(), p))
		if err != nil || n != 1 {
			t.Fatalf("log out everywhere: got %d, %v, want 1 session", n, err)
		}
		_, err = f.svc.Authenticate(context.Background(), s3.AccessToken)
		wantCode(t, err, domain.CodeUnauthenticated)
	})
}

func TestAccessTokenExpires(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	s, _ := f.signUp(t, "amara")
	f.clock.Advance(auth.AccessTokenTTL + time.Second)
	_, err := f.svc.Authenticate(context.Background(), s.AccessToken)
	wantCode(t, err, domain.CodeUnauthenticated)
}

func TestLogInThrottlePerAddress(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	f.signUp(t, "amara")
	ctx := domain.WithClientIP(context.Background(), "198.51.100.7")
	// Many accounts guessed from one address: the address is stopped, others are not.
	for i := 0; i < accounts.MaxIPLoginFailures; i++ {
		_, err := f.svc.LogIn(ctx, fmt.Sprintf("guess-%d", i), "wrong password!")
		wantCode(t, err, domain.CodeUnauthenticated)
	}
	_, err := f.svc.LogIn(ctx, "amara", "a long passphrase")
	wantCode(t, err, domain.CodeRateLimited)
	other := domain.WithClientIP(context.Background(), "198.51.100.8")
	if _, err := f.svc.LogIn(other, "amara", "a long passphrase"); err != nil {
		t.Errorf("another address: got %v, want success", err)
	}
}
