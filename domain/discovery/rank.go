package discovery

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"kindred/domain"
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
	profile []domain.Strength
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
	words := wordsFor(len(x.ids))
	if sc == nil || len(sc.filter) < words {
		sc = &scratch{filter: make([]uint64, words+words/8+16)}
	}
	version := x.version
	if r.after != nil && r.after.N == x.instance {
		version = r.after.V
	}
	then, ok := x.asOf(version)
	if !ok {
		return nil, domain.Invalid("after", "These results have changed too much since the first page; start again without after.")
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
	filter := x.narrow(r, sc.filter[:words])
	if ranked {
		// The viewer is told by slot, so that IDs are read only for the few kept.
		viewerSlot := int32(-1)
		if slot, ok := x.slotOf[r.viewerID]; ok {
			viewerSlot = slot
		}
		s := bitScan{flagBits: x.flagBits, filter: filter, skip: viewerSlot, hideMembers: !r.signedIn, remote: r.remote,
			sum: r.sum, sums: x.sums, ids: x.ids, best: best, n: r.n, least: 1, wd: 1}
		for _, p := range r.profile {
			if n, ok := x.valueNum[p.ValueID]; ok && p.Strength > 0 {
				s.terms = append(s.terms, term{planes: x.planes[n], k: min(p.Strength, domain.MaxStrength)})
			}
		}
		if r.search == "" && r.exclude == nil && r.after == nil && then == nil {
			// Every first page but a search's: most slots are counted without a look.
			if r.minScore != nil {
				s.minScore = *r.minScore
				// A score is at most m / r.sum: below this m, none reaches the minimum.
				s.countFrom = int(min(max(math.Floor(s.minScore*float64(r.sum)), 1), 64))
			}
			total = s.run()
		} else {
			s.each = func(i, m int) {
				if then != nil {
					if _, changed := then[x.ids[i]]; changed {
						return
					}
				}
				consider(x.ids[i], slotAt(i), nil, m, int(x.sums[i]))
			}
			s.run()
		}
		for _, old := range then {
			if old != nil {
				m, _ := domain.AlignmentParts(r.profile, old.values)
				considerThen(old, m)
			}
		}
	} else {
		for slot, id := range x.ids {
			if !visible(x.flags[slot]) || (filter != nil && filter[slotWord(int32(slot))]&slotBit(int32(slot)) == 0) {
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
func (x *PersonIndex) appendShared(out []SharedValue, profile []domain.Strength, c candidate) []SharedValue {
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

// term is one of the viewer's values in a bitScan: the value's planes and the viewer's
// strength k, 1 to MaxStrength.
type term struct {
	planes []uint64
	k      int
}

// bitScan goes through every slot, 64 at a time, with their sums of minima against the
// terms bit-sliced in six words (bit b of every slot's sum in pb). A slot is live when
// its sum is not zero, its flags pass (hidden never, members-only only when hideMembers
// is false, remote-friendly as remote says when set), it is in filter (nil: no list
// filter) and it is not skip (the viewer).
//
// With each set, every live slot is given to it. Otherwise run counts the live slots (with
// countFrom set, those that score at least minScore) and keeps the best n+1 in best.
type bitScan struct {
	terms       []term
	flagBits    []uint64
	filter      []uint64
	hideMembers bool
	remote      *bool
	skip        int32
	each        func(i, m int)

	// The viewer's sum, and every slot's sum and ID.
	sum  int
	sums []int32
	ids  []int64
	best *worst
	n    int
	// Once best is full, nobody with a sum of minima below least can enter: a person's
	// own sum is at least their sum of minima m, so they score at most m / sum, and the
	// worst kept scores w.m / w.d.
	least int
	// wm/wd is the worst kept's score once best is full, 0/1 before.
	wm, wd    int
	countFrom int
	minScore  float64
}

// offer keeps the slot i, with sum of minima m, if it belongs among the best; run has
// passed over those that score below the worst kept, and best settles the ties.
func (s *bitScan) offer(i, m int) {
	s.best.offer(candidate{id: s.ids[i], m: m, d: s.sum + int(s.sums[i]) - m, slot: slotAt(i)}, s.n)
	if len(s.best.items) > s.n {
		w := &s.best.items[0]
		s.least = (w.m*s.sum + w.d - 1) / w.d
		s.wm, s.wd = w.m, w.d
	}
}

// A person holds at most MaxValuesPerPerson values of strength at most MaxStrength, so a
// sum of minima fits in bitScan's six bits (this fails to compile when it would not).
const _ = uint8(63 - domain.MaxValuesPerPerson*domain.MaxStrength)

func (s *bitScan) run() int {
	total := 0
	var members, remote, remoteWant uint64
	if s.hideMembers {
		members = ^uint64(0)
	}
	if s.remote != nil {
		remote = ^uint64(0)
		if *s.remote {
			remoteWant = ^uint64(0)
		}
	}
	words := len(s.flagBits) / flagWords
	for w := range words {
		var p0, p1, p2, p3, p4, p5 uint64
		for _, t := range s.terms {
			// c = min(k, strength), from the strength's bits s0 to s2 (at most 5).
			p := t.planes[w*planeCount:][:planeCount:planeCount]
			s0, s1, s2 := p[0], p[1], p[2]
			var c0, c1, c2 uint64
			switch t.k {
			case 1: // 1 for any strength
				c0 = s0 | s1 | s2
			case 2: // 2 from 2 up
				c1 = s1 | s2
				c0 = s0 &^ c1
			case 3: // 3 from 3 up: 4 and 5 become 011
				c0, c1 = s0|s2, s1|s2
			case 4: // 5 becomes 100
				c0, c1, c2 = s0&^s2, s1, s2
			default:
				c0, c1, c2 = s0, s1, s2
			}
			// p += c: a full adder per bit of c, then the carry on.
			k := p0 & c0
			p0 ^= c0
			y := p1 ^ c1
			k, p1 = p1&c1|k&y, y^k
			y = p2 ^ c2
			k, p2 = p2&c2|k&y, y^k
			k, p3 = p3&k, p3^k
			k, p4 = p4&k, p4^k
			p5 ^= k
		}
		f := s.flagBits[w*flagWords:][:flagWords]
		live := (p0 | p1 | p2 | p3 | p4 | p5) &^ f[0] &^ (f[1] & members) &^ ((f[2] ^ remoteWant) & remote)
		if s.filter != nil {
			live &= s.filter[w]
		}
		if slotWord(s.skip) == w {
			live &^= slotBit(s.skip)
		}
		if live == 0 {
			continue
		}
		base := w << 6
		switch {
		case s.each != nil:
			for c := live; c != 0; c &= c - 1 {
				k := bits.TrailingZeros64(c)
				s.each(base+k, sumAt(p0, p1, p2, p3, p4, p5, k))
			}
		case s.countFrom == 0:
			total += bits.OnesCount64(live)
			for c := live & atLeast(p0, p1, p2, p3, p4, p5, s.least); c != 0; c &= c - 1 {
				// Most score below the worst kept: they are passed over here.
				k := bits.TrailingZeros64(c)
				if m := sumAt(p0, p1, p2, p3, p4, p5, k); m*s.wd >= s.wm*(s.sum+int(s.sums[base+k])-m) {
					s.offer(base+k, m)
				}
			}
		default:
			for c := live & atLeast(p0, p1, p2, p3, p4, p5, s.countFrom); c != 0; c &= c - 1 {
				k := bits.TrailingZeros64(c)
				m := sumAt(p0, p1, p2, p3, p4, p5, k)
				if float64(m)/float64(s.sum+int(s.sums[base+k])-m) >= s.minScore {
					total++
					if m >= s.least && m*s.wd >= s.wm*(s.sum+int(s.sums[base+k])-m) {
						s.offer(base+k, m)
					}
				}
			}
		}
	}
	return total
}

// sumAt reads lane k of the bit-sliced number p0 to p5.
func sumAt(p0, p1, p2, p3, p4, p5 uint64, k int) int {
	return int(p0>>k&1) | int(p1>>k&1)<<1 | int(p2>>k&1)<<2 | int(p3>>k&1)<<3 | int(p4>>k&1)<<4 | int(p5>>k&1)<<5
}

// atLeast returns the lanes of the bit-sliced number p0 to p5 (bit 0 to 5) that are at
// least n: from the top bit down, a lane is greater once it has a bit that n lacks while
// equal so far.
func atLeast(p0, p1, p2, p3, p4, p5 uint64, n int) uint64 {
	if n >= 64 {
		return 0
	}
	gt, eq := uint64(0), ^uint64(0)
	for b, p := range [6]uint64{p5, p4, p3, p2, p1, p0} {
		if n>>(5-b)&1 != 0 {
			eq &= p
		} else {
			gt |= eq & p
			eq &^= p
		}
	}
	return gt | eq
}

// scratch is one ranking's working memory, reused: the list filters' bitset and the best
// kept.
type scratch struct {
	filter []uint64
	best   []candidate
}

// peopleRanking sets up a ranking's visibility and filters for a viewer (nil: signed out).
func peopleRanking(viewer *domain.Person, f PeopleFilter, exclude map[int64]bool, profile []domain.Strength, n int, after *rankCursor) ranking {
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

// narrow returns the bitset of the slots that pass r's value, skill and place filters,
// made in filter, or nil when r has none.
func (x *PersonIndex) narrow(r ranking, filter []uint64) []uint64 {
	if r.valueID == nil && r.skill == "" && r.place == "" {
		return nil
	}
	// The skill's slots are marked one by one; the value and the place, held by many,
	// a word at a time.
	if r.skill != "" {
		clear(filter)
		if k, ok := x.skillNum[r.skill]; ok {
			for _, slot := range x.skillSlots[k] {
				filter[slotWord(slot)] |= slotBit(slot)
			}
		}
	} else {
		for w := range filter {
			filter[w] = ^uint64(0)
		}
	}
	if r.valueID != nil {
		v, ok := x.valueNum[*r.valueID]
		for w := range filter {
			if ok {
				p := x.planes[v][w*planeCount:][:planeCount]
				filter[w] &= p[0] | p[1] | p[2] // strength above 0
			} else {
				filter[w] = 0
			}
		}
	}
	if r.place != "" {
		// Places are few next to people: each is matched once.
		match := make([]bool, len(x.locs))
		for i, l := range x.locs {
			match[i] = strings.Contains(l, r.place)
		}
		for w := range filter {
			var in uint64
			for k, l := range x.locOf[w<<6 : min(w<<6+64, len(x.locOf))] {
				if match[l] {
					in |= 1 << k
				}
			}
			filter[w] &= in
		}
	}
	return filter
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
