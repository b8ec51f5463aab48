package deciding_test

import (
	"testing"

	"kindred/domain"
	"kindred/domain/deciding"
)

// TestCoverNeeds decides worked examples of decisions that carry their resources: a
// proposal the members would adopt is adopted only when its pledges cover every need.
func TestCoverNeeds(t *testing.T) {
	hours := &domain.ProposalNeed{Kind: domain.KindTime, Quantity: 500, Unit: "hours"}
	euros := &domain.ProposalNeed{Kind: domain.KindMoney, Quantity: 10000, Unit: "EUR", Currency: "EUR"}
	adopted := deciding.Result{Status: domain.ProposalAdopted, Reason: "Adopted: 3 of 3 members took part, 2 needed; nobody blocked and 3 agreed against 0 disagreeing."}
	tests := []struct {
		name   string
		in     deciding.Result
		needs  []deciding.Coverage
		want   domain.ProposalStatus
		reason string
	}{
		{"no_needs_keeps_the_result", adopted, nil, domain.ProposalAdopted, adopted.Reason},
		{"covered_exactly", adopted, []deciding.Coverage{{Need: hours, Pledged: domain.SumOf(500)}}, domain.ProposalAdopted,
			"Adopted: 3 of 3 members took part, 2 needed; nobody blocked and 3 agreed against 0 disagreeing; its pledges cover what it needs."},
		{"over_pledged", adopted, []deciding.Coverage{{Need: hours, Pledged: domain.SumOf(900)}, {Need: euros, Pledged: domain.SumOf(10000)}}, domain.ProposalAdopted, ""},
		{"short_by_one_step", adopted, []deciding.Coverage{{Need: hours, Pledged: domain.SumOf(300)}, {Need: euros, Pledged: domain.SumOf(9999)}}, domain.ProposalNotCovered,
			"Not adopted: 3 of 3 members took part, 2 needed; nobody blocked and 3 agreed against 0 disagreeing, but its pledges fall short: 3 of 5 hours of time; 99.99 of 100.00 EUR."},
		{"nothing_pledged", adopted, []deciding.Coverage{{Need: euros}}, domain.ProposalNotCovered, ""},
		{"rejected_stays_rejected", deciding.Result{Status: domain.ProposalRejected, Reason: "Rejected: 1 blocked."}, []deciding.Coverage{{Need: hours}}, domain.ProposalRejected, "Rejected: 1 blocked."},
		{"quorum_not_reached_stays", deciding.Result{Status: domain.ProposalQuorumNotReached}, []deciding.Coverage{{Need: hours, Pledged: domain.SumOf(500)}}, domain.ProposalQuorumNotReached, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := deciding.CoverNeeds(tt.in, tt.needs)
			if got.Status != tt.want {
				t.Errorf("got %s, want %s", got.Status, tt.want)
			}
			if tt.reason != "" && got.Reason != tt.reason {
				t.Errorf("got reason %q\nwant %q", got.Reason, tt.reason)
			}
		})
	}
}
