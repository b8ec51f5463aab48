package domain

import "time"

// DecisionKind is how a proposal is decided: by consent, or as a poll among options.
type DecisionKind string

// The kinds of decision.
const (
	// DecideByConsent is the default: quorum, then nobody blocks and agrees outnumber disagrees.
	DecideByConsent DecisionKind = "CONSENT"
	// DecideByScore: each member scores each option 0–5; the highest mean wins.
	DecideByScore DecisionKind = "SCORE"
	// DecideByRankedChoice: each member ranks some or all options; instant-runoff.
	DecideByRankedChoice DecisionKind = "RANKED_CHOICE"
	// DecideByDotVote: each member spreads up to a number of dots over the options.
	DecideByDotVote DecisionKind = "DOT_VOTE"
	// DecideMeetingTime: the options are time slots; each member answers yes, if need be
	// or no for each.
	DecideMeetingTime DecisionKind = "MEETING_TIME"
)

// Valid reports whether k is one of the kinds of decision.
func (k DecisionKind) Valid() bool {
	return k == DecideByConsent || k.Poll()
}

// Poll reports whether k chooses among options (every kind but consent).
func (k DecisionKind) Poll() bool {
	return k == DecideByScore || k == DecideByRankedChoice || k == DecideByDotVote || k == DecideMeetingTime
}

// PollOption is one of a poll's options. Key numbers the options 1, 2, … in the order they
// were listed; ballots refer to options by it. A MEETING_TIME option is a time slot: it
// starts and ends at instants, written in a time zone (an IANA name).
type PollOption struct {
	Key      int        `json:"key"`
	Label    string     `json:"label"`
	StartsAt *time.Time `json:"startsAt,omitempty"`
	EndsAt   *time.Time `json:"endsAt,omitempty"`
	TimeZone string     `json:"timeZone,omitempty"`
}

// Availability is a member's answer to a meeting-time slot, stored as a ballot mark's value.
type Availability int

// The answers to a time slot.
const (
	AvailableNo       Availability = 0
	AvailableIfNeedBe Availability = 1
	AvailableYes      Availability = 2
)

// BallotMark is what a ballot says about one option: a score (0–5), a rank (1 is the first
// preference), a number of dots, or an Availability, by the poll's kind.
type BallotMark struct {
	Option int `json:"option"`
	Value  int `json:"value"`
}

// Ballot is one member's answer to a poll; one per member per poll, changeable while the
// poll is open. Casting a ballot is taking part (it counts toward quorum).
type Ballot struct {
	ID              int64
	CollaborationID int64
	ProposalID      int64
	PersonID        int64
	Marks           []BallotMark `gorm:"serializer:json"`
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// PollResult is how a poll came out at closing, stored with the proposal in the
// transaction that closes it.
type PollResult struct {
	// Ballots counts the ballots of members ACTIVE at closing, the ones counted.
	Ballots int `json:"ballots"`
	// Options holds each option's tally, in the options' order.
	Options []OptionTally `json:"options"`
	// Rounds are the instant-runoff rounds of a RANKED_CHOICE poll, first to last.
	Rounds []RunoffRound `json:"rounds,omitempty"`
	// Winners are the keys of the winning options: one, or several when they tie.
	Winners []int `json:"winners"`
	// Tie is set when several options tie for first; nothing is picked at random.
	Tie bool `json:"tie"`
}

// OptionTally counts one option: Total is the sum of scores (SCORE), of dots (DOT_VOTE),
// the first preferences (RANKED_CHOICE) or the yes answers (MEETING_TIME); Mean is the
// mean score; Yes, IfNeedBe and No count a time slot's answers.
type OptionTally struct {
	Option   int     `json:"option"`
	Total    int     `json:"total"`
	Mean     float64 `json:"mean"`
	Yes      int     `json:"yes"`
	IfNeedBe int     `json:"ifNeedBe"`
	No       int     `json:"no"`
}

// RunoffRound is one round of instant-runoff: the votes of each continuing option, the
// ballots exhausted (every option they ranked eliminated), and the option eliminated
// after the round or the one elected by it.
type RunoffRound struct {
	Counts     []RoundCount `json:"counts"`
	Exhausted  int          `json:"exhausted"`
	Eliminated *int         `json:"eliminated,omitempty"`
	Elected    *int         `json:"elected,omitempty"`
}

// RoundCount is the votes of one continuing option in a round.
type RoundCount struct {
	Option int `json:"option"`
	Votes  int `json:"votes"`
}
