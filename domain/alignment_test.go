package domain

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAlignmentWorkedExample is DESIGN.md's: A = {justice 5, community 3},
// B = {justice 4, creativity 2}: Σ min = 4, Σ max = 10, alignment 0.4.
func TestAlignmentWorkedExample(t *testing.T) {
	const justice, community, creativity = 1, 2, 3
	a := []Strength{{justice, 5}, {community, 3}}
	b := []Strength{{justice, 4}, {creativity, 2}}
	if got := Alignment(a, b); math.Abs(got-0.4) > 1e-12 {
		t.Errorf("got %v, want 0.4", got)
	}
	if got := Alignment(a, a); got != 1 {
		t.Errorf("identical profiles: got %v, want 1", got)
	}
	if got := Alignment(a, []Strength{{creativity, 5}}); got != 0 {
		t.Errorf("nothing shared: got %v, want 0", got)
	}
	if got := Alignment(nil, nil); got != 0 {
		t.Errorf("empty profiles: got %v, want 0", got)
	}
}

func TestAlignmentProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	profile := func() []Strength {
		var p []Strength
		for v := int64(1); v <= 10; v++ {
			if r.IntN(2) == 0 {
				p = append(p, Strength{v, 1 + r.IntN(5)})
			}
		}
		return p
	}
	for range 500 {
		a, b := profile(), profile()
		ab, ba := Alignment(a, b), Alignment(b, a)
		if ab != ba || ab < 0 || ab > 1 {
			t.Fatalf("Alignment(%v, %v) = %v, reverse %v: want symmetric in [0, 1]", a, b, ab, ba)
		}
	}
}

// TestAlignmentPartsInAnyOrder: sorted profiles (merged) and the same profiles shuffled
// (matched through a map) give the same parts.
func TestAlignmentPartsInAnyOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	profile := func() []Strength {
		var p []Strength
		for v := int64(1); v <= 40; v++ {
			if r.IntN(4) == 0 {
				p = append(p, Strength{v, 1 + r.IntN(5)})
			}
		}
		return p
	}
	for range 1000 {
		a, b := profile(), profile()
		m, d := AlignmentParts(a, b)
		sa, sb := slices.Clone(a), slices.Clone(b)
		r.Shuffle(len(sa), func(i, j int) { sa[i], sa[j] = sa[j], sa[i] })
		r.Shuffle(len(sb), func(i, j int) { sb[i], sb[j] = sb[j], sb[i] })
		wantM, wantD := 0, 0
		for _, x := range a {
			wantD += x.Strength
			for _, y := range b {
				if x.ValueID == y.ValueID {
					wantM += min(x.Strength, y.Strength)
				}
			}
		}
		for _, y := range b {
			wantD += y.Strength
		}
		wantD -= wantM
		for _, got := range [][2]int{{m, d}, pair(AlignmentParts(sa, sb)), pair(AlignmentParts(a, sb)), pair(AlignmentParts(sa, b))} {
			if got != [2]int{wantM, wantD} {
				t.Fatalf("AlignmentParts(%v, %v) = %v, want %d, %d", a, b, got, wantM, wantD)
			}
		}
	}
}

func pair(m, d int) [2]int { return [2]int{m, d} }
