package deciding

import "kindred/domain"

// MeetingChoice is the closing rule of a MEETING_TIME poll: each member answers yes, if
// need be or no for every slot. The chosen slot is the one with the most "yes"; among
// those, the one with the fewest "no" (so the most "if need be"); among those, the one
// that starts earliest, then the one listed first. It always chooses exactly one slot
// once anyone answered. Example: slots Tue (yes 2, if need be 1, no 0), Wed (yes 2, if
// need be 0, no 1), Thu (yes 1, if need be 2, no 0): Tue and Wed have 2 "yes"; Tue has
// fewer "no": Tue is chosen.
func MeetingChoice(options []domain.PollOption, ballots [][]domain.BallotMark) domain.PollResult {
	r := domain.PollResult{Ballots: len(ballots), Options: tallies(options), Winners: []int{}}
	at := indexOf(options)
	for _, b := range ballots {
		for _, m := range b {
			i, ok := at[m.Option]
			if !ok {
				continue
			}
			switch domain.Availability(m.Value) {
			case domain.AvailableYes:
				r.Options[i].Yes++
			case domain.AvailableIfNeedBe:
				r.Options[i].IfNeedBe++
			default:
				r.Options[i].No++
			}
		}
	}
	for i := range r.Options {
		r.Options[i].Total = r.Options[i].Yes
	}
	if len(ballots) == 0 || len(options) == 0 {
		return r
	}
	best := 0
	for i := 1; i < len(options); i++ {
		if betterSlot(r.Options[i], options[i], r.Options[best], options[best]) {
			best = i
		}
	}
	r.Winners = []int{options[best].Key}
	return r
}

// betterSlot reports whether slot a beats slot b: more yes, then fewer no, then earlier.
// An equal slot listed later never beats one listed earlier.
func betterSlot(a domain.OptionTally, ao domain.PollOption, b domain.OptionTally, bo domain.PollOption) bool {
	if a.Yes != b.Yes {
		return a.Yes > b.Yes
	}
	if a.No != b.No {
		return a.No < b.No
	}
	if ao.StartsAt != nil && bo.StartsAt != nil && !ao.StartsAt.Equal(*bo.StartsAt) {
		return ao.StartsAt.Before(*bo.StartsAt)
	}
	return false
}
