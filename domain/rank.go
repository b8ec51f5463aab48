package domain

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// candidate is a person or collaboration being ranked: its ID, its key for unranked
// order (a handle or a title), and its score as the fraction m/d. A person is either in
// the index's slot or, as they were when a walk began, in old.
type candidate struct {
	id     int64
	key    string
	m, d   int
	slot   int32
	old    *indexedPerson
	collab *indexedCollab
}

// before reports whether a ranks before b: higher score, then lower ID. With ranked
// false the order is by handle, then ID.
func (a candidate) before(b candidate, ranked bool) bool {
	if ranked {
		l, r := a.m*b.d, b.m*a.d
		if l != r {
			return l > r
		}
	} else if a.key != b.key {
		return a.key < b.key
	}
	return a.id < b.id
}

func (c rankCursor) candidate() candidate {
	return candidate{id: c.I, key: c.K, m: c.M, d: c.D}
}

// worst keeps the best n+1 candidates seen, the worst of them at items[0]: a heap kept
// by hand, so that offering a candidate allocates nothing.
type worst struct {
	items  []candidate
	ranked bool
}

// offer adds c to the best n+1 kept, if it belongs there.
func (w *worst) offer(c candidate, n int) {
	if len(w.items) <= n {
		w.items = append(w.items, c)
		w.up(len(w.items) - 1)
	} else if c.before(w.items[0], w.ranked) {
		w.items[0] = c
		w.down(0)
	}
}

// less orders the heap: the worse candidate first.
func (w *worst) less(i, j int) bool { return w.items[j].before(w.items[i], w.ranked) }

func (w *worst) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !w.less(j, i) {
			return
		}
		w.items[i], w.items[j] = w.items[j], w.items[i]
		j = i
	}
}

func (w *worst) down(i int) {
	n := len(w.items)
	for {
		j := 2*i + 1
		if j >= n {
			return
		}
		if r := j + 1; r < n && w.less(r, j) {
			j = r
		}
		if !w.less(j, i) {
			return
		}
		w.items[i], w.items[j] = w.items[j], w.items[i]
		i = j
	}
}

// sorted returns the kept candidates best first.
func (w *worst) sorted() []candidate {
	items := w.items
	slices.SortFunc(items, func(a, b candidate) int {
		if a.before(b, w.ranked) {
			return -1
		}
		return 1
	})
	return items
}

// ranking is one walk over the index.
type ranking struct {
	profile []Strength
	sum     int
	// viewerID and signedIn decide visibility; remote filters by the flag; exclude and
	// search (nil and empty for none) are the slower tests, made only for those that pass
	// the rest.
	viewerID int64
	signedIn bool
	remote   *bool
	exclude  map[int64]bool
	search   string
	// valueID, skill and place narrow by the index's lists instead of each person.
	valueID  *int64
	skill    string
	place    string
	minScore *float64
	n        int
	after    *rankCursor
}

// matchesSearch tests a lower-case handle and name against the search text.
func (r *ranking) matchesSearch(handle, name string) bool {
	return r.search == "" || strings.Contains(handle, r.search) || strings.Contains(name, r.search)
}

// rank ranks the index's people against r.profile (or lists them by handle when it is
// empty) and returns one page, as of the cursor's version.
func (x *PersonIndex) rank(r ranking) (*MatchPage, error) {
	// The scratch is taken before the lock: a ranking waiting for one must not hold up a
	// writer, nor the rankings behind it.
	sc := <-x.scratches
	defer func() { x.scratches <- sc }()
	x.mu.RLock()
	defer x.mu.RUnlock()
	if sc == nil || len(sc.acc) < (len(x.ids)+7)&^7 { // whole words: see wordScan
		n := len(x.ids) + len(x.ids)/8 + 1024
		sc = &scratch{acc: make([]uint8, n), hits: make([]uint8, n)}
	}
	version := x.version
	if r.after != nil && r.after.N == x.instance {
		version = r.after.V
	}
	then, ok := x.asOf(version)
	if !ok {
		return nil, Invalid("after", "These results have changed too much since the first page; start again without after.")
	}
	ranked := len(r.profile) > 0
	best := &worst{ranked: ranked, items: sc.best[:0]}
	defer func() {
		clear(best.items) // no pointers kept alive in the scratch
		sc.best = best.items[:0]
	}()
	total := 0
	var after candidate
	if r.after != nil {
		after = r.after.candidate()
	}
	// visible is the fast test, on flags alone.
	visible := func(f uint8) bool {
		return f&flagHidden == 0 && (r.signedIn || f&flagMembers == 0) && (r.remote == nil || (f&flagRemote != 0) == *r.remote)
	}
	// consider takes a person who passed visible and the list filters: in slot, or as
	// they were (old).
	consider := func(id int64, slot int32, old *indexedPerson, m, sum int) {
		if id == r.viewerID || (r.exclude != nil && r.exclude[id]) {
			return
		}
		c := candidate{id: id, m: m, d: r.sum + sum - m, slot: slot, old: old}
		if r.search != "" || !ranked {
			handle, name := "", ""
			if old != nil {
				handle, name = old.handle, old.name
			} else {
				handle, name = x.handle(slot), x.name(slot)
			}
			if !r.matchesSearch(handle, name) {
				return
			}
			if !ranked {
				c.key = handle
			}
		}
		if ranked && r.minScore != nil && float64(c.m)/float64(c.d) < *r.minScore {
			return
		}
		total++
		if r.after != nil && !after.before(c, ranked) {
			return
		}
		best.offer(c, r.n)
	}
	considerThen := func(old *indexedPerson, m int) {
		if old != nil && visible(flagsOf(old)) && (!ranked || m > 0) && r.passesOld(old) {
			consider(old.id, -1, old, m, old.sum)
		}
	}
	nar := x.narrow(r, sc)
	defer nar.release()
	if ranked {
		acc := sc.acc[:len(x.ids)]
		for _, s := range r.profile {
			n, ok := x.valueNum[s.ValueID]
			if !ok {
				continue
			}
			// What each strength of theirs adds: the minimum of the two.
			var adds [16]uint8
			for t := range adds {
				adds[t] = uint8(min(s.Strength, t))
			}
			for _, e := range x.postings[n].entries {
				acc[e>>4] += adds[e&15] // fits: see sumOfMinimaFits
			}
		}
		// Then every slot, in order: the loops read flat arrays only, sequentially.
		var hideMask, wantFlags uint8 = flagHidden, 0
		if !r.signedIn {
			hideMask |= flagMembers
		}
		if r.remote != nil {
			hideMask |= flagRemote
			if *r.remote {
				wantFlags = flagRemote
			}
		}
		simple := r.search == "" && r.exclude == nil && r.minScore == nil && r.after == nil
		flags, ids, sums := x.flags[:len(acc)], x.ids[:len(acc)], x.sums[:len(acc)]
		// The viewer is told by slot, so that IDs are read only for the few kept.
		viewerSlot := -1
		if slot, ok := x.slotOf[r.viewerID]; ok {
			viewerSlot = int(slot)
		}
		// Once the kept are full, nobody with a sum of minima below least can enter: a
		// person's own sum is at least their sum of minima m, so they score at most
		// m / r.sum, and the worst kept scores w.m / w.d.
		least := 1
		// offer keeps a visible match at slot i with sum of minima m if it belongs.
		offer := func(i, m int) {
			d := r.sum + int(sums[i]) - m
			if len(best.items) > r.n {
				w := &best.items[0]
				if l, rr := m*w.d, w.m*d; l < rr || (l == rr && ids[i] > w.id) {
					return
				}
			}
			best.offer(candidate{id: ids[i], m: m, d: d, slot: int32(i)}, r.n)
			if len(best.items) > r.n {
				w := &best.items[0]
				least = (w.m*r.sum + w.d - 1) / w.d
			}
		}
		if r.search == "" && r.exclude == nil && r.after == nil && then == nil {
			// Every first page but a search's, eight slots at a time.
			s := wordScan{acc: sc.acc[:(len(acc)+7)&^7], flags: flags, hideMask: hideMask, want: wantFlags, skip: viewerSlot, least: &least, offer: offer}
			if nar != nil {
				s.hits, s.need = nar.hits, nar.need
			}
			if r.minScore != nil {
				// A score is at most m / r.sum: below this m, none reaches the minimum.
				s.countFrom = int(min(max(math.Floor(*r.minScore*float64(r.sum)), 1), 128))
				s.pass = func(i, m int) bool {
					return float64(m)/float64(r.sum+int(sums[i])-m) >= *r.minScore
				}
			}
			total = s.run()
			clear(s.acc)
		} else {
			for i, a := range acc {
				if a == 0 {
					continue
				}
				acc[i] = 0
				slot, m := int32(i), int(a)
				if flags[i]&hideMask != wantFlags || i == viewerSlot || !nar.passes(slot) {
					continue
				}
				if then != nil {
					if _, changed := then[ids[i]]; changed {
						continue
					}
				}
				if !simple {
					consider(ids[i], slot, nil, m, int(sums[i]))
					continue
				}
				total++
				if m >= least {
					offer(i, m)
				}
			}
		}
		for _, old := range then {
			if old != nil {
				m, _ := alignmentParts(r.profile, old.values)
				considerThen(old, m)
			}
		}
	} else {
		for slot, id := range x.ids {
			if !visible(x.flags[slot]) || !nar.passes(int32(slot)) {
				continue
			}
			if then != nil {
				if _, changed := then[id]; changed {
					continue
				}
			}
			consider(id, int32(slot), nil, 0, int(x.sums[slot]))
		}
		for _, old := range then {
			considerThen(old, 0)
		}
	}
	items := best.sorted()
	page := &MatchPage{TotalCount: total, HasPrevious: r.after != nil}
	if len(items) > r.n {
		items, page.HasNextPage = items[:r.n], true
	}
	// One backing array each for the page's scores and shared values.
	scores := make([]float64, len(items))
	var shared []SharedValue
	for i, c := range items {
		cur := rankCursor{V: version, N: x.instance, I: c.id}
		match := PersonMatch{PersonID: c.id}
		if ranked {
			cur.M, cur.D = c.m, c.d
			scores[i] = float64(c.m) / float64(c.d)
			match.Score = &scores[i]
			start := len(shared)
			shared = x.appendShared(shared, r.profile, c)
			if len(shared) > start {
				match.Shared = shared[start:len(shared):len(shared)]
			}
		} else {
			cur.K = c.key
		}
		page.EndCursor = cur.encode()
		// A person who has since hidden their profile is left out, though the walk goes on
		// past them: privacy wins over completeness.
		if slot, ok := x.slotOf[c.id]; !ok || x.flags[slot]&flagHidden != 0 {
			continue
		}
		page.Cursors = append(page.Cursors, page.EndCursor)
		page.Matches = append(page.Matches, match)
	}
	return page, nil
}

// appendShared appends the values of profile that c holds too, with both strengths.
func (x *PersonIndex) appendShared(out []SharedValue, profile []Strength, c candidate) []SharedValue {
	for _, s := range profile {
		t := 0
		if c.old != nil {
			t = c.old.strengthOf(s.ValueID)
		} else if n, ok := x.valueNum[s.ValueID]; ok {
			t = x.strengthOf(c.slot, n)
		}
		if t > 0 {
			if out == nil {
				out = make([]SharedValue, 0, 4*len(profile))
			}
			out = append(out, SharedValue{ValueID: s.ValueID, ViewerStrength: s.Strength, TheirStrength: t})
		}
	}
	return out
}

// Byte-wise arithmetic on eight bytes in a word, each below 128 (sums of minima and
// flags are): adding 0x7f to a byte sets its high bit exactly when it is not zero, and
// adding 128-n exactly when it is at least n, without carrying into the next byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// wordScan counts the slots with a nonzero sum of minima in acc that pass: their flags
// (flags&hideMask == want), the list filters when need > 0 (hits == need), not the slot
// skip (the viewer) and, when pass is set, pass itself. It calls offer with those whose
// sum is at least *least, which offer may raise. It reads eight slots at a time: most are
// counted and passed over without looking at them one by one. len(acc) is a multiple of 8
// and acc and hits are zero past the slots.
type wordScan struct {
	acc, flags, hits []uint8
	need             uint8
	hideMask, want   uint8
	skip             int
	// countFrom and pass: with pass, only sums of at least countFrom may count, and those
	// that pass it do.
	countFrom int
	pass      func(i, m int) bool
	least     *int
	offer     func(i, m int)
}

func (s *wordScan) run() int {
	total := 0
	hide, want, need := uint64(s.hideMask)*ones, uint64(s.want)*ones, uint64(s.need)*ones
	for i := 0; i < len(s.acc); i += 8 {
		w := binary.LittleEndian.Uint64(s.acc[i:])
		if w == 0 {
			continue
		}
		var f uint64
		if i+8 <= len(s.flags) {
			f = binary.LittleEndian.Uint64(s.flags[i:])
		} else {
			var tail [8]byte
			copy(tail[:], s.flags[i:])
			f = binary.LittleEndian.Uint64(tail[:])
		}
		excluded := nonzero((f & hide) ^ want)
		if s.need > 0 {
			excluded |= nonzero(binary.LittleEndian.Uint64(s.hits[i:]) ^ need)
		}
		w &^= (excluded >> 7) * 0xff
		if k := s.skip - i; k >= 0 && k < 8 {
			w &^= 0xff << (8 * k)
		}
		if s.pass == nil {
			total += bits.OnesCount64(nonzero(w))
			for c := atLeast(w, *s.least); c != 0; c &= c - 1 {
				k := bits.TrailingZeros64(c) / 8
				s.offer(i+k, int(w>>(8*k)&0xff))
			}
			continue
		}
		for c := atLeast(w, s.countFrom); c != 0; c &= c - 1 {
			k := bits.TrailingZeros64(c) / 8
			if m := int(w >> (8 * k) & 0xff); s.pass(i+k, m) {
				total++
				if m >= *s.least {
					s.offer(i+k, m)
				}
			}
		}
	}
	return total
}

// nonzero sets the high bit of each byte of w that is not zero.
func nonzero(w uint64) uint64 { return (w + 0x7f*ones) & highs }

// atLeast sets the high bit of each byte of w that is at least n (1 to 128).
func atLeast(w uint64, n int) uint64 { return (w + uint64(128-n)*ones) & highs }

// A person holds at most MaxValuesPerPerson values of strength at most MaxStrength, so
// a sum of minima fits in a byte (this fails to compile when it would not).
const sumOfMinimaFits = uint8(MaxValuesPerPerson * MaxStrength)

// scratch is one ranking's working memory, reused: a sum of minima per slot (kept zero
// between uses), the list-filter hits per slot and the best kept.
type scratch struct {
	acc  []uint8
	hits []uint8
	best []candidate
}

// peopleRanking sets up a ranking's visibility and filters for a viewer (nil: signed out).
func peopleRanking(viewer *Person, f PeopleFilter, exclude map[int64]bool, profile []Strength, n int, after *rankCursor) ranking {
	r := ranking{profile: profile, sum: sumOf(profile), signedIn: viewer != nil, remote: f.RemoteFriendly, exclude: exclude,
		minScore: f.MinScore, n: n, after: after}
	if viewer != nil {
		r.viewerID = viewer.ID
	}
	r.valueID = f.ValueID
	r.skill = strings.ToLower(strings.TrimSpace(f.Skill))
	r.place = strings.ToLower(strings.TrimSpace(f.Place))
	r.search = strings.ToLower(strings.TrimSpace(f.Search))
	return r
}

// narrowing is a ranking's value, skill and place filters, resolved against the index:
// hits counts, per slot, how many of the list filters it passes.
type narrowing struct {
	need uint8
	hits []uint8
	// value and skill are the lists of the value and skill filters, as marked in hits.
	value []uint32 // posting entries, slot<<4 | strength
	skill []int32
	// everySlot is how many slots the place filter marked, all of them.
	everySlot int
}

// narrow prepares the filters; release undoes the marks it made.
func (x *PersonIndex) narrow(r ranking, sc *scratch) *narrowing {
	if r.valueID == nil && r.skill == "" && r.place == "" {
		return nil
	}
	n := &narrowing{hits: sc.hits}
	if r.valueID != nil {
		n.need++
		if v, ok := x.valueNum[*r.valueID]; ok {
			n.value = x.postings[v].entries
			for _, e := range n.value {
				n.hits[e>>4]++
			}
		}
	}
	if r.skill != "" {
		n.need++
		if k, ok := x.skillNum[r.skill]; ok {
			n.skill = x.skillSlots[k]
			for _, slot := range n.skill {
				n.hits[slot]++
			}
		}
	}
	if r.place != "" {
		// Places are few next to people: each is matched once, then every slot marked.
		match := make([]bool, len(x.locs))
		for i, l := range x.locs {
			match[i] = strings.Contains(l, r.place)
		}
		n.need++
		n.everySlot = len(x.locOf)
		for slot, l := range x.locOf {
			if match[l] {
				n.hits[slot]++
			}
		}
	}
	return n
}

func (n *narrowing) passes(slot int32) bool {
	return n == nil || n.hits[slot] == n.need
}

// passesOld tests an earlier state of a person, which the index's lists no longer hold.
func (r ranking) passesOld(p *indexedPerson) bool {
	switch {
	case r.valueID != nil && p.strengthOf(*r.valueID) == 0:
		return false
	case r.skill != "" && !slices.Contains(p.skills, r.skill):
		return false
	case r.place != "" && !strings.Contains(p.location, r.place):
		return false
	}
	return true
}

func (n *narrowing) release() {
	if n == nil {
		return
	}
	if n.everySlot > 0 {
		clear(n.hits[:n.everySlot])
		return
	}
	for _, e := range n.value {
		n.hits[e>>4] = 0
	}
	for _, slot := range n.skill {
		n.hits[slot] = 0
	}
}
