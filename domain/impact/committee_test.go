package impact_test

import (
	"testing"

	"kindred/domain/impact"
)

// TestCommitteeSignalThreshold checks the committee rule at its edges: talk ≥ 5 and
// do < talk / 5.
func TestCommitteeSignalThreshold(t *testing.T) {
	tests := []struct {
		name     string
		talk, do int
		want     bool
	}{
		{"quiet", 0, 0, false},
		{"talk_4_do_0_below_minimum_talk", 4, 0, false},
		{"talk_5_do_0", 5, 0, true},
		{"talk_5_do_1_exactly_a_fifth", 5, 1, false},
		{"talk_9_do_1", 9, 1, true},
		{"talk_10_do_1", 10, 1, true},
		{"talk_10_do_2_exactly_a_fifth", 10, 2, false},
		{"talk_11_do_2", 11, 2, true},
		{"talk_30_do_5", 30, 5, true},
		{"talk_30_do_6", 30, 6, false},
		{"doing_more_than_talking", 6, 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sig := impact.NewCommitteeSignal(tt.talk, tt.do)
			if sig.Flagged != tt.want || impact.IsCommittee(tt.talk, tt.do) != tt.want {
				t.Errorf("talk %d, do %d: got flagged %v, want %v", tt.talk, tt.do, sig.Flagged, tt.want)
			}
			if sig.WindowDays != 30 || sig.Talk != tt.talk || sig.Do != tt.do {
				t.Errorf("got %+v, want the counts and a 30-day window", sig)
			}
		})
	}
}
