package ledger

import (
	"time"

	"kindred/domain"
)

// Fulfilment is how much of a commitment is delivered, in the commitment's unit: entries
// confirmed by another member apart from unconfirmed ones. Reversed entries and their
// reversals count for nothing.
//
// For a recurring commitment, Committed, Confirmed and Unconfirmed add up the due periods
// (those that have ended), Periods lists every period begun, and the ratios are the mean
// over due periods of each one's ratio capped at 1 (see periods.go).
type Fulfilment struct {
	Committed   int64
	Confirmed   domain.Sum
	Unconfirmed domain.Sum
	Recurring   bool
	Periods     []PeriodFulfilment
}

// ConfirmedRatio is delivered-and-confirmed / committed.
func (f Fulfilment) ConfirmedRatio() float64 {
	if f.Recurring {
		r, _ := f.periodMean(false)
		return r
	}
	if f.Committed <= 0 {
		return 0
	}
	return f.Confirmed.Float64() / float64(f.Committed)
}

// WithUnconfirmedRatio counts unconfirmed entries too.
func (f Fulfilment) WithUnconfirmedRatio() float64 {
	if f.Recurring {
		r, _ := f.periodMean(true)
		return r
	}
	if f.Committed <= 0 {
		return 0
	}
	return f.Confirmed.Plus(f.Unconfirmed).Float64() / float64(f.Committed)
}

// Reciprocity is the mean of the BINDING commitments' confirmed fulfilment, each capped
// at 1; ok is false when there are none (no figure, not zero). A recurring commitment
// counts once it has a due period.
func Reciprocity(binding []Fulfilment) (r float64, ok bool) {
	var sum float64
	n := 0
	for _, f := range binding {
		if f.Recurring && f.DuePeriods() == 0 {
			continue
		}
		sum += min(1, f.ConfirmedRatio())
		n++
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// Behind reports whether a BINDING commitment's due date has passed with less than its
// full quantity confirmed; a recurring one is behind when its last due period fell short.
func Behind(c *domain.Commitment, f Fulfilment, now time.Time) bool {
	if f.Recurring {
		last, ok := f.lastDue()
		return c.Status == domain.CommitmentBinding && ok && last.Short()
	}
	return c.Status == domain.CommitmentBinding && c.DueAt != nil && now.After(*c.DueAt) && f.Confirmed.Less(c.Quantity)
}
