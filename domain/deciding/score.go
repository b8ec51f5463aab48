package deciding

import "kindred/domain"

// Score limits: each member scores each option from MinScore to MaxScore.
const (
	MinScore = 0
	MaxScore = 5
)

// ScoreCount is the closing rule of a SCORE poll: each ballot scores every option 0–5; the
// option with the highest mean score wins. When several share the highest mean they all
// are the winners and the result is a tie: nothing is picked at random, the members
// decide between them. Example: three ballots score A 5, 4, 0 and B 3, 3, 3 and C 0, 1, 2:
// A and B both have a mean of 3, a tie between A and B.
func ScoreCount(options []domain.PollOption, ballots [][]domain.BallotMark) domain.PollResult {
	r := domain.PollResult{Ballots: len(ballots), Options: tallies(options)}
	at := indexOf(options)
	for _, b := range ballots {
		for _, m := range b {
			if i, ok := at[m.Option]; ok {
				r.Options[i].Total += m.Value
			}
		}
	}
	for i := range r.Options {
		if len(ballots) > 0 {
			r.Options[i].Mean = float64(r.Options[i].Total) / float64(len(ballots))
		}
	}
	// Every ballot scores every option, so comparing sums compares means exactly.
	highest(&r, func(t domain.OptionTally) int { return t.Total })
	return r
}

// tallies returns an empty tally per option, in the options' order.
func tallies(options []domain.PollOption) []domain.OptionTally {
	out := make([]domain.OptionTally, len(options))
	for i, o := range options {
		out[i].Option = o.Key
	}
	return out
}

// indexOf maps each option's key to its place in the list.
func indexOf(options []domain.PollOption) map[int]int {
	out := make(map[int]int, len(options))
	for i, o := range options {
		out[o.Key] = i
	}
	return out
}

// highest sets the winners of r: every option with the highest figure, a tie when there
// are several. Nobody wins a poll without ballots.
func highest(r *domain.PollResult, figure func(domain.OptionTally) int) {
	r.Winners = []int{}
	if r.Ballots == 0 {
		return
	}
	best := -1
	for _, t := range r.Options {
		switch f := figure(t); {
		case f > best:
			best, r.Winners = f, []int{t.Option}
		case f == best:
			r.Winners = append(r.Winners, t.Option)
		}
	}
	r.Tie = len(r.Winners) > 1
}
