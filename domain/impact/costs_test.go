package impact_test

import (
	"testing"

	"kindred/domain"
	"kindred/domain/impact"
)

func hours(h float64, outcomes ...int64) impact.Served {
	return impact.Served{Kind: domain.KindTime, Unit: "hours", Steps: int64(h * 100), Outcomes: outcomes}
}

func euros(e float64, outcomes ...int64) impact.Served {
	return impact.Served{Kind: domain.KindMoney, Unit: "EUR", Currency: "EUR", Steps: int64(e * 100), Outcomes: outcomes}
}

func measured(outcomeID int64, v float64) *domain.Measurement {
	return &domain.Measurement{ID: outcomeID * 10, OutcomeID: outcomeID, Value: v, MeasuredAt: epoch}
}

func costOf(t *testing.T, oc impact.OutcomeCosts, kind domain.ResourceKind, unit string) impact.ResourceCost {
	t.Helper()
	for _, r := range oc.Resources {
		if r.Kind == kind && r.Unit == unit {
			return r
		}
	}
	t.Fatalf("no %s %s in %+v", kind, unit, oc.Resources)
	return impact.ResourceCost{}
}

func TestEffectiveLinks(t *testing.T) {
	t.Run("own_first", func(t *testing.T) {
		if got := impact.EffectiveLinks([]int64{1}, []int64{2}, []int64{3}); len(got) != 1 || got[0] != 1 {
			t.Errorf("got %v, want [1]", got)
		}
	})
	t.Run("else_commitment", func(t *testing.T) {
		if got := impact.EffectiveLinks(nil, []int64{2}, []int64{3}); len(got) != 1 || got[0] != 2 {
			t.Errorf("got %v, want [2]", got)
		}
	})
	t.Run("else_need", func(t *testing.T) {
		if got := impact.EffectiveLinks(nil, nil, []int64{3}); len(got) != 1 || got[0] != 3 {
			t.Errorf("got %v, want [3]", got)
		}
	})
}

// TestResourcesPerResult checks the worked examples of docs/impact.md.
func TestResourcesPerResult(t *testing.T) {
	// Meals served: baseline 0, latest 120.
	meals := &domain.Outcome{ID: 1, Unit: "meals", Baseline: 0, Target: 500, Direction: domain.DirectionIncrease}
	t.Run("two_linked_one_not", func(t *testing.T) {
		// 30 h and 18 h serve the meals, 12 h serves nothing: 48 h / 120 meals = 0.4 h per
		// meal, and 48 of 60 hours (0.8) were linked at all.
		costs, shares := impact.ResourcesPerResult([]*domain.Outcome{meals}, map[int64]*domain.Measurement{1: measured(1, 120)},
			[]impact.Served{hours(30, 1), hours(18, 1), hours(12)})
		c := costOf(t, costs[1], domain.KindTime, "hours")
		if !near(c.Amount, 48) || c.PerResult == nil || !near(*c.PerResult, 0.4) || !near(c.ShareOfEffort, 0.8) {
			t.Errorf("got %+v (per result %v), want 48 h, 0.4 h per meal, share 0.8", c, c.PerResult)
		}
		if costs[1].Result == nil || *costs[1].Result != 120 || costs[1].Reason != "" {
			t.Errorf("result %v reason %q, want 120 and none", costs[1].Result, costs[1].Reason)
		}
		if len(shares) != 1 || !near(shares[0].Linked, 48) || !near(shares[0].Total, 60) || !near(shares[0].Share, 0.8) {
			t.Errorf("linked share %+v, want 48 of 60 = 0.8", shares)
		}
	})
	t.Run("split_among_outcomes", func(t *testing.T) {
		// 10 h serving two outcomes count 5 h toward each, once in every total.
		kg := &domain.Outcome{ID: 2, Unit: "kg", Baseline: 0, Target: 100, Direction: domain.DirectionIncrease}
		costs, shares := impact.ResourcesPerResult([]*domain.Outcome{meals, kg},
			map[int64]*domain.Measurement{1: measured(1, 10), 2: measured(2, 50)}, []impact.Served{hours(10, 1, 2)})
		if a, b := costOf(t, costs[1], domain.KindTime, "hours"), costOf(t, costs[2], domain.KindTime, "hours"); !near(a.Amount, 5) || !near(b.Amount, 5) ||
			!near(*a.PerResult, 0.5) || !near(*b.PerResult, 0.1) {
			t.Errorf("got %+v and %+v, want 5 h each: 0.5 h per meal, 0.1 h per kg", a, b)
		}
		if !near(shares[0].Linked, 10) || !near(shares[0].Total, 10) {
			t.Errorf("linked share %+v, want 10 of 10", shares)
		}
	})
	t.Run("decrease_outcome", func(t *testing.T) {
		// Waste to landfill from 100 kg down to 60 kg: the result is 40 kg, and 20 h on it
		// is 0.5 h per kg.
		waste := &domain.Outcome{ID: 3, Unit: "kg", Baseline: 100, Target: 20, Direction: domain.DirectionDecrease}
		costs, _ := impact.ResourcesPerResult([]*domain.Outcome{waste}, map[int64]*domain.Measurement{3: measured(3, 60)}, []impact.Served{hours(20, 3)})
		c := costOf(t, costs[3], domain.KindTime, "hours")
		if *costs[3].Result != 40 || c.PerResult == nil || !near(*c.PerResult, 0.5) {
			t.Errorf("result %v per result %v, want 40 and 0.5", *costs[3].Result, c.PerResult)
		}
		// Going the wrong way (110 kg) is no progress: no figure.
		costs, _ = impact.ResourcesPerResult([]*domain.Outcome{waste}, map[int64]*domain.Measurement{3: measured(3, 110)}, []impact.Served{hours(20, 3)})
		if c := costOf(t, costs[3], domain.KindTime, "hours"); c.PerResult != nil || costs[3].Reason != impact.NoProgress {
			t.Errorf("per result %v reason %q, want none for a setback", c.PerResult, costs[3].Reason)
		}
	})
	t.Run("no_progress_no_figure", func(t *testing.T) {
		// Not measured yet: the 48 h are shown, with no figure and the reason.
		costs, _ := impact.ResourcesPerResult([]*domain.Outcome{meals}, nil, []impact.Served{hours(48, 1)})
		c := costOf(t, costs[1], domain.KindTime, "hours")
		if c.PerResult != nil || costs[1].Reason != impact.NoMeasurement || costs[1].Result != nil || !near(c.Amount, 48) {
			t.Errorf("got %+v reason %q, want 48 h with no figure: no measurement", c, costs[1].Reason)
		}
		// Measured at the baseline: a result of 0, never an infinite cost.
		costs, _ = impact.ResourcesPerResult([]*domain.Outcome{meals}, map[int64]*domain.Measurement{1: measured(1, 0)}, []impact.Served{hours(48, 1)})
		if c := costOf(t, costs[1], domain.KindTime, "hours"); c.PerResult != nil || costs[1].Reason != impact.NoProgress {
			t.Errorf("per result %v reason %q, want no figure: no progress", c.PerResult, costs[1].Reason)
		}
	})
	t.Run("mixed_units_never_added", func(t *testing.T) {
		// 8 h, 250 € and 4 h: hours add to hours, euros stay apart; 100 meals.
		costs, shares := impact.ResourcesPerResult([]*domain.Outcome{meals}, map[int64]*domain.Measurement{1: measured(1, 100)},
			[]impact.Served{hours(8, 1), euros(250, 1), hours(4, 1),
				{Kind: domain.KindInKind, Unit: "boxes", Steps: 3, Outcomes: []int64{1}}, {Kind: domain.KindInKind, Unit: "crates", Steps: 2, Outcomes: []int64{1}}})
		if n := len(costs[1].Resources); n != 4 {
			t.Fatalf("got %d resources, want hours, EUR, boxes and crates apart: %+v", n, costs[1].Resources)
		}
		if h := costOf(t, costs[1], domain.KindTime, "hours"); !near(h.Amount, 12) || !near(*h.PerResult, 0.12) {
			t.Errorf("hours %+v, want 12 h, 0.12 h per meal", h)
		}
		if e := costOf(t, costs[1], domain.KindMoney, "EUR"); !near(e.Amount, 250) || !near(*e.PerResult, 2.5) {
			t.Errorf("euros %+v, want 250 €, 2.50 € per meal", e)
		}
		if b := costOf(t, costs[1], domain.KindInKind, "boxes"); !near(b.Amount, 3) {
			t.Errorf("boxes %+v, want 3", b)
		}
		if len(shares) != 4 {
			t.Errorf("linked shares %+v, want four apart", shares)
		}
	})
}

func TestRollUpCosts(t *testing.T) {
	metric := int64(7)
	a := &domain.Outcome{ID: 1, CollaborationID: 1, Unit: "meals", MetricID: &metric, Baseline: 0, Target: 100, Direction: domain.DirectionIncrease}
	b := &domain.Outcome{ID: 2, CollaborationID: 2, Unit: "meals", MetricID: &metric, Baseline: 0, Target: 100, Direction: domain.DirectionIncrease}
	c := &domain.Outcome{ID: 3, CollaborationID: 2, Unit: "meals", MetricID: &metric, Baseline: 0, Target: 100, Direction: domain.DirectionIncrease}
	kg := &domain.Outcome{ID: 4, CollaborationID: 2, Unit: "kg", Baseline: 0, Target: 100, Direction: domain.DirectionIncrease}
	t.Run("same_unit_adds_measured_only", func(t *testing.T) {
		// 10 h for 40 meals and 30 h for 60 meals: 40 h per 100 meals, 0.4 h per meal; the
		// unmeasured outcome's 5 h are linked but not divided.
		costs, _ := impact.ResourcesPerResult([]*domain.Outcome{a, b, c, kg}, map[int64]*domain.Measurement{1: measured(1, 40), 2: measured(2, 60), 4: measured(4, 10)},
			[]impact.Served{hours(10, 1), hours(30, 2), hours(5, 3), hours(1, 4)})
		got := impact.RollUpCosts([]*domain.Outcome{a, b, c, kg}, costs)
		if len(got) != 2 {
			t.Fatalf("got %+v, want kg and meals apart", got)
		}
		m := got[1]
		if m.OutcomeUnit != "meals" || !near(m.Amount, 45) || !near(m.Counted, 40) || m.Result != 100 || m.Outcomes != 2 || !near(*m.PerResult, 0.4) {
			t.Errorf("meals %+v, want 45 h linked, 40 counted over 100 meals: 0.4", m)
		}
		if k := got[0]; k.OutcomeUnit != "kg" || !near(*k.PerResult, 0.1) {
			t.Errorf("kg %+v, want 0.1 h per kg", k)
		}
	})
}

// TestMetricRollUp checks that community-wide totals per metric add only outcomes of the
// same metric and unit.
func TestMetricRollUp(t *testing.T) {
	fed, kg := int64(1), int64(2)
	t.Run("same_metric_adds", func(t *testing.T) {
		// Two collaborations feed people: 0 → 30 and 10 → 40 is 60 people fed of 130 aimed for.
		os := []*domain.Outcome{
			{ID: 1, CollaborationID: 1, MetricID: &fed, Unit: "people", Baseline: 0, Target: 100, Direction: domain.DirectionIncrease},
			{ID: 2, CollaborationID: 2, MetricID: &fed, Unit: "people", Baseline: 10, Target: 40, Direction: domain.DirectionIncrease},
			{ID: 3, CollaborationID: 2, Unit: "people", Baseline: 0, Target: 5, Direction: domain.DirectionIncrease},
		}
		got := impact.MetricRollUp(os, map[int64]*domain.Measurement{1: measured(1, 30), 2: measured(2, 40), 3: measured(3, 5)})
		if len(got) != 1 {
			t.Fatalf("got %+v, want one total: the custom outcome stays out", got)
		}
		if g := got[0]; g.Achieved != 60 || g.Targeted != 130 || g.Outcomes != 2 || g.Measured != 2 || g.Collaborations != 2 {
			t.Errorf("got %+v, want 60 achieved of 130 in 2 collaborations", g)
		}
	})
	t.Run("different_units_apart", func(t *testing.T) {
		// The same metric recorded in kg and in tonnes, and a DECREASE one: kg adds to kg only.
		os := []*domain.Outcome{
			{ID: 1, CollaborationID: 1, MetricID: &kg, Unit: "kg", Baseline: 0, Target: 1000, Direction: domain.DirectionIncrease},
			{ID: 2, CollaborationID: 2, MetricID: &kg, Unit: "t", Baseline: 0, Target: 2, Direction: domain.DirectionIncrease},
			{ID: 3, CollaborationID: 3, MetricID: &kg, Unit: "kg", Baseline: 500, Target: 100, Direction: domain.DirectionDecrease},
		}
		got := impact.MetricRollUp(os, map[int64]*domain.Measurement{1: measured(1, 200), 2: measured(2, 1), 3: measured(3, 400)})
		if len(got) != 2 {
			t.Fatalf("got %+v, want kg and t apart", got)
		}
		if g := got[0]; g.Unit != "kg" || g.Achieved != 300 || g.Targeted != 1400 || g.Collaborations != 2 {
			t.Errorf("kg %+v, want 200 + 100 = 300 achieved of 1400", g)
		}
		if g := got[1]; g.Unit != "t" || g.Achieved != 1 {
			t.Errorf("t %+v, want 1", g)
		}
	})
}
