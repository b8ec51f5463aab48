package domain

import (
	"cmp"
	"math/bits"
	"slices"
)

// MaxExactTeamSkills is how many skills a proposed team is found exactly for; beyond it
// the greedy approximation is used.
const MaxExactTeamSkills = 8

// alignmentEpsilon treats totals of alignment this close as equal, so that the order in
// which scores were added does not decide a tie.
const alignmentEpsilon = 1e-9

// TeamCandidate is a person who may be proposed: the skills asked for that they list, as
// bits (bit i for skill i), and their alignment with the collaboration's values.
type TeamCandidate struct {
	PersonID  int64
	Skills    uint64
	Alignment float64
}

// Team is a proposed team: its people, best aligned first, whether it is the smallest
// possible (exact) or a greedy approximation, and the skills no candidate lists.
type Team struct {
	Members     []TeamCandidate
	Exact       bool
	Uncoverable uint64
}

// TotalAlignment is the sum of the members' alignments.
func (t Team) TotalAlignment() float64 {
	total := 0.0
	for _, m := range t.Members {
		total += m.Alignment
	}
	return total
}

// SmallestTeam proposes the fewest candidates who together list every one of n skills
// that someone lists, ties broken by the highest total alignment, then by the lower
// person IDs. Up to MaxExactTeamSkills skills it is exact; beyond, it is the greedy
// approximation: take the candidate who adds the most skills still missing (ties: the
// better aligned), until none adds any, at most ln(n)+1 times the smallest size.
func SmallestTeam(n int, cands []TeamCandidate) Team {
	full := uint64(1)<<n - 1
	if n >= 64 {
		full = ^uint64(0)
	}
	// For each set of skills only the best aligned candidate can be in a best team: two
	// with the same set are never both needed, and swapping in the better one is no worse.
	best := map[uint64]TeamCandidate{}
	var reach uint64
	for _, c := range cands {
		c.Skills &= full
		if c.Skills == 0 {
			continue
		}
		reach |= c.Skills
		if b, ok := best[c.Skills]; !ok || betterCandidate(c, b) {
			best[c.Skills] = c
		}
	}
	pool := make([]TeamCandidate, 0, len(best))
	for _, c := range best {
		pool = append(pool, c)
	}
	slices.SortFunc(pool, func(a, b TeamCandidate) int { return cmp.Compare(a.PersonID, b.PersonID) })
	var members []TeamCandidate
	exact := n <= MaxExactTeamSkills
	if exact {
		members = exactTeam(reach, pool)
	} else {
		members = greedyTeam(reach, pool)
	}
	slices.SortFunc(members, func(a, b TeamCandidate) int {
		if betterCandidate(a, b) {
			return -1
		}
		return 1
	})
	return Team{Members: members, Exact: exact, Uncoverable: full &^ reach}
}

func betterCandidate(a, b TeamCandidate) bool {
	if d := a.Alignment - b.Alignment; d > alignmentEpsilon || d < -alignmentEpsilon {
		return d > 0
	}
	return a.PersonID < b.PersonID
}

// partial is a best way found to cover a set of skills.
type partial struct {
	size  int
	align float64
	ids   []int64 // sorted, for the last tie-break
	picks []int   // into the pool
	ok    bool
}

func (a partial) better(b partial) bool {
	if !b.ok {
		return a.ok
	}
	if a.size != b.size {
		return a.size < b.size
	}
	if d := a.align - b.align; d > alignmentEpsilon || d < -alignmentEpsilon {
		return d > 0
	}
	return slices.Compare(a.ids, b.ids) < 0
}

// exactTeam finds the best cover of goal over the subsets of skills, smallest first: at
// most 2^8 states, each extended by every distinct candidate.
func exactTeam(goal uint64, pool []TeamCandidate) []TeamCandidate {
	states := make([]partial, goal+1)
	states[0] = partial{ok: true}
	// Every state is reached from smaller ones (a union only grows), so one pass in
	// increasing order settles each before it is extended.
	for s := uint64(0); s <= goal; s++ {
		cur := states[s]
		if !cur.ok || s&^goal != 0 {
			continue
		}
		for i, c := range pool {
			next := s | c.Skills
			if next == s {
				continue
			}
			ids := append(slices.Clone(cur.ids), c.PersonID)
			slices.Sort(ids)
			cand := partial{size: cur.size + 1, align: cur.align + c.Alignment, ids: ids, picks: append(slices.Clone(cur.picks), i), ok: true}
			if cand.better(states[next]) {
				states[next] = cand
			}
		}
	}
	out := make([]TeamCandidate, 0, len(states[goal].picks))
	for _, i := range states[goal].picks {
		out = append(out, pool[i])
	}
	return out
}

func greedyTeam(goal uint64, pool []TeamCandidate) []TeamCandidate {
	var out []TeamCandidate
	var covered uint64
	for covered != goal {
		pick, gain := -1, 0
		for i, c := range pool {
			g := bits.OnesCount64(c.Skills &^ covered)
			if g > gain || (g == gain && g > 0 && betterCandidate(c, pool[pick])) {
				pick, gain = i, g
			}
		}
		if pick < 0 {
			break
		}
		out = append(out, pool[pick])
		covered |= pool[pick].Skills
	}
	return out
}
