package discovery

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"

	"kindred/domain"
)

// NeedMatch is an open need suggested to a volunteer: the need, whether it names a skill
// they list, and the alignment of its collaboration's values with theirs (M/D as a
// fraction; Score is M/D, 0 when neither side holds a value).
type NeedMatch struct {
	Need       *domain.Need
	SkillMatch bool
	Score      float64
	Shared     []SharedValue
	m, d       int
}

// NeedMatchPage is one page of needs for a volunteer.
type NeedMatchPage struct {
	Matches     []NeedMatch
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// needCursor is a need's place in the order: skill tier, alignment as M/D, and its ID.
type needCursor struct {
	S bool  `json:"s,omitempty"`
	M int   `json:"m,omitempty"`
	D int   `json:"d,omitempty"`
	I int64 `json:"i"`
}

func (c needCursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeNeedCursor(s string) (needCursor, error) {
	var c needCursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.I <= 0 {
		return needCursor{}, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
	}
	return c, nil
}

// NeedsForYouBefore is the order of needs for a volunteer: first the needs that name a
// skill the volunteer lists, then the needs that name no skill; within each, by the
// alignment of the collaboration's values with the volunteer's (higher first, compared
// exactly as fractions); then by the need's ID, oldest first. Needs naming a skill the
// volunteer does not list are not suggested at all (needs matching, seen from the other side).
func NeedsForYouBefore(aSkill bool, am, ad int, aID int64, bSkill bool, bm, bd int, bID int64) bool {
	if aSkill != bSkill {
		return aSkill
	}
	if ad == 0 {
		am, ad = 0, 1
	}
	if bd == 0 {
		bm, bd = 0, 1
	}
	if l, r := am*bd, bm*ad; l != r {
		return l > r
	}
	return aID < bID
}

// NeedsForYou suggests to the viewer the open needs they could fill: needs not filled
// (the rule that marks a need filled once BINDING commitments cover it, or a steward's
// word) of FORMING or ACTIVE collaborations that are PUBLIC or MEMBERS-only (never
// PRIVATE) and that the viewer is not part of (not ACTIVE, REQUESTED or REMOVED there),
// naming no skill or a skill the viewer lists, in the order NeedsForYouBefore gives.
// The needs, the collaborations' values and the viewer's come from the discovery
// indexes: two statements whatever the number of needs (the viewer's memberships, which
// discoverCollaborations shares in the same request, and the page's needs).
func (s *Discovery) NeedsForYou(ctx context.Context, first *int, after string) (*NeedMatchPage, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	n, err := domain.PageSize(first)
	if err != nil {
		return nil, err
	}
	var cur *needCursor
	if after != "" {
		c, err := decodeNeedCursor(after)
		if err != nil {
			return nil, err
		}
		cur = &c
	}
	pidx, cidx, err := s.indexes(ctx)
	if err != nil {
		return nil, err
	}
	profile, skills := pidx.holderOf(v.ID)
	statuses, err := s.ViewerStatuses(ctx)
	if err != nil {
		return nil, err
	}
	part := func(id int64) bool {
		st, ok := statuses[id]
		return ok && (st == domain.MembershipActive || st == domain.MembershipRequested || st == domain.MembershipRemoved)
	}
	type open struct {
		id     int64
		skill  bool
		m, d   int
		values []domain.Strength // the collaboration's, never changed once indexed
	}
	var all []open
	cidx.mu.RLock()
	for _, c := range cidx.byID {
		if len(c.needs) == 0 || c.status != domain.CollaborationForming && c.status != domain.CollaborationActive ||
			c.visibility == domain.VisibilityPrivate || part(c.id) {
			continue
		}
		m, d := -1, 0
		for _, nd := range c.needs {
			if nd.skill != "" && !slices.Contains(skills, nd.skill) {
				continue
			}
			if m < 0 {
				m, d = domain.AlignmentParts(profile, c.values)
			}
			all = append(all, open{id: nd.id, skill: nd.skill != "", m: m, d: d, values: c.values})
		}
	}
	cidx.mu.RUnlock()
	slices.SortFunc(all, func(a, b open) int {
		if NeedsForYouBefore(a.skill, a.m, a.d, a.id, b.skill, b.m, b.d, b.id) {
			return -1
		}
		return 1
	})
	page := &NeedMatchPage{TotalCount: len(all), HasPrevious: cur != nil}
	start := 0
	if cur != nil {
		start = len(all)
		for i, o := range all {
			if NeedsForYouBefore(cur.S, cur.M, cur.D, cur.I, o.skill, o.m, o.d, o.id) {
				start = i
				break
			}
		}
	}
	end := min(start+n, len(all))
	page.HasNextPage = end < len(all)
	ids := make([]int64, 0, end-start)
	for _, o := range all[start:end] {
		ids = append(ids, o.id)
	}
	byID := map[int64]*domain.Need{}
	if len(ids) > 0 {
		var needs []*domain.Need
		if err := s.DB.WithContext(ctx).Where("id IN ? AND filled = ?", ids, false).Find(&needs).Error; err != nil {
			return nil, domain.DBErr(err, "needs")
		}
		for _, nd := range needs {
			byID[nd.ID] = nd
		}
	}
	for _, o := range all[start:end] {
		nd := byID[o.id]
		if nd == nil {
			continue // filled or removed after the index last heard of it
		}
		mt := NeedMatch{Need: nd, SkillMatch: o.skill, m: o.m, d: o.d, Shared: shared(profile, o.values)}
		if o.d > 0 {
			mt.Score = float64(o.m) / float64(o.d)
		}
		page.Matches = append(page.Matches, mt)
		page.Cursors = append(page.Cursors, needCursor{S: mt.SkillMatch, M: mt.m, D: mt.d, I: nd.ID}.encode())
	}
	return page, nil
}
