package deciding_test

import (
	"testing"

	"kindred/domain"
	"kindred/domain/deciding"
)

// taken is one position as it was taken, in order: a later one by the same person
// replaces the earlier.
type taken struct {
	person int64
	stance domain.Stance
}

func positions(ts ...taken) []*domain.Position {
	out := make([]*domain.Position, len(ts))
	for i, t := range ts {
		out[i] = &domain.Position{ID: int64(i + 1), PersonID: t.person, Stance: t.stance}
	}
	return out
}

const (
	agree    = domain.StanceAgree
	abstain  = domain.StanceAbstain
	disagree = domain.StanceDisagree
	block    = domain.StanceBlock
)

// TestConsentOutcomes decides worked examples by the consent rule of DESIGN.md: adopted
// when nobody blocks and agrees outnumber disagrees, otherwise rejected.
func TestConsentOutcomes(t *testing.T) {
	tests := []struct {
		name      string
		status    domain.ProposalStatus
		positions []*domain.Position
		tally     deciding.Tally
		want      domain.ProposalStatus
	}{
		{"two_agree_one_disagrees", domain.ProposalOpen, positions(taken{1, agree}, taken{2, agree}, taken{3, disagree}),
			deciding.Tally{Agree: 2, Disagree: 1}, domain.ProposalAdopted},
		{"one_agrees_alone", domain.ProposalOpen, positions(taken{1, agree}),
			deciding.Tally{Agree: 1}, domain.ProposalAdopted},
		{"a_block_outweighs_any_agreement", domain.ProposalOpen, positions(taken{1, agree}, taken{2, agree}, taken{3, agree}, taken{4, block}),
			deciding.Tally{Agree: 3, Block: 1}, domain.ProposalRejected},
		{"a_tie_is_rejected", domain.ProposalOpen, positions(taken{1, agree}, taken{2, disagree}, taken{3, agree}, taken{4, disagree}),
			deciding.Tally{Agree: 2, Disagree: 2}, domain.ProposalRejected},
		{"no_positions_is_rejected", domain.ProposalOpen, nil,
			deciding.Tally{}, domain.ProposalRejected},
		{"abstentions_alone_are_rejected", domain.ProposalOpen, positions(taken{1, abstain}, taken{2, abstain}),
			deciding.Tally{Abstain: 2}, domain.ProposalRejected},
		{"abstentions_count_for_neither_side", domain.ProposalOpen, positions(taken{1, agree}, taken{2, abstain}, taken{3, abstain}, taken{4, abstain}),
			deciding.Tally{Agree: 1, Abstain: 3}, domain.ProposalAdopted},
		{"more_disagree", domain.ProposalOpen, positions(taken{1, agree}, taken{2, disagree}, taken{3, disagree}),
			deciding.Tally{Agree: 1, Disagree: 2}, domain.ProposalRejected},
		// Bo agreed, then abstained: one agree against one disagree is a tie, so rejected.
		{"changed_to_abstain_makes_a_tie", domain.ProposalOpen, positions(taken{1, agree}, taken{2, agree}, taken{3, disagree}, taken{2, abstain}),
			deciding.Tally{Agree: 1, Abstain: 1, Disagree: 1}, domain.ProposalRejected},
		// Cy disagreed, then agreed: adopted.
		{"changed_to_agree", domain.ProposalOpen, positions(taken{1, agree}, taken{3, disagree}, taken{3, agree}),
			deciding.Tally{Agree: 2}, domain.ProposalAdopted},
		// Cy blocked, then lifted the block by agreeing: adopted.
		{"block_lifted", domain.ProposalOpen, positions(taken{1, agree}, taken{3, block}, taken{3, agree}),
			deciding.Tally{Agree: 2}, domain.ProposalAdopted},
		// A late block by someone who had agreed stops it.
		{"changed_to_block", domain.ProposalOpen, positions(taken{1, agree}, taken{2, agree}, taken{2, block}),
			deciding.Tally{Agree: 1, Block: 1}, domain.ProposalRejected},
		{"withdrawn_stays_withdrawn", domain.ProposalWithdrawn, positions(taken{1, agree}, taken{2, agree}),
			deciding.Tally{Agree: 2}, domain.ProposalWithdrawn},
		{"closed_is_not_decided_again", domain.ProposalRejected, positions(taken{1, agree}),
			deciding.Tally{Agree: 1}, domain.ProposalRejected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tally := deciding.TallyOf(tt.positions)
			if tally != tt.tally {
				t.Errorf("tally: got %+v, want %+v", tally, tt.tally)
			}
			if got := deciding.Decide(tt.status, tally); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
