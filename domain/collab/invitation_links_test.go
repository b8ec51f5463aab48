package collab_test

import (
	"testing"
	"time"

	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// link has the steward create a link to w's collaboration that expires in a day.
func (w *world) link(t *testing.T, maxUses *int) (*domain.InvitationLink, string) {
	t.Helper()
	l, token, err := w.Svc.CreateInvitationLink(w.Steward, w.C.ID, collab.InvitationLinkInput{ExpiresAt: w.Clock.Now().Add(24 * time.Hour), MaxUses: maxUses})
	if err != nil || token == "" {
		t.Fatalf("create link: %v", err)
	}
	return l, token
}

func TestCreateInvitationLink(t *testing.T) {
	t.Run("steward_creates", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			l, token := w.link(t, kindredtest.Ptr(3))
			if l.TokenHash == token || l.Uses != 0 || *l.MaxUses != 3 {
				t.Errorf("got %+v; want a hashed token, unused, 3 uses", l)
			}
			links, err := w.Svc.InvitationLinksByCollab(w.Steward, []int64{w.C.ID})
			if err != nil || len(links[w.C.ID]) != 1 {
				t.Errorf("the steward's list: got %v, %v", links, err)
			}
			if links, _ := w.Svc.InvitationLinksByCollab(w.Bo, []int64{w.C.ID}); len(links[w.C.ID]) != 0 {
				t.Errorf("a member sees %d links, want none", len(links[w.C.ID]))
			}
		})
	})
	t.Run("member_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, _, err := w.Svc.CreateInvitationLink(w.Bo, w.C.ID, collab.InvitationLinkInput{ExpiresAt: w.Clock.Now().Add(time.Hour)})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("bad_input_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			now := w.Clock.Now()
			for field, in := range map[string]collab.InvitationLinkInput{
				"expiresAt": {ExpiresAt: now.Add(-time.Minute)},
				"maxUses":   {ExpiresAt: now.Add(time.Hour), MaxUses: kindredtest.Ptr(0)},
			} {
				_, _, err := w.Svc.CreateInvitationLink(w.Steward, w.C.ID, in)
				kindredtest.WantField(t, err, field)
			}
			_, _, err := w.Svc.CreateInvitationLink(w.Steward, w.C.ID, collab.InvitationLinkInput{ExpiresAt: now.Add(collab.MaxLinkLifetime + time.Hour)})
			kindredtest.WantField(t, err, "expiresAt")
			if n := w.Count(t, &domain.InvitationLink{}); n != 0 {
				t.Errorf("refused links stored: %d", n)
			}
		})
	})
	t.Run("open_links_bounded", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			for range collab.MaxOpenLinks {
				w.link(t, nil)
			}
			_, _, err := w.Svc.CreateInvitationLink(w.Steward, w.C.ID, collab.InvitationLinkInput{ExpiresAt: w.Clock.Now().Add(time.Hour)})
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

func TestJoinByInvitationLink(t *testing.T) {
	t.Run("holder_joins_active_by_committing", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			l, token := w.link(t, nil)
			m, err := w.Svc.JoinByInvitationLink(w.Stranger, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			if err != nil || m.Status != domain.MembershipActive || m.InvitationLinkID == nil || *m.InvitationLinkID != l.ID {
				t.Fatalf("got %+v, %v; want ACTIVE by the link", m, err)
			}
			joined, err := w.Svc.JoinedByLink(w.Steward, []int64{l.ID})
			if err != nil || len(joined[l.ID]) != 1 {
				t.Errorf("joined by the link: got %v, %v", joined, err)
			}
		})
	})
	t.Run("commitment_required", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, token := w.link(t, nil)
			_, err := w.Svc.JoinByInvitationLink(w.Stranger, token, nil)
			kindredtest.WantField(t, err, "commitments")
			var l domain.InvitationLink
			w.DB.First(&l)
			if l.Uses != 0 {
				t.Errorf("a refused join used the link: %d uses", l.Uses)
			}
		})
	})
	t.Run("waiting_request_becomes_active", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, token := w.link(t, nil)
			m, err := w.Svc.JoinByInvitationLink(w.Dee, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			if err != nil || m.ID != w.DeeMember.ID || m.Status != domain.MembershipActive {
				t.Errorf("got %+v, %v; want dee's membership ACTIVE", m, err)
			}
		})
	})
	t.Run("expired_link_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, token := w.link(t, nil)
			w.Clock.Advance(25 * time.Hour)
			_, err := w.Svc.JoinByInvitationLink(w.Stranger, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			kindredtest.WantCode(t, err, domain.CodeConflict)
			inv, err := w.Svc.FindInvitation(w.Stranger, token)
			kindredtest.WantCode(t, err, domain.CodeConflict)
			if inv != nil {
				t.Errorf("an expired link showed %+v", inv)
			}
		})
	})
	t.Run("revoked_link_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			l, token := w.link(t, nil)
			if _, err := w.Svc.RevokeInvitationLink(w.Bo, l.ID); domain.ErrorCode(err) != domain.CodeForbidden {
				t.Errorf("a member revoking: got %v, want FORBIDDEN", err)
			}
			if _, err := w.Svc.RevokeInvitationLink(w.Steward, l.ID); err != nil {
				t.Fatal(err)
			}
			_, err := w.Svc.JoinByInvitationLink(w.Stranger, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
	t.Run("used_up_link_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, token := w.link(t, kindredtest.Ptr(1))
			if _, err := w.Svc.JoinByInvitationLink(w.Stranger, token, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil {
				t.Fatal(err)
			}
			_, err := w.Svc.JoinByInvitationLink(w.eve, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
	t.Run("wrong_token_not_found", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			w.link(t, nil)
			_, err := w.Svc.FindInvitation(w.Stranger, "not-a-token")
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
	})
	t.Run("private_collaboration_shown_to_holder", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			private := domain.VisibilityPrivate
			if _, err := w.Svc.UpdateCollaboration(w.Steward, w.C.ID, collab.CollaborationUpdate{Visibility: &private}); err != nil {
				t.Fatal(err)
			}
			_, token := w.link(t, nil)
			if _, err := w.Svc.FindCollaborationBySlug(w.Stranger, w.C.Slug); err == nil {
				t.Fatal("a stranger sees the private collaboration without the link")
			}
			inv, err := w.Svc.FindInvitation(w.Stranger, token)
			if err != nil || inv.Collaboration.Title != w.C.Title || len(inv.Needs) != 2 {
				t.Fatalf("got %+v, %v; want the title and both needs", inv, err)
			}
			if _, err := w.Svc.JoinByInvitationLink(w.Stranger, token, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil {
				t.Errorf("joining the private collaboration by its link: %v", err)
			}
		})
	})
	t.Run("already_member_conflict", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, token := w.link(t, nil)
			_, err := w.Svc.JoinByInvitationLink(w.Bo, token, []collab.CommitmentInput{kindredtest.Hours("1")})
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}
