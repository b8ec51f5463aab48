package deciding_test

import (
	"testing"

	"kindred/domain"
	"kindred/domain/deciding"
)

// members returns the set of people 1..n, the members ACTIVE at closing.
func members(n int) map[int64]bool {
	out := map[int64]bool{}
	for i := 1; i <= n; i++ {
		out[int64(i)] = true
	}
	return out
}

// TestQuorum decides the worked examples of DESIGN.md and docs/deciding.md: a proposal
// decides only when at least the participation share of the members ACTIVE at closing
// (one half by default, rounded up, never fewer than two) took a position; then consent.
func TestQuorum(t *testing.T) {
	tests := []struct {
		name      string
		active    int
		share     float64
		positions []*domain.Position
		needed    int
		want      domain.ProposalStatus
	}{
		// 7 members at one half need 4: 3 agreeing alone is not enough.
		{"missed_by_one", 7, 0.5, positions(taken{1, agree}, taken{2, agree}, taken{3, agree}), 4, domain.ProposalQuorumNotReached},
		{"exactly_met", 7, 0.5, positions(taken{1, agree}, taken{2, agree}, taken{3, agree}, taken{4, disagree}), 4, domain.ProposalAdopted},
		// 2 agree, 1 disagrees, 1 abstains: 4 took part, and the abstention is what makes quorum.
		{"abstentions_count", 7, 0.5, positions(taken{1, agree}, taken{2, agree}, taken{3, disagree}, taken{4, abstain}), 4, domain.ProposalAdopted},
		{"abstentions_alone_make_quorum_but_not_a_decision", 4, 0.5, positions(taken{1, abstain}, taken{2, abstain}), 2, domain.ProposalRejected},
		{"a_block_with_quorum", 5, 0.5, positions(taken{1, agree}, taken{2, agree}, taken{3, block}), 3, domain.ProposalRejected},
		{"a_block_without_quorum", 5, 0.5, positions(taken{1, block}), 3, domain.ProposalQuorumNotReached},
		// However small the group, at least two take part: one member agreeing alone is a
		// committee of one.
		{"floor_of_two_for_a_group_of_one", 1, 0.5, positions(taken{1, agree}), 2, domain.ProposalQuorumNotReached},
		{"floor_of_two_for_a_group_of_two", 2, 0.5, positions(taken{1, agree}), 2, domain.ProposalQuorumNotReached},
		{"a_group_of_two_both_taking_part", 2, 0.5, positions(taken{1, agree}, taken{2, abstain}), 2, domain.ProposalAdopted},
		{"floor_of_two_at_one_third", 3, 1.0 / 3, positions(taken{1, agree}), 2, domain.ProposalQuorumNotReached},
		{"one_third_of_nine_is_three", 9, 1.0 / 3, positions(taken{1, agree}, taken{2, agree}, taken{3, abstain}), 3, domain.ProposalAdopted},
		{"all_of_four_missed_by_one", 4, 1, positions(taken{1, agree}, taken{2, agree}, taken{3, agree}), 4, domain.ProposalQuorumNotReached},
		// A position by someone no longer active does not count towards quorum.
		{"a_former_member_does_not_count", 3, 0.5, positions(taken{1, agree}, taken{9, agree}), 2, domain.ProposalQuorumNotReached},
		// A changed position is one person taking part, not two.
		{"a_changed_position_counts_once", 3, 0.5, positions(taken{1, disagree}, taken{1, agree}), 2, domain.ProposalQuorumNotReached},
		{"nobody_took_part", 3, 0.5, nil, 2, domain.ProposalQuorumNotReached},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &domain.Proposal{Kind: domain.ProposalOther, Status: domain.ProposalOpen}
			r := deciding.RuleFor(p.Kind)(deciding.Closing{Proposal: p, Positions: tt.positions, Active: members(tt.active), Share: tt.share})
			if r.Participation.Needed != tt.needed || r.Participation.Eligible != tt.active {
				t.Errorf("got %d of %d needed, want %d of %d", r.Participation.Needed, r.Participation.Eligible, tt.needed, tt.active)
			}
			if r.Status != tt.want {
				t.Errorf("got %s (%s), want %s", r.Status, r.Reason, tt.want)
			}
			if r.Reason == "" {
				t.Error("got no reason")
			}
		})
	}
}

// TestQuorumNeeded rounds the share up and keeps the floor of two.
func TestQuorumNeeded(t *testing.T) {
	for _, tt := range []struct {
		eligible int
		share    float64
		want     int
	}{
		{0, 0.5, 2}, {1, 0.5, 2}, {2, 0.5, 2}, {3, 0.5, 2}, {4, 0.5, 2}, {5, 0.5, 3}, {7, 0.5, 4}, {10, 0.5, 5},
		{6, 1.0 / 3, 2}, {7, 1.0 / 3, 3}, {9, 1.0 / 3, 3}, {30, 1.0 / 3, 10}, {5, 1, 5}, {3, 2.0 / 3, 2}, {9, 2.0 / 3, 6},
	} {
		if got := deciding.QuorumNeeded(tt.eligible, tt.share); got != tt.want {
			t.Errorf("QuorumNeeded(%d, %.4f): got %d, want %d", tt.eligible, tt.share, got, tt.want)
		}
	}
}

// TestAnonymousParticipation counts who took part on an anonymous proposal without
// naming them.
func TestAnonymousParticipation(t *testing.T) {
	ps := positions(taken{2, agree}, taken{1, abstain})
	named := deciding.ParticipationOf(ps, members(3), 0.5, false)
	if named.Taken != 2 || len(named.Members) != 2 || named.Members[0] != 2 || named.Members[1] != 1 {
		t.Errorf("named: got %+v, want 2 taken by 2 then 1", named)
	}
	anon := deciding.ParticipationOf(ps, members(3), 0.5, true)
	if anon.Taken != 2 || anon.Members != nil {
		t.Errorf("anonymous: got %+v, want 2 taken and no names", anon)
	}
}
