package discovery

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"

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
// Four statements whatever the number of needs.
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
	db := s.DB.WithContext(ctx)
	var me domain.Person
	if err := db.Select("id", "skills").Where("id = ?", v.ID).First(&me).Error; err != nil {
		return nil, domain.DBErr(err, "Your profile")
	}
	skills := make([]string, 0, len(me.Skills))
	for _, sk := range me.Skills {
		if sk = strings.ToLower(strings.TrimSpace(sk)); sk != "" {
			skills = append(skills, sk)
		}
	}
	var pvs []*domain.PersonValue
	if err := db.Select("value_id", "strength").Where("person_id = ?", v.ID).Find(&pvs).Error; err != nil {
		return nil, domain.DBErr(err, "Your values")
	}
	profile := make([]domain.Strength, 0, len(pvs))
	for _, pv := range pvs {
		profile = append(profile, domain.Strength{ValueID: pv.ValueID, Strength: pv.Strength})
	}
	q := db.Model(&domain.Need{}).Select("needs.*").
		Joins("JOIN collaborations ON collaborations.id = needs.collaboration_id").
		Where("needs.filled = ? AND collaborations.status IN ? AND collaborations.visibility IN ?", false,
			[]domain.CollaborationStatus{domain.CollaborationForming, domain.CollaborationActive},
			[]domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers}).
		Where("needs.collaboration_id NOT IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status IN ?)", v.ID,
			[]domain.MembershipStatus{domain.MembershipActive, domain.MembershipRequested, domain.MembershipRemoved})
	if len(skills) > 0 {
		q = q.Where("(needs.skill = '' OR LOWER(needs.skill) IN ?)", skills)
	} else {
		q = q.Where("needs.skill = ''")
	}
	var needs []*domain.Need
	if err := q.Find(&needs).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	collabIDs := map[int64]bool{}
	for _, nd := range needs {
		collabIDs[nd.CollaborationID] = true
	}
	weights := map[int64][]domain.Strength{}
	if len(collabIDs) > 0 {
		var cvs []*domain.CollaborationValue
		if err := db.Select("collaboration_id", "value_id", "weight").Where("collaboration_id IN ?", domain.Keys(collabIDs)).
			Find(&cvs).Error; err != nil {
			return nil, domain.DBErr(err, "collaboration values")
		}
		for _, cv := range cvs {
			weights[cv.CollaborationID] = append(weights[cv.CollaborationID], domain.Strength{ValueID: cv.ValueID, Strength: cv.Weight})
		}
	}
	matches := make([]NeedMatch, 0, len(needs))
	for _, nd := range needs {
		m, d := domain.AlignmentParts(profile, weights[nd.CollaborationID])
		// The query kept only needs naming no skill or one the viewer lists.
		match := NeedMatch{Need: nd, SkillMatch: nd.Skill != "", m: m, d: d}
		if d > 0 {
			match.Score = float64(m) / float64(d)
		}
		matches = append(matches, match)
	}
	slices.SortFunc(matches, func(a, b NeedMatch) int {
		if NeedsForYouBefore(a.SkillMatch, a.m, a.d, a.Need.ID, b.SkillMatch, b.m, b.d, b.Need.ID) {
			return -1
		}
		return 1
	})
	page := &NeedMatchPage{TotalCount: len(matches), HasPrevious: cur != nil}
	start := 0
	if cur != nil {
		start = len(matches)
		for i, mt := range matches {
			if NeedsForYouBefore(cur.S, cur.M, cur.D, cur.I, mt.SkillMatch, mt.m, mt.d, mt.Need.ID) {
				start = i
				break
			}
		}
	}
	end := min(start+n, len(matches))
	page.HasNextPage = end < len(matches)
	for _, mt := range matches[start:end] {
		mt.Shared = shared(profile, weights[mt.Need.CollaborationID])
		page.Matches = append(page.Matches, mt)
		page.Cursors = append(page.Cursors, needCursor{S: mt.SkillMatch, M: mt.m, D: mt.d, I: mt.Need.ID}.encode())
	}
	return page, nil
}
