package domain

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"
)

// The discovery index keeps every person's value profile in memory, with an inverted
// list per value, so that ranking everyone against a viewer costs a pass over the lists
// of the viewer's few values instead of a self-join over all held values. It is derived
// from the database, rebuilt at start, and refreshed person by person after every change
// that could move a ranking; a test compares it with a fresh build after each kind of
// change.
//
// Rankings page with keyset cursors over (score, id). To return every match exactly once
// even while profiles change between pages, the index keeps a short log of the states
// people had before each change; a cursor carries the version its walk started at, and
// later pages score changed people as they were then.

// indexedPerson is what discovery needs of a person.
type indexedPerson struct {
	id         int64
	slot       int32
	handle     string // lower case
	name       string // lower case
	location   string // lower case
	skills     []string
	remote     bool
	visibility Visibility
	suspended  bool
	values     []Strength // sorted by value ID
	sum        int
}

func (p *indexedPerson) strengthOf(valueID int64) int {
	i, ok := slices.BinarySearchFunc(p.values, valueID, func(s Strength, id int64) int { return cmpInt(s.ValueID, id) })
	if !ok {
		return 0
	}
	return p.values[i].Strength
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type posting struct {
	slot     int32
	strength int8
}

// Slot flags.
const (
	flagHidden  uint8 = 1 << iota // PRIVATE, suspended or a free slot: never listed
	flagMembers                   // MEMBERS: listed to signed-in viewers only
	flagRemote                    // remote-friendly
)

func flagsOf(p *indexedPerson) uint8 {
	var f uint8
	if p.visibility == VisibilityPrivate || p.suspended {
		f |= flagHidden
	}
	if p.visibility == VisibilityMembers {
		f |= flagMembers
	}
	if p.remote {
		f |= flagRemote
	}
	return f
}

// change remembers the state a person had before version.
type change struct {
	version uint64
	at      time.Time
	id      int64
	before  *indexedPerson // nil: the person did not exist
}

// changeRetention is how long the index can page a walk as it began; older cursors
// restart.
const changeRetention = 30 * time.Minute

// PersonIndex is the discovery index of people.
type PersonIndex struct {
	mu    sync.RWMutex
	byID  map[int64]*indexedPerson
	slots []*indexedPerson // nil where a slot is free
	// Per slot, in flat arrays so that ranking everyone touches no pointers: the sum of
	// strengths and the flags that decide visibility. A free slot is flagged hidden.
	ids   []int64
	sums  []int32
	flags []uint8
	// locs numbers the distinct places; locOf is each slot's. skillSlots lists the slots
	// that offer each skill. Filters by place and skill use them instead of each person.
	locOf      []int32
	locs       []string
	locIndex   map[string]int32
	skillSlots map[string][]int32
	free       []int32
	postings   map[int64][]posting
	version    uint64
	log        []change
	now        func() time.Time
	pool       sync.Pool
}

func newPersonIndex(now func() time.Time) *PersonIndex {
	return &PersonIndex{byID: map[int64]*indexedPerson{}, postings: map[int64][]posting{}, now: now,
		locIndex: map[string]int32{}, skillSlots: map[string][]int32{}}
}

// loadPeople reads the indexed fields of the people with ids (all people when ids is
// nil) from the database.
func loadPeople(ctx context.Context, db *gorm.DB, ids []int64) (map[int64]*indexedPerson, error) {
	out := make(map[int64]*indexedPerson)
	var people []*Person
	// Places and skills repeat across people: one copy of each string is kept.
	interned := map[string]string{}
	intern := func(s string) string {
		if v, ok := interned[s]; ok {
			return v
		}
		interned[s] = s
		return s
	}
	load := func() {
		for _, p := range people {
			skills := make([]string, len(p.Skills))
			for i, s := range p.Skills {
				skills[i] = intern(s)
			}
			out[p.ID] = &indexedPerson{id: p.ID, handle: strings.ToLower(p.Handle), name: strings.ToLower(p.DisplayName),
				location: intern(strings.ToLower(p.Location)), skills: skills, remote: p.RemoteFriendly, visibility: p.Visibility, suspended: p.SuspendedAt != nil}
		}
	}
	q := db.WithContext(ctx).Select("id", "handle", "display_name", "location", "skills", "remote_friendly", "visibility", "suspended_at")
	var err error
	if ids == nil {
		// In batches, to bound the memory a large install needs at start.
		err = q.Order("id").FindInBatches(&people, 5000, func(*gorm.DB, int) error { load(); return nil }).Error
	} else if err = q.Where("id IN ?", ids).Find(&people).Error; err == nil {
		load()
	}
	if err != nil {
		return nil, dbErr(err, "people")
	}
	var pvs []*PersonValue
	pq := db.WithContext(ctx).Select("id", "person_id", "value_id", "strength")
	if ids != nil {
		pq = pq.Where("person_id IN ?", ids)
	}
	err = pq.Order("id").FindInBatches(&pvs, 20000, func(*gorm.DB, int) error {
		for _, pv := range pvs {
			if p := out[pv.PersonID]; p != nil {
				p.values = append(p.values, Strength{ValueID: pv.ValueID, Strength: pv.Strength})
				p.sum += pv.Strength
			}
		}
		return nil
	}).Error
	if err != nil {
		return nil, dbErr(err, "values")
	}
	for _, p := range out {
		slices.SortFunc(p.values, func(a, b Strength) int { return cmpInt(a.ValueID, b.ValueID) })
		p.values = slices.Clip(p.values)
	}
	return out, nil
}

// build replaces the whole index with people.
func (x *PersonIndex) build(people map[int64]*indexedPerson) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.byID, x.slots, x.free, x.postings, x.log = map[int64]*indexedPerson{}, nil, nil, map[int64][]posting{}, nil
	x.ids, x.sums, x.flags, x.locOf, x.locs, x.locIndex, x.skillSlots = nil, nil, nil, nil, nil, map[string]int32{}, map[string][]int32{}
	ids := make([]int64, 0, len(people))
	for id := range people {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		x.insert(people[id])
	}
	x.version++
}

func (x *PersonIndex) insert(p *indexedPerson) {
	if n := len(x.free); n > 0 {
		p.slot, x.free = x.free[n-1], x.free[:n-1]
		x.slots[p.slot] = p
	} else {
		p.slot = int32(len(x.slots))
		x.slots = append(x.slots, p)
		x.ids, x.sums, x.flags, x.locOf = append(x.ids, 0), append(x.sums, 0), append(x.flags, 0), append(x.locOf, 0)
	}
	x.ids[p.slot], x.sums[p.slot], x.flags[p.slot] = p.id, int32(p.sum), flagsOf(p)
	loc, ok := x.locIndex[p.location]
	if !ok {
		loc = int32(len(x.locs))
		x.locs = append(x.locs, p.location)
		x.locIndex[p.location] = loc
	}
	x.locOf[p.slot] = loc
	for _, sk := range p.skills {
		x.skillSlots[sk] = append(x.skillSlots[sk], p.slot)
	}
	x.byID[p.id] = p
	for _, v := range p.values {
		x.postings[v.ValueID] = append(x.postings[v.ValueID], posting{slot: p.slot, strength: int8(v.Strength)})
	}
}

func (x *PersonIndex) remove(p *indexedPerson) {
	for _, v := range p.values {
		list := x.postings[v.ValueID]
		if i := slices.IndexFunc(list, func(e posting) bool { return e.slot == p.slot }); i >= 0 {
			list[i] = list[len(list)-1]
			x.postings[v.ValueID] = list[:len(list)-1]
		}
	}
	x.slots[p.slot] = nil
	x.ids[p.slot], x.sums[p.slot], x.flags[p.slot] = 0, 0, flagHidden
	for _, sk := range p.skills {
		list := x.skillSlots[sk]
		if i := slices.Index(list, p.slot); i >= 0 {
			list[i] = list[len(list)-1]
			x.skillSlots[sk] = list[:len(list)-1]
		}
	}
	x.free = append(x.free, p.slot)
	delete(x.byID, p.id)
}

// refresh replaces the entries of ids with fresh (nil: the person is gone), logging
// their previous states for walks in progress.
func (x *PersonIndex) refresh(ids []int64, fresh map[int64]*indexedPerson) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.version++
	now := x.now()
	for _, id := range ids {
		old := x.byID[id]
		x.log = append(x.log, change{version: x.version, at: now, id: id, before: old})
		if old != nil {
			x.remove(old)
		}
		if p := fresh[id]; p != nil {
			x.insert(p)
		}
	}
	// Forget what no cursor can still need.
	cut := 0
	for cut < len(x.log) && now.Sub(x.log[cut].at) > changeRetention {
		cut++
	}
	x.log = x.log[cut:]
}

// asOf returns, for a walk that began at version, the people whose state changed since
// and the state they had then (nil: they did not exist). ok is false when the log no
// longer reaches back that far.
func (x *PersonIndex) asOf(version uint64) (map[int64]*indexedPerson, bool) {
	if version == x.version {
		return nil, true
	}
	if version > x.version || (len(x.log) > 0 && x.log[0].version > version+1) || (len(x.log) == 0 && version < x.version) {
		return nil, false
	}
	then := map[int64]*indexedPerson{}
	for _, c := range x.log {
		if c.version > version {
			if _, seen := then[c.id]; !seen {
				then[c.id] = c.before
			}
		}
	}
	return then, true
}

// Size reports how many people the index holds.
func (x *PersonIndex) Size() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}
