package ledger_test

import (
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// world is kindredtest's scene with an hour bo logged.
type world struct {
	*kindredtest.Scene
	entry *domain.Contribution
}

func newWorld(t *testing.T, db *database.DB) *world {
	t.Helper()
	w := &world{Scene: kindredtest.NewScene(t, db)}
	var err error
	if w.entry, err = w.Svc.LogContribution(w.Bo, w.C.ID, hour()); err != nil {
		t.Fatal(err)
	}
	return w
}

func hour() ledger.ContributionInput {
	return ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", Note: "done"}
}

// each runs rule on a fresh world, on every database the tests reach.
func each(t *testing.T, rule func(t *testing.T, w *world)) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) { rule(t, newWorld(t, db)) })
}

func TestLogContribution(t *testing.T) {
	t.Run("active_member_logs", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			if w.entry.Quantity != 100 || w.entry.ConfirmedByID != nil {
				t.Errorf("got %+v, want an unconfirmed hour", w.entry)
			}
		})
	})
	t.Run("outsider_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.LogContribution(w.Stranger, w.C.ID, hour())
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("waiting_member_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.LogContribution(w.Dee, w.C.ID, hour())
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("removed_member_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			if _, err := w.Svc.RemoveMember(w.Steward, w.BoMember.ID); err != nil {
				t.Fatal(err)
			}
			_, err := w.Svc.LogContribution(w.Bo, w.C.ID, hour())
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("another_members_commitment_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			theirs := w.CommitmentsOf(t, w.Membership(t, w.C, domain.ViewerFrom(w.Steward)))[0]
			in := hour()
			in.CommitmentID = &theirs.ID
			_, err := w.Svc.LogContribution(w.Bo, w.C.ID, in)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("future_date_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			in := hour()
			in.OccurredAt = kindredtest.Ptr(w.Clock.Now().Add(time.Hour))
			_, err := w.Svc.LogContribution(w.Bo, w.C.ID, in)
			kindredtest.WantField(t, err, "occurredAt")
		})
	})
}

func TestConfirmContribution(t *testing.T) {
	t.Run("another_active_member_confirms", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			e, err := w.Svc.ConfirmContribution(w.Steward, w.entry.ID)
			if err != nil || e.ConfirmedByID == nil || *e.ConfirmedByID != domain.ViewerFrom(w.Steward).ID {
				t.Errorf("got %+v, %v; want confirmed by the steward", e, err)
			}
		})
	})
	t.Run("own_entry_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.ConfirmContribution(w.Bo, w.entry.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("outsider_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.ConfirmContribution(w.Stranger, w.entry.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("waiting_member_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.ConfirmContribution(w.Dee, w.entry.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("confirmed_once", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			if _, err := w.Svc.ConfirmContribution(w.Steward, w.entry.ID); err != nil {
				t.Fatal(err)
			}
			_, err := w.Svc.ConfirmContribution(w.Steward, w.entry.ID)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
	t.Run("removed_members_entry_still_confirmed", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			if _, err := w.Svc.RemoveMember(w.Steward, w.BoMember.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := w.Svc.ConfirmContribution(w.Steward, w.entry.ID); err != nil {
				t.Errorf("confirming a removed member's entry: %v", err)
			}
		})
	})
}

func TestReverseContribution(t *testing.T) {
	t.Run("author_reverses", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			rev, err := w.Svc.ReverseContribution(w.Bo, w.entry.ID, "logged twice")
			if err != nil || rev.Quantity != -100 || rev.ReversesID == nil || *rev.ReversesID != w.entry.ID {
				t.Errorf("got %+v, %v; want the hour taken back", rev, err)
			}
		})
	})
	t.Run("steward_reverses_anyones", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			rev, err := w.Svc.ReverseContribution(w.Steward, w.entry.ID, "wrong collaboration")
			if err != nil || rev.PersonID != w.entry.PersonID {
				t.Errorf("got %+v, %v; want the reversal on bo's record", rev, err)
			}
		})
	})
	t.Run("outsider_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.ReverseContribution(w.Stranger, w.entry.ID, "not mine")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("reason_required", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.ReverseContribution(w.Bo, w.entry.ID, "")
			kindredtest.WantField(t, err, "note")
		})
	})
	t.Run("reversed_once", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			if _, err := w.Svc.ReverseContribution(w.Bo, w.entry.ID, "logged twice"); err != nil {
				t.Fatal(err)
			}
			_, err := w.Svc.ReverseContribution(w.Steward, w.entry.ID, "again")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
	t.Run("reversal_not_reversed", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			rev, err := w.Svc.ReverseContribution(w.Bo, w.entry.ID, "logged twice")
			if err != nil {
				t.Fatal(err)
			}
			_, err = w.Svc.ReverseContribution(w.Steward, rev.ID, "undo")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

// TestCanConfirm: the one rule the mutation and viewerCanConfirm share.
func TestCanConfirm(t *testing.T) {
	active := &domain.Membership{PersonID: 2, Status: domain.MembershipActive}
	one := int64(1)
	for _, tt := range []struct {
		name     string
		m        *domain.Membership
		e        domain.Contribution
		reversed bool
		want     domain.Code
	}{
		{"another_active_member", active, domain.Contribution{PersonID: 1}, false, ""},
		{"no_member_forbidden", nil, domain.Contribution{PersonID: 1}, false, domain.CodeForbidden},
		{"requested_member_forbidden", &domain.Membership{PersonID: 2, Status: domain.MembershipRequested}, domain.Contribution{PersonID: 1}, false, domain.CodeForbidden},
		{"own_entry_forbidden", active, domain.Contribution{PersonID: 2}, false, domain.CodeForbidden},
		{"correction_conflict", active, domain.Contribution{PersonID: 1, ReversesID: &one}, false, domain.CodeConflict},
		{"reversed_conflict", active, domain.Contribution{PersonID: 1}, true, domain.CodeConflict},
		{"confirmed_conflict", active, domain.Contribution{PersonID: 1, ConfirmedByID: &one}, false, domain.CodeConflict},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := ledger.CanConfirm(tt.m, &tt.e, tt.reversed)
			if got := domain.ErrorCode(err); (err == nil) != (tt.want == "") || (err != nil && got != tt.want) {
				t.Errorf("got %v (code %q), want code %q", err, got, tt.want)
			}
		})
	}
}
