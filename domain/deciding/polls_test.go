package deciding_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"kindred/domain"
	"kindred/domain/deciding"
)

// opts returns n options keyed 1..n and labelled A, B, C….
func opts(n int) []domain.PollOption {
	out := make([]domain.PollOption, n)
	for i := range out {
		out[i] = domain.PollOption{Key: i + 1, Label: string("ABCDEFGHIJKLMNOPQRST"[i])}
	}
	return out
}

// each writes a ballot giving option i+1 the value vs[i].
func each(vs ...int) []domain.BallotMark {
	out := make([]domain.BallotMark, len(vs))
	for i, v := range vs {
		out[i] = domain.BallotMark{Option: i + 1, Value: v}
	}
	return out
}

// ranking writes a ranked ballot: the options' keys, first preference first.
func ranking(keys ...int) []domain.BallotMark {
	out := make([]domain.BallotMark, len(keys))
	for i, k := range keys {
		out[i] = domain.BallotMark{Option: k, Value: i + 1}
	}
	return out
}

const (
	optA, optB, optC, optD = 1, 2, 3, 4
	no, ifNeedBe, yes      = int(domain.AvailableNo), int(domain.AvailableIfNeedBe), int(domain.AvailableYes)
)

// TestScoreCount: the highest mean score wins; ties are named, nothing is picked at random.
func TestScoreCount(t *testing.T) {
	t.Run("highest_mean_wins", func(t *testing.T) {
		r := deciding.ScoreCount(opts(3), [][]domain.BallotMark{each(5, 3, 0), each(4, 3, 1), each(3, 2, 2)})
		if !reflect.DeepEqual(r.Winners, []int{optA}) || r.Tie {
			t.Errorf("got winners %v tie %v, want A alone", r.Winners, r.Tie)
		}
		if got := []float64{r.Options[0].Mean, r.Options[1].Mean, r.Options[2].Mean}; !reflect.DeepEqual(got, []float64{4, 8.0 / 3, 1}) {
			t.Errorf("got means %v, want 4, 2.67, 1", got)
		}
	})
	// The worked example of docs/deciding.md: A 5+4+0 = 9, B 3+3+3 = 9, C 0+1+2 = 3.
	t.Run("score_ties_named", func(t *testing.T) {
		r := deciding.ScoreCount(opts(3), [][]domain.BallotMark{each(5, 3, 0), each(4, 3, 1), each(0, 3, 2)})
		if !reflect.DeepEqual(r.Winners, []int{optA, optB}) || !r.Tie {
			t.Errorf("got winners %v tie %v, want A and B tied", r.Winners, r.Tie)
		}
		if r.Options[0].Mean != 3 || r.Options[1].Mean != 3 || r.Options[2].Mean != 1 {
			t.Errorf("got means %+v, want 3, 3, 1", r.Options)
		}
	})
	t.Run("no_ballots_no_winner", func(t *testing.T) {
		if r := deciding.ScoreCount(opts(2), nil); len(r.Winners) != 0 || r.Tie {
			t.Errorf("got %+v, want no winner", r)
		}
	})
}

// TestInstantRunoff: a majority of the ballots still counting wins; otherwise the lowest
// is eliminated and its ballots transfer; exhausted ballots count no more.
func TestInstantRunoff(t *testing.T) {
	letter := func(key int) string { return opts(4)[key-1].Label }
	round := func(r domain.RunoffRound) string {
		var b strings.Builder
		for _, c := range r.Counts {
			fmt.Fprintf(&b, "%s:%d ", letter(c.Option), c.Votes)
		}
		if r.Exhausted > 0 {
			fmt.Fprintf(&b, "exhausted:%d ", r.Exhausted)
		}
		if r.Eliminated != nil {
			b.WriteString("out " + letter(*r.Eliminated))
		}
		if r.Elected != nil {
			b.WriteString("elected " + letter(*r.Elected))
		}
		return b.String()
	}
	tests := []struct {
		name    string
		options int
		ballots [][]domain.BallotMark
		rounds  []string
		winners []int
		tie     bool
	}{
		// The worked example: A 2, B 2, C 1; C is eliminated and its ballot transfers to B,
		// which then has 3 of 5.
		{"elimination_and_transfer", 3, [][]domain.BallotMark{ranking(optA, optB), ranking(optA, optC), ranking(optB, optA), ranking(optB, optC), ranking(optC, optB)},
			[]string{"A:2 B:2 C:1 out C", "A:2 B:3 elected B"}, []int{optB}, false},
		{"first_round_majority", 3, [][]domain.BallotMark{ranking(optA), ranking(optA, optB), ranking(optB)},
			[]string{"A:2 B:1 C:0 elected A"}, []int{optA}, false},
		// C's ballot ranks only C: once C is out it is exhausted, and the majority is
		// counted over the 4 ballots still counting.
		// The ballot ranking only C is exhausted once C is out: A's 3 votes are then a
		// majority of the 5 ballots still counting (not of all 6).
		{"exhausted_ballots", 3, [][]domain.BallotMark{ranking(optA), ranking(optA), ranking(optA), ranking(optB), ranking(optB), ranking(optC)},
			[]string{"A:3 B:2 C:1 out C", "A:3 B:2 exhausted:1 elected A"}, []int{optA}, false},
		// B and C both have 1 vote and 1 first preference: the option listed last (C) is
		// eliminated. Then A and B have 2 votes each, but B had fewer first preferences.
		{"tie_for_elimination_listed_last_goes", 3, [][]domain.BallotMark{ranking(optA), ranking(optA), ranking(optB, optA), ranking(optC, optB)},
			[]string{"A:2 B:1 C:1 out C", "A:2 B:2 out B", "A:3 exhausted:1 elected A"}, []int{optA}, false},
		// Three even: the one listed last is eliminated, and its ballot decides round two.
		{"three_way_tie_eliminates_the_option_listed_last", 3, [][]domain.BallotMark{ranking(optA), ranking(optB), ranking(optC, optB)},
			[]string{"A:1 B:1 C:1 out C", "A:1 B:2 elected B"}, []int{optB}, false},
		// Two left, same votes and same first preferences: a tie, never settled by the listing order.
		{"all_running_tied_named", 2, [][]domain.BallotMark{ranking(optA), ranking(optB)},
			[]string{"A:1 B:1"}, []int{optA, optB}, true},
		{"a_transfer_breaks_a_first_round_tie", 3, [][]domain.BallotMark{ranking(optA), ranking(optB), ranking(optC, optA), ranking(optB, optC), ranking(optA)},
			[]string{"A:2 B:2 C:1 out C", "A:3 B:2 elected A"}, []int{optA}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := deciding.InstantRunoff(opts(tt.options), tt.ballots)
			var got []string
			for _, rd := range r.Rounds {
				got = append(got, strings.TrimSpace(round(rd)))
			}
			if !reflect.DeepEqual(got, tt.rounds) {
				t.Errorf("got rounds %q, want %q", got, tt.rounds)
			}
			if !reflect.DeepEqual(r.Winners, tt.winners) || r.Tie != tt.tie {
				t.Errorf("got winners %v tie %v, want %v tie %v", r.Winners, r.Tie, tt.winners, tt.tie)
			}
		})
	}
}

// TestDotCount: the option with the most dots wins.
func TestDotCount(t *testing.T) {
	// The worked example with 5 dots each: A 3+0+2 = 5, B 2+5+0 = 7, C 0+0+3 = 3.
	r := deciding.DotCount(opts(3), [][]domain.BallotMark{each(3, 2, 0), each(0, 5, 0), each(2, 0, 3)})
	if !reflect.DeepEqual(r.Winners, []int{optB}) || r.Options[1].Total != 7 {
		t.Errorf("got winners %v, totals %+v, want B with 7", r.Winners, r.Options)
	}
	if r := deciding.DotCount(opts(2), [][]domain.BallotMark{each(2, 0), each(0, 2)}); !r.Tie {
		t.Errorf("got %+v, want a tie", r)
	}
}

// TestCheckBallot: what each kind of ballot must hold.
func TestCheckBallot(t *testing.T) {
	five := 5
	poll := func(kind domain.DecisionKind, n int) *domain.Proposal {
		p := &domain.Proposal{DecisionKind: kind, Options: opts(n)}
		if kind == domain.DecideByDotVote {
			p.DotsPerMember = &five
		}
		return p
	}
	tests := []struct {
		name  string
		p     *domain.Proposal
		marks []domain.BallotMark
		want  string // part of the error; empty when accepted
	}{
		{"dot_votes_over_the_limit_refused", poll(domain.DecideByDotVote, 3), each(3, 2, 1), "You placed 6 dots and each member has 5; take 1 away."},
		{"dot_votes_up_to_the_limit", poll(domain.DecideByDotVote, 3), each(3, 0, 2), ""},
		{"dot_votes_none_placed", poll(domain.DecideByDotVote, 3), each(0, 0, 0), "Place at least one"},
		{"dot_votes_negative", poll(domain.DecideByDotVote, 2), each(6, -1), "0 or more"},
		{"score_every_option", poll(domain.DecideByScore, 3), each(5, 4), "2 of 3 are marked"},
		{"score_out_of_range", poll(domain.DecideByScore, 2), each(6, 0), "from 0 to 5"},
		{"ranking_some", poll(domain.DecideByRankedChoice, 4), ranking(optC, optA), ""},
		{"ranking_gap", poll(domain.DecideByRankedChoice, 3), []domain.BallotMark{{Option: 1, Value: 1}, {Option: 2, Value: 3}}, "each number once"},
		{"ranking_none", poll(domain.DecideByRankedChoice, 3), nil, "at least one"},
		{"unknown_option", poll(domain.DecideByRankedChoice, 2), ranking(optD), "not one of this poll's options"},
		{"option_twice", poll(domain.DecideByRankedChoice, 2), []domain.BallotMark{{Option: 1, Value: 1}, {Option: 1, Value: 2}}, "marked twice"},
		{"meeting_every_slot", poll(domain.DecideMeetingTime, 2), each(yes), "Answer every slot"},
		{"meeting_answers", poll(domain.DecideMeetingTime, 2), each(yes, 3), "yes, if need be or no"},
		{"consent_takes_no_ballot", poll(domain.DecideByConsent, 2), each(1, 1), "take a position"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := deciding.CheckBallot(tt.p, tt.marks)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got %v, want accepted", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want an error saying %q", err, tt.want)
			}
		})
	}
	t.Run("dots_kept_in_the_options_order_without_zeros", func(t *testing.T) {
		got, err := deciding.CheckBallot(poll(domain.DecideByDotVote, 3), []domain.BallotMark{{Option: 3, Value: 2}, {Option: 2, Value: 0}, {Option: 1, Value: 1}})
		if want := []domain.BallotMark{{Option: 1, Value: 1}, {Option: 3, Value: 2}}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, %v, want %v", got, err, want)
		}
	})
}

// TestMeetingChoice: the most "yes", then the fewest "no", then the earliest slot.
func TestMeetingChoice(t *testing.T) {
	at := func(day int) *time.Time {
		v := time.Date(2027, 1, day, 18, 0, 0, 0, time.UTC)
		return &v
	}
	slots := []domain.PollOption{{Key: 1, Label: "Tue", StartsAt: at(5)}, {Key: 2, Label: "Wed", StartsAt: at(6)}, {Key: 3, Label: "Thu", StartsAt: at(7)}}
	// The worked example: Tue yes 2, if need be 1; Wed yes 2, no 1; Thu yes 1, if need be 2.
	t.Run("a_meeting_polls_choice", func(t *testing.T) {
		r := deciding.MeetingChoice(slots, [][]domain.BallotMark{each(yes, yes, ifNeedBe), each(yes, yes, yes), each(ifNeedBe, no, ifNeedBe)})
		if !reflect.DeepEqual(r.Winners, []int{1}) || r.Tie {
			t.Errorf("got %v, want Tue", r.Winners)
		}
		if o := r.Options[1]; o.Yes != 2 || o.IfNeedBe != 0 || o.No != 1 {
			t.Errorf("got Wed %+v, want yes 2, no 1", o)
		}
	})
	t.Run("earliest_breaks_an_even_tie", func(t *testing.T) {
		reversed := []domain.PollOption{slots[2], slots[1], slots[0]}
		r := deciding.MeetingChoice(reversed, [][]domain.BallotMark{{{Option: 3, Value: yes}, {Option: 2, Value: yes}, {Option: 1, Value: yes}}})
		if !reflect.DeepEqual(r.Winners, []int{1}) {
			t.Errorf("got %v, want the earliest, Tue", r.Winners)
		}
	})
	t.Run("most_yes_beats_fewest_no", func(t *testing.T) {
		r := deciding.MeetingChoice(slots, [][]domain.BallotMark{each(no, yes, ifNeedBe), each(yes, yes, ifNeedBe), each(yes, no, ifNeedBe)})
		if !reflect.DeepEqual(r.Winners, []int{1}) {
			t.Errorf("got %v, want Tue (2 yes, 1 no) over Thu (0 no, 0 yes)", r.Winners)
		}
	})
}

// TestPollQuorum: a poll decides only with quorum, counted exactly as for consent, a
// ballot being taking part.
func TestPollQuorum(t *testing.T) {
	ballot := func(person int64, marks []domain.BallotMark) *domain.Ballot {
		return &domain.Ballot{PersonID: person, Marks: marks}
	}
	p := &domain.Proposal{Kind: domain.ProposalOther, DecisionKind: domain.DecideByRankedChoice, Options: opts(3), Status: domain.ProposalOpen}
	t.Run("quorum_missed_for_a_poll", func(t *testing.T) {
		// 5 members at one half need 3; 2 ballots are not enough.
		r := deciding.RuleOf(p)(deciding.Closing{Proposal: p, Active: members(5), Share: 0.5,
			Ballots: []*domain.Ballot{ballot(1, ranking(optA)), ballot(2, ranking(optA))}})
		if r.Status != domain.ProposalQuorumNotReached || r.Poll != nil {
			t.Errorf("got %s with %v, want QUORUM_NOT_REACHED and no result", r.Status, r.Poll)
		}
		if want := "Quorum not reached: 2 of 5 members took part, 3 needed."; r.Reason != want {
			t.Errorf("got %q, want %q", r.Reason, want)
		}
	})
	t.Run("a_former_members_ballot_does_not_count", func(t *testing.T) {
		r := deciding.RuleOf(p)(deciding.Closing{Proposal: p, Active: members(3), Share: 0.5,
			Ballots: []*domain.Ballot{ballot(1, ranking(optA)), ballot(9, ranking(optB))}})
		if r.Status != domain.ProposalQuorumNotReached || r.Participation.Taken != 1 {
			t.Errorf("got %s with %d taking part, want QUORUM_NOT_REACHED with 1", r.Status, r.Participation.Taken)
		}
	})
	t.Run("quorum_met_decides", func(t *testing.T) {
		r := deciding.RuleOf(p)(deciding.Closing{Proposal: p, Active: members(5), Share: 0.5,
			Ballots: []*domain.Ballot{ballot(1, ranking(optA, optB)), ballot(2, ranking(optA)), ballot(3, ranking(optB)), ballot(4, ranking(optB)), ballot(5, ranking(optC, optB))}})
		if r.Status != domain.ProposalAdopted || r.Poll == nil || !reflect.DeepEqual(r.Poll.Winners, []int{optB}) {
			t.Fatalf("got %s with %+v, want ADOPTED, B winning", r.Status, r.Poll)
		}
		if want := `Decided: 5 of 5 members took part, 3 needed; "B" wins after 2 rounds.`; r.Reason != want {
			t.Errorf("got %q, want %q", r.Reason, want)
		}
	})
	t.Run("consent_is_unchanged", func(t *testing.T) {
		c := &domain.Proposal{Kind: domain.ProposalOther, Status: domain.ProposalOpen}
		r := deciding.RuleOf(c)(deciding.Closing{Proposal: c, Active: members(2), Share: 0.5,
			Positions: []*domain.Position{{PersonID: 1, Stance: domain.StanceAgree}, {PersonID: 2, Stance: domain.StanceAgree}}})
		if r.Status != domain.ProposalAdopted || r.Poll != nil {
			t.Errorf("got %s, %v", r.Status, r.Poll)
		}
	})
}
