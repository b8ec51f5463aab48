package discovery

import (
	"encoding/base64"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"kindred/clock/clocktest"
	"kindred/domain"
)

// TestRankCursorEncode checks the hand-written encoding against encoding/json's.
func TestRankCursorEncode(t *testing.T) {
	for _, c := range []rankCursor{
		{V: 1, I: 2},
		{V: 18446744073709551615, M: 12, D: 40, I: 9223372036854775807},
		{V: 3, K: `a "title" <with> \\ & ünïcode`, I: 5},
		{V: 7, N: "Xy_-09ab", M: 1, D: 2, I: 6},
	} {
		b, _ := json.Marshal(c)
		if got, want := c.encode(), base64.RawURLEncoding.EncodeToString(b); got != want {
			t.Errorf("encode(%+v) = %s, want %s", c, got, want)
		}
		if got, err := decodeRankCursor(c.encode()); err != nil || got != c {
			t.Errorf("decode(encode(%+v)) = %+v, %v", c, got, err)
		}
	}
}

// TestBitScanSumsAndFlags compares the bit-sliced sums of minima and visibility with a
// slot-by-slot computation, over enough slots for many words and profiles of up to
// MaxValuesPerPerson values at every strength, so that the sums reach their highest bit.
func TestBitScanSumsAndFlags(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	x := newPersonIndex(clocktest.New().Now)
	const people, values = 1000, 16
	for i := range people {
		p := &indexedPerson{id: int64(i + 1), visibility: visibilities[r.IntN(3)], remote: r.IntN(2) == 0, suspended: r.IntN(20) == 0}
		for v := range values {
			if r.IntN(values) < domain.MaxValuesPerPerson || i%100 == 0 {
				p.values = append(p.values, domain.Strength{ValueID: int64(v + 1), Strength: 1 + r.IntN(domain.MaxStrength)})
			}
		}
		p.values = p.values[:min(len(p.values), domain.MaxValuesPerPerson)]
		if err := x.put(p); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= people; i += 7 { // free slots among the rest
		x.remove(x.slotOf[int64(i)])
	}
	yes, no := true, false
	for round := range 50 {
		var profile []domain.Strength
		for v := range values {
			if r.IntN(values) < domain.MaxValuesPerPerson || round == 0 {
				profile = append(profile, domain.Strength{ValueID: int64(v + 1), Strength: 1 + r.IntN(domain.MaxStrength)})
			}
		}
		profile = profile[:min(len(profile), domain.MaxValuesPerPerson)]
		remote := []*bool{nil, &yes, &no}[round%3]
		s := bitScan{flagBits: x.flagBits, skip: r.Int32N(people), hideMembers: round%2 == 0, remote: remote}
		for _, p := range profile {
			s.terms = append(s.terms, term{planes: x.planes[x.valueNum[p.ValueID]], k: p.Strength})
		}
		got := map[int]int{}
		s.each = func(i, m int) { got[i] = m }
		s.run()
		for slot := range x.ids {
			want := 0
			for _, p := range profile { // from the profile arena, not the planes
				for _, v := range x.values(int32(slot)) {
					if v.ValueID == p.ValueID {
						want += min(p.Strength, v.Strength)
					}
				}
			}
			f := x.flags[slot]
			if f&flagHidden != 0 || (s.hideMembers && f&flagMembers != 0) || (remote != nil && (f&flagRemote != 0) != *remote) || int32(slot) == s.skip {
				want = 0
			}
			if got[slot] != want {
				t.Fatalf("round %d, slot %d: sum %d, want %d", round, slot, got[slot], want)
			}
		}
	}
}

// TestAtLeast checks the bit-sliced comparison with every 6-bit number and bound.
func TestAtLeast(t *testing.T) {
	var p [6]uint64
	for lane := range 64 { // lane k holds the number k
		for b := range p {
			p[b] |= uint64(lane>>b&1) << lane
		}
	}
	for n := 0; n <= 70; n++ {
		for lane := range 64 {
			if got, want := atLeast(p[0], p[1], p[2], p[3], p[4], p[5], n)>>lane&1 == 1, lane >= n; got != want {
				t.Fatalf("atLeast(%d) lane %d: %v", n, lane, got)
			}
			if m := sumAt(p[0], p[1], p[2], p[3], p[4], p[5], lane); m != lane {
				t.Fatalf("sumAt lane %d: %d", lane, m)
			}
		}
	}
}

// BenchmarkBitScan sums and scans 100,000 random people against an eight-value viewer.
func BenchmarkBitScan(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	x := newPersonIndex(clocktest.New().Now)
	const values = 42
	for i := range 100_000 {
		p := &indexedPerson{id: int64(i + 1), visibility: domain.VisibilityPublic}
		for _, v := range r.Perm(values)[:8] {
			p.values = append(p.values, domain.Strength{ValueID: int64(v + 1), Strength: 1 + r.IntN(domain.MaxStrength)})
		}
		if err := x.put(p); err != nil {
			b.Fatal(err)
		}
	}
	var terms []term
	for _, v := range r.Perm(values)[:8] {
		terms = append(terms, term{planes: x.planes[x.valueNum[int64(v+1)]], k: 1 + r.IntN(domain.MaxStrength)})
	}
	best := &worst{ranked: true}
	for b.Loop() {
		best.items = best.items[:0]
		s := bitScan{terms: terms, flagBits: x.flagBits, skip: -1, sum: 24, sums: x.sums, ids: x.ids, best: best, n: 20, least: 1, wd: 1}
		s.run()
	}
}
