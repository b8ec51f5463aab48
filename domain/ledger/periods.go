package ledger

import (
	"context"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// PeriodFulfilment is one period of a recurring commitment with what was delivered in it
// (entries that occurred within it).
type PeriodFulfilment struct {
	domain.Period
	Confirmed   domain.Sum
	Unconfirmed domain.Sum
	// Due is whether the period has ended: only due periods count.
	Due bool
}

// ConfirmedRatio is the period's confirmed delivery over its amount; ok is false when
// nothing was due in it.
func (p PeriodFulfilment) ConfirmedRatio() (r float64, ok bool) {
	if p.Amount <= 0 {
		return 0, false
	}
	return p.Confirmed.Float64() / float64(p.Amount), true
}

// Short reports whether a period fell short of its amount, counting confirmed entries.
func (p PeriodFulfilment) Short() bool { return p.Amount > 0 && p.Confirmed.Less(p.Amount) }

// periodMean is the mean over due periods of each one's delivery over its amount, each
// capped at 1: a surplus in one period does not make up for another.
func (f Fulfilment) periodMean(withUnconfirmed bool) (float64, int) {
	var sum float64
	n := 0
	for _, p := range f.Periods {
		if !p.Due || p.Amount <= 0 {
			continue
		}
		d := p.Confirmed
		if withUnconfirmed {
			d = d.Plus(p.Unconfirmed)
		}
		sum += min(1, d.Float64()/float64(p.Amount))
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

// DuePeriods counts the due periods that asked for something.
func (f Fulfilment) DuePeriods() int {
	_, n := f.periodMean(false)
	return n
}

// lastDue is the last due period with an amount, if any.
func (f Fulfilment) lastDue() (PeriodFulfilment, bool) {
	for i := len(f.Periods) - 1; i >= 0; i-- {
		if p := f.Periods[i]; p.Due && p.Amount > 0 {
			return p, true
		}
	}
	return PeriodFulfilment{}, false
}

// Current is the period that holds now, if it is running.
func (f Fulfilment) Current() (PeriodFulfilment, bool) {
	if n := len(f.Periods); n > 0 && !f.Periods[n-1].Due {
		return f.Periods[n-1], true
	}
	return PeriodFulfilment{}, false
}

// Fulfilments returns each commitment's fulfilment at now: per period for recurring ones
// (their zone read from their collaboration), as one amount otherwise.
func Fulfilments(ctx context.Context, db *gorm.DB, cms []*domain.Commitment, now time.Time) (map[int64]Fulfilment, error) {
	var oneOff, recurring []int64
	collabs := map[int64]bool{}
	for _, c := range cms {
		if c.Period == domain.RecurNone {
			oneOff = append(oneOff, c.ID)
		} else {
			recurring = append(recurring, c.ID)
			collabs[c.CollaborationID] = true
		}
	}
	out := make(map[int64]Fulfilment, len(cms))
	if len(oneOff) > 0 {
		sums, err := DeliveredByCommitment(ctx, db, oneOff)
		if err != nil {
			return nil, err
		}
		for _, c := range cms {
			if c.Period == domain.RecurNone {
				f := sums[c.ID]
				f.Committed = c.Quantity
				out[c.ID] = f
			}
		}
	}
	if len(recurring) == 0 {
		return out, nil
	}
	ids := make([]int64, 0, len(collabs))
	for id := range collabs {
		ids = append(ids, id)
	}
	var zones []*domain.Collaboration
	if err := db.WithContext(ctx).Select("id", "time_zone").Where("id IN ?", ids).Find(&zones).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	zone := make(map[int64]*time.Location, len(zones))
	for _, z := range zones {
		zone[z.ID] = domain.LoadZone(z.TimeZone)
	}
	var entries []*domain.Contribution
	if err := db.WithContext(ctx).Select("id", "commitment_id", "quantity", "confirmed_by_id", "occurred_at").
		Where("commitment_id IN ? AND "+CountedEntries, recurring).Find(&entries).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	terms, err := domain.TermsOf(db.WithContext(ctx), recurring)
	if err != nil {
		return nil, err
	}
	byCommitment := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		byCommitment[*e.CommitmentID] = append(byCommitment[*e.CommitmentID], e)
	}
	for _, c := range cms {
		if c.Period != domain.RecurNone {
			out[c.ID] = periodFulfilment(c, zone[c.CollaborationID], terms[c.ID], byCommitment[c.ID], now)
		}
	}
	return out, nil
}

// periodFulfilment places each entry in the period it occurred in; Committed, Confirmed
// and Unconfirmed add up the due periods.
func periodFulfilment(c *domain.Commitment, loc *time.Location, terms []domain.CommitmentTerms, entries []*domain.Contribution, now time.Time) Fulfilment {
	if loc == nil {
		loc = time.UTC
	}
	f := Fulfilment{Recurring: true}
	for _, p := range domain.PeriodsOf(c, loc, terms, now) {
		pf := PeriodFulfilment{Period: p, Due: p.Due(now)}
		for _, e := range entries {
			if e.OccurredAt.Before(p.Start) || !e.OccurredAt.Before(p.End) {
				continue
			}
			if e.ConfirmedByID != nil {
				pf.Confirmed = pf.Confirmed.Add(e.Quantity)
			} else {
				pf.Unconfirmed = pf.Unconfirmed.Add(e.Quantity)
			}
		}
		if pf.Due {
			f.Committed += p.Amount
			f.Confirmed = f.Confirmed.Plus(pf.Confirmed)
			f.Unconfirmed = f.Unconfirmed.Plus(pf.Unconfirmed)
		}
		f.Periods = append(f.Periods, pf)
	}
	return f
}
