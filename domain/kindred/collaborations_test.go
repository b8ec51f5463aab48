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
)

func hours(h string) collab.CommitmentInput {
	return collab.CommitmentInput{Kind: domain.KindTime, Quantity: h, Description: "help"}
}

// newCollab has steward create a collaboration with a 10-hour need and a 100 EUR need.
func (f *fixture) newCollab(t *testing.T, steward context.Context) (*domain.Collaboration, []*domain.Need) {
	t.Helper()
	vals := someValues(t, f, 2)
	zero := 0
	c, err := f.svc.CreateCollaboration(steward, collab.CollaborationInput{
		Title: "Community fridge", Goal: "Rescue surplus food for the neighbourhood.",
		Values:   []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 5}, {ValueID: vals[1].ID, Weight: 2}},
		Location: "Rotterdam", Needs: []collab.NeedInput{
			{Kind: domain.KindTime, Quantity: "10", Skill: "Logistics"},
			{Kind: domain.KindMoney, Quantity: "100", Currency: "EUR"},
		},
		Commitment: hours("2"), CommitmentNeedIndex: &zero,
	})
	if err != nil {
		t.Fatalf("create collaboration: %v", err)
	}
	needs, err := f.svc.NeedsByCollab(steward, []int64{c.ID})
	if err != nil || len(needs[c.ID]) != 2 {
		t.Fatalf("needs: got %v, %v", needs, err)
	}
	return c, needs[c.ID]
}

func (f *fixture) membership(t *testing.T, c *domain.Collaboration, p *domain.Person) *domain.Membership {
	t.Helper()
	var m domain.Membership
	if err := f.db.Where("collaboration_id = ? AND person_id = ?", c.ID, p.ID).First(&m).Error; err != nil {
		t.Fatalf("membership of %s: %v", p.Handle, err)
	}
	return &m
}

func (f *fixture) commitmentsOf(t *testing.T, m *domain.Membership) []domain.Commitment {
	t.Helper()
	var cs []domain.Commitment
	f.db.Where("membership_id = ?", m.ID).Order("id").Find(&cs)
	return cs
}

// join has the person ask to join with commitments and the steward approve.
func (f *fixture) join(t *testing.T, steward, member context.Context, c *domain.Collaboration, commits ...collab.CommitmentInput) *domain.Membership {
	t.Helper()
	m, err := f.svc.RequestToJoin(member, c.ID, commits)
	if err != nil {
		t.Fatalf("request to join: %v", err)
	}
	if m, err = f.svc.ApproveMember(steward, m.ID); err != nil {
		t.Fatalf("approve: %v", err)
	}
	return m
}

func TestCreateCollaboration(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s, ctx := f.signUp(t, "amara")
		c, needs := f.newCollab(t, ctx)
		if c.Status != domain.CollaborationForming || c.Slug != "community-fridge" {
			t.Errorf("got %+v", c)
		}
		m := f.membership(t, c, s.Person)
		if m.Role != domain.MembershipSteward || m.Status != domain.MembershipActive {
			t.Errorf("creator: got %s %s, want an ACTIVE STEWARD", m.Role, m.Status)
		}
		cs := f.commitmentsOf(t, m)
		if len(cs) != 1 || cs[0].Status != domain.CommitmentBinding || cs[0].Quantity != 200 || *cs[0].NeedID != needs[0].ID {
			t.Errorf("creator's commitment: got %+v, want 2 h BINDING toward the first need", cs)
		}
		if needs[0].Skill != "logistics" || needs[1].Quantity != 10000 || needs[1].Currency != "EUR" {
			t.Errorf("needs: got %+v %+v", needs[0], needs[1])
		}
		c2, _ := f.newCollab(t, ctx)
		if c2.Slug != "community-fridge-2" {
			t.Errorf("second slug: got %s, want community-fridge-2", c2.Slug)
		}
		// Nobody starts a collaboration without committing: every bad part refuses the whole.
		before := f.count(t, &domain.Collaboration{})
		vals := someValues(t, f, 1)
		bad := []collab.CollaborationInput{
			{Title: "No commitment", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true},
			{Title: "Zero", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: hours("0")},
			{Title: "No values", Goal: "A goal long enough.", Remote: true, Commitment: hours("1")},
			{Title: "Weight", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 6}}, Remote: true, Commitment: hours("1")},
			{Title: "Nowhere", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Commitment: hours("1")},
			{Title: "Ended", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: hours("1"), EndsAt: ptr(epoch.Add(-time.Hour))},
			{Title: "Money", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "5"}},
			{Title: "Bad need", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: hours("1"),
				Needs: []collab.NeedInput{{Kind: domain.KindInKind, Quantity: "3"}}},
			{Title: "Past due", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true,
				Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", DueAt: ptr(epoch.Add(-time.Minute))}},
			{Title: "x", Goal: "A goal long enough.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Remote: true, Commitment: hours("1")},
		}
		for _, in := range bad {
			_, err := f.svc.CreateCollaboration(ctx, in)
			wantCode(t, err, domain.CodeInvalid)
		}
		if after := f.count(t, &domain.Collaboration{}); after != before {
			t.Errorf("got %d collaborations after refusals, want %d", after, before)
		}
	})
}

func ptr[T any](v T) *T { return &v }

func TestJoinOnlyByCommitting(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		bo, boCtx := f.signUp(t, "bo-chen")
		c, needs := f.newCollab(t, steward)
		_, err := f.svc.RequestToJoin(boCtx, c.ID, nil)
		wantCode(t, err, domain.CodeInvalid)
		if n := f.count(t, &domain.Membership{}); n != 1 {
			t.Errorf("got %d memberships after a request without commitment, want 1", n)
		}
		m, err := f.svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "3", NeedID: &needs[0].ID}})
		if err != nil || m.Status != domain.MembershipRequested {
			t.Fatalf("request: got %+v, %v", m, err)
		}
		if cs := f.commitmentsOf(t, m); cs[0].Status != domain.CommitmentPending {
			t.Errorf("a requester's commitment: got %s, want PENDING until approved", cs[0].Status)
		}
		_, err = f.svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{hours("1")})
		wantCode(t, err, domain.CodeConflict)
		// Only stewards approve.
		_, err = f.svc.ApproveMember(boCtx, m.ID)
		wantCode(t, err, domain.CodeForbidden)
		if m, err = f.svc.ApproveMember(steward, m.ID); err != nil || m.Status != domain.MembershipActive {
			t.Fatalf("approve: got %+v, %v", m, err)
		}
		if cs := f.commitmentsOf(t, m); cs[0].Status != domain.CommitmentBinding || cs[0].BoundAt == nil {
			t.Errorf("after approval: got %s, want BINDING", cs[0].Status)
		}
		p, err := f.svc.PledgesByNeed(steward, []int64{needs[0].ID})
		if err != nil || p[needs[0].ID].All() != domain.SumOf(500) || p[needs[0].ID].Bound() != domain.SumOf(500) {
			t.Errorf("pledged toward the need: got %+v, %v, want 5 h", p[needs[0].ID], err)
		}
		// An invitation is accepted only with a commitment too.
		cy, cyCtx := f.signUp(t, "cy-ra")
		inv, err := f.svc.InviteMember(steward, c.ID, cy.Person.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.AcceptInvitation(cyCtx, inv.ID, nil)
		wantCode(t, err, domain.CodeInvalid)
		_, err = f.svc.AcceptInvitation(boCtx, inv.ID, []collab.CommitmentInput{hours("1")})
		wantCode(t, err, domain.CodeForbidden)
		if inv, err = f.svc.AcceptInvitation(cyCtx, inv.ID, []collab.CommitmentInput{hours("1")}); err != nil || inv.Status != domain.MembershipActive {
			t.Fatalf("accept: got %+v, %v", inv, err)
		}
		_ = bo
	})
}

func TestConditionsBindOnceAndForGood(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		c, needs := f.newCollab(t, steward)
		// Bo pledges 4 h if three members are active; Cy pledges 50 EUR if the money need is fully pledged.
		_, boCtx := f.signUp(t, "bo-chen")
		three := 3
		bo := f.join(t, steward, boCtx, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Condition: domain.ConditionMembers, Threshold: &three})
		if cs := f.commitmentsOf(t, bo); cs[0].Status != domain.CommitmentPending {
			t.Fatalf("with 2 active members: got %s, want PENDING", cs[0].Status)
		}
		_, cyCtx := f.signUp(t, "cy-ra")
		cy := f.join(t, steward, cyCtx, c, collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "50", Currency: "EUR", NeedID: &needs[1].ID, Condition: domain.ConditionNeedFilled})
		if cs := f.commitmentsOf(t, bo); cs[0].Status != domain.CommitmentBinding {
			t.Fatalf("with 3 active members: got %s, want BINDING", cs[0].Status)
		}
		if cs := f.commitmentsOf(t, cy); cs[0].Status != domain.CommitmentPending {
			t.Fatalf("need half pledged: got %s, want PENDING", cs[0].Status)
		}
		// Dee pledges the other 50 EUR on the same condition: both bind at once.
		_, deeCtx := f.signUp(t, "dee-o")
		dee := f.join(t, steward, deeCtx, c, collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "50", Currency: "EUR", NeedID: &needs[1].ID, Condition: domain.ConditionNeedFilled})
		for _, m := range []*domain.Membership{cy, dee} {
			if cs := f.commitmentsOf(t, m); cs[0].Status != domain.CommitmentBinding {
				t.Errorf("need fully pledged: got %s, want BINDING", cs[0].Status)
			}
		}
		var need domain.Need
		db.First(&need, needs[1].ID)
		if !need.Filled {
			t.Error("a need covered by binding commitments is not marked filled")
		}
		// Never unbinds: Cy and Dee leave, the count drops below three, Bo's stays BINDING.
		if _, err := f.svc.LeaveCollaboration(cyCtx, c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.LeaveCollaboration(deeCtx, c.ID); err != nil {
			t.Fatal(err)
		}
		if cs := f.commitmentsOf(t, bo); cs[0].Status != domain.CommitmentBinding {
			t.Errorf("after members left: got %s, want BINDING for good", cs[0].Status)
		}
		if cs := f.commitmentsOf(t, cy); cs[0].Status != domain.CommitmentBinding {
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
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		_, boCtx := f.signUp(t, "bo-chen")
		ten := 10
		bo := f.join(t, steward, boCtx, c, hours("3"), collab.CommitmentInput{Kind: domain.KindTime, Quantity: "5", Condition: domain.ConditionMembers, Threshold: &ten})
		cs := f.commitmentsOf(t, bo)
		binding, pending := cs[0], cs[1]
		// Withdraw: own PENDING only.
		_, err := f.svc.WithdrawCommitment(steward, pending.ID)
		wantCode(t, err, domain.CodeForbidden)
		_, err = f.svc.WithdrawCommitment(boCtx, binding.ID)
		wantCode(t, err, domain.CodeConflict)
		if w, err := f.svc.WithdrawCommitment(boCtx, pending.ID); err != nil || w.Status != domain.CommitmentWithdrawn {
			t.Fatalf("withdraw: got %+v, %v", w, err)
		}
		// Revise: upward only, own only.
		_, err = f.svc.ReviseCommitment(boCtx, binding.ID, collab.CommitmentRevision{Quantity: ptr("2")})
		wantCode(t, err, domain.CodeInvalid)
		_, err = f.svc.ReviseCommitment(steward, binding.ID, collab.CommitmentRevision{Quantity: ptr("4")})
		wantCode(t, err, domain.CodeForbidden)
		if r, err := f.svc.ReviseCommitment(boCtx, binding.ID, collab.CommitmentRevision{Quantity: ptr("4.5")}); err != nil || r.Quantity != 450 {
			t.Fatalf("revise up: got %+v, %v", r, err)
		}
		// Release: stewards only, BINDING only, never the member's last live commitment.
		_, err = f.svc.ReleaseCommitment(boCtx, binding.ID)
		wantCode(t, err, domain.CodeForbidden)
		_, err = f.svc.ReleaseCommitment(steward, binding.ID)
		wantCode(t, err, domain.CodeConflict)
		extra, err := f.svc.MakeCommitment(boCtx, c.ID, hours("1"))
		if err != nil || extra.Status != domain.CommitmentBinding {
			t.Fatalf("make commitment: got %+v, %v", extra, err)
		}
		if r, err := f.svc.ReleaseCommitment(steward, binding.ID); err != nil || r.Status != domain.CommitmentReleased {
			t.Fatalf("release: got %+v, %v", r, err)
		}
		// The last live commitment cannot be withdrawn either: the member leaves instead.
		_, steward2 := f.signUp(t, "cy-ra")
		cy := f.join(t, steward, steward2, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
		_, err = f.svc.WithdrawCommitment(steward2, f.commitmentsOf(t, cy)[0].ID)
		wantCode(t, err, domain.CodeConflict)
	})
}

func TestLastSteward(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		mine := f.membership(t, c, domain.ViewerFrom(steward))
		_, err := f.svc.LeaveCollaboration(steward, c.ID)
		wantCode(t, err, domain.CodeConflict)
		_, err = f.svc.DemoteMember(steward, mine.ID)
		wantCode(t, err, domain.CodeConflict)
		_, boCtx := f.signUp(t, "bo-chen")
		bo := f.join(t, steward, boCtx, c, hours("1"))
		if _, err := f.svc.PromoteMember(steward, bo.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.DemoteMember(steward, mine.ID); err != nil {
			t.Fatalf("demote self with another steward: %v", err)
		}
		_, err = f.svc.LeaveCollaboration(boCtx, c.ID)
		wantCode(t, err, domain.CodeConflict)
		if _, err := f.svc.LeaveCollaboration(steward, c.ID); err != nil {
			t.Fatalf("a plain member leaves: %v", err)
		}
	})
}

func TestRemovedMember(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		bop, boCtx := f.signUp(t, "bo-chen")
		ten := 10
		bo := f.join(t, steward, boCtx, c, hours("2"), collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
		if _, err := f.svc.RemoveMember(steward, bo.ID); err != nil {
			t.Fatal(err)
		}
		cs := f.commitmentsOf(t, bo)
		if cs[0].Status != domain.CommitmentBinding || cs[1].Status != domain.CommitmentWithdrawn {
			t.Errorf("after removal: got %s and %s, want BINDING kept and PENDING withdrawn", cs[0].Status, cs[1].Status)
		}
		_, err := f.svc.RequestToJoin(boCtx, c.ID, []collab.CommitmentInput{hours("1")})
		wantCode(t, err, domain.CodeForbidden)
		_, err = f.svc.MakeCommitment(boCtx, c.ID, hours("1"))
		wantCode(t, err, domain.CodeForbidden)
		// A steward may invite them back.
		if _, err := f.svc.InviteMember(steward, c.ID, bop.Person.ID); err != nil {
			t.Fatalf("invite back: %v", err)
		}
	})
}

func TestCollaborationStatusAndVisibility(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		_, other := f.signUp(t, "bo-chen")
		c, _ := f.newCollab(t, steward)
		_, err := f.svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationCompleted)
		wantCode(t, err, domain.CodeConflict)
		_, err = f.svc.SetCollaborationStatus(other, c.ID, domain.CollaborationActive)
		wantCode(t, err, domain.CodeForbidden)
		if c, err = f.svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationActive); err != nil || c.Status != domain.CollaborationActive {
			t.Fatalf("activate: %+v, %v", c, err)
		}
		// Once ACTIVE the goal changes only by proposal.
		_, err = f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Goal: ptr("A different goal entirely.")})
		wantCode(t, err, domain.CodeConflict)
		priv := domain.VisibilityPrivate
		if _, err := f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Visibility: &priv}); err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.FindCollaborationBySlug(other, c.Slug)
		wantCode(t, err, domain.CodeNotFound)
		_, err = f.svc.RequestToJoin(other, c.ID, []collab.CommitmentInput{hours("1")})
		wantCode(t, err, domain.CodeNotFound)
		if _, err := f.svc.FindCollaborationBySlug(steward, c.Slug); err != nil {
			t.Errorf("a member sees a private collaboration: %v", err)
		}
		page, err := f.svc.FindCollaborations(context.Background(), collab.CollaborationFilter{})
		if err != nil || page.TotalCount != 0 {
			t.Errorf("signed out: got %d collaborations, want none public", page.TotalCount)
		}
		if _, err := f.svc.SetCollaborationStatus(steward, c.ID, domain.CollaborationCompleted); err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.MakeCommitment(steward, c.ID, hours("1"))
		wantCode(t, err, domain.CodeConflict)
	})
}

// TestRequestersCommitmentsStayPrivate: a request's commitments are for the stewards and
// the requester, not for other members who look them up by ID.
func TestRequestersCommitmentsStayPrivate(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	_, steward := f.signUp(t, "amara")
	c, _ := f.newCollab(t, steward)
	_, member := f.signUp(t, "bo-chen")
	f.join(t, steward, member, c, hours("1"))
	_, requester := f.signUp(t, "cy-ra")
	m, err := f.svc.RequestToJoin(requester, c.ID, []collab.CommitmentInput{hours("3")})
	if err != nil {
		t.Fatal(err)
	}
	cm := f.commitmentsOf(t, m)[0]
	for name, ctx := range map[string]context.Context{"steward": steward, "requester": requester, "member": member} {
		got, err := f.svc.FindCommitmentsByIDs(domain.WithRequestCache(ctx), []int64{cm.ID})
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
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		starts, ends := f.clock.Now().Add(48*time.Hour), f.clock.Now().Add(96*time.Hour)
		c, err := f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{StartsAt: &starts, EndsAt: &ends})
		if err != nil || c.StartsAt == nil || c.EndsAt == nil {
			t.Fatalf("set dates: %+v, %v", c, err)
		}
		// Both at once for one date is ambiguous, and changes nothing.
		_, err = f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{StartsAt: &starts, ClearStartsAt: true, ClearEndsAt: true})
		wantField(t, err, "startsAt")
		_, err = f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{EndsAt: &ends, ClearEndsAt: true})
		wantField(t, err, "endsAt")
		if c, err = f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{ClearEndsAt: true}); err != nil || c.EndsAt != nil || c.StartsAt == nil {
			t.Fatalf("clear the end: %+v, %v", c, err)
		}
		if c, err = f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{ClearStartsAt: true}); err != nil || c.StartsAt != nil {
			t.Fatalf("clear the start: %+v, %v", c, err)
		}
		var stored domain.Collaboration
		if err := db.First(&stored, c.ID).Error; err != nil || stored.StartsAt != nil || stored.EndsAt != nil {
			t.Errorf("stored %+v, %v; want no dates", stored, err)
		}
	})
}

// wantField checks err is BAD_USER_INPUT about field.
func wantField(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, domain.CodeInvalid)
	var de *domain.Error
	if !errors.As(err, &de) || de.Field != field {
		t.Fatalf("got error %v, want one about %s", err, field)
	}
}

// A steward takes back an invitation not yet answered: it can no longer be accepted, the
// record says who withdrew it, and the person may be invited again.
func TestWithdrawInvitation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		cy, cyCtx := f.signUp(t, "cy-ra")
		inv, err := f.svc.InviteMember(steward, c.ID, cy.Person.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.WithdrawInvitation(cyCtx, inv.ID)
		wantCode(t, err, domain.CodeForbidden)
		if inv, err = f.svc.WithdrawInvitation(steward, inv.ID); err != nil || inv.Status != domain.MembershipRemoved {
			t.Fatalf("withdraw: got %+v, %v", inv, err)
		}
		_, err = f.svc.WithdrawInvitation(steward, inv.ID)
		wantCode(t, err, domain.CodeConflict)
		_, err = f.svc.AcceptInvitation(cyCtx, inv.ID, []collab.CommitmentInput{hours("1")})
		wantCode(t, err, domain.CodeConflict)
		var verbs []string
		db.Model(&domain.Activity{}).Where("subject_type = ? AND subject_id = ?", "Membership", inv.ID).Order("id").Pluck("verb", &verbs)
		if strings.Join(verbs, " ") != "membership.invited membership.invitation_withdrawn" {
			t.Errorf("activity %v, want the invitation and its withdrawal", verbs)
		}
		if again, err := f.svc.InviteMember(steward, c.ID, cy.Person.ID); err != nil || again.Status != domain.MembershipInvited || again.ID != inv.ID {
			t.Errorf("invite again: got %+v, %v", again, err)
		}
	})
}

// TestMembershipReadFailureIsInternal: when the database fails to say whether the viewer
// is a member, the answer is an internal error, never "not allowed" or "not found".
func TestMembershipReadFailureIsInternal(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.signUp(t, "amara")
		c, _ := f.newCollab(t, steward)
		if _, err := f.svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{Visibility: ptr(domain.VisibilityPrivate)}); err != nil {
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
		_, err := f.svc.AddNeed(steward, c.ID, collab.NeedInput{Kind: domain.KindTime, Quantity: "3"})
		wantCode(t, err, domain.CodeInternal)
		_, err = f.svc.FindCollaborationBySlug(steward, c.Slug)
		wantCode(t, err, domain.CodeInternal)
	})
}
