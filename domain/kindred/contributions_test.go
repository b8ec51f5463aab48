package kindred_test

import (
	"context"
	"math"
	"sync"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

func contrib(kind domain.ResourceKind, q string, commitment *int64) ledger.ContributionInput {
	in := ledger.ContributionInput{Kind: kind, Quantity: q, CommitmentID: commitment, Note: "done"}
	if kind == domain.KindMoney {
		in.Currency = "EUR"
	}
	if kind == domain.KindInKind {
		in.Unit = "meals"
	}
	return in
}

// TestLedgerWorkedExamples checks fulfilment, reciprocity, behind, totals and the giver
// record on a hand-computed dataset, the worked example of DESIGN.md among it.
func TestLedgerWorkedExamples(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		bop, bo := f.SignUp(t, "bo-chen")
		due := epoch.Add(48 * time.Hour)
		m := f.Join(t, steward, bo, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "10", DueAt: &due},
			collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "20", Currency: "EUR"})
		cs := f.CommitmentsOf(t, m)
		hoursC, moneyC := cs[0], cs[1]
		log := func(in ledger.ContributionInput) *domain.Contribution {
			t.Helper()
			e, err := f.Svc.LogContribution(bo, c.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			return e
		}
		// DESIGN.md: 10 h committed, 4 h confirmed and 3 h unconfirmed.
		e1, e2 := log(contrib(domain.KindTime, "4", &hoursC.ID)), log(contrib(domain.KindTime, "3", &hoursC.ID))
		if _, err := f.Svc.ConfirmContribution(steward, e1.ID); err != nil {
			t.Fatal(err)
		}
		// A mistaken 8 h entry, confirmed, then reversed: it counts for nothing.
		wrong := log(contrib(domain.KindTime, "8", &hoursC.ID))
		if _, err := f.Svc.ConfirmContribution(steward, wrong.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.ReverseContribution(bo, wrong.ID, "typed 8 for 0.8"); err != nil {
			t.Fatal(err)
		}
		// 30 EUR against a 20 EUR commitment: over-delivery caps at 1 in reciprocity.
		money := log(contrib(domain.KindMoney, "30", &moneyC.ID))
		if _, err := f.Svc.ConfirmContribution(steward, money.ID); err != nil {
			t.Fatal(err)
		}
		log(contrib(domain.KindInKind, "12", nil))
		_ = e2

		ful, err := f.Svc.FulfilmentByCommitment(steward, []int64{hoursC.ID, moneyC.ID})
		if err != nil {
			t.Fatal(err)
		}
		h := ful[hoursC.ID]
		if math.Abs(h.ConfirmedRatio()-0.4) > 1e-9 || math.Abs(h.WithUnconfirmedRatio()-0.7) > 1e-9 {
			t.Errorf("hours: got %v confirmed, %v with unconfirmed, want 0.4 and 0.7 (%+v)", h.ConfirmedRatio(), h.WithUnconfirmedRatio(), h)
		}
		if got := ful[moneyC.ID].ConfirmedRatio(); math.Abs(got-1.5) > 1e-9 {
			t.Errorf("money: got %v, want 1.5", got)
		}
		rec, err := f.Svc.RecordByMembership(steward, []int64{m.ID})
		if err != nil {
			t.Fatal(err)
		}
		// (0.4 + min(1, 1.5)) / 2 = 0.7
		if r := rec[m.ID].Reciprocity; r == nil || math.Abs(*r-0.7) > 1e-9 || rec[m.ID].Behind {
			t.Errorf("record: got %+v, want reciprocity 0.7, not behind", rec[m.ID])
		}
		// Past the due date with 4 of 10 h confirmed: behind.
		f.Clock.Advance(72 * time.Hour)
		rec, _ = f.Svc.RecordByMembership(steward, []int64{m.ID})
		if !rec[m.ID].Behind {
			t.Error("after the due date: got not behind, want behind")
		}
		tot, err := f.Svc.TotalsByCollab(steward, []int64{c.ID})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][2]int64{"TIME/hours": {700, 400}, "MONEY/EUR": {3000, 3000}, "IN_KIND/meals": {12, 0}}
		if len(tot[c.ID]) != len(want) {
			t.Fatalf("got totals %+v, want one per kind and unit: %v", tot[c.ID], want)
		}
		for _, tt := range tot[c.ID] {
			w, ok := want[string(tt.Kind)+"/"+tt.Unit]
			if !ok || tt.All != domain.SumOf(w[0]) || tt.Confirmed != domain.SumOf(w[1]) || tt.Contributors != 1 || tt.LargestShare != 1 {
				t.Errorf("total %s/%s: got %+v, want all %d confirmed %d, one contributor", tt.Kind, tt.Unit, tt, w[0], w[1])
			}
		}
		gr, err := f.Svc.GiverRecordsByPerson(steward, []int64{bop.Person.ID})
		if err != nil {
			t.Fatal(err)
		}
		g := gr[bop.Person.ID]
		if g.Reciprocity == nil || math.Abs(*g.Reciprocity-0.7) > 1e-9 || !g.Behind || len(g.Given) != 3 || len(g.Memberships) != 1 {
			t.Errorf("giver record: got %+v", g)
		}
		// No binding commitment: no figure, not zero.
		_, cy := f.SignUp(t, "cy-ra")
		ten := 10
		cm := f.Join(t, steward, cy, c, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
		rec, _ = f.Svc.RecordByMembership(steward, []int64{cm.ID})
		if rec[cm.ID].Reciprocity != nil {
			t.Errorf("only a pending commitment: got reciprocity %v, want none", *rec[cm.ID].Reciprocity)
		}
	})
}

func TestLedgerPermissions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		_, bo := f.SignUp(t, "bo-chen")
		_, stranger := f.SignUp(t, "cy-ra")
		m := f.Join(t, steward, bo, c, kindredtest.Hours("2"))
		_, err := f.Svc.LogContribution(stranger, c.ID, contrib(domain.KindTime, "1", nil))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		e, err := f.Svc.LogContribution(bo, c.ID, contrib(domain.KindTime, "1", nil))
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.ConfirmContribution(bo, e.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.ConfirmContribution(stranger, e.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		// Against someone else's commitment: refused.
		stewardCommit := f.CommitmentsOf(t, f.Membership(t, c, domain.ViewerFrom(steward)))[0]
		_, err = f.Svc.LogContribution(bo, c.ID, contrib(domain.KindTime, "1", &stewardCommit.ID))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		future := epoch.Add(time.Hour)
		in := contrib(domain.KindTime, "1", nil)
		in.OccurredAt = &future
		_, err = f.Svc.LogContribution(bo, c.ID, in)
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.ReverseContribution(stranger, e.ID, "not mine")
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		// A removed member's entries stay in the record.
		if _, err := f.Svc.RemoveMember(steward, m.ID); err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.LogContribution(bo, c.ID, contrib(domain.KindTime, "1", nil))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		page, err := f.Svc.FindLedger(steward, c.ID, ledger.LedgerFilter{})
		if err != nil || page.TotalCount != 1 || page.Contributions[0].ID != e.ID {
			t.Errorf("ledger after removal: got %+v, %v, want the entry kept", page, err)
		}
		if _, err := f.Svc.ConfirmContribution(steward, e.ID); err != nil {
			t.Errorf("confirming a removed member's entry: %v", err)
		}
		_, err = f.Svc.ConfirmContribution(steward, e.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		rev, err := f.Svc.ReverseContribution(steward, e.ID, "wrong collaboration")
		if err != nil || rev.Quantity != -100 || rev.PersonID != e.PersonID {
			t.Fatalf("steward reverses: got %+v, %v", rev, err)
		}
		_, err = f.Svc.ReverseContribution(steward, e.ID, "again")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.ReverseContribution(steward, rev.ID, "reverse the reversal")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.ReverseContribution(steward, e.ID, "")
		kindredtest.WantCode(t, err, domain.CodeInvalid)
	})
}

// TestConcurrentLedger checks on PostgreSQL that an entry confirmed by two members at
// once is confirmed once, and that many concurrent entries sum exactly.
func TestConcurrentLedger(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	_, steward := f.SignUp(t, "amara")
	c, _ := f.NewCollab(t, steward)
	var members []context.Context
	for _, h := range []string{"bo-chen", "cy-ra", "dee-o", "ed-wu"} {
		_, ctx := f.SignUp(t, h)
		f.Join(t, steward, ctx, c, kindredtest.Hours("1"))
		members = append(members, ctx)
	}
	e, err := f.Svc.LogContribution(members[0], c.ID, contrib(domain.KindTime, "2", nil))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i, ctx := range []context.Context{steward, members[1], members[2]} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.Svc.ConfirmContribution(ctx, e.ID)
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		if err == nil {
			ok++
		} else if domain.ErrorCode(err) != domain.CodeConflict {
			t.Errorf("concurrent confirm: got %v, want CONFLICT", err)
		}
	}
	var confirmed int64
	db.Model(&domain.Activity{}).Where("verb = ? AND subject_id = ?", "contribution.confirmed", e.ID).Count(&confirmed)
	if ok != 1 || confirmed != 1 {
		t.Errorf("got %d successful confirmations and %d activities, want 1 and 1", ok, confirmed)
	}
	const each = 10
	for _, ctx := range members {
		for range each {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := f.Svc.LogContribution(ctx, c.ID, contrib(domain.KindTime, "0.25", nil)); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	tot, _ := f.Svc.TotalsByCollab(steward, []int64{c.ID})
	if want := int64(200 + len(members)*each*25); len(tot[c.ID]) != 1 || tot[c.ID][0].All != domain.SumOf(want) || tot[c.ID][0].Contributors != len(members) {
		t.Errorf("got totals %+v, want %d hundredths of an hour from %d people", tot[c.ID], want, len(members))
	}
}
