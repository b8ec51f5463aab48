package ledger

import (
	"math"
	"testing"
	"time"

	"kindred/domain"
)

// TestFulfilmentWorkedExample is DESIGN.md's: 10 h committed, 4 h confirmed and 3 h
// unconfirmed give 0.4 confirmed and 0.7 with unconfirmed.
func TestFulfilmentWorkedExample(t *testing.T) {
	f := Fulfilment{Committed: 1000, Confirmed: domain.SumOf(400), Unconfirmed: domain.SumOf(300)}
	if got := f.ConfirmedRatio(); math.Abs(got-0.4) > 1e-9 {
		t.Errorf("confirmed: got %v, want 0.4", got)
	}
	if got := f.WithUnconfirmedRatio(); math.Abs(got-0.7) > 1e-9 {
		t.Errorf("with unconfirmed: got %v, want 0.7", got)
	}
}

func TestReciprocity(t *testing.T) {
	if _, ok := Reciprocity(nil); ok {
		t.Error("no binding commitments: got a figure, want none")
	}
	// Over-delivery is capped at 1: (1 + 0.5 + 0) / 3 = 0.5.
	r, ok := Reciprocity([]Fulfilment{{Committed: 100, Confirmed: domain.SumOf(300)}, {Committed: 100, Confirmed: domain.SumOf(50), Unconfirmed: domain.SumOf(50)}, {Committed: 100}})
	if !ok || math.Abs(r-0.5) > 1e-9 {
		t.Errorf("got %v, %v, want 0.5", r, ok)
	}
}

func TestBehind(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	past, future := now.Add(-time.Hour), now.Add(time.Hour)
	tests := []struct {
		name   string
		status domain.CommitmentStatus
		due    *time.Time
		f      Fulfilment
		want   bool
	}{
		{"due_passed_under_delivered", domain.CommitmentBinding, &past, Fulfilment{Confirmed: domain.SumOf(99), Unconfirmed: domain.SumOf(50)}, true},
		{"due_passed_fulfilled", domain.CommitmentBinding, &past, Fulfilment{Confirmed: domain.SumOf(100)}, false},
		{"not_yet_due", domain.CommitmentBinding, &future, Fulfilment{}, false},
		{"no_due_date", domain.CommitmentBinding, nil, Fulfilment{}, false},
		{"pending_is_never_behind", domain.CommitmentPending, &past, Fulfilment{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &domain.Commitment{Status: tt.status, DueAt: tt.due, Quantity: 100}
			if got := Behind(c, tt.f, now); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
