package deciding

import "kindred/domain"

// Dot limits: a DOT_VOTE gives each member from MinDots to MaxDots dots.
const (
	MinDots = 1
	MaxDots = 20
)

// DotCount is the closing rule of a DOT_VOTE poll: each member spreads at most the poll's
// dots over the options (CheckBallot refuses more); the option with the most dots wins,
// and several with the most tie (named, none picked at random). Example with 5 dots each:
// A gets 3 + 0 + 2, B 2 + 5 + 0, C 0 + 0 + 3: B wins with 7.
func DotCount(options []domain.PollOption, ballots [][]domain.BallotMark) domain.PollResult {
	r := domain.PollResult{Ballots: len(ballots), Options: tallies(options)}
	at := indexOf(options)
	for _, b := range ballots {
		for _, m := range b {
			if i, ok := at[m.Option]; ok {
				r.Options[i].Total += m.Value
			}
		}
	}
	highest(&r, func(t domain.OptionTally) int { return t.Total })
	return r
}
