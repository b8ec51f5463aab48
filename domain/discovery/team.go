package discovery

import (
	"context"

	"kindred/domain"
	"kindred/domain/collab"
)

// ProposedTeam is the team Kindred proposes for a forming collaboration: the skills its
// uncovered needs ask for, and the fewest people outside it who list them all.
type ProposedTeam struct {
	// Skills are the distinct skills of the uncovered needs, in the needs' order.
	Skills []string
	// Members are the people proposed, best aligned first.
	Members []TeamMember
	// Uncoverable are the skills nobody who could be invited lists.
	Uncoverable []string
	// Exact is false when there were more skills than MaxExactTeamSkills and the team is
	// the greedy approximation.
	Exact bool
}

// TotalAlignment is the sum of the members' alignments.
func (t *ProposedTeam) TotalAlignment() float64 {
	total := 0.0
	for _, m := range t.Members {
		total += m.Alignment
	}
	return total
}

// TeamMember is a proposed person, their alignment with the collaboration's values and
// the skills asked for that they list.
type TeamMember struct {
	PersonID  int64
	Alignment float64
	Skills    []string
}

// ProposeTeam proposes, for a FORMING collaboration, the smallest set of people not yet
// in it (neither member, invited nor asking to join), open to discovery, who together
// list every skill its uncovered needs ask for; ties go to the highest total alignment
// with its values (see domain.SmallestTeam). Stewards only; nil once it is no longer
// forming.
func (s *Discovery) ProposeTeam(ctx context.Context, collabID int64) (*ProposedTeam, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	db := s.DB.WithContext(ctx)
	var c domain.Collaboration
	if err := db.First(&c, collabID).Error; err != nil {
		return nil, domain.DBErr(err, "This collaboration")
	}
	var mine domain.Membership
	if err := db.Where("collaboration_id = ? AND person_id = ? AND status = ? AND role = ?", collabID, v.ID, domain.MembershipActive, domain.MembershipSteward).
		First(&mine).Error; err != nil {
		return nil, domain.Errorf(domain.CodeForbidden, "Only the collaboration's stewards see the proposed team.")
	}
	if c.Status != domain.CollaborationForming {
		return nil, nil
	}
	needs, err := collab.UncoveredNeeds(db, collabID)
	if err != nil {
		return nil, err
	}
	team := &ProposedTeam{Exact: true}
	bit := map[string]int{}
	for _, n := range needs {
		if _, seen := bit[n.Skill]; n.Skill != "" && !seen {
			bit[n.Skill] = len(team.Skills)
			team.Skills = append(team.Skills, n.Skill)
		}
	}
	if len(team.Skills) == 0 {
		return team, nil
	}
	if len(team.Skills) > 64 {
		// The needs are bounded by MaxNeeds, far below; this guards the bit set.
		team.Skills = team.Skills[:64]
	}
	exclude := map[int64]bool{v.ID: true}
	var taken []int64
	if err := db.Model(&domain.Membership{}).Where("collaboration_id = ? AND status IN ?", collabID,
		[]domain.MembershipStatus{domain.MembershipActive, domain.MembershipInvited, domain.MembershipRequested}).Pluck("person_id", &taken).Error; err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	// Those who blocked the steward cannot be invited by them: proposing them would make
	// the one-step invitation fail.
	var blockers []int64
	if err := db.Model(&domain.Block{}).Where("blocked_id = ?", v.ID).Pluck("blocker_id", &blockers).Error; err != nil {
		return nil, domain.DBErr(err, "blocks")
	}
	for _, id := range append(taken, blockers...) {
		exclude[id] = true
	}
	cidx, err := s.collabIndex(ctx)
	if err != nil {
		return nil, err
	}
	cidx.mu.RLock()
	var profile []domain.Strength
	if ic := cidx.byID[collabID]; ic != nil {
		profile = ic.values
	}
	cidx.mu.RUnlock()
	pidx, err := s.peopleIndex(ctx)
	if err != nil {
		return nil, err
	}
	cands := pidx.skillHolders(team.Skills, profile, exclude)
	best := domain.SmallestTeam(len(team.Skills), cands)
	team.Exact = best.Exact
	for i, sk := range team.Skills {
		if best.Uncoverable&(1<<i) != 0 {
			team.Uncoverable = append(team.Uncoverable, sk)
		}
	}
	for _, m := range best.Members {
		tm := TeamMember{PersonID: m.PersonID, Alignment: m.Alignment}
		for i, sk := range team.Skills {
			if m.Skills&(1<<i) != 0 {
				tm.Skills = append(tm.Skills, sk)
			}
		}
		team.Members = append(team.Members, tm)
	}
	return team, nil
}

// skillHolders returns the people who list at least one of skills (bit i for skills[i]),
// are open to discovery (not PRIVATE, not suspended) and not in exclude, with their
// alignment with profile. A steward is signed in, so MEMBERS-only people count.
func (x *PersonIndex) skillHolders(skills []string, profile []domain.Strength, exclude map[int64]bool) []domain.TeamCandidate {
	x.mu.RLock()
	defer x.mu.RUnlock()
	masks := map[int32]uint64{}
	for i, sk := range skills {
		k, ok := x.skillNum[sk]
		if !ok {
			continue
		}
		for _, slot := range x.skillSlots[k] {
			if x.flags[slot]&flagHidden != 0 || exclude[x.ids[slot]] {
				continue
			}
			masks[slot] |= 1 << i
		}
	}
	out := make([]domain.TeamCandidate, 0, len(masks))
	for slot, mask := range masks {
		out = append(out, domain.TeamCandidate{PersonID: x.ids[slot], Skills: mask, Alignment: domain.Alignment(profile, x.values(slot))})
	}
	return out
}
