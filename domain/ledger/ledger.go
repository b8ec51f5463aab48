package ledger

import (
	"time"

	"kindred/domain"
)

// Fulfilment is how much of a commitment is delivered, in the commitment's unit: entries
// confirmed by another member apart from unconfirmed ones. Reversed entries and their
// reversals count for nothing.
type Fulfilment struct {
	Committed   int64
	Confirmed   domain.Sum
	Unconfirmed domain.Sum
}

// ConfirmedRatio is delivered-and-confirmed / committed.
func (f Fulfilment) ConfirmedRatio() float64 {
	if f.Committed <= 0 {
		return 0
	}
	return f.Confirmed.Float64() / float64(f.Committed)
}

// WithUnconfirmedRatio counts unconfirmed entries too.
func (f Fulfilment) WithUnconfirmedRatio() float64 {
	if f.Committed <= 0 {
		return 0
	}
	return f.Confirmed.Plus(f.Unconfirmed).Float64() / float64(f.Committed)
}

// Reciprocity is the mean of the BINDING commitments' confirmed fulfilment, each capped
// at 1; ok is false when there are none (no figure, not zero).
func Reciprocity(binding []Fulfilment) (r float64, ok bool) {
	if len(binding) == 0 {
		return 0, false
	}
	var sum float64
	for _, f := range binding {
		sum += min(1, f.ConfirmedRatio())
	}
	return sum / float64(len(binding)), true
}

// Behind reports whether a BINDING commitment's due date has passed with less than its
// full quantity confirmed.
func Behind(c *domain.Commitment, f Fulfilment, now time.Time) bool {
	return c.Status == domain.CommitmentBinding && c.DueAt != nil && now.After(*c.DueAt) && f.Confirmed.Less(c.Quantity)
}
