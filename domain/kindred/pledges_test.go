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
	"kindred/domain/deciding"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// proposeNeeding puts an OTHER proposal to c that needs 4 hours and 100 EUR, closing in
// two hours, and returns it with its needs.
func (f *fixture) proposeNeeding(t *testing.T, ctx context.Context, c *domain.Collaboration) (*domain.Proposal, []*domain.ProposalNeed) {
	t.Helper()
	p, err := f.Svc.CreateProposal(ctx, c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Rent the van for the harvest",
		ClosesAt: f.Clock.Now().Add(2 * time.Hour), Needs: []collab.NeedInput{
			{Kind: domain.KindTime, Quantity: "4", Description: "drivers"},
			{Kind: domain.KindMoney, Quantity: "100", Currency: "EUR"},
		}})
	if err != nil {
		t.Fatal(err)
	}
	needs, err := f.Svc.NeedsOfProposals(context.Background(), []int64{p.ID})
	if err != nil || len(needs[p.ID]) != 2 {
		t.Fatalf("got needs %v, %v", needs, err)
	}
	return p, needs[p.ID]
}

func (f *fixture) pledge(t *testing.T, ctx context.Context, n *domain.ProposalNeed, qty string) *domain.Commitment {
	t.Helper()
	cm, err := f.Svc.Pledge(ctx, deciding.PledgeInput{NeedID: n.ID, Quantity: qty})
	if err != nil {
		t.Fatalf("pledge %s: %v", qty, err)
	}
	return cm
}

func (f *fixture) statuses(t *testing.T, cms ...*domain.Commitment) []domain.CommitmentStatus {
	t.Helper()
	out := make([]domain.CommitmentStatus, len(cms))
	for i, cm := range cms {
		var got domain.Commitment
		if err := f.DB.First(&got, cm.ID).Error; err != nil {
			t.Fatal(err)
		}
		out[i] = got.Status
	}
	return out
}

func allAre(got []domain.CommitmentStatus, want domain.CommitmentStatus) bool {
	for _, s := range got {
		if s != want {
			return false
		}
	}
	return len(got) > 0
}

// TestPledgesToProposals closes proposals that carry their resources.
func TestPledgesToProposals(t *testing.T) {
	t.Run("covered_is_adopted_and_every_pledge_binds", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p, needs := f.proposeNeeding(t, d.amara, d.c)
			pledges := []*domain.Commitment{
				f.pledge(t, d.bo, needs[0], "2.5"), f.pledge(t, d.cy, needs[0], "1.5"), f.pledge(t, d.amara, needs[1], "100"),
			}
			if got := pledges[0]; got.Status != domain.CommitmentPending || got.ConditionKind != domain.ConditionProposalAdopted {
				t.Fatalf("a pledge is %s on %s, want PENDING on PROPOSAL_ADOPTED", got.Status, got.ConditionKind)
			}
			f.position(t, d.amara, p, domain.StanceAgree, "")
			f.position(t, d.bo, p, domain.StanceAgree, "")
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalAdopted || got.ClosingReason != "Adopted: 2 of 3 members took part, 2 needed; nobody blocked and 2 agreed against 0 disagreeing; its pledges cover what it needs." {
				t.Fatalf("got %s: %q", got.Status, got.ClosingReason)
			}
			if st := f.statuses(t, pledges...); !allAre(st, domain.CommitmentBinding) {
				t.Errorf("pledges are %v, want all BINDING", st)
			}
			var bound domain.Commitment
			db.First(&bound, pledges[0].ID)
			if bound.BoundAt == nil || !bound.BoundAt.Equal(got.ClosedAt.UTC()) {
				t.Errorf("bound at %v, want the closing time %v", bound.BoundAt, got.ClosedAt)
			}
		})
	})
	t.Run("consent_without_cover_is_not_adopted_and_every_pledge_lapses", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p, needs := f.proposeNeeding(t, d.amara, d.c)
			pledges := []*domain.Commitment{f.pledge(t, d.bo, needs[0], "4"), f.pledge(t, d.cy, needs[1], "60")}
			f.position(t, d.amara, p, domain.StanceAgree, "")
			f.position(t, d.bo, p, domain.StanceAgree, "")
			f.position(t, d.cy, p, domain.StanceAgree, "")
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			want := "Not adopted: 3 of 3 members took part, 2 needed; nobody blocked and 3 agreed against 0 disagreeing, but its pledges fall short: 60.00 of 100.00 EUR."
			if got.Status != domain.ProposalNotCovered || got.ClosingReason != want {
				t.Fatalf("got %s: %q", got.Status, got.ClosingReason)
			}
			for _, cm := range pledges {
				var c domain.Commitment
				db.First(&c, cm.ID)
				if c.Status != domain.CommitmentLapsed || c.LapseReason != `The proposal "Rent the van for the harvest" closed with its pledges short of what it needs.` || c.BoundAt != nil {
					t.Errorf("pledge %d is %s (%q), want LAPSED saying why", c.ID, c.Status, c.LapseReason)
				}
			}
			if got := f.inbox(t, d.cy); len(got) != 1 || got[0] != "PROPOSAL_NOT_COVERED Proposal" {
				t.Errorf("cy got %v, want to hear it was not covered", got)
			}
			if _, err := f.Svc.LogContribution(d.bo, d.c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", CommitmentID: &pledges[0].ID}); domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("a contribution against a lapsed pledge: got %v, want CONFLICT", err)
			}
		})
	})
	t.Run("without_quorum_pledges_lapse", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p, needs := f.proposeNeeding(t, d.amara, d.c)
			cm := f.pledge(t, d.bo, needs[0], "4")
			f.close(t, 3*time.Hour)
			if got := f.proposal(t, p.ID); got.Status != domain.ProposalQuorumNotReached {
				t.Fatalf("got %s", got.Status)
			}
			if st := f.statuses(t, cm); st[0] != domain.CommitmentLapsed {
				t.Errorf("got %s, want LAPSED", st[0])
			}
		})
	})
	t.Run("a_pledge_withdrawn_before_closing_does_not_count", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p, needs := f.proposeNeeding(t, d.amara, d.c)
			withdrawn := f.pledge(t, d.bo, needs[0], "4")
			kept := []*domain.Commitment{f.pledge(t, d.cy, needs[0], "3"), f.pledge(t, d.amara, needs[1], "100")}
			// A pledge is not what makes bo a member: withdrawing it leaves his commitment be.
			if _, err := f.Svc.WithdrawCommitment(d.bo, withdrawn.ID); err != nil {
				t.Fatal(err)
			}
			f.position(t, d.amara, p, domain.StanceAgree, "")
			f.position(t, d.cy, p, domain.StanceAgree, "")
			f.close(t, 3*time.Hour)
			if got := f.proposal(t, p.ID); got.Status != domain.ProposalNotCovered {
				t.Fatalf("got %s (%s), want NOT_COVERED with 3 of 4 hours", got.Status, got.ClosingReason)
			}
			if st := f.statuses(t, withdrawn); st[0] != domain.CommitmentWithdrawn {
				t.Errorf("the withdrawn pledge is %s", st[0])
			}
			if st := f.statuses(t, kept...); !allAre(st, domain.CommitmentLapsed) {
				t.Errorf("the kept pledges are %v, want LAPSED", st)
			}
		})
	})
	t.Run("withdrawing_the_proposal_lapses_its_pledges", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p, needs := f.proposeNeeding(t, d.amara, d.c)
			cm := f.pledge(t, d.bo, needs[0], "1")
			if _, err := f.Svc.WithdrawProposal(d.amara, p.ID); err != nil {
				t.Fatal(err)
			}
			var got domain.Commitment
			db.First(&got, cm.ID)
			if got.Status != domain.CommitmentLapsed || got.LapseReason != `The proposal "Rent the van for the harvest" was withdrawn by its author.` {
				t.Errorf("got %s (%q)", got.Status, got.LapseReason)
			}
		})
	})
	t.Run("bad_pledges_are_refused_and_store_nothing", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			_, needs := f.proposeNeeding(t, d.amara, d.c)
			_, outsider := f.SignUp(t, "dee")
			before := f.Count(t, &domain.Commitment{})
			past := f.Clock.Now().Add(-time.Hour)
			for _, tt := range []struct {
				name string
				ctx  context.Context
				in   deciding.PledgeInput
				code domain.Code
			}{
				{"zero", d.bo, deciding.PledgeInput{NeedID: needs[0].ID, Quantity: "0"}, domain.CodeInvalid},
				{"too_precise_money", d.bo, deciding.PledgeInput{NeedID: needs[1].ID, Quantity: "1.001"}, domain.CodeInvalid},
				{"unknown_need", d.bo, deciding.PledgeInput{NeedID: needs[1].ID + 100, Quantity: "1"}, domain.CodeNotFound},
				{"outsider", outsider, deciding.PledgeInput{NeedID: needs[0].ID, Quantity: "1"}, domain.CodeForbidden},
				{"due_in_the_past", d.bo, deciding.PledgeInput{NeedID: needs[0].ID, Quantity: "1", DueAt: &past}, domain.CodeInvalid},
			} {
				if _, err := f.Svc.Pledge(tt.ctx, tt.in); domain.ErrorCode(err) != tt.code {
					t.Errorf("%s: got %v, want %s", tt.name, err, tt.code)
				}
			}
			f.Clock.Advance(2 * time.Hour)
			if _, err := f.Svc.Pledge(d.bo, deciding.PledgeInput{NeedID: needs[0].ID, Quantity: "1"}); domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("after the closing time: got %v, want CONFLICT", err)
			}
			if got := f.Count(t, &domain.Commitment{}); got != before {
				t.Errorf("%d commitments stored by refused pledges", got-before)
			}
			if _, err := f.Svc.CreateProposal(d.amara, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Eleven needs",
				ClosesAt: f.Clock.Now().Add(2 * time.Hour), Needs: make([]collab.NeedInput, deciding.MaxProposalNeeds+1)}); domain.ErrorCode(err) != domain.CodeInvalid {
				t.Errorf("too many needs: got %v", err)
			}
		})
	})
}

// TestConcurrentPledgesAtClosing pledges from many members at the moment the proposal
// closes: each pledge is either counted and binds, or refused; none is lost or counted
// twice. Run it with -race.
func TestConcurrentPledgesAtClosing(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	_, amara := f.SignUp(t, "amara")
	c, _ := f.NewCollab(t, amara)
	const n = 12
	ctxs := make([]context.Context, n)
	for i := range n {
		_, ctxs[i] = f.SignUp(t, fmt.Sprintf("member-%02d", i))
		f.Join(t, amara, ctxs[i], c, kindredtest.Hours("1"))
	}
	p, needs := f.proposeNeeding(t, amara, c)
	f.pledge(t, amara, needs[0], "4")
	f.pledge(t, amara, needs[1], "100")
	for i := range n {
		f.position(t, ctxs[i], p, domain.StanceAgree, "")
	}
	f.Clock.Advance(2*time.Hour - time.Millisecond)
	closer, closerClock := kindredtest.New(t, db)
	closerClock.Set(p.ClosesAt)
	var wg sync.WaitGroup
	made := make([]*domain.Commitment, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			made[i], errs[i] = f.Svc.Pledge(ctxs[i], deciding.PledgeInput{NeedID: needs[0].ID, Quantity: "0.5"})
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := closer.CloseDueProposals(context.Background()); err != nil {
			t.Error(err)
		}
	}()
	wg.Wait()
	if got := f.proposal(t, p.ID); got.Status != domain.ProposalAdopted {
		t.Fatalf("got %s: %s", got.Status, got.ClosingReason)
	}
	for i, err := range errs {
		switch {
		case err == nil:
			if st := f.statuses(t, made[i]); st[0] != domain.CommitmentBinding {
				t.Errorf("pledge %d made before the close is %s, want BINDING", i, st[0])
			}
		case domain.ErrorCode(err) != domain.CodeConflict:
			t.Errorf("pledge %d: got %v, want it made or CONFLICT", i, err)
		}
	}
	var pending, binding, boundEntries int64
	db.Model(&domain.Commitment{}).Where("proposal_need_id IS NOT NULL AND status = ?", domain.CommitmentPending).Count(&pending)
	db.Model(&domain.Commitment{}).Where("proposal_need_id IS NOT NULL AND status = ?", domain.CommitmentBinding).Count(&binding)
	db.Model(&domain.Activity{}).Where("verb = ? AND subject_id IN (?)", "commitment.bound",
		db.Model(&domain.Commitment{}).Select("id").Where("proposal_need_id IS NOT NULL")).Count(&boundEntries)
	if pending != 0 || boundEntries != binding {
		t.Errorf("%d pledges left pending; %d bound entries for %d binding pledges", pending, boundEntries, binding)
	}
}
