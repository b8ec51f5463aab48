package discovery

import (
	"context"
	"encoding/json"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"gorm.io/gorm"

	"kindred/domain"
)

// The discovery index keeps every person's value profile in memory, bit-sliced per value,
// so that ranking everyone against a viewer costs a pass over the bits of the viewer's few
// values, 64 people at a time, instead of a self-join over all held values. It is derived
// from the database, rebuilt at start, and refreshed person by person after every change
// that could move a ranking; a test compares it with a fresh build after each kind of
// change.
//
// It holds no pointer per person: people live in slots, their fields in flat arrays and
// their strings, profiles and skills in arenas, so that at 100,000 people the garbage
// collector has next to nothing to scan in it (its cost grows with pointers, not bytes).
//
// Rankings page with keyset cursors over (score, id). To return every match exactly once
// even while profiles change between pages, the index keeps a short log of the states
// people had before each change; a cursor carries the version its walk started at, and
// later pages score changed people as they were then.

// indexedPerson is what discovery needs of a person: the form people are read in for a
// refresh, and kept in for the log of earlier states.
type indexedPerson struct {
	id         int64
	handle     string // lower case
	name       string // lower case
	location   string // lower case
	skills     []string
	remote     bool
	visibility domain.Visibility
	suspended  bool
	values     []domain.Strength // sorted by value ID
	sum        int
}

func (p *indexedPerson) strengthOf(valueID int64) int {
	i, ok := slices.BinarySearchFunc(p.values, valueID, func(s domain.Strength, id int64) int { return cmpInt(s.ValueID, id) })
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

// Slot flags.
const (
	flagHidden  uint8 = 1 << iota // PRIVATE, suspended or a free slot: never listed
	flagMembers                   // MEMBERS: listed to signed-in viewers only
	flagRemote                    // remote-friendly
)

func flagsOf(p *indexedPerson) uint8 {
	var f uint8
	if p.visibility == domain.VisibilityPrivate || p.suspended {
		f |= flagHidden
	}
	if p.visibility == domain.VisibilityMembers {
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

// Every value holds its people's strengths bit-sliced: plane b has bit b of each slot's
// strength for the value (0 for those who lack it), one bit per slot. A word's planes lie
// together, so planes[n][w*planeCount+b] holds plane b of slots 64w to 64w+63 for value
// number n. From them bitScan computes the minimum of the viewer's strength and each
// slot's, and the sum of those minima that alignment needs, for 64 slots at once.
const planeCount = 3

// Strengths up to 5 are what bitScan's minimum handles (this fails to compile when they
// could be more).
const _ = uint8(5 - domain.MaxStrength)

// slotWord and slotBit locate a slot's bit in a bitset over slots.
func slotWord(slot int32) int   { return int(slot) >> 6 }
func slotBit(slot int32) uint64 { return 1 << (slot & 63) }
func wordsFor(slots int) int    { return (slots + 63) >> 6 }

// Flag bitsets lie 3 per word in flagBits, in the order of the slot flags.
const flagWords = 3

// slotInfo is where a slot's variable-length fields lie in the arenas.
type slotInfo struct {
	text    uint32 // handle, then name, in text
	handleN uint16
	nameN   uint16
	prof    uint32 // profile in profVal/profStr, sorted by value ID
	skills  uint32 // skill numbers in skillArena
	profN   uint16
	skillN  uint16
	vis     uint8 // a number of visibilities, so that the table holds no pointer
	susp    bool
}

var visibilities = [...]domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers, domain.VisibilityPrivate}

// visibilityNumber numbers v; an unknown visibility, which the schema does not allow,
// takes the most private.
func visibilityNumber(v domain.Visibility) uint8 {
	for n := range uint8(len(visibilities)) {
		if visibilities[n] == v {
			return n
		}
	}
	return 2
}

// personTable is the index's content, apart from its lock and log, so that a build can
// fill a new one while the old one serves.
type personTable struct {
	slotOf map[int64]int32 // by person ID
	free   []int32
	// Per slot. The ranking's hot loop reads the planes, flagBits and sums only. A free
	// slot has ID 0, is flagged hidden and holds no value.
	ids      []int64
	sums     []int32
	flags    []uint8
	flagBits []uint64 // flags as bitsets: see flagWords
	locOf    []int32
	info     []slotInfo
	// Arenas, appended to; what removed people left behind is garbage until compact.
	// Bytes once written are never changed, so strings made over text stay valid.
	text       []byte
	profVal    []uint16 // value numbers
	profStr    []uint8
	skillArena []uint32 // skill numbers
	garbage    int      // entries of the arenas no slot uses

	// Values, skills and places are numbered in the order first met.
	valueNum   map[int64]uint16
	valueIDs   []int64
	planes     [][]uint64 // by value number: see planeCount
	skillNum   map[string]uint32
	skills     []string
	skillSlots [][]int32 // by skill number
	locIndex   map[string]int32
	locs       []string
}

func newPersonTable() personTable {
	return personTable{slotOf: map[int64]int32{}, valueNum: map[int64]uint16{}, skillNum: map[string]uint32{}, locIndex: map[string]int32{}}
}

// PersonIndex is the discovery index of people.
type PersonIndex struct {
	mu sync.RWMutex
	personTable
	// instance names this process: versions count its own changes only.
	instance string
	version  uint64
	log      []change
	now      func() time.Time
	// scratches hands out per-ranking working memory, at most one per processor: a
	// ranking is pure CPU, so more at once would gain nothing and cost a scratch each.
	scratches chan *scratch
}

func newPersonIndex(now func() time.Time) *PersonIndex {
	n := max(1, runtime.GOMAXPROCS(0))
	x := &PersonIndex{personTable: newPersonTable(), now: now, scratches: make(chan *scratch, n)}
	for range n {
		x.scratches <- nil // made on first use
	}
	return x
}

// maxValueNumbers bounds the distinct values the index can number; the catalog is curated
// and far smaller.
const maxValueNumbers = 1 << 16

// errTooManyValues is returned when the catalog outgrows the index's value numbers.
var errTooManyValues = domain.Errorf(domain.CodeInternal, "the discovery index holds at most %d distinct values", maxValueNumbers)

// numberValue returns the number of a value ID, giving it one if new.
func (t *personTable) numberValue(id int64) (uint16, error) {
	if n, ok := t.valueNum[id]; ok {
		return n, nil
	}
	next := len(t.valueIDs)
	if next >= maxValueNumbers {
		return 0, errTooManyValues
	}
	n := uint16(next)
	t.valueNum[id] = n
	t.valueIDs = append(t.valueIDs, id)
	t.planes = append(t.planes, make([]uint64, wordsFor(len(t.ids))*planeCount))
	return n, nil
}

// tableLimit bounds the slots, places and skills the table numbers and the length of
// each arena before a slot's entries are appended (at most 2·maxFieldLen to one), so that
// numbers and offsets fit the int32 and uint32 it records them in; 100,000 people use a
// few megabytes of the largest arena.
const tableLimit = math.MaxInt32 - 1<<17

// errTableFull is returned when the table would outgrow tableLimit.
var errTableFull = domain.Errorf(domain.CodeInternal, "the discovery index is full")

// nextIndex returns the index of the next entry appended to s, as the table records it.
func nextIndex[I int32 | uint32, E any](s []E) (I, error) {
	n := len(s)
	if n > tableLimit {
		return 0, errTableFull
	}
	return I(n), nil
}

// slotAt returns the slot at index i of the table's per-slot arrays, which insert keeps
// within tableLimit.
func slotAt(i int) int32 {
	if i < 0 || i > tableLimit {
		panic("domain: slot index out of range")
	}
	return int32(i)
}

// insert gives p a slot with its fields and no values; setValues adds those.
func (t *personTable) insert(p *indexedPerson) (int32, error) {
	loc, ok := t.locIndex[p.location]
	if !ok {
		var err error
		if loc, err = nextIndex[int32](t.locs); err != nil {
			return 0, err
		}
		t.locs = append(t.locs, p.location)
		t.locIndex[p.location] = loc
	}
	text, err := nextIndex[uint32](t.text)
	if err != nil {
		return 0, err
	}
	skills, err := nextIndex[uint32](t.skillArena)
	if err != nil {
		return 0, err
	}
	var slot int32
	if n := len(t.free); n > 0 {
		slot, t.free = t.free[n-1], t.free[:n-1]
	} else {
		if slot, err = nextIndex[int32](t.ids); err != nil {
			return 0, err
		}
		t.ids, t.sums, t.flags, t.locOf = append(t.ids, 0), append(t.sums, 0), append(t.flags, 0), append(t.locOf, 0)
		t.info = append(t.info, slotInfo{})
		if slot&63 == 0 { // a new word of bits
			t.flagBits = append(t.flagBits, make([]uint64, flagWords)...)
			for n := range t.planes {
				t.planes[n] = append(t.planes[n], make([]uint64, planeCount)...)
			}
		}
	}
	t.slotOf[p.id] = slot
	t.ids[slot], t.sums[slot] = p.id, 0
	t.setFlags(slot, flagsOf(p))
	t.locOf[slot] = loc
	handleN, nameN := min(len(p.handle), maxFieldLen), min(len(p.name), maxFieldLen)
	in := slotInfo{text: text, handleN: uint16(handleN), nameN: uint16(nameN),
		skills: skills, skillN: uint16(min(len(p.skills), maxFieldLen)), vis: visibilityNumber(p.visibility), susp: p.suspended}
	t.text = append(append(t.text, p.handle[:handleN]...), p.name[:nameN]...)
	for _, sk := range p.skills[:in.skillN] {
		n, ok := t.skillNum[sk]
		if !ok {
			if n, err = nextIndex[uint32](t.skills); err != nil {
				return 0, err
			}
			t.skillNum[sk] = n
			t.skills = append(t.skills, sk)
			t.skillSlots = append(t.skillSlots, nil)
		}
		t.skillArena = append(t.skillArena, n)
		t.skillSlots[n] = append(t.skillSlots[n], slot)
	}
	t.info[slot] = in
	return slot, nil
}

// maxFieldLen is the most a slot records of the length of a handle, a name, a profile or
// a list of skills; real ones are far shorter.
const maxFieldLen = 1<<16 - 1

// setFlags sets slot's flags, bytes and bits.
func (t *personTable) setFlags(slot int32, f uint8) {
	t.flags[slot] = f
	bits, bit := t.flagBits[slotWord(slot)*flagWords:][:flagWords], slotBit(slot)
	for i := range bits {
		if f&(1<<i) != 0 {
			bits[i] |= bit
		} else {
			bits[i] &^= bit
		}
	}
}

// setStrength sets slot's bits in the planes of value number n to strength s.
func (t *personTable) setStrength(slot int32, n uint16, s uint8) {
	planes, bit := t.planes[n][slotWord(slot)*planeCount:][:planeCount], slotBit(slot)
	for b := range planes {
		if s>>b&1 != 0 {
			planes[b] |= bit
		} else {
			planes[b] &^= bit
		}
	}
}

// setValues gives slot its profile, sorted by value ID, and sets it in the planes unless
// a build makes those at the end (post false).
func (t *personTable) setValues(slot int32, values []domain.Strength, post bool) error {
	prof, err := nextIndex[uint32](t.profVal)
	if err != nil {
		return err
	}
	in := &t.info[slot]
	in.prof, in.profN = prof, uint16(min(len(values), maxFieldLen))
	sum := 0
	for _, v := range values[:in.profN] {
		n, err := t.numberValue(v.ValueID)
		if err != nil {
			return err
		}
		s := uint8(min(max(v.Strength, 0), domain.MaxStrength)) // what the planes hold
		t.profVal, t.profStr = append(t.profVal, n), append(t.profStr, s)
		if post {
			t.setStrength(slot, n, s)
		}
		sum += int(s)
	}
	t.sums[slot] = int32(sum)
	return nil
}

// remove frees slot, taking it out of every list.
func (t *personTable) remove(slot int32) {
	in := t.info[slot]
	for i := in.prof; i < in.prof+uint32(in.profN); i++ {
		t.setStrength(slot, t.profVal[i], 0)
	}
	for _, n := range t.skillArena[in.skills : in.skills+uint32(in.skillN)] {
		list := t.skillSlots[n]
		if j := slices.Index(list, slot); j >= 0 {
			list[j] = list[len(list)-1]
			t.skillSlots[n] = list[:len(list)-1]
		}
	}
	t.garbage += int(in.handleN) + int(in.nameN) + int(in.profN) + int(in.skillN)
	delete(t.slotOf, t.ids[slot])
	t.ids[slot], t.sums[slot], t.info[slot] = 0, 0, slotInfo{}
	t.setFlags(slot, flagHidden)
	t.free = append(t.free, slot)
}

// compactMin is the garbage worth a compaction at the least.
var compactMin = 1 << 16

// compact copies the arenas without their garbage once it outweighs what is used. Strings
// made over the old text stay valid: the old array is left as it was.
func (t *personTable) compact() {
	used := len(t.text) + len(t.profVal) + len(t.skillArena) - t.garbage
	if t.garbage < compactMin || t.garbage < used {
		return
	}
	text := make([]byte, 0, len(t.text)-t.garbage/2)
	var profVal []uint16
	var profStr []uint8
	var skillArena []uint32
	// The new arenas' lengths, counted as offsets: they hold part of the old ones, so they
	// fit as those did.
	var textN, profN, skillN uint32
	for slot, id := range t.ids {
		if id == 0 {
			continue
		}
		in := &t.info[slot]
		n := uint32(in.handleN) + uint32(in.nameN)
		text = append(text, t.text[in.text:in.text+n]...)
		in.text, textN = textN, textN+n
		n = uint32(in.profN)
		profVal = append(profVal, t.profVal[in.prof:in.prof+n]...)
		profStr = append(profStr, t.profStr[in.prof:in.prof+n]...)
		in.prof, profN = profN, profN+n
		n = uint32(in.skillN)
		skillArena = append(skillArena, t.skillArena[in.skills:in.skills+n]...)
		in.skills, skillN = skillN, skillN+n
	}
	t.text, t.profVal, t.profStr, t.skillArena, t.garbage = text, profVal, profStr, skillArena, 0
}

// handle and name return a slot's lower-case handle and name without copying them.
func (t *personTable) handle(slot int32) string {
	in := t.info[slot]
	return arenaString(t.text[in.text : in.text+uint32(in.handleN)])
}

func (t *personTable) name(slot int32) string {
	in := t.info[slot]
	return arenaString(t.text[in.text+uint32(in.handleN) : in.text+uint32(in.handleN)+uint32(in.nameN)])
}

// arenaString views arena bytes as a string; safe because the arena never rewrites them.
func arenaString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b)) //nolint:gosec // G103: audited: arena bytes are never rewritten once written (see compact)
}

// strengthOf returns slot's strength for value number n, 0 when it lacks it.
func (t *personTable) strengthOf(slot int32, n uint16) int {
	p, k := t.planes[n][slotWord(slot)*planeCount:][:planeCount], slot&63
	return int(p[0]>>k&1) | int(p[1]>>k&1)<<1 | int(p[2]>>k&1)<<2
}

// values returns slot's profile, sorted by value ID.
func (t *personTable) values(slot int32) []domain.Strength {
	in := t.info[slot]
	out := make([]domain.Strength, in.profN)
	for i := range out {
		j := in.prof + uint32(i)
		out[i] = domain.Strength{ValueID: t.valueIDs[t.profVal[j]], Strength: int(t.profStr[j])}
	}
	return out
}

// person copies slot's entry out, as it is logged when it changes.
func (t *personTable) person(slot int32) *indexedPerson {
	in := t.info[slot]
	p := &indexedPerson{id: t.ids[slot], handle: strings.Clone(t.handle(slot)), name: strings.Clone(t.name(slot)),
		location: t.locs[t.locOf[slot]], remote: t.flags[slot]&flagRemote != 0, visibility: visibilities[in.vis],
		suspended: in.susp, values: t.values(slot), sum: int(t.sums[slot])}
	for _, n := range t.skillArena[in.skills : in.skills+uint32(in.skillN)] {
		p.skills = append(p.skills, t.skills[n])
	}
	return p
}

// put inserts p with its values.
func (t *personTable) put(p *indexedPerson) error {
	slot, err := t.insert(p)
	if err != nil {
		return err
	}
	return t.setValues(slot, p.values, true)
}

// loadPeople reads the indexed fields of the people with ids from the database.
func loadPeople(ctx context.Context, db *gorm.DB, ids []int64) (map[int64]*indexedPerson, error) {
	out := make(map[int64]*indexedPerson, len(ids))
	err := scanPeople(db.WithContext(ctx).Where("id IN ?", ids), func(p *indexedPerson) error {
		out[p.id] = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scanValues(db.WithContext(ctx).Where("person_id IN ?", ids), func(id int64, values []domain.Strength) error {
		if p := out[id]; p != nil {
			p.values = slices.Clone(values)
			p.sum = sumOf(values)
		}
		return nil
	})
	return out, err
}

// loadTable reads every person into a new table, a row at a time, so that a build at
// start holds little more than the table itself.
func loadTable(ctx context.Context, db *gorm.DB) (personTable, error) {
	t := newPersonTable()
	// Sized ahead, so that the arrays hold no spare capacity; a count that is off only
	// costs an append.
	var people, held int64
	if err := db.WithContext(ctx).Model(&domain.Person{}).Count(&people).Error; err != nil {
		return t, domain.DBErr(err, "people")
	}
	if err := db.WithContext(ctx).Model(&domain.PersonValue{}).Count(&held).Error; err != nil {
		return t, domain.DBErr(err, "values")
	}
	n := int(people)
	t.slotOf = make(map[int64]int32, n)
	t.ids, t.sums, t.flags, t.locOf, t.info = make([]int64, 0, n), make([]int32, 0, n), make([]uint8, 0, n), make([]int32, 0, n), make([]slotInfo, 0, n)
	t.flagBits = make([]uint64, 0, wordsFor(n)*flagWords)
	t.profVal, t.profStr = make([]uint16, 0, held), make([]uint8, 0, held)
	err := scanPeople(db.WithContext(ctx).Order("id"), func(p *indexedPerson) error {
		_, err := t.insert(p)
		return err
	})
	if err != nil {
		return t, err
	}
	// The arenas grew by doubling: keep them at their size.
	t.text, t.skillArena = slices.Clone(t.text), slices.Clone(t.skillArena)
	// People who joined after the first scan are skipped here; the build refreshes them.
	err = scanValues(db.WithContext(ctx), func(id int64, values []domain.Strength) error {
		if slot, ok := t.slotOf[id]; ok {
			return t.setValues(slot, values, false)
		}
		return nil
	})
	if err != nil {
		return t, err
	}
	t.post()
	return t, nil
}

// post makes the planes from the profiles, each at its exact size.
func (t *personTable) post() {
	for n := range t.planes {
		t.planes[n] = make([]uint64, wordsFor(len(t.ids))*planeCount)
	}
	for slot, id := range t.ids {
		if id == 0 {
			continue
		}
		in := t.info[slot]
		for i := in.prof; i < in.prof+uint32(in.profN); i++ {
			t.setStrength(int32(slot), t.profVal[i], t.profStr[i])
		}
	}
}

// scanPeople streams the people q selects, in its order.
func scanPeople(q *gorm.DB, each func(*indexedPerson) error) error {
	rows, err := q.Model(&domain.Person{}).
		Select("id, handle, display_name, location, skills, remote_friendly, visibility, suspended_at IS NOT NULL").Rows()
	if err != nil {
		return domain.DBErr(err, "people")
	}
	defer rows.Close()
	// Places and skills repeat across people: one copy of each string is kept.
	interned := map[string]string{}
	intern := func(s string) string {
		if v, ok := interned[s]; ok {
			return v
		}
		interned[s] = s
		return s
	}
	var (
		p                                   indexedPerson
		handle, name, location, skills, vis string
	)
	for rows.Next() {
		if err := rows.Scan(&p.id, &handle, &name, &location, &skills, &p.remote, &vis, &p.suspended); err != nil {
			return domain.DBErr(err, "people")
		}
		var list []string
		if err := json.Unmarshal([]byte(skills), &list); err != nil {
			return domain.Errorf(domain.CodeInternal, "person %d: skills: %v", p.id, err)
		}
		for i, s := range list {
			list[i] = intern(s)
		}
		q := p
		q.handle, q.name, q.location, q.skills = strings.ToLower(handle), strings.ToLower(name), intern(strings.ToLower(location)), list
		q.visibility = domain.Visibility(vis)
		if err := each(&q); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return domain.DBErr(err, "people")
	}
	return nil
}

// scanValues streams the held values q selects, a person's at a time, sorted by value
// ID; values is reused between calls.
func scanValues(q *gorm.DB, each func(id int64, values []domain.Strength) error) error {
	rows, err := q.Model(&domain.PersonValue{}).Select("person_id, value_id, strength").Order("person_id, value_id").Rows()
	if err != nil {
		return domain.DBErr(err, "values")
	}
	defer rows.Close()
	var (
		cur    int64
		values []domain.Strength
	)
	for rows.Next() {
		var id int64
		var s domain.Strength
		if err := rows.Scan(&id, &s.ValueID, &s.Strength); err != nil {
			return domain.DBErr(err, "values")
		}
		if id != cur && len(values) > 0 {
			if err := each(cur, values); err != nil {
				return err
			}
			values = values[:0]
		}
		cur = id
		values = append(values, s)
	}
	if err := rows.Err(); err != nil {
		return domain.DBErr(err, "values")
	}
	if len(values) > 0 {
		return each(cur, values)
	}
	return nil
}

// build replaces the whole index with t.
func (x *PersonIndex) build(t personTable) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.personTable, x.log = t, nil
	x.version++
}

// refresh replaces the entries of ids with fresh (nil: the person is gone), logging
// their previous states for walks in progress.
func (x *PersonIndex) refresh(ids []int64, fresh map[int64]*indexedPerson) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.version++
	now := x.now()
	for _, id := range ids {
		var old *indexedPerson
		if slot, ok := x.slotOf[id]; ok {
			old = x.person(slot)
			x.remove(slot)
		}
		x.log = append(x.log, change{version: x.version, at: now, id: id, before: old})
		if p := fresh[id]; p != nil {
			if err := x.put(p); err != nil {
				return err
			}
		}
	}
	x.compact()
	// Forget what no cursor can still need.
	cut := 0
	for cut < len(x.log) && now.Sub(x.log[cut].at) > changeRetention {
		cut++
	}
	x.log = x.log[cut:]
	return nil
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
	return len(x.slotOf)
}
