package collab_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// mailWorld is a world whose services mail to a real SMTP server; deliver false leaves
// the mail queued.
type mailWorld struct {
	*world
	*kindredtest.Mailbox
}

func eachWithMail(t *testing.T, deliver bool, rule func(t *testing.T, w *mailWorld)) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		rule(t, &mailWorld{world: w, Mailbox: kindredtest.WithMail(t, db, w.Svc, w.Clock, deliver)})
	})
}

func (w *mailWorld) invite(t *testing.T, emails ...string) *collab.EmailInvitations {
	t.Helper()
	got, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: emails})
	if err != nil {
		t.Fatalf("invite %v: %v", emails, err)
	}
	return got
}

// confirm marks handle's address as confirmed.
func (w *mailWorld) confirm(t *testing.T, handle string) {
	t.Helper()
	if err := w.DB.Model(&domain.Person{}).Where("handle = ?", handle).Update("email_verified_at", w.Clock.Now()).Error; err != nil {
		t.Fatal(err)
	}
}

var inviteLink = regexp.MustCompile(`https://kindred\.test/invite/([A-Za-z0-9_-]+)`)

// token is the invitation token in m, checking both parts carry the same link.
func token(t *testing.T, m kindredtest.Mail) string {
	t.Helper()
	got := inviteLink.FindStringSubmatch(m.Text)
	if got == nil || !strings.Contains(m.HTML, `href="`+got[0]+`"`) {
		t.Fatalf("no invitation link in both parts: %q / %q", m.Text, m.HTML)
	}
	return got[1]
}

func TestInviteByEmail(t *testing.T) {
	t.Run("newcomer_gets_a_link_bound_to_the_address", func(t *testing.T) {
		eachWithMail(t, true, func(t *testing.T, w *mailWorld) {
			needs, err := w.Svc.NeedsByCollab(w.Steward, []int64{w.C.ID})
			if err != nil {
				t.Fatal(err)
			}
			need := needs[w.C.ID][0]
			got, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{" New.Comer@Example.org "},
				NeedID: &need.ID, Message: "We would love your <help> on Saturdays."})
			if err != nil || len(got.Mailed) != 1 || len(got.InApp) != 0 {
				t.Fatalf("got %+v, %v; want one mailed invitation", got, err)
			}
			l := got.Mailed[0]
			if l.Email == nil || *l.Email != "new.comer@example.org" || l.MaxUses == nil || *l.MaxUses != 1 || l.NeedID == nil || *l.NeedID != need.ID ||
				!l.ExpiresAt.Equal(w.Clock.Now().Add(collab.EmailInvitationLifetime)) {
				t.Errorf("got link %+v; want bound to the address, once, for the need, for 14 days", l)
			}
			m := w.Received(t, 1)[0]
			if m.To != "new.comer@example.org" || m.Subject != "Amara invites you to join “"+w.C.Title+"” on Kindred" {
				t.Errorf("got mail to %s about %q", m.To, m.Subject)
			}
			for _, want := range []string{w.C.Goal, "We would love your <help> on Saturdays.", "nobody joins without committing something",
				"You get this mail because @amara, a steward of"} {
				if !strings.Contains(m.Text, want) {
					t.Errorf("the text part lacks %q: %s", want, m.Text)
				}
			}
			if !strings.Contains(m.HTML, "We would love your &lt;help&gt; on Saturdays.") {
				t.Errorf("the html part does not escape the message: %s", m.HTML)
			}
			if h := m.Header["List-Unsubscribe"]; len(h) != 0 {
				t.Errorf("an invitation offers to unsubscribe an address with no account: %q", h)
			}
			inv, err := w.Svc.FindInvitation(context.Background(), token(t, m))
			if err != nil || inv.Link.ID != l.ID {
				t.Errorf("the mailed token finds %+v, %v", inv, err)
			}
			var a domain.Activity
			if err := w.DB.Where("verb = ? AND subject_id = ?", "invitation.emailed", l.ID).First(&a).Error; err != nil {
				t.Errorf("no activity entry: %v", err)
			}
		})
	})
	t.Run("newcomer_signs_up_and_joins_active", func(t *testing.T) {
		eachWithMail(t, true, func(t *testing.T, w *mailWorld) {
			w.invite(t, "newcomer@example.org")
			tok := token(t, w.Received(t, 1)[0])
			s, err := w.Svc.SignUp(context.Background(), accounts.SignUpInput{Handle: "newcomer", DisplayName: "Newcomer", Email: "Newcomer@example.org", Password: kindredtest.Password})
			if err != nil {
				t.Fatal(err)
			}
			ctx := domain.WithViewer(context.Background(), s.Person)
			m, err := w.Svc.JoinByInvitationLink(ctx, tok, []collab.CommitmentInput{kindredtest.Hours("2")})
			if err != nil || m.Status != domain.MembershipActive {
				t.Fatalf("got %+v, %v; want ACTIVE", m, err)
			}
			var p domain.Person
			w.DB.First(&p, s.Person.ID)
			if !p.EmailVerified() {
				t.Error("following the mailed link did not confirm the address")
			}
			_, err = w.Svc.JoinByInvitationLink(ctx, tok, []collab.CommitmentInput{kindredtest.Hours("2")})
			kindredtest.WantCode(t, err, domain.CodeConflict)
			if _, err := w.Svc.FindInvitation(context.Background(), tok); domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("a used invitation still shows: %v", err)
			}
		})
	})
	t.Run("only_its_address_may_use_it", func(t *testing.T) {
		eachWithMail(t, true, func(t *testing.T, w *mailWorld) {
			w.invite(t, "newcomer@example.org")
			tok := token(t, w.Received(t, 1)[0])
			members := w.Count(t, &domain.Membership{})
			_, err := w.Svc.JoinByInvitationLink(w.Stranger, tok, []collab.CommitmentInput{kindredtest.Hours("1")})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			if !strings.Contains(err.Error(), "newcomer@example.org") {
				t.Errorf("the refusal does not say where the invitation went: %v", err)
			}
			if n := w.Count(t, &domain.Membership{}); n != members {
				t.Errorf("a refused join stored %d memberships", n-members)
			}
		})
	})
	t.Run("confirmed_account_gets_the_in_app_invitation", func(t *testing.T) {
		eachWithMail(t, true, func(t *testing.T, w *mailWorld) {
			w.confirm(t, "cy-ra")
			got := w.invite(t, "CY-RA@example.org")
			if len(got.Mailed) != 0 || len(got.InApp) != 1 || got.InApp[0].Status != domain.MembershipInvited {
				t.Fatalf("got %+v; want one in-app invitation", got)
			}
			if n := w.Count(t, &domain.InvitationLink{}); n != 0 {
				t.Errorf("got %d links for an in-app invitation", n)
			}
			var n domain.Notification
			if err := w.DB.Where("person_id = ? AND kind = ?", got.InApp[0].PersonID, domain.NotifyInvitation).First(&n).Error; err != nil {
				t.Errorf("the invitee was not notified: %v", err)
			}
		})
	})
	t.Run("unconfirmed_account_gets_mail", func(t *testing.T) {
		eachWithMail(t, true, func(t *testing.T, w *mailWorld) {
			got := w.invite(t, "cy-ra@example.org")
			if len(got.Mailed) != 1 || len(got.InApp) != 0 {
				t.Fatalf("got %+v; want a mailed invitation (the address is not confirmed)", got)
			}
			tok := token(t, w.Received(t, 1)[0])
			if m, err := w.Svc.JoinByInvitationLink(w.Stranger, tok, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil || m.Status != domain.MembershipActive {
				t.Errorf("the address's owner joins: got %+v, %v", m, err)
			}
		})
	})
	t.Run("a_member_already_named", func(t *testing.T) {
		eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
			w.confirm(t, "bo-chen")
			_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{"fresh@example.org", "bo-chen@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeConflict)
			if err == nil || !strings.Contains(err.Error(), "bo-chen@example.org: ") {
				t.Errorf("the conflict does not name the address: %v", err)
			}
			if n := w.Count(t, &domain.InvitationLink{}); n != 0 {
				t.Errorf("a refused invitation stored %d links", n)
			}
		})
	})
	t.Run("waiting_invitation_withdrawn_before_another", func(t *testing.T) {
		eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
			first := w.invite(t, "newcomer@example.org").Mailed[0]
			_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{"newcomer@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeConflict)
			if _, err := w.Svc.RevokeInvitationLink(w.Steward, first.ID); err != nil {
				t.Fatal(err)
			}
			w.invite(t, "newcomer@example.org")
		})
	})
	t.Run("bad_input_stores_nothing", func(t *testing.T) {
		eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
			thousand := make([]string, 1000)
			for i := range thousand {
				thousand[i] = "person" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "@example.org"
			}
			for name, in := range map[string]collab.EmailInvitationInput{
				"none":          {Emails: []string{" ", ""}},
				"malformed":     {Emails: []string{"ok@example.org", "not-an-address", "also@bad"}},
				"thousand":      {Emails: thousand},
				"long_message":  {Emails: []string{"ok@example.org"}, Message: strings.Repeat("x", collab.MaxInvitationMessage+1)},
				"control_chars": {Emails: []string{"ok@example.org"}, Message: "hi\x00"},
			} {
				_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, in)
				want := "emails"
				if strings.Contains(name, "message") || name == "control_chars" {
					want = "message"
				}
				kindredtest.WantField(t, err, want)
				t.Logf("%s: %v", name, err)
			}
			_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{"a@b", "not-an-address"}})
			if err == nil || !strings.Contains(err.Error(), `"a@b", "not-an-address"`) {
				t.Errorf("the error does not name each bad address: %v", err)
			}
			if n := w.Count(t, &domain.InvitationLink{}); n != 0 {
				t.Errorf("refused invitations stored %d links", n)
			}
			if n := w.QueuedMail(t, w.DB); n != 0 {
				t.Errorf("refused invitations queued %d mails", n)
			}
		})
	})
	t.Run("stewards_only", func(t *testing.T) {
		eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
			_, err := w.Svc.InviteByEmail(w.Bo, w.C.ID, collab.EmailInvitationInput{Emails: []string{"friend@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			_, err = w.Svc.InviteByEmail(context.Background(), w.C.ID, collab.EmailInvitationInput{Emails: []string{"friend@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		})
	})
	t.Run("rate_limited_per_steward_and_per_collaboration", func(t *testing.T) {
		eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
			batch := func(prefix string, n int) []string {
				out := make([]string, n)
				for i := range out {
					out[i] = fmt.Sprintf("%s%d@example.org", prefix, i)
				}
				return out
			}
			for i := range collab.MaxEmailInvitesPerSteward / collab.MaxEmailsAtOnce {
				w.invite(t, batch(string(rune('a'+i)), collab.MaxEmailsAtOnce)...)
			}
			_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{"one.more@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeRateLimited)
			// A second steward has a day's share of their own, up to the collaboration's.
			if _, err := w.Svc.PromoteMember(w.Steward, w.BoMember.ID); err != nil {
				t.Fatal(err)
			}
			left := collab.MaxEmailInvitesPerCollab - collab.MaxEmailInvitesPerSteward
			for i := range left / collab.MaxEmailsAtOnce {
				if _, err := w.Svc.InviteByEmail(w.Bo, w.C.ID, collab.EmailInvitationInput{Emails: batch(string(rune('p'+i)), collab.MaxEmailsAtOnce)}); err != nil {
					t.Fatal(err)
				}
			}
			_, err = w.Svc.InviteByEmail(w.Bo, w.C.ID, collab.EmailInvitationInput{Emails: []string{"one.more@example.org"}})
			kindredtest.WantCode(t, err, domain.CodeRateLimited)
			w.Clock.Advance(24 * time.Hour)
			w.invite(t, "next.day@example.org")
		})
	})
}

func TestInviteByEmailWithoutMail(t *testing.T) {
	each(t, func(t *testing.T, w *world) {
		_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{"newcomer@example.org"}})
		kindredtest.WantCode(t, err, domain.CodeMailNotConfigured)
		if n := w.Count(t, &domain.InvitationLink{}); n != 0 {
			t.Errorf("got %d links stored", n)
		}
	})
}

// TestDeleteAccountWithdrawsInvitationsToIt: a deleted account's address is no longer
// kept in invitations, and one still waiting stops working.
func TestDeleteAccountWithdrawsInvitationsToIt(t *testing.T) {
	eachWithMail(t, false, func(t *testing.T, w *mailWorld) {
		l := w.invite(t, "cy-ra@example.org").Mailed[0]
		if err := w.Svc.DeleteAccount(w.Stranger, kindredtest.Password); err != nil {
			t.Fatal(err)
		}
		var got domain.InvitationLink
		w.DB.First(&got, l.ID)
		if got.RevokedAt == nil || got.Email == nil || *got.Email == "cy-ra@example.org" {
			t.Errorf("got %+v; want revoked, the address forgotten", got)
		}
	})
}
