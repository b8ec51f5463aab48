package notify_test

import (
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/domain"
	"kindred/domain/ledger"
	"kindred/domain/notify"
)

// TestRecurringDue: a recurring commitment is due on the dashboard when its last ended
// period fell short (as of that period's end), or when its running period is short and
// ends within the window; not while it is on track or its period ends far ahead.
func TestRecurringDue(t *testing.T) {
	now := clocktest.Start()
	day := 24 * time.Hour
	period := func(start, end time.Time, amount, confirmed int64) ledger.PeriodFulfilment {
		return ledger.PeriodFulfilment{Period: domain.Period{Start: start, End: end, Amount: amount},
			Confirmed: domain.SumOf(confirmed), Due: !now.Before(end)}
	}
	binding := &domain.Commitment{Period: domain.RecurWeek, Quantity: 400, Status: domain.CommitmentBinding}
	lastEnd := now.Add(-2 * day)
	for _, tc := range []struct {
		name    string
		periods []ledger.PeriodFulfilment
		want    time.Time
		due     bool
	}{
		{"behind: the last ended period fell short", []ledger.PeriodFulfilment{
			period(lastEnd.Add(-7*day), lastEnd, 400, 100), period(lastEnd, lastEnd.Add(7*day), 400, 400)}, lastEnd, true},
		{"running short and ending within the window", []ledger.PeriodFulfilment{
			period(lastEnd.Add(-7*day), lastEnd, 400, 400), period(lastEnd, lastEnd.Add(7*day), 400, 100)}, lastEnd.Add(7 * day), true},
		{"running short but ending after the window", []ledger.PeriodFulfilment{
			period(now.Add(-day), now.Add(notify.DueWindow+day), 400, 0)}, time.Time{}, false},
		{"running and already delivered", []ledger.PeriodFulfilment{
			period(lastEnd.Add(-7*day), lastEnd, 400, 400), period(lastEnd, lastEnd.Add(7*day), 400, 400)}, time.Time{}, false},
		{"ended and on track", []ledger.PeriodFulfilment{period(lastEnd.Add(-7*day), lastEnd, 400, 500)}, time.Time{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at, ok := notify.RecurringDue(binding, ledger.Fulfilment{Recurring: true, Periods: tc.periods}, now)
			if ok != tc.due || !at.Equal(tc.want) {
				t.Errorf("got %v, %v; want %v, %v", at, ok, tc.want, tc.due)
			}
		})
	}
}
