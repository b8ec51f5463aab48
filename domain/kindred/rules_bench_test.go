package kindred_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"kindred/domain"
	"kindred/domain/impact"
)

// profiles makes n value profiles of about eight values from a catalog of 60, some values
// far more popular than others, as kindred seed --people makes them.
func profiles(n int) [][]domain.Strength {
	r := rand.New(rand.NewPCG(7, 1))
	out := make([][]domain.Strength, n)
	for i := range out {
		seen := map[int64]bool{}
		for len(out[i]) < 6+r.IntN(5) {
			v := int64(r.IntN(60)*r.IntN(60)/60) + 1
			if !seen[v] {
				seen[v] = true
				out[i] = append(out[i], domain.Strength{ValueID: v, Strength: 1 + r.IntN(5)})
			}
		}
	}
	return out
}

// BenchmarkAlignment scores one viewer's profile against another's: the inner step of
// ranking collaborations and of the shared values shown with every match.
func BenchmarkAlignment(b *testing.B) {
	ps := profiles(1024)
	b.ReportAllocs()
	var sink float64
	for i := 0; b.Loop(); i++ {
		sink += domain.Alignment(ps[i%1024], ps[(i*7+1)%1024])
	}
	_ = sink
}

// BenchmarkAlignmentSorted scores profiles sorted by value ID, as the discovery indexes
// keep them.
func BenchmarkAlignmentSorted(b *testing.B) {
	ps := profiles(1024)
	for _, p := range ps {
		slices.SortFunc(p, func(x, y domain.Strength) int { return cmp.Compare(x.ValueID, y.ValueID) })
	}
	b.ReportAllocs()
	var sink float64
	for i := 0; b.Loop(); i++ {
		sink += domain.Alignment(ps[i%1024], ps[(i*7+1)%1024])
	}
	_ = sink
}

// BenchmarkOutcomeStatus finds the measurement that counts among corrections and derives
// progress and on-track status, as every impact page does per outcome.
func BenchmarkOutcomeStatus(b *testing.B) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	due := start.AddDate(1, 0, 0)
	o := &domain.Outcome{ID: 1, Baseline: 10, Target: 110, Direction: domain.DirectionIncrease, DueAt: &due, CreatedAt: start}
	ms := make([]*domain.Measurement, 50)
	for i := range ms {
		ms[i] = &domain.Measurement{ID: int64(i + 1), OutcomeID: 1, Value: float64(10 + 2*i), MeasuredAt: start.AddDate(0, 0, 7*i)}
		if i%10 == 9 {
			prev := int64(i)
			ms[i].SupersedesID = &prev
		}
	}
	now := start.AddDate(0, 6, 0)
	b.ReportAllocs()
	for b.Loop() {
		latest := impact.Latest(ms, impact.Superseded(ms))
		if st := impact.StatusOf(o, latest, now); st.Progress == nil || st.OnTrack == nil {
			b.Fatal("no progress")
		}
	}
}

// BenchmarkMonthly sums a year of contributions by month, as the impact charts do.
func BenchmarkMonthly(b *testing.B) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	entries := make([]*domain.Contribution, 500)
	for i := range entries {
		at := start.Add(time.Duration(i) * 17 * time.Hour)
		entries[i] = &domain.Contribution{ID: int64(i + 1), Kind: domain.KindSkill, Quantity: 60, Unit: domain.HourUnit, OccurredAt: at, ConfirmedAt: &at}
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(impact.Monthly(entries)) == 0 {
			b.Fatal("no points")
		}
	}
}
