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
