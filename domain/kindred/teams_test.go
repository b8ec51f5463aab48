package kindred_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// whenAllPledged is a commitment toward need on the condition that every need is pledged.
func whenAllPledged(need *domain.Need, qty string) collab.CommitmentInput {
	in := collab.CommitmentInput{Kind: need.Kind, Quantity: qty, Currency: need.Currency, NeedID: &need.ID, Condition: domain.ConditionAllNeeds}
	return in
}

// statusesByID returns the status of each commitment.
func (f *fixture) statusesByID(t *testing.T, ids ...int64) []domain.CommitmentStatus {
	t.Helper()
	out := make([]domain.CommitmentStatus, len(ids))
	for i, id := range ids {
		var cm domain.Commitment
		if err := f.DB.First(&cm, id).Error; err != nil {
			t.Fatal(err)
		}
		out[i] = cm.Status
	}
	return out
}

// boundOnce fails unless each commitment has exactly one commitment.bound activity.
func (f *fixture) boundOnce(t *testing.T, ids ...int64) {
	t.Helper()
	for _, id := range ids {
		var n int64
		f.DB.Model(&domain.Activity{}).Where("verb = ? AND subject_id = ?", "commitment.bound", id).Count(&n)
		if n != 1 {
			t.Errorf("commitment %d: bound %d times, want once", id, n)
		}
	}
}

func (f *fixture) uncovered(t *testing.T, c *domain.Collaboration) []int64 {
	t.Helper()
	needs, err := collab.UncoveredNeeds(f.DB.DB, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, n := range needs {
		ids = append(ids, n.ID)
	}
	return ids
}

// TestAllNeedsPledgedLastPledgeBindsEveryOne: commitments on "every need pledged" stay
// PENDING while any need is short, and the pledge that covers the last one binds them
// all, in its own transaction.
func TestAllNeedsPledgedLastPledgeBindsEveryOne(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward) // 10 h (2 h bound by amara) and 100 EUR
		var ids []int64
		for i, pledge := range []collab.CommitmentInput{whenAllPledged(needs[0], "5"), whenAllPledged(needs[1], "60"), whenAllPledged(needs[0], "3")} {
			_, ctx := f.SignUp(t, fmt.Sprintf("member-%d", i))
			m := f.Join(t, steward, ctx, c, pledge)
			ids = append(ids, f.CommitmentsOf(t, m)[0].ID)
			for j, st := range f.statusesByID(t, ids...) {
				if st != domain.CommitmentPending {
					t.Fatalf("after pledge %d, commitment %d is %s, want PENDING while a need is short", i, j, st)
				}
			}
		}
		if got := f.uncovered(t, c); len(got) != 1 || got[0] != needs[1].ID {
			t.Fatalf("uncovered: got %v, want only the money need %d", got, needs[1].ID)
		}
		_, last := f.SignUp(t, "last-one")
		lastM := f.Join(t, steward, last, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1"})
		cm, err := f.Svc.MakeCommitment(last, c.ID, whenAllPledged(needs[1], "40"))
		if err != nil {
			t.Fatal(err)
		}
		if cm.Status != domain.CommitmentBinding {
			t.Errorf("the last pledge: got %s, want BINDING", cm.Status)
		}
		ids = append(ids, cm.ID)
		var bound []domain.Commitment
		f.DB.Where("id IN ?", ids).Find(&bound)
		for _, b := range bound {
			if b.Status != domain.CommitmentBinding || b.BoundAt == nil || !b.BoundAt.Equal(*bound[0].BoundAt) {
				t.Errorf("commitment %d: got %s bound at %v, want BINDING at the same moment as every other", b.ID, b.Status, b.BoundAt)
			}
		}
		f.boundOnce(t, ids...)
		if got := f.uncovered(t, c); len(got) != 0 {
			t.Errorf("uncovered after the last pledge: got %v, want none", got)
		}
		if n := len(f.CommitmentsOf(t, lastM)); n != 2 {
			t.Errorf("got %d commitments of the last one, want 2", n)
		}
	})
}

// TestAllNeedsPledgedAllOrNothingOnFailure: when the transaction of the last pledge
// fails after it was stored, nothing binds: the pledge and the binding are one.
func TestAllNeedsPledgedAllOrNothingOnFailure(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward)
		_, bo := f.SignUp(t, "bo-chen")
		first := f.CommitmentsOf(t, f.Join(t, steward, bo, c, whenAllPledged(needs[0], "8")))[0]
		_, dee := f.SignUp(t, "dee-ra")
		// A request that completes the needs, approved by someone who is not a steward:
		// the approval fails, and with it the binding it would have brought.
		m, err := f.Svc.RequestToJoin(dee, c.ID, []collab.CommitmentInput{whenAllPledged(needs[1], "100")})
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.ApproveMember(bo, m.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if got := f.statusesByID(t, first.ID); got[0] != domain.CommitmentPending {
			t.Errorf("got %s, want PENDING when the completing step failed", got[0])
		}
		if _, err := f.Svc.ApproveMember(steward, m.ID); err != nil {
			t.Fatal(err)
		}
		ids := []int64{first.ID, f.CommitmentsOf(t, m)[0].ID}
		for i, st := range f.statusesByID(t, ids...) {
			if st != domain.CommitmentBinding {
				t.Errorf("commitment %d: got %s after the approval, want BINDING", i, st)
			}
		}
		f.boundOnce(t, ids...)
	})
}

// TestAllNeedsPledgedWithdrawnPledgeBeforeCompletion: a pledge withdrawn before the team
// formed no longer counts; the needs are short again until someone else pledges, and it
// never binds.
func TestAllNeedsPledgedWithdrawnPledgeBeforeCompletion(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward)
		_, bo := f.SignUp(t, "bo-chen")
		boM := f.Join(t, steward, bo, c, kindredtest.Hours("1"), whenAllPledged(needs[0], "8"))
		boPledge := f.CommitmentsOf(t, boM)[1]
		if _, err := f.Svc.WithdrawCommitment(bo, boPledge.ID); err != nil {
			t.Fatal(err)
		}
		_, dee := f.SignUp(t, "dee-ra")
		deePledge := f.CommitmentsOf(t, f.Join(t, steward, dee, c, whenAllPledged(needs[1], "100")))[0]
		if got := f.statusesByID(t, deePledge.ID); got[0] != domain.CommitmentPending {
			t.Fatalf("got %s, want PENDING: the time need is short again after the withdrawal", got[0])
		}
		if got := f.uncovered(t, c); len(got) != 1 || got[0] != needs[0].ID {
			t.Fatalf("uncovered: got %v, want the time need %d", got, needs[0].ID)
		}
		_, eve := f.SignUp(t, "eve-li")
		evePledge := f.CommitmentsOf(t, f.Join(t, steward, eve, c, whenAllPledged(needs[0], "8")))[0]
		got := f.statusesByID(t, boPledge.ID, deePledge.ID, evePledge.ID)
		want := []domain.CommitmentStatus{domain.CommitmentWithdrawn, domain.CommitmentBinding, domain.CommitmentBinding}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("commitment %d: got %s, want %s", i, got[i], want[i])
			}
		}
	})
}

// TestAllNeedsPledgedOnlyWhileForming: once a collaboration is ACTIVE the team has
// formed, and the condition is refused with a reason.
func TestAllNeedsPledgedOnlyWhileForming(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward)
		if _, err := f.Svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationActive); err != nil {
			t.Fatal(err)
		}
		_, err := f.Svc.MakeCommitment(steward, c.ID, whenAllPledged(needs[0], "1"))
		kindredtest.WantField(t, err, "commitment.condition.kind")
	})
}

// TestConcurrentLastPledgesBindOnce has many members make the completing pledge at the
// same moment. The collaboration's row lock puts them in line: the first binds everyone
// waiting, the rest bind their own, and no commitment binds twice. Run it with -race.
func TestConcurrentLastPledgesBindOnce(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	_, steward := f.SignUp(t, "amara")
	c, needs := f.NewCollab(t, steward)
	_, bo := f.SignUp(t, "bo-chen")
	waiting := f.CommitmentsOf(t, f.Join(t, steward, bo, c, whenAllPledged(needs[0], "8")))[0]
	const n = 8
	ctxs := make([]context.Context, n)
	for i := range n {
		_, ctxs[i] = f.SignUp(t, fmt.Sprintf("racer-%d", i))
		f.Join(t, steward, ctxs[i], c, kindredtest.Hours("1"))
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	got := make([]*domain.Commitment, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i], errs[i] = f.Svc.MakeCommitment(ctxs[i], c.ID, whenAllPledged(needs[1], "100"))
		}()
	}
	close(start)
	wg.Wait()
	ids := []int64{waiting.ID}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("racer %d: %v", i, errs[i])
		}
		if got[i].Status != domain.CommitmentBinding {
			t.Errorf("racer %d: got %s, want BINDING", i, got[i].Status)
		}
		ids = append(ids, got[i].ID)
	}
	f.boundOnce(t, ids...)
	// The waiting commitment bound in the transaction of exactly one racer: its bound
	// activity lies among that racer's own, after every earlier racer's.
	var acts []domain.Activity
	f.DB.Where("verb = ? AND subject_id IN ?", "commitment.bound", ids).Order("id").Find(&acts)
	if len(acts) != n+1 {
		t.Fatalf("got %d bound activities, want %d", len(acts), n+1)
	}
	pos := -1
	for i, a := range acts {
		if a.SubjectID == waiting.ID {
			pos = i
		}
	}
	if pos > 1 {
		t.Errorf("the waiting commitment bound after %d racers' commitments, want with the first", pos)
	}
}

// TestProposeTeamAndInviteIt: the proposed team is the fewest people outside the
// collaboration who list the uncovered needs' skills, best aligned on a tie; members,
// the invited and PRIVATE people are never proposed; the steward invites the team in one
// step, and an invitation that cannot be made invites nobody.
func TestProposeTeamAndInviteIt(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward) // values: the first two of the catalog, weights 5 and 2
		if _, err := f.Svc.AddNeed(steward, c.ID, collab.NeedInput{Kind: domain.KindSkill, Quantity: "4", Skill: "Welding"}); err != nil {
			t.Fatal(err)
		}
		vals := f.Values(t, 2)
		priv := domain.VisibilityPrivate
		person := func(handle string, strength int, private bool, skills ...string) (*domain.Person, context.Context) {
			s, ctx := f.SignUp(t, handle)
			upd := accounts.ProfileUpdate{Skills: skills, SkillsSet: true}
			if private {
				upd.Visibility = &priv
			}
			if _, err := f.Svc.UpdateProfile(ctx, upd); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: strength}); err != nil {
				t.Fatal(err)
			}
			return s.Person, ctx
		}
		both, _ := person("both-low", 1, false, "logistics", "welding")
		bothBetter, _ := person("both-high", 5, false, "Logistics", "Welding")
		person("hidden", 5, true, "logistics", "welding")
		person("welder", 5, false, "welding")
		member, memberCtx := person("member", 5, false, "logistics", "welding")
		f.Join(t, steward, memberCtx, c, kindredtest.Hours("1"))
		invited, _ := person("invited", 5, false, "logistics", "welding")
		if _, err := f.Svc.InviteMember(steward, c.ID, invited.ID); err != nil {
			t.Fatal(err)
		}
		_ = member
		team, err := f.Svc.ProposeTeam(steward, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(team.Skills) != 2 || team.Skills[0] != needs[0].Skill || team.Skills[1] != "welding" || !team.Exact || len(team.Uncoverable) != 0 {
			t.Fatalf("got skills %v exact %v uncoverable %v, want logistics and welding, exact, all coverable", team.Skills, team.Exact, team.Uncoverable)
		}
		if len(team.Members) != 1 || team.Members[0].PersonID != bothBetter.ID {
			t.Fatalf("got %+v, want only %s (one person covers both; the better aligned of two)", team.Members, bothBetter.Handle)
		}
		_, err = f.Svc.ProposeTeam(memberCtx, c.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)

		_, err = f.Svc.InviteTeam(steward, c.ID, []int64{both.ID, invited.ID})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		var m domain.Membership
		if err := f.DB.Where("collaboration_id = ? AND person_id = ?", c.ID, both.ID).Limit(1).Find(&m).Error; err != nil || m.ID != 0 {
			t.Fatalf("got %+v, %v: a failed team invitation must invite nobody", m, err)
		}
		ms, err := f.Svc.InviteTeam(steward, c.ID, []int64{bothBetter.ID, both.ID})
		if err != nil || len(ms) != 2 || ms[0].Status != domain.MembershipInvited || ms[1].Status != domain.MembershipInvited {
			t.Fatalf("invite the team: got %+v, %v", ms, err)
		}
		team, err = f.Svc.ProposeTeam(steward, c.ID)
		if err != nil || len(team.Members) != 1 || team.Members[0].Skills[0] != "welding" {
			t.Fatalf("after inviting: got %+v, %v; want the welder alone (the rest are invited)", team, err)
		}
	})
}
