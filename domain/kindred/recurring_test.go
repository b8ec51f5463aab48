package kindred_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// nextFebruary returns the first 1 February after t of a year whose February has 28 days,
// so that the worked examples hold whatever date the test clock starts at.
func nextFebruary(t time.Time) int {
	y := t.Year() + 1
	for time.Date(y, 3, 0, 0, 0, 0, 0, time.UTC).Day() != 28 {
		y++
	}
	return y
}

func monthly(q, startsOn string) collab.CommitmentInput {
	return collab.CommitmentInput{Kind: domain.KindTime, Quantity: q, Period: domain.RecurMonth, StartsOn: &startsOn}
}

// periodsText writes a recurring commitment's periods as "first..end amount confirmed
// unconfirmed due", oldest first.
func periodsText(f ledger.Fulfilment) string {
	var out []string
	for _, p := range f.Periods {
		out = append(out, fmt.Sprintf("%s..%s %d %v %v %t", p.Start.Format(domain.DateLayout), p.End.Format(domain.DateLayout),
			p.Amount, p.Confirmed, p.Unconfirmed, p.Due))
	}
	return fmt.Sprint(out)
}

// TestRecurringWorkedExamples checks per-period fulfilment, reciprocity and behind on the
// worked examples of docs/fulfilment.md: 4 h a month over a month of 28 days and one of 31
// in Amsterdam's time zone, 4 h a month from the 15th, 3 h a week from a Wednesday, and a
// monthly commitment cancelled mid-month.
func TestRecurringWorkedExamples(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		if _, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{TimeZone: kindredtest.Ptr("Europe/Amsterdam")}); err != nil {
			t.Fatal(err)
		}
		ams, _ := time.LoadLocation("Europe/Amsterdam")
		y := nextFebruary(epoch)
		on := func(m time.Month, d int) string {
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(domain.DateLayout)
		}
		at := func(m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ams) }
		wed := 1
		for time.Date(y, 2, wed, 0, 0, 0, 0, time.UTC).Weekday() != time.Wednesday {
			wed++
		}
		f.Clock.Set(at(1, 20, 12, 0))

		_, bo := f.SignUp(t, "bo-chen")
		weekly := collab.CommitmentInput{Kind: domain.KindTime, Quantity: "3", Period: domain.RecurWeek, StartsOn: kindredtest.Ptr(on(2, wed))}
		m := f.Join(t, steward, bo, c, monthly("4", on(2, 1)), monthly("4", on(2, 15)), weekly, monthly("4", on(2, 1)))
		cs := f.CommitmentsOf(t, m)
		a, b, w, d := cs[0], cs[1], cs[2], cs[3]
		for _, cm := range cs {
			if cm.Status != domain.CommitmentBinding {
				t.Fatalf("commitment %d is %s, want BINDING", cm.ID, cm.Status)
			}
		}

		// D is cancelled on 10 March: March stays (and counts), April never comes.
		f.Clock.Set(at(3, 10, 12, 0))
		got, err := f.Svc.CancelCommitment(bo, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.EndsOn == nil || *got.EndsOn != on(3, 31) || got.CancelledAt == nil {
			t.Fatalf("cancelled: got ends %v at %v, want %s", got.EndsOn, got.CancelledAt, on(3, 31))
		}
		_, err = f.Svc.CancelCommitment(bo, d.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)

		f.Clock.Set(at(4, 10, 12, 0))
		log := func(cm domain.Commitment, q string, when time.Time, confirm bool) {
			t.Helper()
			e, err := f.Svc.LogContribution(bo, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: q, CommitmentID: &cm.ID, OccurredAt: &when, Note: "done"})
			if err != nil {
				t.Fatal(err)
			}
			if confirm {
				if _, err := f.Svc.ConfirmContribution(steward, e.ID); err != nil {
					t.Fatal(err)
				}
			}
		}
		// A: 3 h late on 28 February, 5 h half an hour after midnight on 1 March, both in
		// Amsterdam (the second is still 28 February in UTC), 1 h unconfirmed in April.
		log(a, "3", at(2, 28, 23, 30), true)
		log(a, "5", at(3, 1, 0, 30), true)
		log(a, "1", at(4, 5, 10, 0), false)
		// B: the half month of February delivered, March not.
		log(b, "2", at(2, 20, 10, 0), true)
		// W: the first, cut week delivered in full (5 of 7 days: 2.14 h), the second half.
		log(w, "2.14", at(2, wed+1, 10, 0), true)
		log(w, "1.5", at(2, wed+6, 10, 0), true)
		// D: February in full.
		log(d, "4", at(2, 10, 10, 0), true)

		ful, err := f.Svc.FulfilmentByCommitment(steward, []int64{a.ID, b.ID, d.ID})
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name       string
			cm         domain.Commitment
			periods    string
			ratio      float64
			withUnconf float64
			behind     bool
		}{
			{"month_of_28_then_31_days", a, fmt.Sprintf("[%s..%s 400 300 0 true %s..%s 400 500 0 true %s..%s 400 0 100 false]",
				on(2, 1), on(3, 1), on(3, 1), on(4, 1), on(4, 1), on(5, 1)), (0.75 + 1) / 2, (0.75 + 1) / 2, false},
			{"starting_mid_month", b, fmt.Sprintf("[%s..%s 200 200 0 true %s..%s 400 0 0 true %s..%s 400 0 0 false]",
				on(2, 15), on(3, 1), on(3, 1), on(4, 1), on(4, 1), on(5, 1)), 0.5, 0.5, true},
			{"cancelled_mid_march", d, fmt.Sprintf("[%s..%s 400 400 0 true %s..%s 400 0 0 true]",
				on(2, 1), on(3, 1), on(3, 1), on(4, 1)), 0.5, 0.5, true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got := ful[tt.cm.ID]
				if p := periodsText(got); p != tt.periods {
					t.Errorf("periods: got %s, want %s", p, tt.periods)
				}
				if math.Abs(got.ConfirmedRatio()-tt.ratio) > 1e-9 || math.Abs(got.WithUnconfirmedRatio()-tt.withUnconf) > 1e-9 {
					t.Errorf("got %v confirmed, %v with unconfirmed, want %v and %v", got.ConfirmedRatio(), got.WithUnconfirmedRatio(), tt.ratio, tt.withUnconf)
				}
				cm := tt.cm
				if b := ledger.Behind(&cm, got, f.Clock.Now()); b != tt.behind {
					t.Errorf("behind: got %v, want %v", b, tt.behind)
				}
			})
		}

		// W seen in its third week: two due weeks (1 and 0.5), the third not counted; the
		// monthly ones have no due period yet, so reciprocity rests on W alone.
		t.Run("weekly_from_a_wednesday", func(t *testing.T) {
			f.Clock.Set(at(2, wed+15, 12, 0))
			ful, err := f.Svc.FulfilmentByCommitment(steward, []int64{w.ID})
			if err != nil {
				t.Fatal(err)
			}
			mon := wed + 5
			want := fmt.Sprintf("[%s..%s 214 214 0 true %s..%s 300 150 0 true %s..%s 300 0 0 false]",
				on(2, wed), on(2, mon), on(2, mon), on(2, mon+7), on(2, mon+7), on(2, mon+14))
			if got := periodsText(ful[w.ID]); got != want {
				t.Errorf("periods: got %s, want %s", got, want)
			}
			if got := ful[w.ID].ConfirmedRatio(); math.Abs(got-0.75) > 1e-9 {
				t.Errorf("got %v, want 0.75", got)
			}
			rec, err := f.Svc.RecordByMembership(steward, []int64{m.ID})
			if err != nil {
				t.Fatal(err)
			}
			if r := rec[m.ID]; r.Reciprocity == nil || math.Abs(*r.Reciprocity-0.75) > 1e-9 || !r.Behind {
				t.Errorf("record: got %+v (reciprocity %v), want 0.75 and behind (the second week fell short)", r, deref(r.Reciprocity))
			}
		})

		// Before any period ends: no figure, not zero.
		t.Run("no_due_period_no_figure", func(t *testing.T) {
			f.Clock.Set(at(2, 1, 12, 0))
			rec, err := f.Svc.RecordByMembership(steward, []int64{m.ID})
			if err != nil {
				t.Fatal(err)
			}
			if r := rec[m.ID]; r.Reciprocity != nil || r.Behind {
				t.Errorf("got %+v, want no reciprocity and not behind", r)
			}
		})
	})
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestRecurringRules: what a recurring commitment accepts and refuses.
func TestRecurringRules(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		today := epoch.Format(domain.DateLayout)
		yesterday := epoch.AddDate(0, 0, -1).Format(domain.DateLayout)
		due := epoch.Add(time.Hour)
		for _, tt := range []struct {
			name  string
			in    collab.CommitmentInput
			field string
		}{
			{"starts_in_the_past", monthly("4", yesterday), "commitment.recurrence.startsOn"},
			{"not_a_date", monthly("4", "1 March"), "commitment.recurrence.startsOn"},
			{"ends_before_it_starts", collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Period: domain.RecurMonth, EndsOn: &yesterday}, "commitment.recurrence.endsOn"},
			{"with_a_due_date", collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Period: domain.RecurWeek, DueAt: &due}, "commitment.dueAt"},
			{"dates_without_a_period", collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", StartsOn: &today}, "commitment.recurrence"},
			{"unknown_period", collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Period: "DAY"}, "commitment.recurrence.every"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := f.Svc.MakeCommitment(steward, c.ID, tt.in)
				kindredtest.WantCode(t, err, domain.CodeInvalid)
				kindredtest.WantField(t, err, tt.field)
			})
		}
		t.Run("starts_today_by_default", func(t *testing.T) {
			cm, err := f.Svc.MakeCommitment(steward, c.ID, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "4", Period: domain.RecurMonth})
			if err != nil {
				t.Fatal(err)
			}
			// The creator's zone is UTC in the fixture.
			if cm.StartsOn == nil || *cm.StartsOn != today || cm.EndsOn != nil {
				t.Errorf("got %v..%v, want %s and no end", cm.StartsOn, cm.EndsOn, today)
			}
		})
		t.Run("only_its_maker_cancels", func(t *testing.T) {
			var cm domain.Commitment
			if err := f.DB.Where("collaboration_id = ? AND period = ?", c.ID, domain.RecurMonth).First(&cm).Error; err != nil {
				t.Fatal(err)
			}
			_, bo := f.SignUp(t, "bo-chen")
			f.Join(t, steward, bo, c, kindredtest.Hours("1"))
			_, err := f.Svc.CancelCommitment(bo, cm.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			one := f.CommitmentsOf(t, f.Membership(t, c, mustPerson(t, f, "bo-chen")))[0]
			_, err = f.Svc.CancelCommitment(bo, one.ID)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

func mustPerson(t *testing.T, f *fixture, handle string) *domain.Person {
	t.Helper()
	var p domain.Person
	if err := f.DB.Where("handle = ?", handle).First(&p).Error; err != nil {
		t.Fatal(err)
	}
	return &p
}

// TestRecurringRevisionKeepsThePast: revising a recurring commitment's amount takes effect
// from the start of the running period; the periods before keep what they owed. 4 h a
// month from 1 February (and 4 h a month from 15 February, its first month cut to 2 h),
// both revised to 6 h on 15 March: February still owes 4 h (2 h), March and April 6 h.
func TestRecurringRevisionKeepsThePast(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		y := nextFebruary(epoch)
		on := func(m time.Month, d int) string {
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(domain.DateLayout)
		}
		at := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
		f.Clock.Set(at(1, 20))
		_, bo := f.SignUp(t, "bo-chen")
		cs := f.CommitmentsOf(t, f.Join(t, steward, bo, c, monthly("4", on(2, 1)), monthly("4", on(2, 15))))
		a, b := cs[0], cs[1]

		f.Clock.Set(at(2, 20))
		for _, cm := range cs {
			if _, err := f.Svc.LogContribution(bo, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "4", CommitmentID: &cm.ID, Note: "done"}); err != nil {
				t.Fatal(err)
			}
		}
		f.Clock.Set(at(3, 15))
		for _, cm := range cs {
			got, err := f.Svc.ReviseCommitment(bo, cm.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("6")})
			if err != nil {
				t.Fatal(err)
			}
			if got.Quantity != 600 {
				t.Fatalf("revised: got %d, want 600 (it stands at 6 h now)", got.Quantity)
			}
		}
		// A second revision in the same period moves only that period and later ones.
		if _, err := f.Svc.ReviseCommitment(bo, a.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("6")}); err != nil {
			t.Fatal(err)
		}

		f.Clock.Set(at(4, 10))
		ful, err := f.Svc.FulfilmentByCommitment(steward, []int64{a.ID, b.ID})
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			name    string
			cm      domain.Commitment
			periods string
		}{
			{"from_the_first", a, fmt.Sprintf("[%s..%s 400 0 400 true %s..%s 600 0 0 true %s..%s 600 0 0 false]",
				on(2, 1), on(3, 1), on(3, 1), on(4, 1), on(4, 1), on(5, 1))},
			{"from_mid_february", b, fmt.Sprintf("[%s..%s 200 0 400 true %s..%s 600 0 0 true %s..%s 600 0 0 false]",
				on(2, 15), on(3, 1), on(3, 1), on(4, 1), on(4, 1), on(5, 1))},
		} {
			t.Run(tt.name, func(t *testing.T) {
				if got := periodsText(ful[tt.cm.ID]); got != tt.periods {
					t.Errorf("periods: got %s, want %s", got, tt.periods)
				}
			})
		}
		// Once it has ended, there is no period left to revise.
		f.Clock.Set(at(4, 12))
		if _, err := f.Svc.CancelCommitment(bo, a.ID); err != nil {
			t.Fatal(err)
		}
		f.Clock.Set(at(5, 3))
		_, err = f.Svc.ReviseCommitment(bo, a.ID, collab.CommitmentRevision{Quantity: kindredtest.Ptr("8")})
		kindredtest.WantCode(t, err, domain.CodeConflict)
	})
}

// TestRecurringZoneChangeKeepsThePast: a new time zone applies from the period after the
// running one; the periods begun keep their boundaries. 4 h a month from 1 February in a
// collaboration on UTC that moves to New York on 10 March: February and March keep their
// UTC boundaries (an entry at 02:00 UTC on 1 March, still February in New York, stays in
// March); April runs from 1 April 00:00 UTC to 1 May 00:00 in New York.
func TestRecurringZoneChangeKeepsThePast(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		ny, _ := time.LoadLocation("America/New_York")
		y := nextFebruary(epoch)
		on := func(m time.Month, d int) string {
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(domain.DateLayout)
		}
		at := func(m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
		f.Clock.Set(at(1, 20, 12))
		_, bo := f.SignUp(t, "bo-chen")
		cs := f.CommitmentsOf(t, f.Join(t, steward, bo, c, monthly("4", on(2, 1)), monthly("4", on(2, 1))))
		a, d := cs[0], cs[1]
		f.Clock.Set(at(3, 5, 12))
		when := at(3, 1, 2)
		if _, err := f.Svc.LogContribution(bo, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "4", CommitmentID: &a.ID, OccurredAt: &when, Note: "done"}); err != nil {
			t.Fatal(err)
		}

		f.Clock.Set(at(3, 10, 12))
		if _, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{TimeZone: kindredtest.Ptr("America/New_York")}); err != nil {
			t.Fatal(err)
		}
		// D is cancelled after the change: it ends with March as it runs, on UTC.
		f.Clock.Set(at(3, 20, 12))
		got, err := f.Svc.CancelCommitment(bo, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.EndsOn == nil || *got.EndsOn != on(3, 31) {
			t.Errorf("cancelled: got ends %v, want %s", got.EndsOn, on(3, 31))
		}

		f.Clock.Set(at(4, 10, 12))
		ful, err := f.Svc.FulfilmentByCommitment(steward, []int64{a.ID, d.ID})
		if err != nil {
			t.Fatal(err)
		}
		instants := func(f ledger.Fulfilment) string {
			var out []string
			for _, p := range f.Periods {
				out = append(out, fmt.Sprintf("%s..%s %d %v", p.Start.UTC().Format(time.RFC3339), p.End.UTC().Format(time.RFC3339), p.Amount, p.Unconfirmed))
			}
			return fmt.Sprint(out)
		}
		utc := func(m time.Month) string { return at(m, 1, 0).Format(time.RFC3339) }
		mayNY := time.Date(y, 5, 1, 0, 0, 0, 0, ny).UTC().Format(time.RFC3339)
		if got, want := instants(ful[a.ID]), fmt.Sprintf("[%s..%s 400 0 %s..%s 400 400 %s..%s 400 0]",
			utc(2), utc(3), utc(3), utc(4), utc(4), mayNY); got != want {
			t.Errorf("periods: got %s, want %s", got, want)
		}
		if got, want := instants(ful[d.ID]), fmt.Sprintf("[%s..%s 400 0 %s..%s 400 0]", utc(2), utc(3), utc(3), utc(4)); got != want {
			t.Errorf("cancelled: got %s, want %s", got, want)
		}
		// A second change before April begins keeps February and March as they are.
		if _, err := f.Svc.UpdateCollaboration(steward, c.ID, collab.CollaborationUpdate{TimeZone: kindredtest.Ptr("Asia/Tokyo")}); err != nil {
			t.Fatal(err)
		}
		f.Clock.Set(at(5, 10, 12))
		ful, err = f.Svc.FulfilmentByCommitment(steward, []int64{a.ID})
		if err != nil {
			t.Fatal(err)
		}
		tokyo, _ := time.LoadLocation("Asia/Tokyo")
		juneTokyo := time.Date(y, 6, 1, 0, 0, 0, 0, tokyo).UTC().Format(time.RFC3339)
		if got, want := instants(ful[a.ID]), fmt.Sprintf("[%s..%s 400 0 %s..%s 400 400 %s..%s 400 0 %s..%s 400 0]",
			utc(2), utc(3), utc(3), utc(4), utc(4), mayNY, mayNY, juneTokyo); got != want {
			t.Errorf("after a second change: got %s, want %s", got, want)
		}
	})
}
