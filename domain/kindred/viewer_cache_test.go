package kindred_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
)

// ended reports whether err says the session has ended.
func ended(err error) bool {
	var de *domain.Error
	return errors.As(err, &de) && de.Code == domain.CodeUnauthenticated && strings.Contains(de.Message, "session has ended")
}

// reads counts the statements that read rows one by one, as the viewer's is read.
func reads(t *testing.T, f *fixture) *atomic.Int64 {
	t.Helper()
	n := new(atomic.Int64)
	name := "test:count_people_" + t.Name()
	if err := f.DB.Callback().Row().After("gorm:row").Register(name, func(*gorm.DB) { n.Add(1) }); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := f.DB.Callback().Row().Remove(name); err != nil {
			t.Error(err)
		}
	})
	return n
}

// With the viewer cache on, a token's person is read once, and every change to them
// that the service makes is seen at once: sessions ended, a new password, a new role, a
// new profile, a deleted account.
func TestViewerCacheStaysExact(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		f.Svc.CacheViewers(true)
		ctx := context.Background()
		sess, vctx := f.SignUp(t, "amara")
		authenticate := func(token string) (*domain.Person, error) {
			t.Helper()
			return f.Svc.Authenticate(ctx, token)
		}
		mustAuth := func(token string) *domain.Person {
			t.Helper()
			p, err := authenticate(token)
			if err != nil {
				t.Fatalf("authenticate: %v", err)
			}
			return p
		}
		mustFail := func(token, when string) {
			t.Helper()
			if _, err := authenticate(token); !ended(err) {
				t.Fatalf("%s: got %v, want the session ended", when, err)
			}
		}
		n := reads(t, f)
		mustAuth(sess.AccessToken)
		mustAuth(sess.AccessToken).DisplayName = "changed by a request"
		if n.Load() != 1 {
			t.Fatalf("two authentications read the person %d times, want once", n.Load())
		}
		if p := mustAuth(sess.AccessToken); p.DisplayName != "Amara" {
			t.Fatalf("a request's change to its viewer reached the cache: %q", p.DisplayName)
		}

		name := "Amara N."
		if _, err := f.Svc.UpdateProfile(vctx, accounts.ProfileUpdate{DisplayName: &name}); err != nil {
			t.Fatal(err)
		}
		if p := mustAuth(sess.AccessToken); p.DisplayName != name {
			t.Fatalf("after a profile update: %q", p.DisplayName)
		}
		if _, err := f.Svc.GrantAdmin(ctx, "amara"); err != nil {
			t.Fatal(err)
		}
		if p := mustAuth(sess.AccessToken); p.Role != domain.RoleAdmin {
			t.Fatalf("after a grant: role %s", p.Role)
		}

		if _, err := f.Svc.LogOutEverywhere(domain.WithViewer(ctx, mustAuth(sess.AccessToken))); err != nil {
			t.Fatal(err)
		}
		mustFail(sess.AccessToken, "after logging out everywhere")
		again, err := f.Svc.LogIn(ctx, "amara", "a long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		p := mustAuth(again.AccessToken)
		if _, err := f.Svc.ChangePassword(domain.WithViewer(ctx, p), "a long passphrase", "another long passphrase"); err != nil {
			t.Fatal(err)
		}
		mustFail(again.AccessToken, "after a new password")

		third, err := f.Svc.LogIn(ctx, "amara", "another long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		p = mustAuth(third.AccessToken)
		if err := f.Svc.DeleteAccount(domain.WithViewer(ctx, p), "another long passphrase"); err != nil {
			t.Fatal(err)
		}
		mustFail(third.AccessToken, "after deleting the account")
	})
}

// A change the service did not make (another instance's, unannounced) is seen once the
// kept person is a minute old, and a token newer than the kept person reads it again.
func TestViewerCacheAgesAndYieldsToNewerTokens(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		f.Svc.CacheViewers(true)
		signer, _ := auth.NewSigner([]byte(strings.Repeat("k", 32)), f.Clock.Now)
		other := kindred.New(db.DB, f.Clock, signer) // another instance, not heard
		ctx := context.Background()
		sess, _ := f.SignUp(t, "amara")
		if _, err := f.Svc.Authenticate(ctx, sess.AccessToken); err != nil {
			t.Fatal(err)
		}
		if err := db.Model(&domain.Person{}).Where("handle = ?", "amara").Update("display_name", "Changed Elsewhere").Error; err != nil {
			t.Fatal(err)
		}
		if p, _ := f.Svc.Authenticate(ctx, sess.AccessToken); p.DisplayName != "Amara" {
			t.Fatalf("a young kept person was read again: %q", p.DisplayName)
		}
		f.Clock.Advance(61 * time.Second)
		if p, _ := f.Svc.Authenticate(ctx, sess.AccessToken); p.DisplayName != "Changed Elsewhere" {
			t.Fatalf("a minute on, got %q", p.DisplayName)
		}

		// The other instance ends the sessions and starts a new one; this one has the
		// older epoch kept, yet the new token works here at once.
		p, _ := other.Authenticate(ctx, sess.AccessToken)
		if _, err := other.LogOutEverywhere(domain.WithViewer(ctx, p)); err != nil {
			t.Fatal(err)
		}
		again, err := other.LogIn(ctx, "amara", "a long passphrase")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.Authenticate(ctx, again.AccessToken); err != nil {
			t.Fatalf("a newer token than the kept person: %v", err)
		}
		if _, err := f.Svc.Authenticate(ctx, sess.AccessToken); !ended(err) {
			t.Fatalf("the old token, once the new one was seen: %v", err)
		}
	})
}
