package collab_test

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// world is kindredtest's scene with eve invited, who has not answered.
type world struct {
	*kindredtest.Scene
	eve           context.Context
	eveInvitation *domain.Membership
}

func newWorld(t *testing.T, db *database.DB) *world {
	t.Helper()
	w := &world{Scene: kindredtest.NewScene(t, db)}
	eve, eveCtx := w.SignUp(t, "eve-li")
	w.eve = eveCtx
	var err error
	if w.eveInvitation, err = w.Svc.InviteMember(w.Steward, w.C.ID, eve.Person.ID); err != nil {
		t.Fatal(err)
	}
	return w
}

// each runs rule on a fresh world, on every database the tests reach.
func each(t *testing.T, rule func(t *testing.T, w *world)) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) { rule(t, newWorld(t, db)) })
}

// check runs rule in a transaction of w's collaboration as the viewer of ctx.
func (w *world) check(t *testing.T, ctx context.Context, rule func(*gorm.DB, context.Context, *domain.Collaboration) (*domain.Membership, error)) (*domain.Membership, error) {
	t.Helper()
	var m *domain.Membership
	err := w.DB.Transaction(func(tx *gorm.DB) error {
		var err error
		m, err = rule(tx, ctx, w.C)
		return err
	})
	return m, err
}

func TestRequireActive(t *testing.T) {
	each(t, func(t *testing.T, w *world) {
		for name, who := range map[string]context.Context{"steward": w.Steward, "active_member": w.Bo} {
			t.Run(name+"_allowed", func(t *testing.T) {
				if m, err := w.check(t, who, collab.RequireActive); err != nil || m == nil || m.Status != domain.MembershipActive {
					t.Errorf("got %+v, %v; want their active membership", m, err)
				}
			})
		}
		for name, who := range map[string]context.Context{
			"waiting_member": w.Dee, "invited_member": w.eve, "outsider": w.Stranger, "nobody_signed_in": context.Background(),
		} {
			t.Run(name+"_forbidden", func(t *testing.T) {
				_, err := w.check(t, who, collab.RequireActive)
				kindredtest.WantCode(t, err, domain.CodeForbidden)
			})
		}
	})
}

func TestRequireSteward(t *testing.T) {
	each(t, func(t *testing.T, w *world) {
		t.Run("steward_allowed", func(t *testing.T) {
			if m, err := w.check(t, w.Steward, collab.RequireSteward); err != nil || m.Role != domain.MembershipSteward {
				t.Errorf("got %+v, %v; want the steward's membership", m, err)
			}
		})
		for name, who := range map[string]context.Context{"active_member": w.Bo, "waiting_member": w.Dee, "outsider": w.Stranger} {
			t.Run(name+"_forbidden", func(t *testing.T) {
				_, err := w.check(t, who, collab.RequireSteward)
				kindredtest.WantCode(t, err, domain.CodeForbidden)
			})
		}
	})
}

// TestMembershipOrNil: no membership is nil without an error, and a database that fails is
// an error, never "not a member".
func TestMembershipOrNil(t *testing.T) {
	each(t, func(t *testing.T, w *world) {
		bo := domain.ViewerFrom(w.Bo).ID
		t.Run("member_found", func(t *testing.T) {
			if m, err := domain.MembershipOrNil(w.DB.DB, w.C.ID, bo); err != nil || m == nil || m.ID != w.BoMember.ID {
				t.Errorf("got %+v, %v; want bo's membership", m, err)
			}
		})
		t.Run("none_is_nil", func(t *testing.T) {
			if m, err := domain.MembershipOrNil(w.DB.DB, w.C.ID, domain.ViewerFrom(w.Stranger).ID); m != nil || err != nil {
				t.Errorf("got %+v, %v; want nil, nil", m, err)
			}
		})
		t.Run("database_error_returned", func(t *testing.T) {
			tx := w.DB.Begin()
			if err := tx.Rollback().Error; err != nil {
				t.Fatal(err)
			}
			if m, err := domain.MembershipOrNil(tx, w.C.ID, bo); err == nil || m != nil {
				t.Errorf("on a finished transaction: got %+v, %v; want an error", m, err)
			}
		})
	})
}

// TestStewardOnly: what changes a collaboration or its members is refused to a member who
// is not a steward, and nothing changes.
func TestStewardOnly(t *testing.T) {
	each(t, func(t *testing.T, w *world) {
		title := "Taken over"
		for name, act := range map[string]func(ctx context.Context) error{
			"update_collaboration": func(ctx context.Context) error {
				_, err := w.Svc.UpdateCollaboration(ctx, w.C.ID, collab.CollaborationUpdate{Title: &title})
				return err
			},
			"set_status": func(ctx context.Context) error {
				_, err := w.Svc.SetCollaborationStatus(ctx, w.C.ID, domain.CollaborationActive)
				return err
			},
			"add_need": func(ctx context.Context) error {
				_, err := w.Svc.AddNeed(ctx, w.C.ID, collab.NeedInput{Kind: domain.KindTime, Quantity: "3"})
				return err
			},
			"invite_member": func(ctx context.Context) error {
				_, err := w.Svc.InviteMember(ctx, w.C.ID, domain.ViewerFrom(w.Stranger).ID)
				return err
			},
			"approve_member": func(ctx context.Context) error {
				_, err := w.Svc.ApproveMember(ctx, w.DeeMember.ID)
				return err
			},
			"decline_member": func(ctx context.Context) error {
				_, err := w.Svc.DeclineMember(ctx, w.DeeMember.ID)
				return err
			},
			"withdraw_invitation": func(ctx context.Context) error {
				_, err := w.Svc.WithdrawInvitation(ctx, w.eveInvitation.ID)
				return err
			},
			"promote_member": func(ctx context.Context) error {
				_, err := w.Svc.PromoteMember(ctx, w.BoMember.ID)
				return err
			},
		} {
			t.Run(name, func(t *testing.T) {
				before := w.Count(t, &domain.Activity{})
				kindredtest.WantCode(t, act(w.Bo), domain.CodeForbidden)
				if after := w.Count(t, &domain.Activity{}); after != before {
					t.Errorf("a refused change recorded %d activities", after-before)
				}
			})
		}
	})
}

func TestMakeCommitment(t *testing.T) {
	t.Run("active_member_commits", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			cm, err := w.Svc.MakeCommitment(w.Bo, w.C.ID, kindredtest.Hours("3"))
			if err != nil || cm.Quantity != 300 || cm.MembershipID != w.BoMember.ID {
				t.Errorf("got %+v, %v; want 3 hours on bo's membership", cm, err)
			}
		})
	})
	t.Run("outsider_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.MakeCommitment(w.Stranger, w.C.ID, kindredtest.Hours("3"))
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("waiting_member_forbidden", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.MakeCommitment(w.Dee, w.C.ID, kindredtest.Hours("3"))
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
	})
	t.Run("nothing_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			_, err := w.Svc.MakeCommitment(w.Bo, w.C.ID, kindredtest.Hours("0"))
			kindredtest.WantField(t, err, "commitment.quantity")
		})
	})
	t.Run("kind_must_match_need", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			needs, err := w.Svc.NeedsByCollab(w.Bo, []int64{w.C.ID})
			if err != nil {
				t.Fatal(err)
			}
			in := kindredtest.Hours("1")
			in.NeedID = &needs[w.C.ID][1].ID // the money need
			_, err = w.Svc.MakeCommitment(w.Bo, w.C.ID, in)
			kindredtest.WantField(t, err, "commitment.needId")
		})
	})
	t.Run("completed_collaboration_refused", func(t *testing.T) {
		each(t, func(t *testing.T, w *world) {
			for _, st := range []domain.CollaborationStatus{domain.CollaborationActive, domain.CollaborationCompleted} {
				if _, err := w.Svc.SetCollaborationStatus(w.Steward, w.C.ID, st); err != nil {
					t.Fatal(err)
				}
			}
			_, err := w.Svc.MakeCommitment(w.Bo, w.C.ID, kindredtest.Hours("1"))
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}
