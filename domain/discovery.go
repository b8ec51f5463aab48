package domain

import (
	"container/heap"
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"
)

// PeopleFilter narrows a ranking of people.
type PeopleFilter struct {
	ValueID        *int64
	Skill          string
	Place          string
	RemoteFriendly *bool
	MinScore       *float64
	Search         string
	First          *int
	After          string
}

// SharedValue is a value two profiles share, with both strengths.
type SharedValue struct {
	ValueID        int64
	ViewerStrength int
	TheirStrength  int
}

// PersonMatch is one person in a ranking: their alignment with the profile ranked
// against (nil when there is no profile to rank by) and the values they share.
type PersonMatch struct {
	PersonID int64
	Score    *float64
	Shared   []SharedValue
}

// MatchPage is one page of a ranking.
type MatchPage struct {
	Matches []PersonMatch
	Cursors []string
	// EndCursor continues the walk; it may lie past the last match shown.
	EndCursor   string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// rankCursor is the position of a match in a walk: the index version the walk began at,
// and the match's score as the fraction M/D (exact, so ties are ties) or, for an
// unranked walk, its handle; and its ID.
type rankCursor struct {
	V uint64 `json:"v"`
	M int    `json:"m,omitempty"`
	D int    `json:"d,omitempty"`
	K string `json:"k,omitempty"`
	I int64  `json:"i"`
}

func (c rankCursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeRankCursor(s string) (rankCursor, error) {
	var c rankCursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.I <= 0 {
		return rankCursor{}, Invalid("after", "The cursor is not one this API gave out; start again without after.")
	}
	return c, nil
}

// candidate is a person or collaboration being ranked: its ID, its key for unranked
// order (a handle or a title), and its score as the fraction m/d.
type candidate struct {
	id     int64
	key    string
	m, d   int
	p      *indexedPerson
	slot   int32
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

// offer adds c to the best n kept, if it belongs there.
func (w *worst) offer(c candidate, n int) {
	if w.Len() <= n {
		heap.Push(w, c)
	} else if c.before(w.items[0], w.ranked) {
		w.items[0] = c
		heap.Fix(w, 0)
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

// worst keeps the best n candidates seen, the worst of them on top.
type worst struct {
	items  []candidate
	ranked bool
}

func (w worst) Len() int           { return len(w.items) }
func (w worst) Less(i, j int) bool { return w.items[j].before(w.items[i], w.ranked) }
func (w worst) Swap(i, j int)      { w.items[i], w.items[j] = w.items[j], w.items[i] }
func (w *worst) Push(x any)        { w.items = append(w.items, x.(candidate)) }
func (w *worst) Pop() any {
	it := w.items[len(w.items)-1]
	w.items = w.items[:len(w.items)-1]
	return it
}

// ranking is one walk over the index.
type ranking struct {
	profile []Strength
	sum     int
	// viewerID and signedIn decide visibility; remote filters by the flag; exclude and
	// more (nil for none) are the slower tests, made only for those that pass the rest.
	viewerID int64
	signedIn bool
	remote   *bool
	exclude  map[int64]bool
	more     func(*indexedPerson) bool
	// valueID, skill and place narrow by the index's lists instead of each person.
	valueID  *int64
	skill    string
	place    string
	minScore *float64
	n        int
	after    *rankCursor
}

// rank ranks the index's people against r.profile (or lists them by handle when it is
// empty) and returns one page, as of the cursor's version.
func (x *PersonIndex) rank(r ranking) (*MatchPage, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	version := x.version
	if r.after != nil {
		version = r.after.V
	}
	then, ok := x.asOf(version)
	if !ok {
		return nil, Invalid("after", "These results have changed too much since the first page; start again without after.")
	}
	ranked := len(r.profile) > 0
	best := &worst{ranked: ranked}
	total := 0
	var after candidate
	if r.after != nil {
		after = r.after.candidate()
	}
	// visible is the fast test, on flags alone.
	visible := func(f uint8) bool {
		return f&flagHidden == 0 && (r.signedIn || f&flagMembers == 0) && (r.remote == nil || (f&flagRemote != 0) == *r.remote)
	}
	// consider takes a person who passed visible: their ID, current entry (fetched from
	// the slot only when needed, so most candidates cost no pointer chase) or earlier state.
	consider := func(id int64, slot int32, p *indexedPerson, m, sum int) {
		if id == r.viewerID || (r.exclude != nil && r.exclude[id]) {
			return
		}
		if p == nil && (r.more != nil || !ranked) {
			p = x.slots[slot]
		}
		if r.more != nil && !r.more(p) {
			return
		}
		c := candidate{id: id, m: m, d: r.sum + sum - m, p: p, slot: slot}
		if !ranked {
			c.key = p.handle
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
	sc := x.scratch()
	defer x.pool.Put(sc)
	nar := x.narrow(r, sc)
	defer nar.release()
	if ranked {
		acc, touched := sc.acc, sc.touched[:0]
		for _, s := range r.profile {
			for _, e := range x.postings[s.ValueID] {
				if acc[e.slot] == 0 {
					touched = append(touched, e.slot)
				}
				acc[e.slot] += int32(min(s.Strength, int(e.strength)))
			}
		}
		sc.touched = touched
		// The hot loop: every person sharing a value with the profile passes here, so it
		// reads flat arrays only and keeps the common path free of calls.
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
		simple := r.more == nil && r.exclude == nil && r.minScore == nil && r.after == nil
		for _, slot := range touched {
			m := int(acc[slot])
			acc[slot] = 0
			if x.flags[slot]&hideMask != wantFlags || !nar.passes(x, slot) {
				continue
			}
			id := x.ids[slot]
			if id == r.viewerID {
				continue
			}
			if then != nil {
				if _, changed := then[id]; changed {
					continue
				}
			}
			if !simple {
				consider(id, slot, nil, m, int(x.sums[slot]))
				continue
			}
			total++
			d := r.sum + int(x.sums[slot]) - m
			if len(best.items) > r.n {
				w := &best.items[0]
				if l, rr := m*w.d, w.m*d; l < rr || (l == rr && id > w.id) {
					continue
				}
			}
			best.offer(candidate{id: id, m: m, d: d, slot: slot}, r.n)
		}
		for _, old := range then {
			if old != nil {
				m, _ := alignmentParts(r.profile, old.values)
				considerThen(old, m)
			}
		}
	} else {
		for slot, p := range x.slots {
			if !visible(x.flags[slot]) || !nar.passes(x, int32(slot)) {
				continue
			}
			if then != nil {
				if _, changed := then[p.id]; changed {
					continue
				}
			}
			consider(p.id, int32(slot), p, 0, p.sum)
		}
		for _, old := range then {
			considerThen(old, 0)
		}
	}
	items := best.sorted()
	for i := range items {
		if items[i].p == nil {
			items[i].p = x.slots[items[i].slot]
		}
	}
	page := &MatchPage{TotalCount: total, HasPrevious: r.after != nil}
	if len(items) > r.n {
		items, page.HasNextPage = items[:r.n], true
	}
	for _, c := range items {
		cur := rankCursor{V: version, I: c.p.id}
		match := PersonMatch{PersonID: c.p.id}
		if ranked {
			cur.M, cur.D = c.m, c.d
			score := float64(c.m) / float64(c.d)
			match.Score = &score
			for _, s := range r.profile {
				if t := c.p.strengthOf(s.ValueID); t > 0 {
					match.Shared = append(match.Shared, SharedValue{ValueID: s.ValueID, ViewerStrength: s.Strength, TheirStrength: t})
				}
			}
		} else {
			cur.K = c.p.handle
		}
		page.EndCursor = cur.encode()
		// A person who has since hidden their profile is left out, though the walk goes on
		// past them: privacy wins over completeness.
		if now := x.byID[c.p.id]; now == nil || now.suspended || now.visibility == VisibilityPrivate {
			continue
		}
		page.Cursors = append(page.Cursors, page.EndCursor)
		page.Matches = append(page.Matches, match)
	}
	return page, nil
}

// scratch is per-query working memory, pooled: a score per slot (kept zero between
// uses) and the slots touched.
type scratch struct {
	acc     []int32
	touched []int32
	hits    []uint8
}

func (x *PersonIndex) scratch() *scratch {
	sc, _ := x.pool.Get().(*scratch)
	if sc == nil || len(sc.acc) < len(x.slots) {
		sc = &scratch{acc: make([]int32, len(x.slots)+1024), touched: make([]int32, 0, len(x.slots)+1024), hits: make([]uint8, len(x.slots)+1024)}
	}
	return sc
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
	if search := strings.ToLower(strings.TrimSpace(f.Search)); search != "" {
		r.more = func(p *indexedPerson) bool {
			return strings.Contains(p.handle, search) || strings.Contains(p.name, search)
		}
	}
	return r
}

// narrowing is a ranking's value, skill and place filters, resolved against the index:
// hits counts, per slot, how many of the list filters it passes.
type narrowing struct {
	need     uint8
	hits     []uint8
	lists    [][]int32
	locMatch []bool
}

// narrow prepares the filters; release undoes the marks it made.
func (x *PersonIndex) narrow(r ranking, sc *scratch) *narrowing {
	if r.valueID == nil && r.skill == "" && r.place == "" {
		return nil
	}
	n := &narrowing{hits: sc.hits}
	if r.valueID != nil {
		list := make([]int32, len(x.postings[*r.valueID]))
		for i, e := range x.postings[*r.valueID] {
			list[i] = e.slot
		}
		n.lists = append(n.lists, list)
	}
	if r.skill != "" {
		n.lists = append(n.lists, x.skillSlots[r.skill])
	}
	for _, l := range n.lists {
		n.need++
		for _, slot := range l {
			n.hits[slot]++
		}
	}
	if r.place != "" {
		n.locMatch = make([]bool, len(x.locs))
		for i, l := range x.locs {
			n.locMatch[i] = strings.Contains(l, r.place)
		}
	}
	return n
}

func (n *narrowing) passes(x *PersonIndex, slot int32) bool {
	if n == nil {
		return true
	}
	if n.need > 0 && n.hits[slot] != n.need {
		return false
	}
	return n.locMatch == nil || n.locMatch[x.locOf[slot]]
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
	for _, l := range n.lists {
		for _, slot := range l {
			n.hits[slot] = 0
		}
	}
}

func checkPeopleFilter(f PeopleFilter) (int, *rankCursor, error) {
	n, err := PageSize(f.First)
	if err != nil {
		return 0, nil, err
	}
	if f.MinScore != nil && (*f.MinScore < 0 || *f.MinScore > 1) {
		return 0, nil, Invalid("minScore", "A minimum score is between 0 and 1.")
	}
	for field, s := range map[string]string{"skill": f.Skill, "place": f.Place, "search": f.Search} {
		if len(s) > MaxLocation {
			return 0, nil, Invalid(field, "Filter by at most %d characters.", MaxLocation)
		}
	}
	if f.After == "" {
		return n, nil, nil
	}
	c, err := decodeRankCursor(f.After)
	if err != nil {
		return 0, nil, err
	}
	return n, &c, nil
}

// DiscoverPeople ranks the people the viewer may see by how well their values align
// with the viewer's, best first; signed out, or without values, it lists them by handle.
func (s *Service) DiscoverPeople(ctx context.Context, f PeopleFilter) (*MatchPage, error) {
	n, after, err := checkPeopleFilter(f)
	if err != nil {
		return nil, err
	}
	if err := s.checkValueFilter(ctx, f.ValueID); err != nil {
		return nil, err
	}
	idx, err := s.peopleIndex(ctx)
	if err != nil {
		return nil, err
	}
	viewer := ViewerFrom(ctx)
	var profile []Strength
	if viewer != nil {
		profile = idx.profileOf(viewer.ID, after)
	}
	return idx.rank(peopleRanking(viewer, f, nil, profile, n, after))
}

func (s *Service) checkValueFilter(ctx context.Context, id *int64) error {
	if id == nil {
		return nil
	}
	var n int64
	if err := s.db.WithContext(ctx).Model(&Value{}).Where("id = ? AND status = ?", *id, ValueApproved).Count(&n).Error; err != nil {
		return dbErr(err, "values")
	}
	if n == 0 {
		return Invalid("valueId", "There is no such value in the catalog.")
	}
	return nil
}

// profileOf returns a person's profile as it was at the cursor's version (now without one).
func (x *PersonIndex) profileOf(id int64, after *rankCursor) []Strength {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if after != nil {
		if then, ok := x.asOf(after.V); ok {
			if old, changed := then[id]; changed {
				if old == nil {
					return nil
				}
				return old.values
			}
		}
	}
	if p := x.byID[id]; p != nil {
		return p.values
	}
	return nil
}

func sumOf(profile []Strength) int {
	s := 0
	for _, x := range profile {
		s += x.Strength
	}
	return s
}
