package kindred_test

import (
	"context"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
)

// TestSessionHeld: a long-lived connection's session holds until it is logged out of,
// every session is ended, or its personal access token is revoked; refreshing the
// page's tokens meanwhile keeps it.
func TestSessionHeld(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		held := func(h accounts.SessionHold) bool {
			t.Helper()
			ok, err := f.Svc.SessionHeld(context.Background(), h)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		page, ctx := f.SignUp(t, "amara")
		pageHold, ok := accounts.HoldSession(ctx, page.RefreshToken)
		if !ok {
			t.Fatal("a signed-in viewer holds no session")
		}
		if _, signedIn := accounts.HoldSession(context.Background(), ""); signedIn {
			t.Error("nobody signed in holds a session")
		}
		other, err := f.Svc.LogIn(context.Background(), "amara@example.org", "a long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		otherHold, _ := accounts.HoldSession(ctx, other.RefreshToken)
		_, plain, err := f.Svc.CreateAccessToken(ctx, "script", false)
		if err != nil {
			t.Fatal(err)
		}
		p, tok, err := f.Svc.AuthenticateAccessToken(context.Background(), plain)
		if err != nil {
			t.Fatal(err)
		}
		tokenHold, _ := accounts.HoldSession(accounts.WithAccessToken(domain.WithViewer(context.Background(), p), tok), "")

		if _, err := f.Svc.Refresh(context.Background(), page.RefreshToken); err != nil {
			t.Fatal(err)
		}
		if !held(pageHold) || !held(otherHold) || !held(tokenHold) {
			t.Fatal("a session is over before anything ended it")
		}
		if _, err := f.Svc.LogOut(context.Background(), page.RefreshToken); err != nil {
			t.Fatal(err)
		}
		if held(pageHold) {
			t.Error("the page's session holds after logging out of it")
		}
		if !held(otherHold) {
			t.Error("logging out of one session ended another")
		}
		if _, err := f.Svc.RevokeAccessToken(ctx, tok.ID); err != nil {
			t.Fatal(err)
		}
		if held(tokenHold) {
			t.Error("a revoked access token's connection holds")
		}
		if _, err := f.Svc.LogOutEverywhere(ctx); err != nil {
			t.Fatal(err)
		}
		if held(otherHold) {
			t.Error("a session holds after logging out everywhere")
		}
	})
}
