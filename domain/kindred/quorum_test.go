package kindred_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/deciding"
	"kindred/domain/kindred/kindredtest"
)

func (f *fixture) close(t *testing.T, after time.Duration) {
	t.Helper()
	f.Clock.Advance(after)
	if _, err := f.Svc.CloseDueProposals(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestQuorumScenarios closes real proposals by the quorum rule.
func TestQuorumScenarios(t *testing.T) {
	t.Run("a_group_of_one_cannot_adopt_a_goal", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			_, amara := f.SignUp(t, "amara")
			c, _ := f.NewCollab(t, amara)
			p := f.propose(t, amara, c, domain.ProposalGoal, 2*time.Hour)
			f.position(t, amara, p, domain.StanceAgree, "")
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalQuorumNotReached || got.QuorumNeeded == nil || *got.QuorumNeeded != 2 || *got.QuorumTaken != 1 || *got.QuorumEligible != 1 {
				t.Fatalf("got %s, %v of %v needed, want QUORUM_NOT_REACHED with 1 of 2", got.Status, got.QuorumTaken, got.QuorumNeeded)
			}
			if got.ClosingReason != "Quorum not reached: 1 of 1 member took part, 2 needed." {
				t.Errorf("got reason %q", got.ClosingReason)
			}
			var now domain.Collaboration
			db.First(&now, c.ID)
			if now.Goal != c.Goal {
				t.Errorf("the goal changed to %q without quorum", now.Goal)
			}
			if got := strings.Join(f.verbs(t, "Proposal", p.ID), ","); got != "proposal.created,position.taken,proposal.quorum_not_reached" &&
				got != "proposal.created,proposal.quorum_not_reached" {
				t.Errorf("got activity %s", got)
			}
			if got := f.inbox(t, amara); len(got) != 1 || got[0] != "PROPOSAL_QUORUM_NOT_REACHED Proposal" {
				t.Errorf("the member got %v, want to hear it closed without quorum", got)
			}
		})
	})
	t.Run("existing_collaborations_need_one_half", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			var c domain.Collaboration
			db.First(&c, d.c.ID)
			if c.QuorumShare != deciding.DefaultQuorumShare {
				t.Errorf("got share %v, want one half", c.QuorumShare)
			}
			// Three members need two; a block with quorum rejects, and says why.
			p := f.propose(t, d.amara, d.c, domain.ProposalOther, 2*time.Hour)
			f.position(t, d.amara, p, domain.StanceAgree, "")
			f.position(t, d.bo, p, domain.StanceBlock, "Not on Sundays.")
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalRejected || got.ClosingReason != "Rejected: 2 of 3 members took part, 2 needed; 1 blocked." {
				t.Errorf("got %s: %q", got.Status, got.ClosingReason)
			}
			if got := f.inbox(t, d.cy); len(got) != 1 || got[0] != "PROPOSAL_REJECTED Proposal" {
				t.Errorf("cy got %v", got)
			}
		})
	})
	t.Run("share_changed_by_an_adopted_proposal", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			propose := func(share *float64) (*domain.Proposal, error) {
				return f.Svc.CreateProposal(d.amara, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalQuorum, Title: "Everyone decides",
					ProposedQuorumShare: share, ClosesAt: f.Clock.Now().Add(2 * time.Hour)})
			}
			for _, bad := range []*float64{nil, kindredtest.Ptr(0.25), kindredtest.Ptr(1.5), kindredtest.Ptr(0.5)} {
				_, err := propose(bad)
				kindredtest.WantField(t, err, "proposedQuorumShare")
			}
			_, err := f.Svc.CreateProposal(d.amara, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Not a quorum",
				ProposedQuorumShare: kindredtest.Ptr(1.0), ClosesAt: f.Clock.Now().Add(2 * time.Hour)})
			kindredtest.WantField(t, err, "proposedQuorumShare")
			p, err := propose(kindredtest.Ptr(1.0))
			if err != nil {
				t.Fatal(err)
			}
			f.position(t, d.amara, p, domain.StanceAgree, "")
			f.position(t, d.bo, p, domain.StanceAgree, "")
			f.close(t, 3*time.Hour)
			var c domain.Collaboration
			db.First(&c, d.c.ID)
			if got := f.proposal(t, p.ID); got.Status != domain.ProposalAdopted || c.QuorumShare != 1 {
				t.Fatalf("got %s and share %v, want ADOPTED and 1", got.Status, c.QuorumShare)
			}
			if got := f.verbs(t, "Collaboration", c.ID); got[len(got)-1] != "collaboration.quorum_changed" {
				t.Errorf("got collaboration activity %v", got)
			}
			// Now two of three no longer decide: everyone must take part.
			next := f.propose(t, d.amara, d.c, domain.ProposalOther, 2*time.Hour)
			f.position(t, d.amara, next, domain.StanceAgree, "")
			f.position(t, d.bo, next, domain.StanceAgree, "")
			st, err := f.Svc.StandingsByProposal(d.amara, []int64{next.ID})
			if err != nil {
				t.Fatal(err)
			}
			if part := st[next.ID].Participation; part == nil || part.Taken != 2 || part.Needed != 3 || part.Eligible != 3 || len(part.Members) != 2 {
				t.Errorf("got participation %+v, want 2 of 3, 3 needed", part)
			}
			f.close(t, 3*time.Hour)
			if got := f.proposal(t, next.ID); got.Status != domain.ProposalQuorumNotReached {
				t.Errorf("got %s, want QUORUM_NOT_REACHED", got.Status)
			}
		})
	})
}

// TestAnonymousPositions: on an anonymous proposal nobody, stewards included, learns who
// took which position: not from the positions, the standing, a position by ID, the
// activity or anyone's export; each sees their own.
func TestAnonymousPositions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		p, err := f.Svc.CreateProposal(d.bo, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Secret ballot",
			Anonymous: true, ClosesAt: f.Clock.Now().Add(2 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		boPos := f.position(t, d.bo, p, domain.StanceAgree, "")
		cyPos := f.position(t, d.cy, p, domain.StanceBlock, "Too soon.")
		f.position(t, d.cy, p, domain.StanceDisagree, "Too soon.")
		for name, ctx := range map[string]context.Context{"amara (steward, no position)": d.amara, "bo": d.bo, "cy": d.cy} {
			own := map[context.Context]int64{d.bo: boPos.ID, d.cy: cyPos.ID}[ctx]
			ps, err := f.Svc.PositionsByProposal(ctx, []int64{p.ID})
			if err != nil {
				t.Fatal(err)
			}
			if got := ps[p.ID]; (own == 0 && len(got) != 0) || (own != 0 && (len(got) != 1 || got[0].ID != own)) {
				t.Errorf("%s: got positions %+v, want only their own", name, got)
			}
			byID, err := f.Svc.FindPositionsByIDs(ctx, []int64{boPos.ID, cyPos.ID})
			if err != nil {
				t.Fatal(err)
			}
			if (own == 0 && len(byID) != 0) || (own != 0 && (len(byID) != 1 || byID[0].ID != own)) {
				t.Errorf("%s: got positions by ID %+v, want only their own", name, byID)
			}
			st, err := f.Svc.StandingsByProposal(ctx, []int64{p.ID})
			if err != nil {
				t.Fatal(err)
			}
			if s := st[p.ID]; s.Tally != (deciding.Tally{Agree: 1, Disagree: 1}) || s.Participation.Taken != 2 || s.Participation.Members != nil {
				t.Errorf("%s: got standing %+v %+v, want counts without names", name, s.Tally, s.Participation)
			}
		}
		// The activity tells that the proposal got positions, not whose.
		var acts []domain.Activity
		db.Where("verb LIKE 'position.%'").Find(&acts)
		if len(acts) != 3 {
			t.Fatalf("got %d position activities, want 3", len(acts))
		}
		for _, a := range acts {
			if a.ActorID != nil || a.SubjectType != "Proposal" || a.SubjectID != p.ID {
				t.Errorf("got activity %+v, want no actor and the proposal as subject", a)
			}
		}
		f.close(t, 3*time.Hour)
		if got := f.proposal(t, p.ID); got.Status != domain.ProposalRejected || *got.QuorumTaken != 2 {
			t.Errorf("got %s with %v taken, want REJECTED with 2", got.Status, got.QuorumTaken)
		}
		// Each export holds the person's own position and nobody else's.
		for ctx, want := range map[context.Context]string{d.bo: `"Stance":"AGREE"`, d.cy: `"Stance":"DISAGREE"`, d.amara: ""} {
			data, err := f.Svc.ExportMyData(ctx)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(data)
			if n := len(data.Positions); (want == "" && n != 0) || (want != "" && (n != 1 || !strings.Contains(string(b), want))) {
				t.Errorf("export: got positions %+v, want %q only", data.Positions, want)
			}
			for _, a := range data.Activity {
				if strings.HasPrefix(a.Verb, "position.") {
					t.Errorf("export names the person on %s", a.Verb)
				}
			}
		}
	})
}

// TestStateDecision: after closing, the author or a steward states what was decided, with
// an optional review date that reminds the active members once it comes.
func TestStateDecision(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		p := f.propose(t, d.bo, d.c, domain.ProposalOther, 2*time.Hour)
		f.position(t, d.bo, p, domain.StanceAgree, "")
		f.position(t, d.cy, p, domain.StanceAgree, "")
		in := deciding.DecisionInput{Statement: "We open on Sundays from March; Bo holds the keys."}
		_, err := f.Svc.StateDecision(d.bo, p.ID, in)
		kindredtest.WantCode(t, err, domain.CodeConflict) // still open
		f.close(t, 3*time.Hour)
		_, err = f.Svc.StateDecision(d.cy, p.ID, in)
		kindredtest.WantCode(t, err, domain.CodeForbidden) // neither author nor steward
		_, err = f.Svc.StateDecision(d.bo, p.ID, deciding.DecisionInput{Statement: " "})
		kindredtest.WantField(t, err, "statement")
		_, err = f.Svc.StateDecision(d.bo, p.ID, deciding.DecisionInput{Statement: in.Statement, ReviewAt: kindredtest.Ptr(f.Clock.Now().Add(-time.Hour))})
		kindredtest.WantField(t, err, "reviewAt")
		got, err := f.Svc.StateDecision(d.bo, p.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		if got.DecisionStatement != in.Statement || got.DecisionStatedByID == nil || *got.DecisionStatedByID != d.boP.ID || got.ReviewAt != nil {
			t.Errorf("got %+v", got)
		}
		// A steward revises it and sets a review date in thirty days.
		review := f.Clock.Now().Add(30 * 24 * time.Hour)
		got, err = f.Svc.StateDecision(d.amara, p.ID, deciding.DecisionInput{Statement: in.Statement + " Reviewed in a month.", ReviewAt: &review})
		if err != nil {
			t.Fatal(err)
		}
		if *got.DecisionStatedByID != d.amaraP.ID || got.ReviewAt == nil || !got.ReviewAt.Equal(review) {
			t.Errorf("got %+v", got)
		}
		if vs := f.verbs(t, "Proposal", p.ID); vs[len(vs)-1] != "proposal.decision_stated" {
			t.Errorf("got activity %v", vs)
		}
		reviews := func(ctx context.Context) int {
			n := 0
			for _, k := range f.inbox(t, ctx) {
				if k == "PROPOSAL_REVIEW Proposal" {
					n++
				}
			}
			return n
		}
		f.Clock.Advance(30*24*time.Hour - time.Minute)
		if _, err := f.Svc.NotifyDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		if n := reviews(d.cy); n != 0 {
			t.Fatalf("reminded %d times before the date", n)
		}
		f.Clock.Advance(time.Minute)
		for range 2 {
			if _, err := f.Svc.NotifyDue(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		for _, ctx := range []context.Context{d.amara, d.bo, d.cy} {
			if n := reviews(ctx); n != 1 {
				t.Errorf("got %d review reminders, want 1 for each member", n)
			}
		}
		// A new date is reminded of anew.
		again := f.Clock.Now().Add(24 * time.Hour)
		if _, err := f.Svc.StateDecision(d.amara, p.ID, deciding.DecisionInput{Statement: "Still open on Sundays.", ReviewAt: &again}); err != nil {
			t.Fatal(err)
		}
		f.Clock.Advance(25 * time.Hour)
		if _, err := f.Svc.NotifyDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		if n := reviews(d.cy); n != 2 {
			t.Errorf("got %d review reminders, want 2 after a new date", n)
		}
	})
}
