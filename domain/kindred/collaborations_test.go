package kindred_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

func TestCreateCollaboration(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s, ctx := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, ctx)
		if c.Status != domain.CollaborationForming || c.Slug != "community-fridge" {
			t.Errorf("got %+v", c)
		}
		m := f.Membership(t, c, s.Person)
		if m.Role != domain.MembershipSteward || m.Status != domain.MembershipActive {
			t.Errorf("creator: got %s %s, want an ACTIVE STEWARD", m.Role, m.Status)
		}
		cs := f.CommitmentsOf(t, m)
		if len(cs) != 1 || cs[0].Status != domain.CommitmentBinding || cs[0].Quantity != 200 || *cs[0].NeedID != needs[0].ID {
			t.Errorf("creator's commitment: got %+v, want 2 h BINDING toward the first need", cs)
		}
		if needs[0].Skill != "logistics" || needs[1].Quantity != 10000 || needs[1].Currency != "EUR" {
			t.Errorf("needs: got %+v %+v", needs[0], needs[1])
		}
		c2, _ := f.NewCollab(t, ctx)
		if c2.Slug != "community-fridge-2" {
			t.Errorf("second slug: got %s, want community-fridge-2", c2.Slug)
		}
		// Nobody starts a collaboration without committing: every bad part refuses the whole.
		before := f.Count(t, &domain.Collaboration{})
		vals := f.Values(t, 1)
		bad := []collab.CollaborationInput{
			{Title: "No commitment", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true},
			{Title: "Zero", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: kindredtest.Hours("0")},
			{Title: "No values", Goal: "A goal long enough.", Remote: true, Commitment: kindredtest.Hours("1")},
			{Title: "Weight", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 6}}, Remote: true, Commitment: kindredtest.Hours("1")},
			{Title: "Nowhere", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Commitment: kindredtest.Hours("1")},
			{Title: "Ended", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: kindredtest.Hours("1"), EndsAt: kindredtest.Ptr(epoch.Add(-time.Hour))},
			{Title: "Money", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "5"}},
			{Title: "Bad need", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: kindredtest.Hours("1"),
				Needs: []collab.NeedInput{{Kind: domain.KindInKind, Quantity: "3"}}},
			{Title: "Past due", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true,
				Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", DueAt: kindredtest.Ptr(epoch.Add(-time.Minute))}},
			{Title: "x", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: kindredtest.Hours("1")},
		}
		for _, in := range bad {
			_, err := f.Svc.CreateCollaboration(ctx, in)
			kindredtest.WantCode(t, err, domain.CodeInvalid)
		}
		if after := f.Count(t, &domain.Collaboration{}); after != before {
			t.Errorf("got %d collaborations after refusals, want %d", after, before)
		}
	})
}

func TestJoinOnlyByCommitting(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		bo, boCtx := f.SignUp(t, "bo-chen")
		c, needs := f.NewCollab(t, steward)
		_, err := f.Svc.RequestToJoin(boCtx, c.ID, nil)
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		if n := f.Count(t, &domain.Membership{}); n != 1 {
			t.Errorf("got %d memberships after a request without commitment, want 1", n)
		}
		m, err := f.Svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "3", NeedID: &needs[0].ID}})
		if err != nil || m.Status != domain.MembershipRequested {
			t.Fatalf("request: got %+v, %v", m, err)
		}
		if cs := f.CommitmentsOf(t, m); cs[0].Status != domain.CommitmentPending {
			t.Errorf("a requester's commitment: got %s, want PENDING until approved", cs[0].Status)
		}
		_, err = f.Svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		// Only stewards approve.
		_, err = f.Svc.ApproveMember(boCtx, m.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if m, err = f.Svc.ApproveMember(steward, m.ID); err != nil || m.Status != domain.MembershipActive {
			t.Fatalf("approve: got %+v, %v", m, err)
		}
		if cs := f.CommitmentsOf(t, m); cs[0].Status != domain.CommitmentBinding || cs[0].BoundAt == nil {
			t.Errorf("after approval: got %s, want BINDING", cs[0].Status)
		}
		p, err := f.Svc.PledgesByNeed(steward, []int64{needs[0].ID})
		if err != nil || p[needs[0].ID].All() != domain.SumOf(500) || p[needs[0].ID].Bound() != domain.SumOf(500) {
			t.Errorf("pledged toward the need: got %+v, %v, want 5 h", p[needs[0].ID], err)
		}
		// An invitation is accepted only with a commitment too.
		cy, cyCtx := f.SignUp(t, "cy-ra")
		inv, err := f.Svc.InviteMember(steward, c.ID, cy.Person.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.AcceptInvitation(cyCtx, inv.ID, nil)
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.AcceptInvitation(boCtx, inv.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if inv, err = f.Svc.AcceptInvitation(cyCtx, inv.ID, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil || inv.Status != domain.MembershipActive {
			t.Fatalf("accept: got %+v, %v", inv, err)
		}
		_ = bo
	})
}

func TestConditionsBindOnceAndForGood(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, steward)
		// Bo pledges 4 h if three members are active; Cy pledges 50 EUR if the money need is fully pledged.
		_, boCtx := f.SignUp(t, "bo-chen")
		three := 3
		bo := f.Join(t, steward, boCtx, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Condition: domain.ConditionMembers, Threshold: &three})
		if cs := f.CommitmentsOf(t, bo); cs[0].Status != domain.CommitmentPending {
			t.Fatalf("with 2 active members: got %s, want PENDING", cs[0].Status)
		}
		_, cyCtx := f.SignUp(t, "cy-ra")
		cy := f.Join(t, steward, cyCtx, c, collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "50", Currency: "EUR", NeedID: &needs[1].ID, Condition: domain.ConditionNeedFilled})
		if cs := f.CommitmentsOf(t, bo); cs[0].Status != domain.CommitmentBinding {
			t.Fatalf("with 3 active members: got %s, want BINDING", cs[0].Status)
		}
		if cs := f.CommitmentsOf(t, cy); cs[0].Status != domain.CommitmentPending {
			t.Fatalf("need half pledged: got %s, want PENDING", cs[0].Status)
		}
		// Dee pledges the other 50 EUR on the same condition: both bind at once.
		_, deeCtx := f.SignUp(t, "dee-o")
		dee := f.Join(t, steward, deeCtx, c, collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "50", Currency: "EUR", NeedID: &needs[1].ID, Condition: domain.ConditionNeedFilled})
		for _, m := range []*domain.Membership{cy, dee} {
			if cs := f.CommitmentsOf(t, m); cs[0].Status != domain.CommitmentBinding {
				t.Errorf("need fully pledged: got %s, want BINDING", cs[0].Status)
			}
		}
		var need domain.Need
		db.First(&need, needs[1].ID)
		if !need.Filled {
			t.Error("a need covered by binding commitments is not marked filled")
		}
		// Never unbinds: Cy and Dee leave, the count drops below three, Bo's stays BINDING.
		if _, err := f.Svc.LeaveCollaboration(cyCtx, c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.LeaveCollaboration(deeCtx, c.ID); err != nil {
			t.Fatal(err)
		}
		if cs := f.CommitmentsOf(t, bo); cs[0].Status != domain.CommitmentBinding {
			t.Errorf("after members left: got %s, want BINDING for good", cs[0].Status)
		}
		if cs := f.CommitmentsOf(t, cy); cs[0].Status != domain.CommitmentBinding {
			t.Errorf("leaving keeps BINDING commitments in the record: got %s", cs[0].Status)
		}
		var bound int64
		db.Model(&domain.Activity{}).Where("verb = ?", "commitment.bound").Count(&bound)
		if bound != 4 {
			t.Errorf("got %d commitment.bound activities, want 4: the creator, Bo, Cy and Dee, each once", bound)
		}
	})
}

func TestWithdrawReviseRelease(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		_, boCtx := f.SignUp(t, "bo-chen")
		ten := 10
		bo := f.Join(t, steward, boCtx, c, kindredtest.Hours("3"), collab.CommitmentInput{Kind: domain.KindTime, Quantity: "5", Condition: domain.ConditionMembers, Threshold: &ten})
		cs := f.CommitmentsOf(t, bo)
		binding, pending := cs[0], cs[1]
		// Withdraw: own PENDING only.
		_, err := f.Svc.WithdrawCommitment(steward, pending.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.WithdrawCommitment(boCtx, binding.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		if w, err := f.Svc.WithdrawCommitment(boCtx, pending.ID); err != nil || w.Status != domain.CommitmentWithdrawn {
			t.Fatalf("withdraw: got %+v, %v", w, err)
		}
		// Revise: upward only, own only.
		_, err = f.Svc.ReviseCommitment(boCtx, binding.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("2")})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.ReviseCommitment(steward, binding.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("4")})
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if r, err := f.Svc.ReviseCommitment(boCtx, binding.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("4.5")}); err != nil || r.Quantity != 450 {
			t.Fatalf("revise up: got %+v, %v", r, err)
		}
		// Release: stewards only, BINDING only, never the member's last live commitment.
		_, err = f.Svc.ReleaseCommitment(boCtx, binding.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.ReleaseCommitment(steward, binding.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		extra, err := f.Svc.MakeCommitment(boCtx, c.ID, kindredtest.Hours("1"))
		if err != nil || extra.Status != domain.CommitmentBinding {
			t.Fatalf("make commitment: got %+v, %v", extra, err)
		}
		if r, err := f.Svc.ReleaseCommitment(steward, binding.ID); err != nil || r.Status != domain.CommitmentReleased {
			t.Fatalf("release: got %+v, %v", r, err)
		}
		// The last live commitment cannot be withdrawn either: the member leaves instead.
		_, steward2 := f.SignUp(t, "cy-ra")
		cy := f.Join(t, steward, steward2, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
		_, err = f.Svc.WithdrawCommitment(steward2, f.CommitmentsOf(t, cy)[0].ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
	})
}

func TestLastSteward(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		mine := f.Membership(t, c, domain.ViewerFrom(steward))
		_, err := f.Svc.LeaveCollaboration(steward, c.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.DemoteMember(steward, mine.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, boCtx := f.SignUp(t, "bo-chen")
		bo := f.Join(t, steward, boCtx, c, kindredtest.Hours("1"))
		if _, err := f.Svc.PromoteMember(steward, bo.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.DemoteMember(steward, mine.ID); err != nil {
			t.Fatalf("demote self with another steward: %v", err)
		}
		_, err = f.Svc.LeaveCollaboration(boCtx, c.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		if _, err := f.Svc.LeaveCollaboration(steward, c.ID); err != nil {
			t.Fatalf("a plain member leaves: %v", err)
		}
	})
}

func TestRemovedMember(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		bop, boCtx := f.SignUp(t, "bo-chen")
		ten := 10
		bo := f.Join(t, steward, boCtx, c, kindredtest.Hours("2"), collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
		if _, err := f.Svc.RemoveMember(steward, bo.ID); err != nil {
			t.Fatal(err)
		}
		cs := f.CommitmentsOf(t, bo)
		if cs[0].Status != domain.CommitmentBinding || cs[1].Status != domain.CommitmentWithdrawn {
			t.Errorf("after removal: got %s and %s, want BINDING kept and PENDING withdrawn", cs[0].Status, cs[1].Status)
		}
		_, err := f.Svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.MakeCommitment(boCtx, c.ID, kindredtest.Hours("1"))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		// A steward may invite them back.
		if _, err := f.Svc.InviteMember(steward, c.ID, bop.Person.ID); err != nil {
			t.Fatalf("invite back: %v", err)
		}
	})
}

func TestCollaborationStatusAndVisibility(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		_, other := f.SignUp(t, "bo-chen")
		c, _ := f.NewCollab(t, steward)
		_, err := f.Svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationCompleted)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.SetCollaborationStatus(other, c.ID, domain.CollaborationActive)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if c, err = f.Svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationActive); err != nil || c.Status != domain.CollaborationActive {
			t.Fatalf("activate: %+v, %v", c, err)
		}
		// Once ACTIVE the goal changes only by proposal.
		_, err = f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Goal: kindredtest.Ptr("A different goal entirely.")})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		priv := domain.VisibilityPrivate
		if _, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Visibility: &priv}); err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.FindCollaborationBySlug(other, c.Slug)
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		_, err = f.Svc.RequestToJoin(other, c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		if _, err := f.Svc.FindCollaborationBySlug(steward, c.Slug); err != nil {
			t.Errorf("a member sees a private collaboration: %v", err)
		}
		page, err := f.Svc.FindCollaborations(context.Background(), collab.CollaborationFilter{})
		if err != nil || page.TotalCount != 0 {
			t.Errorf("signed out: got %d collaborations, want none public", page.TotalCount)
		}
		if _, err := f.Svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationCompleted); err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.MakeCommitment(steward, c.ID, kindredtest.Hours("1"))
		kindredtest.WantCode(t, err, domain.CodeConflict)
	})
}

// TestRequestersCommitmentsStayPrivate: a request's commitments are for the stewards and
// the requester, not for other members who look them up by ID.
func TestRequestersCommitmentsStayPrivate(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	_, steward := f.SignUp(t, "amara")
	c, _ := f.NewCollab(t, steward)
	_, member := f.SignUp(t, "bo-chen")
	f.Join(t, steward, member, c, kindredtest.Hours("1"))
	_, requester := f.SignUp(t, "cy-ra")
	m, err := f.Svc.RequestToJoin(requester, c.ID, []collab.CommitmentInput{kindredtest.Hours("3")})
	if err != nil {
		t.Fatal(err)
	}
	cm := f.CommitmentsOf(t, m)[0]
	for name, ctx := range map[string]context.Context{"steward": steward, "requester": requester, "member": member} {
		got, err := f.Svc.FindCommitmentsByIDs(domain.WithRequestCache(ctx), []int64{cm.ID})
		if err != nil {
			t.Fatal(err)
		}
		if want := name != "member"; (len(got) == 1) != want {
			t.Errorf("%s: got %d commitments, want visible %v", name, len(got), want)
		}
	}
}

func TestUpdateCollaborationClearsDates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		starts, ends := f.Clock.Now().Add(48*time.Hour), f.Clock.Now().Add(96*time.Hour)
		c, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{StartsAt: &starts, EndsAt: &ends})
		if err != nil || c.StartsAt == nil || c.EndsAt == nil {
			t.Fatalf("set dates: %+v, %v", c, err)
		}
		// Both at once for one date is ambiguous, and changes nothing.
		_, err = f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{StartsAt: &starts, ClearStartsAt: true, ClearEndsAt: true})
		kindredtest.WantField(t, err, "startsAt")
		_, err = f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{EndsAt: &ends, ClearEndsAt: true})
		kindredtest.WantField(t, err, "endsAt")
		if c, err = f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{ClearEndsAt: true}); err != nil || c.EndsAt != nil || c.StartsAt == nil {
			t.Fatalf("clear the end: %+v, %v", c, err)
		}
		if c, err = f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{ClearStartsAt: true}); err != nil || c.StartsAt != nil {
			t.Fatalf("clear the start: %+v, %v", c, err)
		}
		var stored domain.Collaboration
		if err := db.First(&stored, c.ID).Error; err != nil || stored.StartsAt != nil || stored.EndsAt != nil {
			t.Errorf("stored %+v, %v; want no dates", stored, err)
		}
	})
}

// A steward takes back an invitation not yet answered: it can no longer be accepted, the
// record says who withdrew it, and the person may be invited again.
func TestWithdrawInvitation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		cy, cyCtx := f.SignUp(t, "cy-ra")
		inv, err := f.Svc.InviteMember(steward, c.ID, cy.Person.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.WithdrawInvitation(cyCtx, inv.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		if inv, err = f.Svc.WithdrawInvitation(steward, inv.ID); err != nil || inv.Status != domain.MembershipRemoved {
			t.Fatalf("withdraw: got %+v, %v", inv, err)
		}
		_, err = f.Svc.WithdrawInvitation(steward, inv.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.AcceptInvitation(cyCtx, inv.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		var verbs []string
		db.Model(&domain.Activity{}).Where("subject_type = ? AND subject_id = ?", "Membership", inv.ID).Order("id").Pluck("verb", &verbs)
		if strings.Join(verbs, " ") != "membership.invited membership.invitation_withdrawn" {
			t.Errorf("activity %v, want the invitation and its withdrawal", verbs)
		}
		if again, err := f.Svc.InviteMember(steward, c.ID, cy.Person.ID); err != nil || again.Status != domain.MembershipInvited || again.ID != inv.ID {
			t.Errorf("invite again: got %+v, %v", again, err)
		}
	})
}

// TestMembershipReadFailureIsInternal: when the database fails to say whether the viewer
// is a member, the answer is an internal error, never "not allowed" or "not found".
func TestMembershipReadFailureIsInternal(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		if _, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Visibility: kindredtest.Ptr(domain.VisibilityPrivate)}); err != nil {
			t.Fatal(err)
		}
		lost := errors.New("connection lost")
		if err := db.Callback().Query().Before("gorm:query").Register("test:lose_memberships", func(tx *gorm.DB) {
			if tx.Statement.Table == "memberships" {
				_ = tx.AddError(lost)
			}
		}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Callback().Query().Remove("test:lose_memberships") })
		_, err := f.Svc.AddNeed(steward, c.ID, collab.NeedInput{Kind: domain.KindTime, Quantity: "3"})
		kindredtest.WantCode(t, err, domain.CodeInternal)
		_, err = f.Svc.FindCollaborationBySlug(steward, c.Slug)
		kindredtest.WantCode(t, err, domain.CodeInternal)
	})
}
