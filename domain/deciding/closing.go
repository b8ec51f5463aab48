package deciding

import (
	"fmt"
	"math"

	"kindred/domain"
)

// Quorum limits. A collaboration's participation share is one half unless an adopted
// QUORUM proposal changed it, within [MinQuorumShare, 1]; however small the group, at
// least MinQuorum members take part.
const (
	DefaultQuorumShare = 0.5
	// MinQuorumShare is one third, written so that 0.3333 is accepted as one third.
	MinQuorumShare = 0.3333
	MaxQuorumShare = 1.0
	MinQuorum      = 2
)

// QuorumNeeded is how many of eligible ACTIVE members must take a position: the share of
// them rounded up, and never fewer than MinQuorum. Example: 7 members at one half need 4;
// 1 or 2 members need 2 whatever the share.
func QuorumNeeded(eligible int, share float64) int {
	// The small tolerance keeps a share of one third (stored as 0.333…) from asking for
	// one member too many when eligible is a multiple of three.
	n := int(math.Ceil(share*float64(eligible) - 1e-6))
	return max(n, MinQuorum)
}

// Participation is how many members take part in a proposal against how many must.
type Participation struct {
	// Taken counts the members ACTIVE now (at closing, once closed) who took a position,
	// abstentions included; Needed is the quorum of Eligible, the ACTIVE members.
	Taken, Needed, Eligible int
	// Members are those who took part, in the order they first did; nil when the proposal
	// is anonymous.
	Members []int64
}

// Reached reports whether enough members took part.
func (p Participation) Reached() bool { return p.Taken >= p.Needed }

// ParticipationOf counts the positions taken by the active members (a person who left
// counts no more) against the quorum of the active members at share.
func ParticipationOf(positions []*domain.Position, active map[int64]bool, share float64, anonymous bool) Participation {
	people := make([]int64, len(positions))
	for i, p := range positions {
		people[i] = p.PersonID
	}
	return participationOfPeople(people, active, share, anonymous)
}

// participationOfPeople is the quorum count of ParticipationOf over the people who took
// part (a position, or a poll's ballot), in the order they did.
func participationOfPeople(people []int64, active map[int64]bool, share float64, anonymous bool) Participation {
	part := Participation{Eligible: len(active), Needed: QuorumNeeded(len(active), share)}
	seen := map[int64]bool{}
	for _, person := range people {
		if !active[person] || seen[person] {
			continue
		}
		seen[person] = true
		part.Taken++
		if !anonymous {
			part.Members = append(part.Members, person)
		}
	}
	if !anonymous && part.Members == nil {
		part.Members = []int64{}
	}
	return part
}

// Closing is what a closing rule reads: the proposal, its positions in the order taken,
// the members ACTIVE at closing and the collaboration's participation share.
type Closing struct {
	Proposal  *domain.Proposal
	Positions []*domain.Position
	Active    map[int64]bool
	Share     float64
	// Ballots are a poll's ballots in the order cast (none for consent).
	Ballots []*domain.Ballot
}

// Result is how a proposal closes: its new status, why, and the counts behind it.
type Result struct {
	Status        domain.ProposalStatus
	Reason        string
	Tally         Tally
	Participation Participation
	// Poll is a poll's result once counted (nil for consent, or without quorum).
	Poll *domain.PollResult
}

// Rule decides a proposal at its closing time.
type Rule func(Closing) Result

// RuleFor returns the closing rule of a kind of proposal. Every kind is decided by
// consent today; polls will bring rules of their own, each respecting quorum.
func RuleFor(domain.ProposalKind) Rule { return Consent }

// RuleOf returns the closing rule of a proposal: its poll's (Poll) when it is one, else
// the rule of its kind (RuleFor).
func RuleOf(p *domain.Proposal) Rule {
	if p.DecisionKind.Poll() {
		return Poll
	}
	return RuleFor(p.Kind)
}

// Consent is the closing rule of consent proposals: first quorum (QuorumNeeded of the
// members ACTIVE at closing took a position, abstaining included), else the proposal ends
// QUORUM_NOT_REACHED; then Decide (nobody blocks and agrees outnumber disagrees).
func Consent(c Closing) Result {
	r := Result{Tally: TallyOf(c.Positions), Participation: ParticipationOf(c.Positions, c.Active, c.Share, c.Proposal.Anonymous)}
	part := r.Participation
	took := fmt.Sprintf("%d of %d %s took part, %d needed", part.Taken, part.Eligible, plural(part.Eligible, "member", "members"), part.Needed)
	if !part.Reached() {
		r.Status = domain.ProposalQuorumNotReached
		r.Reason = "Quorum not reached: " + took + "."
		return r
	}
	r.Status = Decide(domain.ProposalOpen, r.Tally)
	t := r.Tally
	switch {
	case r.Status == domain.ProposalAdopted:
		r.Reason = fmt.Sprintf("Adopted: %s; nobody blocked and %d agreed against %d disagreeing.", took, t.Agree, t.Disagree)
	case t.Block > 0:
		r.Reason = fmt.Sprintf("Rejected: %s; %d blocked.", took, t.Block)
	default:
		r.Reason = fmt.Sprintf("Rejected: %s; %d agreed against %d disagreeing, and agreement must outnumber disagreement.", took, t.Agree, t.Disagree)
	}
	return r
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
