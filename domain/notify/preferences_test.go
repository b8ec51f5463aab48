package notify_test

import (
	"context"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/notify"
)

func cadenceOf(t *testing.T, prefs []*notify.MailPreference, kind notify.MailKind) notify.Cadence {
	t.Helper()
	for _, p := range prefs {
		if p.Kind == kind {
			return p.Cadence
		}
	}
	t.Fatalf("no preference for %s in %v", kind, prefs)
	return ""
}

// TestMailPreferences: every kind has a default until the person chooses; bad choices
// are refused.
func TestMailPreferences(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		svc, _ := kindredtest.New(t, db)
		s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "amara", DisplayName: "Amara", Email: "amara@example.org", Password: "a long passphrase"})
		if err != nil {
			t.Fatal(err)
		}
		ctx := domain.WithViewer(context.Background(), s.Person)
		t.Run("defaults", func(t *testing.T) {
			prefs, err := svc.MailPreferences(ctx)
			if err != nil || len(prefs) != len(notify.MailKinds) {
				t.Fatalf("got %v, %v", prefs, err)
			}
			for kind, want := range map[notify.MailKind]notify.Cadence{
				notify.MailInvitation: notify.CadenceImmediate, notify.MailJoinRequest: notify.CadenceImmediate,
				notify.MailContributionToConfirm: notify.CadenceDaily, notify.MailProposalClosing: notify.CadenceDaily,
				notify.MailCommitmentDue: notify.CadenceDaily, notify.MailProposalDecided: notify.CadenceWeekly,
				notify.MailMention: notify.CadenceImmediate,
			} {
				if got := cadenceOf(t, prefs, kind); got != want {
					t.Errorf("%s: got %s, want %s", kind, got, want)
				}
			}
		})
		t.Run("change", func(t *testing.T) {
			prefs, err := svc.SetMailPreference(ctx, notify.MailInvitation, notify.CadenceDaily)
			if err != nil || cadenceOf(t, prefs, notify.MailInvitation) != notify.CadenceDaily {
				t.Fatalf("got %v, %v", prefs, err)
			}
			prefs, err = svc.SetMailPreference(ctx, notify.MailInvitation, notify.CadenceWeekly)
			if err != nil || cadenceOf(t, prefs, notify.MailInvitation) != notify.CadenceWeekly || cadenceOf(t, prefs, notify.MailJoinRequest) != notify.CadenceImmediate {
				t.Fatalf("got %v, %v", prefs, err)
			}
		})
		t.Run("refused", func(t *testing.T) {
			for _, tc := range []struct {
				kind    notify.MailKind
				cadence notify.Cadence
				ctx     context.Context
				code    domain.Code
			}{
				{"GOSSIP", notify.CadenceDaily, ctx, domain.CodeInvalid},
				{notify.MailInvitation, "HOURLY", ctx, domain.CodeInvalid},
				{notify.MailInvitation, notify.CadenceDaily, context.Background(), domain.CodeUnauthenticated},
			} {
				if _, err := svc.SetMailPreference(tc.ctx, tc.kind, tc.cadence); domain.ErrorCode(err) != tc.code {
					t.Errorf("%s %s: got %v, want %s", tc.kind, tc.cadence, err, tc.code)
				}
			}
		})
		t.Run("time_zone", func(t *testing.T) {
			if s.Person.TimeZone != "UTC" {
				t.Errorf("without a time zone at sign-up: got %q, want UTC", s.Person.TimeZone)
			}
			paris := "Europe/Paris"
			p, err := svc.UpdateProfile(ctx, accounts.ProfileUpdate{TimeZone: &paris})
			if err != nil || p.TimeZone != paris {
				t.Fatalf("got %v, %v", p, err)
			}
			for _, bad := range []string{"Mars/Olympus_Mons", "../../etc/passwd", "Local"} {
				if _, err := svc.UpdateProfile(ctx, accounts.ProfileUpdate{TimeZone: &bad}); domain.ErrorCode(err) != domain.CodeInvalid {
					t.Errorf("%q: got %v, want invalid", bad, err)
				}
			}
			_, err = svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "bob", DisplayName: "Bob", Email: "bob@example.org",
				Password: "a long passphrase", TimeZone: "Nowhere/Atlantis"})
			if domain.ErrorCode(err) != domain.CodeInvalid {
				t.Errorf("sign-up with a bad time zone: got %v, want invalid", err)
			}
			s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "bob", DisplayName: "Bob", Email: "bob@example.org",
				Password: "a long passphrase", TimeZone: "America/Bogota"})
			if err != nil || s.Person.TimeZone != "America/Bogota" {
				t.Errorf("sign-up with a time zone: got %v, %v", s, err)
			}
		})
	})
}

// TestUnsubscribe: the link of a mail sets its kind to NEVER without a session; a
// forged or altered link changes nothing.
func TestUnsubscribe(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db, true)
		w := f.community(t, nil)
		got := f.mails(t) // amara's two join requests
		if len(got) != 2 {
			t.Fatalf("got %d mails, want 2", len(got))
		}
		token := unsubscribeToken(t, got[0])
		for _, bad := range []string{"", "x", token + "x", "2.JOIN_REQUEST." + token[len("1.JOIN_REQUEST."):], "1.INVITATION." + token[len("1.JOIN_REQUEST."):]} {
			if _, err := f.svc.Unsubscribe(context.Background(), bad); domain.ErrorCode(err) != domain.CodeInvalid {
				t.Errorf("%q: got %v, want invalid", bad, err)
			}
		}
		for range 2 { // a second click answers the same
			kind, err := f.svc.Unsubscribe(context.Background(), token)
			if err != nil || kind != notify.MailJoinRequest {
				t.Fatalf("got %s, %v", kind, err)
			}
		}
		prefs, err := f.svc.MailPreferences(w.amaraC)
		if err != nil || cadenceOf(t, prefs, notify.MailJoinRequest) != notify.CadenceNever || cadenceOf(t, prefs, notify.MailInvitation) != notify.CadenceImmediate {
			t.Fatalf("got %v, %v", prefs, err)
		}
		_, deeC := f.signUp(t, "dee", "")
		if _, err := f.svc.RequestToJoin(deeC, w.c.ID, nil); err == nil {
			t.Fatal("want a refusal without commitment")
		}
		if _, err := f.svc.RequestToJoin(deeC, w.c.ID, []collab.CommitmentInput{hours("1")}); err != nil {
			t.Fatal(err)
		}
		if got := f.mails(t); len(got) != 2 {
			t.Errorf("got %d mails after unsubscribing from join requests, want still 2", len(got))
		}
	})
}

// TestAccountDeletionTakesItsMail: deleting an account withdraws its queued mail and
// its preferences; the export holds preferences and time zone.
func TestAccountDeletionTakesItsMail(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db, false) // mail waits in the queue
		w := f.community(t, map[string]string{"amara": "Europe/Paris"})
		f.prefer(t, w.amaraC, notify.MailProposalDecided, notify.CadenceNever)
		d, err := f.svc.ExportMyData(w.amaraC)
		if err != nil || d.Profile.TimeZone != "Europe/Paris" || len(d.MailPreferences) != 1 || d.MailPreferences[0].Cadence != "NEVER" {
			t.Fatalf("export: got %+v, %v", d, err)
		}
		var queued int64
		db.Raw("SELECT count(*) FROM river_job WHERE CAST(args AS TEXT) NOT LIKE ?", "%"+confirmSubject+"%").Scan(&queued)
		if queued != 2 {
			t.Fatalf("got %d queued, want amara's 2 join requests", queued)
		}
		// amara is the last steward: bob steps up first.
		if _, err := f.svc.PromoteMember(w.amaraC, w.boJoin.ID); err != nil {
			t.Fatal(err)
		}
		if err := f.svc.DeleteAccount(w.amaraC, "a long passphrase"); err != nil {
			t.Fatal(err)
		}
		db.Raw("SELECT count(*) FROM river_job WHERE CAST(args AS TEXT) NOT LIKE ?", "%"+confirmSubject+"%").Scan(&queued)
		var prefs int64
		db.Model(&domain.MailPreference{}).Count(&prefs)
		if queued != 0 || prefs != 0 {
			t.Errorf("after deletion: got %d queued mails and %d preferences, want none", queued, prefs)
		}
	})
}
