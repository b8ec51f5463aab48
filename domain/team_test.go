package domain_test

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"testing"

	"kindred/domain"
)

// enumerateTeam is the test's own answer: every subset of people, the smallest that
// lists every skill someone lists, the highest total alignment among those.
func enumerateTeam(n int, people []domain.TeamCandidate) (size int, align float64) {
	var reach uint64
	for _, p := range people {
		reach |= p.Skills
	}
	size, align = math.MaxInt, -1
	for set := 0; set < 1<<len(people); set++ {
		var covered uint64
		total := 0.0
		for i, p := range people {
			if set&(1<<i) != 0 {
				covered |= p.Skills
				total += p.Alignment
			}
		}
		if covered != reach {
			continue
		}
		k := bits.OnesCount(uint(set))
		if k < size || (k == size && total > align) {
			size, align = k, total
		}
	}
	return size, align
}

// TestSmallestTeamMatchesEnumeration checks the proposed team against every subset, on
// generated cases of up to 12 people and 4 skills: alignments are Ruzicka fractions of
// small profiles, so ties of size and of alignment both come up.
func TestSmallestTeamMatchesEnumeration(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 2))
	ties := 0
	for c := range 3000 {
		n := 1 + r.IntN(4)
		people := make([]domain.TeamCandidate, r.IntN(13))
		for i := range people {
			var skills uint64
			for s := range n {
				if r.IntN(3) == 0 {
					skills |= 1 << s
				}
			}
			// Alignments from a few denominators, so that equal totals happen.
			d := 1 + r.IntN(6)
			people[i] = domain.TeamCandidate{PersonID: int64(100 + i), Skills: skills, Alignment: float64(r.IntN(d+1)) / float64(d)}
		}
		wantSize, wantAlign := enumerateTeam(n, people)
		team := domain.SmallestTeam(n, people)
		if !team.Exact {
			t.Fatalf("case %d: %d skills, want an exact team", c, n)
		}
		var covered uint64
		for _, m := range team.Members {
			covered |= m.Skills
		}
		if covered|team.Uncoverable != 1<<n-1 || covered&team.Uncoverable != 0 {
			t.Fatalf("case %d: team covers %b, uncoverable %b, of %d skills", c, covered, team.Uncoverable, n)
		}
		if len(team.Members) != wantSize || math.Abs(team.TotalAlignment()-wantAlign) > 1e-9 {
			t.Fatalf("case %d %+v: got %d people aligned %.6f in all, want %d aligned %.6f", c, people, len(team.Members), team.TotalAlignment(), wantSize, wantAlign)
		}
		if wantSize > 1 {
			ties++
		}
	}
	if ties < 500 {
		t.Errorf("only %d cases needed more than one person; the generator is too easy", ties)
	}
}

// TestSmallestTeamGreedyBeyondEightSkills: with more skills than are found exactly, the
// team still covers every skill someone lists, and says it is an approximation.
func TestSmallestTeamGreedyBeyondEightSkills(t *testing.T) {
	const n = 10
	people := []domain.TeamCandidate{
		{PersonID: 1, Skills: 0b0000011111, Alignment: 0.2},
		{PersonID: 2, Skills: 0b1111100000, Alignment: 0.9},
		{PersonID: 3, Skills: 0b1000000001, Alignment: 1},
	}
	team := domain.SmallestTeam(n+1, people) // skill 10 is listed by nobody
	if team.Exact {
		t.Error("got an exact team for 11 skills, want the greedy approximation")
	}
	if team.Uncoverable != 1<<n {
		t.Errorf("got uncoverable %b, want only skill %d", team.Uncoverable, n)
	}
	if len(team.Members) != 2 || team.Members[0].PersonID != 2 || team.Members[1].PersonID != 1 {
		t.Errorf("got %+v, want people 2 and 1", team.Members)
	}
}
