package discovery

import (
	"context"
	"slices"
	"strings"
	"sync"

	"gorm.io/gorm"

	"kindred/domain"
)

// indexedCollab is what discovery needs of a collaboration.
type indexedCollab struct {
	id         int64
	title      string // lower case
	status     domain.CollaborationStatus
	visibility domain.Visibility
	location   string // lower case
	remote     bool
	values     []domain.Strength // value weights, sorted by value ID
	sum        int
	needSkills []string // skills its open needs ask for
	needs      []openNeed
}

// openNeed is a need not yet filled, for needs for you.
type openNeed struct {
	id    int64
	skill string // lower case, as stored; empty when it names none
}

// CollabIndex holds every collaboration's weighted values. There is about one
// collaboration per twenty people, so ranking scans them all.
type CollabIndex struct {
	mu   sync.RWMutex
	byID map[int64]*indexedCollab
}

func newCollabIndex() *CollabIndex { return &CollabIndex{byID: map[int64]*indexedCollab{}} }

func loadCollabs(ctx context.Context, db *gorm.DB, ids []int64) (map[int64]*indexedCollab, error) {
	db = db.WithContext(ctx)
	var cs []*domain.Collaboration
	q := db.Select("id", "title", "status", "visibility", "location", "remote")
	if ids != nil {
		q = q.Where("id IN ?", ids)
	}
	if err := q.Find(&cs).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	out := make(map[int64]*indexedCollab, len(cs))
	for _, c := range cs {
		out[c.ID] = &indexedCollab{id: c.ID, title: strings.ToLower(c.Title), status: c.Status, visibility: c.Visibility,
			location: strings.ToLower(c.Location), remote: c.Remote}
	}
	var cvs []*domain.CollaborationValue
	vq := db.Select("collaboration_id", "value_id", "weight")
	if ids != nil {
		vq = vq.Where("collaboration_id IN ?", ids)
	}
	if err := vq.Find(&cvs).Error; err != nil {
		return nil, domain.DBErr(err, "collaboration values")
	}
	for _, cv := range cvs {
		if c := out[cv.CollaborationID]; c != nil {
			c.values = append(c.values, domain.Strength{ValueID: cv.ValueID, Strength: cv.Weight})
			c.sum += cv.Weight
		}
	}
	var needs []*domain.Need
	nq := db.Select("id", "collaboration_id", "skill").Where("filled = ?", false).Order("id")
	if ids != nil {
		nq = nq.Where("collaboration_id IN ?", ids)
	}
	if err := nq.Find(&needs).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	for _, n := range needs {
		c := out[n.CollaborationID]
		if c == nil {
			continue
		}
		c.needs = append(c.needs, openNeed{id: n.ID, skill: n.Skill})
		if n.Skill != "" && !slices.Contains(c.needSkills, n.Skill) {
			c.needSkills = append(c.needSkills, n.Skill)
		}
	}
	for _, c := range out {
		slices.SortFunc(c.values, func(a, b domain.Strength) int { return cmpInt(a.ValueID, b.ValueID) })
	}
	return out, nil
}

func (x *CollabIndex) build(cs map[int64]*indexedCollab) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.byID = cs
}

func (x *CollabIndex) refresh(ids []int64, fresh map[int64]*indexedCollab) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, id := range ids {
		if c := fresh[id]; c != nil {
			x.byID[id] = c
		} else {
			delete(x.byID, id)
		}
	}
	return nil
}

// CollabFilter narrows a ranking of collaborations.
type CollabFilter struct {
	ValueID        *int64
	Skill          string
	Place          string
	RemoteFriendly *bool
	MinScore       *float64
	Search         string
	First          *int
	After          string
}

// CollabMatch is one collaboration in a ranking.
type CollabMatch struct {
	CollaborationID int64
	Score           *float64
	Shared          []SharedValue
}

// CollabMatchPage is one page of a ranking of collaborations.
type CollabMatchPage struct {
	Matches     []CollabMatch
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// DiscoverCollaborations ranks the FORMING and ACTIVE collaborations the viewer may see
// and is not yet a member of by how well their weighted values align with the viewer's
// values, best first; signed out, or without values, it lists them by title.
func (s *Discovery) DiscoverCollaborations(ctx context.Context, f CollabFilter) (*CollabMatchPage, error) {
	n, after, err := checkPeopleFilter(PeopleFilter{First: f.First, After: f.After, MinScore: f.MinScore, Skill: f.Skill, Place: f.Place, Search: f.Search})
	if err != nil {
		return nil, err
	}
	if err := s.checkValueFilter(ctx, f.ValueID); err != nil {
		return nil, err
	}
	pidx, cidx, err := s.indexes(ctx)
	if err != nil {
		return nil, err
	}
	viewer := domain.ViewerFrom(ctx)
	var profile []domain.Strength
	if viewer != nil {
		profile, _ = pidx.holderOf(viewer.ID)
	}
	statuses, err := s.ViewerStatuses(ctx)
	if err != nil {
		return nil, err
	}
	member, canSee := map[int64]bool{}, map[int64]bool{}
	for id, st := range statuses {
		member[id] = st == domain.MembershipActive
		canSee[id] = st == domain.MembershipActive || st == domain.MembershipInvited || st == domain.MembershipRequested
	}
	skill, place, search := strings.ToLower(strings.TrimSpace(f.Skill)), strings.ToLower(strings.TrimSpace(f.Place)), strings.ToLower(strings.TrimSpace(f.Search))
	eligible := func(c *indexedCollab) bool {
		switch {
		case c.status != domain.CollaborationForming && c.status != domain.CollaborationActive, member[c.id]:
			return false
		case c.visibility == domain.VisibilityPrivate && !canSee[c.id], c.visibility == domain.VisibilityMembers && viewer == nil:
			return false
		case f.ValueID != nil && !slices.ContainsFunc(c.values, func(v domain.Strength) bool { return v.ValueID == *f.ValueID }):
			return false
		case skill != "" && !slices.Contains(c.needSkills, skill):
			return false
		case place != "" && !strings.Contains(c.location, place):
			return false
		case f.RemoteFriendly != nil && c.remote != *f.RemoteFriendly:
			return false
		case search != "" && !strings.Contains(c.title, search):
			return false
		}
		return true
	}
	ranked := len(profile) > 0
	sum := sumOf(profile)
	best := &worst{ranked: ranked}
	total := 0
	cidx.mu.RLock()
	for _, c := range cidx.byID {
		if !eligible(c) {
			continue
		}
		cand := candidate{id: c.id, key: c.title, collab: c}
		if ranked {
			cand.m, _ = domain.AlignmentParts(profile, c.values)
			cand.d = sum + c.sum - cand.m
			if cand.m == 0 || (f.MinScore != nil && float64(cand.m)/float64(cand.d) < *f.MinScore) {
				continue
			}
		}
		total++
		if after != nil && !after.candidate().before(cand, ranked) {
			continue
		}
		best.offer(cand, n)
	}
	cidx.mu.RUnlock()
	items := best.sorted()
	page := &CollabMatchPage{TotalCount: total, HasPrevious: after != nil}
	if len(items) > n {
		items, page.HasNextPage = items[:n], true
	}
	for _, c := range items {
		cur := rankCursor{I: c.id}
		match := CollabMatch{CollaborationID: c.id}
		if ranked {
			cur.M, cur.D = c.m, c.d
			score := float64(c.m) / float64(c.d)
			match.Score = &score
			match.Shared = shared(profile, c.collab.values)
		} else {
			cur.K = c.key
		}
		page.Matches = append(page.Matches, match)
		page.Cursors = append(page.Cursors, cur.encode())
	}
	return page, nil
}

// shared lists the values of a that b holds too, with both strengths.
func shared(a, b []domain.Strength) []SharedValue {
	var out []SharedValue
	for _, x := range a {
		for _, y := range b {
			if x.ValueID == y.ValueID {
				out = append(out, SharedValue{ValueID: x.ValueID, ViewerStrength: x.Strength, TheirStrength: y.Strength})
			}
		}
	}
	return out
}

// NeedCandidates ranks the people outside a collaboration who could fill one of its
// needs: those who list the need's skill (when it names one), by how well their values
// align with the collaboration's. Stewards see it, to invite exactly those people.
// With needID nil it ranks candidates for the collaboration as a whole.
func (s *Discovery) NeedCandidates(ctx context.Context, collabID int64, needID *int64, f PeopleFilter) (*MatchPage, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	n, after, err := checkPeopleFilter(f)
	if err != nil {
		return nil, err
	}
	db := s.DB.WithContext(ctx)
	var mine domain.Membership
	if err := db.Where("collaboration_id = ? AND person_id = ? AND status = ? AND role = ?", collabID, v.ID, domain.MembershipActive, domain.MembershipSteward).
		First(&mine).Error; err != nil {
		return nil, domain.Errorf(domain.CodeForbidden, "Only the collaboration's stewards look for people to invite.")
	}
	if needID != nil {
		var need domain.Need
		if err := db.Where("id = ? AND collaboration_id = ?", *needID, collabID).First(&need).Error; err != nil {
			return nil, domain.DBErr(err, "This need")
		}
		if need.Skill != "" {
			f.Skill = need.Skill
		}
	}
	var taken []int64
	if err := db.Model(&domain.Membership{}).Where("collaboration_id = ? AND status IN ?", collabID,
		[]domain.MembershipStatus{domain.MembershipActive, domain.MembershipInvited, domain.MembershipRequested}).Pluck("person_id", &taken).Error; err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	exclude := make(map[int64]bool, len(taken))
	for _, id := range taken {
		exclude[id] = true
	}
	cidx, err := s.collabIndex(ctx)
	if err != nil {
		return nil, err
	}
	cidx.mu.RLock()
	c := cidx.byID[collabID]
	var profile []domain.Strength
	if c != nil {
		profile = c.values
	}
	cidx.mu.RUnlock()
	pidx, err := s.peopleIndex(ctx)
	if err != nil {
		return nil, err
	}
	return pidx.rank(peopleRanking(v, f, exclude, profile, n, after))
}
