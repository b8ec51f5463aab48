package kindred_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// TestConcurrentJoinsBindOnce has many people accept invitations at the same moment,
// each committing toward one need and on one member-count condition. Nothing may be
// lost or counted twice, and each commitment binds exactly once. Run it with -race.
func TestConcurrentJoinsBindOnce(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	_, steward := f.SignUp(t, "amara")
	c, needs := f.NewCollab(t, steward)
	const n = 12
	invites := make([]*domain.Membership, n)
	ctxs := make([]context.Context, n)
	for i := range n {
		s, ctx := f.SignUp(t, fmt.Sprintf("member-%02d", i))
		ctxs[i] = ctx
		m, err := f.Svc.InviteMember(steward, c.ID, s.Person.ID)
		if err != nil {
			t.Fatal(err)
		}
		invites[i] = m
	}
	threshold := n + 1
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.Svc.AcceptInvitation(ctxs[i], invites[i].ID, []collab.CommitmentInput{
				{Kind: domain.KindTime, Quantity: "1", NeedID: &needs[0].ID, Condition: domain.ConditionNeedFilled},
				{Kind: domain.KindTime, Quantity: "0.5", Condition: domain.ConditionMembers, Threshold: &threshold},
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("accept %d: %v", i, err)
		}
	}
	var active int64
	db.Model(&domain.Membership{}).Where("collaboration_id = ? AND status = ?", c.ID, domain.MembershipActive).Count(&active)
	if active != n+1 {
		t.Errorf("got %d active members, want %d", active, n+1)
	}
	var commits []domain.Commitment
	db.Where("collaboration_id = ?", c.ID).Find(&commits)
	if len(commits) != 2*n+1 {
		t.Fatalf("got %d commitments, want %d", len(commits), 2*n+1)
	}
	var sum int64
	for _, cm := range commits {
		sum += cm.Quantity
		if cm.Status != domain.CommitmentBinding {
			t.Errorf("commitment %d: got %s, want BINDING once every condition held", cm.ID, cm.Status)
		}
	}
	if want := int64(200 + n*100 + n*50); sum != want {
		t.Errorf("got %d hundredths of an hour committed, want %d", sum, want)
	}
	var bound []struct {
		SubjectID int64
		N         int
	}
	db.Model(&domain.Activity{}).Select("subject_id, COUNT(*) AS n").Where("verb = ?", "commitment.bound").Group("subject_id").Scan(&bound)
	if len(bound) != 2*n+1 {
		t.Errorf("got %d commitments with a bound activity, want %d", len(bound), 2*n+1)
	}
	for _, b := range bound {
		if b.N != 1 {
			t.Errorf("commitment %d bound %d times, want once", b.SubjectID, b.N)
		}
	}
	p, _ := f.Svc.PledgesByNeed(steward, []int64{needs[0].ID})
	if got := p[needs[0].ID].All(); got != domain.SumOf(200+n*100) {
		t.Errorf("got %d pledged toward the need, want %d", got, 200+n*100)
	}
}

// TestConcurrentClosesOnce has several instances' schedulers close the same due
// proposals at the same moment. Each proposal must close exactly once: one outcome, one
// activity, and for an adopted GOAL proposal one goal revision. Run it with -race.
func TestConcurrentClosesOnce(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	d := f.deciders(t)
	c2, _ := f.NewCollab(t, d.amara)
	f.Join(t, d.amara, d.bo, c2, kindredtest.Hours("1"))
	var props []*domain.Proposal
	for _, c := range []*domain.Collaboration{d.c, c2} {
		goal := f.propose(t, d.amara, c, domain.ProposalGoal, time.Hour)
		f.position(t, d.bo, goal, domain.StanceAgree, "")
		f.position(t, d.amara, goal, domain.StanceAbstain, "") // two take part: quorum
		props = append(props, goal)
		for i := range 10 {
			p := f.propose(t, d.bo, c, domain.ProposalOther, time.Hour+time.Duration(i)*time.Minute)
			st := domain.StanceAgree
			if i%3 == 0 {
				st = domain.StanceDisagree
			}
			f.position(t, d.amara, p, st, "")
			f.position(t, d.bo, p, domain.StanceAbstain, "") // two take part: quorum
			props = append(props, p)
		}
	}
	f.Clock.Advance(2 * time.Hour)
	const instances = 8
	var wg sync.WaitGroup
	closed := make([]int, instances)
	errs := make([]error, instances)
	start := make(chan struct{})
	for i := range instances {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			closed[i], errs[i] = f.Svc.CloseDueProposals(context.Background())
		}()
	}
	close(start)
	wg.Wait()
	total := 0
	for i := range instances {
		if errs[i] != nil {
			t.Errorf("instance %d: %v", i, errs[i])
		}
		total += closed[i]
	}
	t.Logf("closed per instance: %v", closed)
	if total != len(props) {
		t.Errorf("the instances closed %d proposals between them, want %d, each once", total, len(props))
	}
	var outcomes []struct {
		SubjectID int64
		N         int
	}
	db.Model(&domain.Activity{}).Select("subject_id, COUNT(*) AS n").
		Where("subject_type = ? AND verb IN ?", "Proposal", []string{"proposal.adopted", "proposal.rejected"}).Group("subject_id").Scan(&outcomes)
	if len(outcomes) != len(props) {
		t.Errorf("got outcome activities for %d proposals, want %d", len(outcomes), len(props))
	}
	for _, o := range outcomes {
		if o.N != 1 {
			t.Errorf("proposal %d: got %d outcome activities, want 1", o.SubjectID, o.N)
		}
	}
	for _, p := range props {
		if got := f.proposal(t, p.ID).Status; got == domain.ProposalOpen {
			t.Errorf("proposal %d is still OPEN", p.ID)
		}
	}
	var revisions, changes int64
	db.Model(&domain.GoalRevision{}).Where("proposal_id IS NOT NULL").Count(&revisions)
	db.Model(&domain.Activity{}).Where("verb = ?", "collaboration.goal_changed").Count(&changes)
	if revisions != 2 || changes != 2 {
		t.Errorf("got %d goal revisions and %d goal changes from proposals, want one per collaboration", revisions, changes)
	}
}

// TestSameTitleCollaborationsGetDistinctSlugs has two people create collaborations with
// the same title at the same moment, twenty times over: every creation succeeds and
// every collaboration gets a slug of its own. Run it with -race.
func TestSameTitleCollaborationsGetDistinctSlugs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, amara := f.SignUp(t, "amara")
		_, bo := f.SignUp(t, "bo-chen")
		vals := f.Values(t, 1)
		const pairs = 20
		slugs := map[string]int{}
		for i := range pairs {
			title := fmt.Sprintf("Repair cafe %d", i%4)
			var wg sync.WaitGroup
			start := make(chan struct{})
			got := make([]*domain.Collaboration, 2)
			errs := make([]error, 2)
			for j, ctx := range []context.Context{amara, bo} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					got[j], errs[j] = f.Svc.CreateCollaboration(ctx, collab.CollaborationInput{
						Title: title, Goal: "Mend what would be thrown away.", Remote: true,
						Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}}, Commitment: kindredtest.Hours("1"),
					})
				}()
			}
			close(start)
			wg.Wait()
			for j := range 2 {
				if errs[j] != nil {
					t.Errorf("pair %d, creator %d: %v (code %s)", i, j, errs[j], domain.ErrorCode(errs[j]))
					continue
				}
				slugs[got[j].Slug]++
			}
		}
		for s, n := range slugs {
			if n != 1 {
				t.Errorf("slug %q given to %d collaborations, want 1", s, n)
			}
		}
		if t.Failed() {
			return
		}
		if len(slugs) != 2*pairs {
			t.Errorf("got %d distinct slugs, want %d", len(slugs), 2*pairs)
		}
	})
}
