package deciding

import (
	"sort"

	"kindred/domain"
)

// InstantRunoff is the closing rule of a RANKED_CHOICE poll. Each ballot ranks some or
// all options (rank 1 first). In each round every ballot counts for its highest-ranked
// option still in the running; a ballot whose ranked options are all eliminated is
// exhausted and counts no more. An option with more than half of the ballots still
// counting wins. Otherwise the option with the fewest votes is eliminated and its ballots
// transfer to their next preference in the next round. A tie for elimination is broken by
// the fewest first preferences (round one), then by eliminating the option listed last:
// the order of the options is fixed and shown before anyone votes. But when only two
// options are left with the same votes and the same first preferences, nothing could
// separate them: they tie (both named; nothing is picked at random).
//
// Example (docs/deciding.md): options A, B, C; ballots A>B, A>C, B>A, B>C, C>B. Round
// one: A 2, B 2, C 1; nobody has more than half of 5; C is eliminated and its ballot
// transfers to B. Round two: A 2, B 3: B wins with 3 of 5.
func InstantRunoff(options []domain.PollOption, ballots [][]domain.BallotMark) domain.PollResult {
	r := domain.PollResult{Ballots: len(ballots), Options: tallies(options), Winners: []int{}}
	at := indexOf(options)
	prefs := make([][]int, 0, len(ballots))
	for _, b := range ballots {
		ranked := make([]domain.BallotMark, 0, len(b))
		for _, m := range b {
			if _, ok := at[m.Option]; ok && m.Value > 0 {
				ranked = append(ranked, m)
			}
		}
		sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].Value < ranked[j].Value })
		keys := make([]int, len(ranked))
		for i, m := range ranked {
			keys[i] = m.Option
		}
		prefs = append(prefs, keys)
	}
	running := make(map[int]bool, len(options))
	for _, o := range options {
		running[o.Key] = true
	}
	var first map[int]int
	for len(running) > 0 && len(ballots) > 0 {
		votes := map[int]int{}
		round := domain.RunoffRound{}
		for _, p := range prefs {
			counted := false
			for _, k := range p {
				if running[k] {
					votes[k]++
					counted = true
					break
				}
			}
			if !counted {
				round.Exhausted++
			}
		}
		if first == nil {
			first = votes
			for i := range r.Options {
				r.Options[i].Total = votes[r.Options[i].Option]
			}
		}
		continuing := len(prefs) - round.Exhausted
		var lowest []int
		low, seen := 0, false
		for _, o := range options {
			if !running[o.Key] {
				continue
			}
			v := votes[o.Key]
			round.Counts = append(round.Counts, domain.RoundCount{Option: o.Key, Votes: v})
			switch {
			case !seen || v < low:
				low, lowest = v, []int{o.Key}
			case v == low:
				lowest = append(lowest, o.Key)
			}
			seen = true
		}
		allEqual := len(lowest) == len(round.Counts)
		for _, c := range round.Counts {
			if 2*c.Votes > continuing {
				elected := c.Option
				round.Elected = &elected
				r.Rounds = append(r.Rounds, round)
				r.Winners = []int{elected}
				return r
			}
		}
		if continuing == 0 {
			r.Rounds = append(r.Rounds, round)
			return r // every ballot exhausted: nothing is chosen
		}
		// Only two left, even in votes and in first preferences: no further count could
		// separate them, so they tie. With more left, eliminating one may (its transfers).
		if allEqual && len(lowest) == 2 && sameFirst(lowest, first) {
			r.Rounds = append(r.Rounds, round)
			r.Winners = lowest
			r.Tie = len(lowest) > 1
			return r
		}
		out := eliminate(lowest, first)
		round.Eliminated = &out
		r.Rounds = append(r.Rounds, round)
		delete(running, out)
	}
	return r
}

// sameFirst reports whether the options had the same number of first preferences.
func sameFirst(keys []int, first map[int]int) bool {
	for _, k := range keys[1:] {
		if first[k] != first[keys[0]] {
			return false
		}
	}
	return true
}

// eliminate picks which of the options tied for the fewest votes is eliminated (listed in
// the options' order): the one with the fewest first preferences, then the one listed last.
func eliminate(lowest []int, first map[int]int) int {
	out := lowest[0]
	for _, k := range lowest[1:] {
		if first[k] <= first[out] {
			out = k
		}
	}
	return out
}
