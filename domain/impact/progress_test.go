package impact_test

import (
	"math"
	"testing"
	"time"

	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
)

var epoch = kindredtest.Epoch

func outcome(baseline, target float64, dir domain.Direction, due *time.Time) *domain.Outcome {
	return &domain.Outcome{ID: 1, Baseline: baseline, Target: target, Direction: dir, DueAt: due, CreatedAt: epoch}
}

func reading(id int64, value float64, at time.Time, supersedes *int64) *domain.Measurement {
	return &domain.Measurement{ID: id, OutcomeID: 1, Value: value, MeasuredAt: at, SupersedesID: supersedes}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestProgressWorkedExamples checks the examples of DESIGN.md and the edges around them.
func TestProgressWorkedExamples(t *testing.T) {
	tests := []struct {
		name         string
		o            *domain.Outcome
		latest       *domain.Measurement
		raw, clamped float64
		none         bool
	}{
		{"increase_halfway", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 30, epoch, nil), 0.5, 0.5, false},
		{"decrease_halfway", outcome(100, 60, domain.DirectionDecrease, nil), reading(1, 80, epoch, nil), 0.5, 0.5, false},
		{"decrease_going_backwards", outcome(100, 60, domain.DirectionDecrease, nil), reading(1, 110, epoch, nil), -0.25, 0, false},
		{"increase_going_backwards", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 0, epoch, nil), -0.25, 0, false},
		{"exceeding", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 70, epoch, nil), 1.5, 1, false},
		{"decrease_exceeding", outcome(100, 60, domain.DirectionDecrease, nil), reading(1, 40, epoch, nil), 1.5, 1, false},
		{"at_baseline", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 10, epoch, nil), 0, 0, false},
		{"at_target", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 50, epoch, nil), 1, 1, false},
		{"negative_numbers", outcome(-20, -10, domain.DirectionIncrease, nil), reading(1, -15, epoch, nil), 0.5, 0.5, false},
		{"no_measurement", outcome(10, 50, domain.DirectionIncrease, nil), nil, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := impact.ProgressOf(tt.o, tt.latest)
			if ok == tt.none {
				t.Fatalf("got figure %v, want figure %v", ok, !tt.none)
			}
			if !tt.none && (!near(p.Raw, tt.raw) || !near(p.Clamped, tt.clamped)) {
				t.Errorf("got raw %v clamped %v, want %v and %v", p.Raw, p.Clamped, tt.raw, tt.clamped)
			}
		})
	}
}

// TestLatest checks which measurement counts: the most recent by measured at among
// those no correction supersedes.
func TestLatest(t *testing.T) {
	day := func(d int) time.Time { return epoch.AddDate(0, 0, d) }
	one := int64(1)
	three := int64(3)
	tests := []struct {
		name string
		ms   []*domain.Measurement
		want int64 // 0: none
	}{
		{"none", nil, 0},
		{"one", []*domain.Measurement{reading(1, 30, day(0), nil)}, 1},
		{"most_recent_measured_not_recorded", []*domain.Measurement{reading(1, 30, day(5), nil), reading(2, 20, day(2), nil)}, 1},
		{"tie_goes_to_later_recorded", []*domain.Measurement{reading(1, 30, day(5), nil), reading(2, 20, day(5), nil)}, 2},
		// 2 corrects 1 (keeping 1's date): 2 counts, 1 no longer does.
		{"superseded", []*domain.Measurement{reading(1, 30, day(5), nil), reading(2, 25, day(5), &one), reading(3, 10, day(1), nil)}, 2},
		// A correction dated earlier than an older reading leaves that reading latest.
		{"correction_dated_earlier", []*domain.Measurement{reading(1, 30, day(5), nil), reading(2, 25, day(0), &one), reading(3, 10, day(1), nil)}, 3},
		// A chain: 4 corrects 3, which corrected 1.
		{"chain", []*domain.Measurement{reading(1, 30, day(5), nil), reading(3, 25, day(5), &one), reading(4, 26, day(5), &three)}, 4},
		{"all_superseded_but_the_correction", []*domain.Measurement{reading(1, 30, day(5), nil), reading(2, 31, day(6), &one)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := impact.Latest(tt.ms, impact.Superseded(tt.ms))
			switch {
			case tt.want == 0 && got != nil:
				t.Errorf("got %d, want none", got.ID)
			case tt.want != 0 && (got == nil || got.ID != tt.want):
				t.Errorf("got %v, want measurement %d", got, tt.want)
			}
		})
	}
}

// TestOnTrack checks on track against the share of time elapsed between the outcome's
// creation and its due date.
func TestOnTrack(t *testing.T) {
	due := epoch.AddDate(0, 0, 100)
	tests := []struct {
		name     string
		o        *domain.Outcome
		latest   *domain.Measurement
		now      time.Time
		want     bool
		noFigure bool
	}{
		// 40 of 100 days elapsed; halfway there.
		{"ahead", outcome(10, 50, domain.DirectionIncrease, &due), reading(1, 30, epoch, nil), epoch.AddDate(0, 0, 40), true, false},
		{"exactly_on_time", outcome(10, 50, domain.DirectionIncrease, &due), reading(1, 30, epoch, nil), epoch.AddDate(0, 0, 50), true, false},
		{"behind", outcome(10, 50, domain.DirectionIncrease, &due), reading(1, 30, epoch, nil), epoch.AddDate(0, 0, 60), false, false},
		{"decrease_behind", outcome(100, 60, domain.DirectionDecrease, &due), reading(1, 80, epoch, nil), epoch.AddDate(0, 0, 75), false, false},
		{"going_backwards_at_start", outcome(100, 60, domain.DirectionDecrease, &due), reading(1, 110, epoch, nil), epoch, true, false},
		{"past_due_unreached", outcome(10, 50, domain.DirectionIncrease, &due), reading(1, 49, epoch, nil), epoch.AddDate(0, 0, 200), false, false},
		{"past_due_reached", outcome(10, 50, domain.DirectionIncrease, &due), reading(1, 55, epoch, nil), epoch.AddDate(0, 0, 200), true, false},
		{"no_due_date_some_progress", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 11, epoch, nil), epoch.AddDate(5, 0, 0), true, false},
		{"no_due_date_no_progress", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 10, epoch, nil), epoch, false, false},
		{"no_due_date_backwards", outcome(10, 50, domain.DirectionIncrease, nil), reading(1, 5, epoch, nil), epoch, false, false},
		{"no_measurement", outcome(10, 50, domain.DirectionIncrease, &due), nil, epoch, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := impact.StatusOf(tt.o, tt.latest, tt.now)
			if tt.noFigure {
				if st.OnTrack != nil || st.Progress != nil {
					t.Errorf("got %+v, want no figures", st)
				}
				return
			}
			if st.OnTrack == nil || *st.OnTrack != tt.want {
				t.Errorf("got on track %v, want %v", st.OnTrack, tt.want)
			}
		})
	}
	share, ok := impact.ElapsedShare(outcome(10, 50, domain.DirectionIncrease, &due), epoch.AddDate(0, 0, 25))
	if !ok || !near(share, 0.25) {
		t.Errorf("elapsed share: got %v %v, want 0.25", share, ok)
	}
	if _, ok := impact.ElapsedShare(outcome(10, 50, domain.DirectionIncrease, nil), epoch); ok {
		t.Errorf("elapsed share without a due date: got a figure, want none")
	}
}

// TestMonthlyBucketsInUTC checks that entries fall in their UTC month, whatever zone
// they were written in, and that kinds, units and currencies are never added together.
func TestMonthlyBucketsInUTC(t *testing.T) {
	cet := time.FixedZone("UTC+2", 2*3600)
	west := time.FixedZone("UTC-3", -3*3600)
	confirmed := int64(9)
	entries := []*domain.Contribution{
		// 1 Nov 00:30 at UTC+2 is still 31 Oct in UTC.
		{PersonID: 1, Kind: domain.KindTime, Unit: "hours", Quantity: 100, OccurredAt: time.Date(2026, 11, 1, 0, 30, 0, 0, cet)},
		// 31 Oct 22:00 at UTC−3 is already 1 Nov in UTC.
		{PersonID: 2, Kind: domain.KindTime, Unit: "hours", Quantity: 250, OccurredAt: time.Date(2026, 10, 31, 22, 0, 0, 0, west), ConfirmedByID: &confirmed},
		{PersonID: 1, Kind: domain.KindTime, Unit: "hours", Quantity: 50, OccurredAt: time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)},
		{PersonID: 1, Kind: domain.KindMoney, Unit: "EUR", Currency: "EUR", Quantity: 1000, OccurredAt: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)},
		{PersonID: 1, Kind: domain.KindMoney, Unit: "USD", Currency: "USD", Quantity: 700, OccurredAt: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)},
	}
	got := impact.Monthly(entries)
	type row struct {
		month          string
		kind           domain.ResourceKind
		currency       string
		all, confirmed int64
		contributors   int
	}
	want := []row{
		{"2026-10", domain.KindTime, "", 100, 0, 1},
		{"2026-11", domain.KindMoney, "EUR", 1000, 0, 1},
		{"2026-11", domain.KindMoney, "USD", 700, 0, 1},
		{"2026-11", domain.KindTime, "", 300, 250, 2},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d points %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Month.Format("2006-01") != w.month || g.Month.Location() != time.UTC || g.Month.Day() != 1 || g.Month.Hour() != 0 ||
			g.Kind != w.kind || g.Currency != w.currency || g.All != domain.SumOf(w.all) || g.Confirmed != domain.SumOf(w.confirmed) || g.Contributors != w.contributors {
			t.Errorf("point %d: got %+v, want %+v", i, g, w)
		}
	}
}
