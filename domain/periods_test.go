package domain

import (
	"fmt"
	"testing"
	"time"
)

// TestPeriodsOf: calendar weeks (Monday to Sunday) and months in the collaboration's zone,
// cut to the first and last day and then due pro rata by days.
func TestPeriodsOf(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.ParseInLocation(DateLayout, s, ams)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name             string
		every            Recurrence
		quantity         int64
		startsOn, endsOn string
		now              time.Time
		want             string
	}{
		{"month_of_28_and_31_days", RecurMonth, 400, "2027-02-01", "", day("2027-04-10"),
			"[2027-02-01..2027-03-01 400 2027-03-01..2027-04-01 400 2027-04-01..2027-05-01 400]"},
		{"starting_mid_month", RecurMonth, 400, "2027-02-15", "", day("2027-03-02"),
			"[2027-02-15..2027-03-01 200 2027-03-01..2027-04-01 400]"},
		{"ending_mid_month", RecurMonth, 400, "2027-03-01", "2027-03-16", day("2027-05-02"),
			"[2027-03-01..2027-03-17 206]"}, // 16 of 31 days: 2.0645 h rounds to 2.06 h
		{"week_from_a_wednesday", RecurWeek, 300, "2027-02-03", "", day("2027-02-15"),
			"[2027-02-03..2027-02-08 214 2027-02-08..2027-02-15 300 2027-02-15..2027-02-22 300]"}, // 5 of 7 days
		{"week_over_the_clock_change", RecurWeek, 700, "2027-03-22", "", day("2027-04-01"),
			"[2027-03-22..2027-03-29 700 2027-03-29..2027-04-05 700]"},
		{"not_begun", RecurMonth, 400, "2027-03-01", "", day("2027-02-20"), "[]"},
		{"cancelled_before_its_first_day", RecurMonth, 400, "2027-03-01", "2027-02-28", day("2027-05-01"), "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Commitment{Period: tt.every, Quantity: tt.quantity, StartsOn: &tt.startsOn}
			if tt.endsOn != "" {
				c.EndsOn = &tt.endsOn
			}
			var got []string
			for _, p := range PeriodsOf(c, ams, nil, tt.now) {
				if p.Start.Location() != ams || p.Start.Hour() != 0 {
					t.Errorf("period starts %v, want a local midnight in Amsterdam", p.Start)
				}
				got = append(got, fmt.Sprintf("%s..%s %d", p.Start.Format(DateLayout), p.End.Format(DateLayout), p.Amount))
			}
			if fmt.Sprint(got) != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

func TestProRata(t *testing.T) {
	for _, tt := range []struct{ q, part, whole, want int64 }{
		{400, 14, 28, 200}, {400, 16, 31, 206}, {300, 5, 7, 214}, {1, 1, 30, 0}, {400, 31, 31, 400},
	} {
		if got := ProRata(tt.q, tt.part, tt.whole); got != tt.want {
			t.Errorf("ProRata(%d, %d, %d): got %d, want %d", tt.q, tt.part, tt.whole, got, tt.want)
		}
	}
}
