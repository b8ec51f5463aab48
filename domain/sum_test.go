package domain

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// TestSumIsExactPastInt64: a total of int64 quantities never overflows, and the two parts
// SQL sums come back in make the same total, negative ones included.
func TestSumIsExactPastInt64(t *testing.T) {
	var s Sum
	for range 8200 {
		s = s.Add(1 << 50)
	}
	if got, want := s.String(), "9232379236109516800"; got != want {
		t.Errorf("8200 × 2^50: got %s, want %s", got, want)
	}
	if got, want := FormatSum(KindTime, "", s), "92323792361095168.00"; got != want {
		t.Errorf("in hours: got %s, want %s", got, want)
	}
	if got := fmt.Sprintf("%d", s.Add(math.MaxInt64).Add(math.MaxInt64)); got != "27679123309819068414" {
		t.Errorf("with two MaxInt64 more: got %s", got)
	}
	if s.Less(math.MaxInt64) || !SumOf(5).Less(6) || SumOf(-1).Sign() != -1 || (Sum{}).Sign() != 0 {
		t.Error("comparisons are wrong")
	}
	if got := s.Float64(); math.Abs(got-9.2323792361095168e18) > 1e4 {
		t.Errorf("float: got %v", got)
	}
	for _, q := range []int64{0, 1, sumSplit - 1, sumSplit, 1 << 40, math.MaxInt64, -1, -sumSplit - 7, math.MinInt64 + 1} {
		if got := SumFromParts(q/sumSplit, q%sumSplit); got != SumOf(q) {
			t.Errorf("parts of %d: got %d", q, got)
		}
	}
	if got := SumFromParts(3*(1<<43), 5); got.String() != "27670116110564327429" {
		t.Errorf("parts past int64: got %s", got)
	}
}

// TestQuantityIsBoundedPerKind: one quantity holds what a person could mean, per kind:
// 10,000 hours of time or skills, a thousand million of a currency, a million of a count.
func TestQuantityIsBoundedPerKind(t *testing.T) {
	tests := []struct {
		name                  string
		kind                  ResourceKind
		unit, currency, input string
		ok                    bool
	}{
		{"hours_at_bound", KindTime, "", "", "10000", true},
		{"hours_over_bound", KindTime, "", "", "10000.01", false},
		{"skill_over_bound", KindSkill, "", "", "20000", false},
		{"issue_19_hours", KindTime, "", "", "11258999068426.24", false},
		{"money_at_bound", KindMoney, "", "EUR", "1000000000.00", true},
		{"money_over_bound", KindMoney, "", "EUR", "1000000000.01", false},
		{"yen_at_bound", KindMoney, "", "JPY", "1000000000", true},
		{"yen_over_bound", KindMoney, "", "JPY", "1000000001", false},
		{"count_at_bound", KindInKind, "meals", "", "1000000", true},
		{"count_over_bound", KindGoodwill, "introductions", "", "1000001", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAmount("contribution", tt.kind, tt.unit, tt.currency, tt.input)
			if (err == nil) != tt.ok {
				t.Fatalf("got %v, want ok %v", err, tt.ok)
			}
			if err == nil {
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "contribution.quantity" {
				t.Errorf("got %v, want BAD_USER_INPUT on contribution.quantity", err)
			}
		})
	}
	// Sums in SQL are exact for quantities up to 2^40 steps (see sumSplit).
	for _, kind := range []ResourceKind{KindTime, KindSkill, KindMoney, KindInKind, KindGoodwill} {
		for currency := range currencyExponents {
			if m := maxSteps(kind, currency); m <= 0 || m > 1<<40 {
				t.Errorf("%s %s: a quantity may hold %d steps, want at most 2^40", kind, currency, m)
			}
		}
	}
}
