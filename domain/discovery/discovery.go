package discovery

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strconv"

	"kindred/domain"
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
	// N names the instance whose index V is a version of; on another instance (or after
	// a restart) the walk goes on from the cursor's score and ID at the current state.
	N string `json:"n,omitempty"`
	M int    `json:"m,omitempty"`
	D int    `json:"d,omitempty"`
	K string `json:"k,omitempty"`
	I int64  `json:"i"`
}

// encode writes the cursor as json.Marshal would, by hand: a page encodes one per match.
func (c rankCursor) encode() string {
	var buf [160]byte
	b := append(buf[:0], `{"v":`...)
	b = strconv.AppendUint(b, c.V, 10)
	if c.N != "" {
		n, _ := json.Marshal(c.N)
		b = append(append(b, `,"n":`...), n...)
	}
	if c.M != 0 {
		b = strconv.AppendInt(append(b, `,"m":`...), int64(c.M), 10)
	}
	if c.D != 0 {
		b = strconv.AppendInt(append(b, `,"d":`...), int64(c.D), 10)
	}
	if c.K != "" {
		k, _ := json.Marshal(c.K)
		b = append(append(b, `,"k":`...), k...)
	}
	b = strconv.AppendInt(append(b, `,"i":`...), c.I, 10)
	b = append(b, '}')
	var out [256]byte
	return string(base64.RawURLEncoding.AppendEncode(out[:0], b))
}

func decodeRankCursor(s string) (rankCursor, error) {
	var c rankCursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.I <= 0 {
		return rankCursor{}, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
	}
	return c, nil
}

func checkPeopleFilter(f PeopleFilter) (int, *rankCursor, error) {
	n, err := domain.PageSize(f.First)
	if err != nil {
		return 0, nil, err
	}
	if f.MinScore != nil && (*f.MinScore < 0 || *f.MinScore > 1) {
		return 0, nil, domain.Invalid("minScore", "A minimum score is between 0 and 1.")
	}
	for field, s := range map[string]string{"skill": f.Skill, "place": f.Place, "search": f.Search} {
		if len(s) > domain.MaxLocation {
			return 0, nil, domain.Invalid(field, "Filter by at most %d characters.", domain.MaxLocation)
		}
		if !domain.Storable(s) {
			return 0, nil, domain.Invalid(field, "Filter by text without control characters (such as a NUL byte or a line break).")
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
func (s *Discovery) DiscoverPeople(ctx context.Context, f PeopleFilter) (*MatchPage, error) {
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
	viewer := domain.ViewerFrom(ctx)
	var profile []domain.Strength
	if viewer != nil {
		profile = idx.profileOf(viewer.ID, after)
	}
	return idx.rank(peopleRanking(viewer, f, nil, profile, n, after))
}

func (s *Discovery) checkValueFilter(ctx context.Context, id *int64) error {
	if id == nil || s.catalog.ApprovedValue(*id) != nil {
		return nil
	}
	var n int64
	if err := s.DB.WithContext(ctx).Model(&domain.Value{}).Where("id = ? AND status = ?", *id, domain.ValueApproved).Count(&n).Error; err != nil {
		return domain.DBErr(err, "values")
	}
	if n == 0 {
		return domain.Invalid("valueId", "There is no such value in the catalog.")
	}
	return nil
}

// profileOf returns a person's profile as it was at the cursor's version (now without one).
func (x *PersonIndex) profileOf(id int64, after *rankCursor) []domain.Strength {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if after != nil && after.N == x.instance {
		if then, ok := x.asOf(after.V); ok {
			if old, changed := then[id]; changed {
				if old == nil {
					return nil
				}
				return old.values
			}
		}
	}
	if slot, ok := x.slotOf[id]; ok {
		return x.values(slot)
	}
	return nil
}

// holderOf returns a person's values, sorted by value ID, and skills as the index holds
// them; nothing for someone it does not hold.
func (x *PersonIndex) holderOf(id int64) (values []domain.Strength, skills []string) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	slot, ok := x.slotOf[id]
	if !ok {
		return nil, nil
	}
	values = x.values(slot)
	slices.SortFunc(values, func(a, b domain.Strength) int { return cmpInt(a.ValueID, b.ValueID) })
	in := x.info[slot]
	for _, n := range x.skillArena[in.skills : in.skills+uint32(in.skillN)] {
		skills = append(skills, x.skills[n])
	}
	return values, skills
}

func sumOf(profile []domain.Strength) int {
	s := 0
	for _, x := range profile {
		s += x.Strength
	}
	return s
}
