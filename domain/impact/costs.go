package impact

import (
	"sort"

	"kindred/domain"
)

// Served is a counted, confirmed ledger entry with the outcomes it effectively serves
// (see EffectiveLinks); Outcomes is empty when it serves none.
type Served struct {
	Kind     domain.ResourceKind
	Unit     string
	Currency string
	// Steps is the amount in the smallest steps of its kind (hundredths of an hour, cents).
	Steps    int64
	Outcomes []int64
}

// EffectiveLinks is the rule for which outcomes a contribution serves: its own links, else
// its commitment's, else the need's that commitment is toward.
func EffectiveLinks(own, commitment, need []int64) []int64 {
	switch {
	case len(own) > 0:
		return own
	case len(commitment) > 0:
		return commitment
	}
	return need
}

// NoFigure says why an outcome has no resources-per-result figure.
type NoFigure string

// The reasons for no figure.
const (
	// NoMeasurement: the outcome has not been measured yet.
	NoMeasurement NoFigure = "NO_MEASUREMENT"
	// NoProgress: the latest measurement has not moved past the baseline in the outcome's
	// direction (dividing by zero or a setback would say nothing true).
	NoProgress NoFigure = "NO_PROGRESS"
)

// ResourceCost is what served an outcome of one kind, unit and currency.
type ResourceCost struct {
	Kind     domain.ResourceKind
	Unit     string
	Currency string
	// Amount is the confirmed amount linked to the outcome, in the resource's unit; an
	// entry serving k outcomes counts 1/k here.
	Amount float64
	// PerResult is Amount / result so far; nil when there is no figure.
	PerResult *float64
	// ShareOfEffort is Amount over all the collaboration's confirmed amount of this kind,
	// unit and currency.
	ShareOfEffort float64
}

// OutcomeCosts is the resources an outcome took and what each unit of its result cost.
type OutcomeCosts struct {
	// Result is the progress so far in the outcome's unit: latest − baseline for
	// INCREASE, baseline − latest for DECREASE; nil without a measurement.
	Result *float64
	// Reason says why the resources have no per-result figure; empty when they have one.
	Reason    NoFigure
	Resources []ResourceCost
}

// LinkedShare is how much of a collaboration's confirmed effort of one kind, unit and
// currency serves any outcome at all.
type LinkedShare struct {
	Kind     domain.ResourceKind
	Unit     string
	Currency string
	// Linked and Total are amounts in the resource's unit.
	Linked, Total float64
	// Share is Linked / Total.
	Share float64
}

type resourceKey struct {
	kind           domain.ResourceKind
	unit, currency string
}

func keyLess(a, b resourceKey) bool {
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	return a.unit+a.currency < b.unit+b.currency
}

// ResultSoFar is the rule for an outcome's result at its latest measurement, in its unit
// and counted in its direction: latest − baseline for INCREASE, baseline − latest for
// DECREASE. ok is false without a measurement.
func ResultSoFar(o *domain.Outcome, latest *domain.Measurement) (result float64, ok bool) {
	if latest == nil {
		return 0, false
	}
	if o.Direction == domain.DirectionDecrease {
		return o.Baseline - latest.Value, true
	}
	return latest.Value - o.Baseline, true
}

// ResourcesPerResult is the rule for resources per unit of result. For each outcome of a
// collaboration (with its latest measurement, nil if none) and the collaboration's
// confirmed counted entries: the amount linked to it per kind, unit and currency (an entry
// serving k outcomes counts 1/k toward each, so it is counted once in every total), and
// that amount divided by the outcome's result so far. Without a measurement, or with a
// result of zero or less, there is no figure (nil, never infinity or zero), and Reason
// says why. Different kinds, units and currencies are never added. It also returns how
// much of the confirmed effort serves any outcome, per kind, unit and currency.
func ResourcesPerResult(outcomes []*domain.Outcome, latest map[int64]*domain.Measurement, entries []Served) (map[int64]OutcomeCosts, []LinkedShare) {
	type sums struct{ linked, total float64 }
	collabSums := map[resourceKey]*sums{}
	perOutcome := map[int64]map[resourceKey]float64{}
	known := map[int64]bool{}
	for _, o := range outcomes {
		known[o.ID] = true
		perOutcome[o.ID] = map[resourceKey]float64{}
	}
	for _, e := range entries {
		k := resourceKey{e.Kind, e.Unit, e.Currency}
		amount := domain.UnitsOf(e.Kind, e.Currency, float64(e.Steps))
		cs := collabSums[k]
		if cs == nil {
			cs = &sums{}
			collabSums[k] = cs
		}
		cs.total += amount
		if len(e.Outcomes) == 0 {
			continue
		}
		cs.linked += amount
		part := amount / float64(len(e.Outcomes))
		for _, id := range e.Outcomes {
			if known[id] {
				perOutcome[id][k] += part
			}
		}
	}
	out := make(map[int64]OutcomeCosts, len(outcomes))
	for _, o := range outcomes {
		oc := OutcomeCosts{Resources: []ResourceCost{}}
		result, measured := ResultSoFar(o, latest[o.ID])
		switch {
		case !measured:
			oc.Reason = NoMeasurement
		case result <= 0:
			oc.Result, oc.Reason = &result, NoProgress
		default:
			oc.Result = &result
		}
		for k, amount := range perOutcome[o.ID] {
			rc := ResourceCost{Kind: k.kind, Unit: k.unit, Currency: k.currency, Amount: amount}
			if t := collabSums[k].total; t > 0 {
				rc.ShareOfEffort = amount / t
			}
			if oc.Reason == "" {
				per := amount / result
				rc.PerResult = &per
			}
			oc.Resources = append(oc.Resources, rc)
		}
		sort.Slice(oc.Resources, func(i, j int) bool {
			a, b := oc.Resources[i], oc.Resources[j]
			return keyLess(resourceKey{a.Kind, a.Unit, a.Currency}, resourceKey{b.Kind, b.Unit, b.Currency})
		})
		out[o.ID] = oc
	}
	shares := make([]LinkedShare, 0, len(collabSums))
	for k, cs := range collabSums {
		ls := LinkedShare{Kind: k.kind, Unit: k.unit, Currency: k.currency, Linked: cs.linked, Total: cs.total}
		if cs.total > 0 {
			ls.Share = cs.linked / cs.total
		}
		shares = append(shares, ls)
	}
	sort.Slice(shares, func(i, j int) bool {
		a, b := shares[i], shares[j]
		return keyLess(resourceKey{a.Kind, a.Unit, a.Currency}, resourceKey{b.Kind, b.Unit, b.Currency})
	})
	return out, shares
}

// CostRollUp is resources per unit of result over many outcomes counted in the same unit
// (the same metric, or custom outcomes with the same unit), for one kind, unit and
// currency of resource.
type CostRollUp struct {
	// OutcomeUnit is what the outcomes are counted in, such as meals.
	OutcomeUnit string
	// MetricID is the catalog metric they share, if any.
	MetricID *int64
	Kind     domain.ResourceKind
	Unit     string
	Currency string
	// Amount is everything linked to the outcomes; Counted only what is linked to outcomes
	// with a figure, the part that PerResult divides.
	Amount, Counted float64
	// Result is the sum of those outcomes' results so far.
	Result float64
	// Outcomes is how many outcomes have a figure.
	Outcomes int
	// PerResult is Counted / Result; nil when no outcome has a figure.
	PerResult *float64
}

// RollUpCosts is the rule for rolling resources per unit of result up over outcomes (a
// collaboration's, or those serving a value): outcomes are grouped by metric and unit,
// and within a group the linked amounts of the outcomes with a figure are added per kind,
// unit and currency and divided by the sum of their results. Different outcome units and
// different resource units are never added.
func RollUpCosts(outcomes []*domain.Outcome, costs map[int64]OutcomeCosts) []CostRollUp {
	type key struct {
		metric int64
		unit   string
		res    resourceKey
	}
	groups := map[key]*CostRollUp{}
	results := map[key]map[int64]bool{}
	for _, o := range outcomes {
		oc, ok := costs[o.ID]
		if !ok {
			continue
		}
		var metric int64
		if o.MetricID != nil {
			metric = *o.MetricID
		}
		for _, rc := range oc.Resources {
			k := key{metric, o.Unit, resourceKey{rc.Kind, rc.Unit, rc.Currency}}
			g := groups[k]
			if g == nil {
				g = &CostRollUp{OutcomeUnit: o.Unit, MetricID: o.MetricID, Kind: rc.Kind, Unit: rc.Unit, Currency: rc.Currency}
				groups[k], results[k] = g, map[int64]bool{}
			}
			g.Amount += rc.Amount
			if oc.Reason == "" && !results[k][o.ID] {
				results[k][o.ID] = true
				g.Counted += rc.Amount
				g.Result += *oc.Result
				g.Outcomes++
			}
		}
	}
	out := make([]CostRollUp, 0, len(groups))
	for _, g := range groups {
		if g.Outcomes > 0 && g.Result > 0 {
			per := g.Counted / g.Result
			g.PerResult = &per
		}
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.OutcomeUnit != b.OutcomeUnit {
			return a.OutcomeUnit < b.OutcomeUnit
		}
		return keyLess(resourceKey{a.Kind, a.Unit, a.Currency}, resourceKey{b.Kind, b.Unit, b.Currency})
	})
	return out
}

// MetricTotal is what outcomes of one catalog metric, counted in one unit, achieved
// across collaborations.
type MetricTotal struct {
	MetricID int64
	Unit     string
	// Outcomes counts them, Measured those with a measurement, Collaborations the
	// collaborations they belong to.
	Outcomes, Measured, Collaborations int
	// Achieved is the sum of the measured outcomes' results so far (see ResultSoFar);
	// Targeted the sum of all their distances from baseline to target.
	Achieved, Targeted float64
}

// MetricRollUp is the rule for community-wide impact per metric: outcomes that picked a
// metric are added only to outcomes of the same metric counted in the same unit; custom
// outcomes (no metric) are left out.
func MetricRollUp(outcomes []*domain.Outcome, latest map[int64]*domain.Measurement) []MetricTotal {
	type key struct {
		metric int64
		unit   string
	}
	groups := map[key]*MetricTotal{}
	collabs := map[key]map[int64]bool{}
	for _, o := range outcomes {
		if o.MetricID == nil {
			continue
		}
		k := key{*o.MetricID, o.Unit}
		g := groups[k]
		if g == nil {
			g = &MetricTotal{MetricID: k.metric, Unit: k.unit}
			groups[k], collabs[k] = g, map[int64]bool{}
		}
		g.Outcomes++
		collabs[k][o.CollaborationID] = true
		if o.Target > o.Baseline {
			g.Targeted += o.Target - o.Baseline
		} else {
			g.Targeted += o.Baseline - o.Target
		}
		if r, ok := ResultSoFar(o, latest[o.ID]); ok {
			g.Measured++
			g.Achieved += r
		}
	}
	out := make([]MetricTotal, 0, len(groups))
	for k, g := range groups {
		g.Collaborations = len(collabs[k])
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].MetricID != out[j].MetricID {
			return out[i].MetricID < out[j].MetricID
		}
		return out[i].Unit < out[j].Unit
	})
	return out
}
