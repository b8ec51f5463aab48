package kindred_test

import (
	"context"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/deciding"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
)

// TestAdoptedOutcomeProposalDefinesTheOutcome: an OUTCOME proposal that names an outcome
// defines it when adopted, not before, and not when rejected; bad definitions are refused
// when proposed and store nothing.
func TestAdoptedOutcomeProposalDefinesTheOutcome(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		outcome := func(target float64) *impact.OutcomeInput {
			return &impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 100, Target: target}
		}
		propose := func(ctx context.Context, o *impact.OutcomeInput) (*domain.Proposal, error) {
			return f.Svc.CreateProposal(ctx, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOutcome, Title: "Measure meals",
				ProposedOutcome: o, ClosesAt: f.Clock.Now().Add(2 * time.Hour)})
		}
		_, err := propose(d.bo, outcome(100))
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.CreateProposal(d.bo, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Not an outcome",
			ProposedOutcome: outcome(200), ClosesAt: f.Clock.Now().Add(2 * time.Hour)})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		adopted, err := propose(d.bo, outcome(400))
		if err != nil {
			t.Fatal(err)
		}
		rejected, err := propose(d.cy, outcome(300))
		if err != nil {
			t.Fatal(err)
		}
		f.position(t, d.amara, adopted, domain.StanceAgree, "")
		f.position(t, d.cy, adopted, domain.StanceAgree, "") // two of three: quorum
		f.position(t, d.amara, rejected, domain.StanceAgree, "")
		f.position(t, d.cy, rejected, domain.StanceBlock, "Not yet")
		if n := f.Count(t, &domain.Outcome{}); n != 0 {
			t.Fatalf("got %d outcomes before closing, want none", n)
		}
		f.Clock.Advance(3 * time.Hour)
		if _, err := f.Svc.CloseDueProposals(context.Background()); err != nil {
			t.Fatal(err)
		}
		var outs []domain.Outcome
		db.Find(&outs)
		if len(outs) != 1 || outs[0].Target != 400 || outs[0].Direction != domain.DirectionIncrease || outs[0].CreatedByID != d.boP.ID {
			t.Fatalf("got outcomes %+v, want the adopted one, by its proposer", outs)
		}
		if p := f.proposal(t, adopted.ID); p.OutcomeID == nil || *p.OutcomeID != outs[0].ID {
			t.Errorf("the adopted proposal does not name its outcome: %+v", p)
		}
		if p := f.proposal(t, rejected.ID); p.OutcomeID != nil {
			t.Errorf("a rejected proposal defined an outcome")
		}
	})
}

// TestAdoptedOutcomeProposalLinksWhatServesIt: an OUTCOME proposal may name needs of its
// collaboration and the proposer's own commitments that serve the outcome; adoption links
// them to the new outcome, keeping their other links; a rejected one links nothing; and
// what a proposal may not name is refused when proposed, storing nothing.
func TestAdoptedOutcomeProposalLinksWhatServesIt(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		var need domain.Need
		db.Where("collaboration_id = ?", d.c.ID).Order("id").First(&need)
		boCommit := f.CommitmentsOf(t, f.Membership(t, d.c, d.boP))[0]
		cyCommit := f.CommitmentsOf(t, f.Membership(t, d.c, d.cyP))[0]
		other, _ := f.NewCollab(t, d.cy)
		var otherNeed domain.Need
		db.Where("collaboration_id = ?", other.ID).First(&otherNeed)
		earlier, err := f.Svc.DefineOutcome(d.amara, d.c.ID, impact.OutcomeInput{Name: "Fridge open days", Unit: "days", Baseline: 0, Target: 30})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Svc.LinkOutcomes(d.amara, domain.LinkNeed, need.ID, []int64{earlier.ID}); err != nil {
			t.Fatal(err)
		}
		propose := func(ctx context.Context, kind domain.ProposalKind, needs, commits []int64) (*domain.Proposal, error) {
			in := deciding.ProposalInput{Kind: kind, Title: "Measure meals", ClosesAt: f.Clock.Now().Add(2 * time.Hour),
				OutcomeNeedIDs: needs, OutcomeCommitmentIDs: commits}
			if kind == domain.ProposalOutcome {
				in.ProposedOutcome = &impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 0, Target: 400}
			}
			return f.Svc.CreateProposal(ctx, d.c.ID, in)
		}
		refused := []struct {
			name           string
			kind           domain.ProposalKind
			needs, commits []int64
		}{
			{"someone_elses_commitment", domain.ProposalOutcome, nil, []int64{cyCommit.ID}},
			{"other_collaborations_need", domain.ProposalOutcome, []int64{otherNeed.ID}, nil},
			{"named_twice", domain.ProposalOutcome, []int64{need.ID, need.ID}, nil},
			{"no_outcome_put_forward", domain.ProposalOther, []int64{need.ID}, nil},
		}
		for _, tt := range refused {
			t.Run(tt.name, func(t *testing.T) {
				_, err := propose(d.bo, tt.kind, tt.needs, tt.commits)
				kindredtest.WantCode(t, err, domain.CodeInvalid)
			})
		}
		if n := f.Count(t, &domain.Proposal{}); n != 0 {
			t.Fatalf("got %d proposals stored by refused requests, want none", n)
		}
		adopted, err := propose(d.bo, domain.ProposalOutcome, []int64{need.ID}, []int64{boCommit.ID})
		if err != nil {
			t.Fatal(err)
		}
		rejected, err := propose(d.bo, domain.ProposalOutcome, []int64{need.ID}, nil)
		if err != nil {
			t.Fatal(err)
		}
		f.position(t, d.amara, adopted, domain.StanceAgree, "")
		f.position(t, d.cy, adopted, domain.StanceAgree, "")
		f.position(t, d.amara, rejected, domain.StanceAgree, "")
		f.position(t, d.cy, rejected, domain.StanceBlock, "Not yet")
		if n := f.Count(t, &domain.CommitmentOutcome{}); n != 0 {
			t.Fatalf("got %d commitment links before adoption, want none", n)
		}
		f.Clock.Advance(3 * time.Hour)
		if _, err := f.Svc.CloseDueProposals(context.Background()); err != nil {
			t.Fatal(err)
		}
		p := f.proposal(t, adopted.ID)
		if p.OutcomeID == nil {
			t.Fatal("the adopted proposal defined no outcome")
		}
		var needLinks, commitLinks []int64
		db.Model(&domain.NeedOutcome{}).Where("need_id = ?", need.ID).Order("id").Pluck("outcome_id", &needLinks)
		db.Model(&domain.CommitmentOutcome{}).Where("commitment_id = ?", boCommit.ID).Pluck("outcome_id", &commitLinks)
		if len(needLinks) != 2 || needLinks[0] != earlier.ID || needLinks[1] != *p.OutcomeID {
			t.Errorf("got the need serving %v, want [%d %d] (its earlier link kept)", needLinks, earlier.ID, *p.OutcomeID)
		}
		if len(commitLinks) != 1 || commitLinks[0] != *p.OutcomeID {
			t.Errorf("got the commitment serving %v, want [%d]", commitLinks, *p.OutcomeID)
		}
		if r := f.proposal(t, rejected.ID); r.Status != domain.ProposalRejected || r.OutcomeID != nil {
			t.Errorf("got the rejected proposal %s with outcome %v, want rejected without", r.Status, r.OutcomeID)
		}
	})
}
