package deciding

import (
	"fmt"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // IANA time zone names resolve on machines without a zoneinfo database

	"kindred/domain"
)

// Poll limits.
const (
	MinPollOptions = 2
	MaxPollOptions = 20
	MaxOptionLabel = 120
	// A meeting-time slot lasts at most MaxSlotLength.
	MaxSlotLength = 24 * time.Hour
)

// SlotLayout is how a time slot's start and end are written: a wall-clock time in the
// slot's time zone, as an HTML datetime-local field gives it.
const SlotLayout = "2006-01-02T15:04"

// OptionInput is one option of a poll as proposed: a label, and for a MEETING_TIME poll a
// time slot (Start and End in SlotLayout, wall-clock times in TimeZone, an IANA name).
type OptionInput struct {
	Label    string
	Start    string
	End      string
	TimeZone string
}

// checkPoll checks the kind of decision, options and dots of a proposal being made, and
// returns the options as stored.
func checkPoll(in ProposalInput, now time.Time) (domain.DecisionKind, []domain.PollOption, *int, error) {
	kind := in.DecisionKind
	if kind == "" {
		kind = domain.DecideByConsent
	}
	if !kind.Valid() {
		return "", nil, nil, domain.Invalid("decisionKind", "A proposal is decided by CONSENT, SCORE, RANKED_CHOICE, DOT_VOTE or MEETING_TIME.")
	}
	if !kind.Poll() {
		if len(in.Options) > 0 {
			return "", nil, nil, domain.Invalid("options", "Only a poll has options; choose SCORE, RANKED_CHOICE, DOT_VOTE or MEETING_TIME, or leave the options out.")
		}
		if in.DotsPerMember != nil {
			return "", nil, nil, domain.Invalid("dotsPerMember", "Only a DOT_VOTE poll gives dots.")
		}
		return kind, []domain.PollOption{}, nil, nil
	}
	if in.Kind != domain.ProposalOther && in.Kind != domain.ProposalMembership {
		return "", nil, nil, domain.Invalid("decisionKind", "A %s proposal is decided by consent; a poll is of kind OTHER or MEMBERSHIP.", in.Kind)
	}
	var dots *int
	switch {
	case kind == domain.DecideByDotVote && in.DotsPerMember == nil:
		return "", nil, nil, domain.Invalid("dotsPerMember", "Say how many dots each member spreads over the options, from %d to %d.", MinDots, MaxDots)
	case kind == domain.DecideByDotVote && (*in.DotsPerMember < MinDots || *in.DotsPerMember > MaxDots):
		return "", nil, nil, domain.Invalid("dotsPerMember", "Each member gets from %d to %d dots.", MinDots, MaxDots)
	case kind == domain.DecideByDotVote:
		n := *in.DotsPerMember
		dots = &n
	case in.DotsPerMember != nil:
		return "", nil, nil, domain.Invalid("dotsPerMember", "Only a DOT_VOTE poll gives dots.")
	}
	if len(in.Options) < MinPollOptions || len(in.Options) > MaxPollOptions {
		return "", nil, nil, domain.Invalid("options", "A poll has from %d to %d options; it has %d.", MinPollOptions, MaxPollOptions, len(in.Options))
	}
	options := make([]domain.PollOption, 0, len(in.Options))
	labels := map[string]int{}
	for i, o := range in.Options {
		field := fmt.Sprintf("options.%d", i)
		opt := domain.PollOption{Key: i + 1}
		if kind == domain.DecideMeetingTime {
			if err := checkSlot(field, o, now, &opt); err != nil {
				return "", nil, nil, err
			}
		} else if o.Start != "" || o.End != "" || o.TimeZone != "" {
			return "", nil, nil, domain.Invalid(field, "Only the options of a MEETING_TIME poll are time slots.")
		}
		label, err := domain.ValidateLine(field+".label", fmt.Sprintf("Option %d", i+1), o.Label, 0, MaxOptionLabel)
		if err != nil {
			return "", nil, nil, err
		}
		if label == "" && opt.StartsAt == nil {
			return "", nil, nil, domain.Invalid(field+".label", "Option %d needs a label.", i+1)
		}
		if label == "" {
			label = SlotLabel(opt)
		}
		if j, dup := labels[strings.ToLower(label)]; dup {
			return "", nil, nil, domain.Invalid(field+".label", "Options %d and %d are both %q; make each option different.", j, i+1, label)
		}
		labels[strings.ToLower(label)] = i + 1
		opt.Label = label
		options = append(options, opt)
	}
	return kind, options, dots, nil
}

// checkSlot reads a time slot: its time zone, start and end.
func checkSlot(field string, o OptionInput, now time.Time, opt *domain.PollOption) error {
	if strings.TrimSpace(o.TimeZone) == "" {
		return domain.Invalid(field+".timeZone", "Say in which time zone slot %d is, such as Europe/Paris.", opt.Key)
	}
	loc, err := time.LoadLocation(o.TimeZone)
	if err != nil || o.TimeZone == "Local" {
		return domain.Invalid(field+".timeZone", "%q is not a time zone; use an IANA name such as Europe/Paris or America/New_York.", o.TimeZone)
	}
	start, err := time.ParseInLocation(SlotLayout, o.Start, loc)
	if err != nil {
		return domain.Invalid(field+".start", "Slot %d needs a start such as 2026-12-10T18:00.", opt.Key)
	}
	end, err := time.ParseInLocation(SlotLayout, o.End, loc)
	if err != nil {
		return domain.Invalid(field+".end", "Slot %d needs an end such as 2026-12-10T19:30.", opt.Key)
	}
	switch {
	case !end.After(start):
		return domain.Invalid(field+".end", "Slot %d ends before it starts; choose a later end.", opt.Key)
	case end.Sub(start) > MaxSlotLength:
		return domain.Invalid(field+".end", "Slot %d lasts more than a day; a slot is one meeting.", opt.Key)
	case !start.After(now):
		return domain.Invalid(field+".start", "Slot %d starts in the past; choose a later time.", opt.Key)
	}
	s, e := start.UTC(), end.UTC()
	opt.StartsAt, opt.EndsAt, opt.TimeZone = &s, &e, loc.String()
	return nil
}

// SlotLabel names a time slot as people read it, in its own time zone:
// "Thu 10 Dec 2026, 18:00–19:30 (Europe/Paris)".
func SlotLabel(o domain.PollOption) string {
	start, end := SlotLocal(o)
	if start.IsZero() {
		return o.Label
	}
	return fmt.Sprintf("%s, %s–%s (%s)", start.Format("Mon 2 Jan 2006"), start.Format("15:04"), end.Format("15:04"), o.TimeZone)
}

// SlotLocal returns a time slot's start and end in its time zone (zero times for an
// option that is not a slot).
func SlotLocal(o domain.PollOption) (start, end time.Time) {
	if o.StartsAt == nil || o.EndsAt == nil {
		return time.Time{}, time.Time{}
	}
	loc, err := time.LoadLocation(o.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	return o.StartsAt.In(loc), o.EndsAt.In(loc)
}

// CheckBallot checks a ballot's marks against its poll and returns them in the options'
// order: a SCORE ballot scores every option 0–5; a RANKED_CHOICE ballot ranks one or more
// options 1, 2, 3… each rank once; a DOT_VOTE ballot places from one dot to the poll's
// dots per member (more are refused); a MEETING_TIME ballot answers every slot.
func CheckBallot(p *domain.Proposal, marks []domain.BallotMark) ([]domain.BallotMark, error) {
	if !p.DecisionKind.Poll() {
		return nil, domain.Errorf(domain.CodeConflict, "This proposal is decided by consent: take a position instead of casting a ballot.")
	}
	at := indexOf(p.Options)
	seen := map[int]bool{}
	for _, m := range marks {
		if _, ok := at[m.Option]; !ok {
			return nil, domain.Invalid("marks", "Option %d is not one of this poll's options (1 to %d).", m.Option, len(p.Options))
		}
		if seen[m.Option] {
			return nil, domain.Invalid("marks", "Option %d is marked twice; mark each option once.", m.Option)
		}
		seen[m.Option] = true
	}
	out := append([]domain.BallotMark(nil), marks...)
	sort.Slice(out, func(i, j int) bool { return at[out[i].Option] < at[out[j].Option] })
	switch p.DecisionKind {
	case domain.DecideByScore, domain.DecideMeetingTime:
		if len(out) != len(p.Options) {
			what := "Score every option from 0 to 5"
			if p.DecisionKind == domain.DecideMeetingTime {
				what = "Answer every slot with yes, if need be or no"
			}
			return nil, domain.Invalid("marks", "%s: %d of %d are marked.", what, len(out), len(p.Options))
		}
		hi := MaxScore
		if p.DecisionKind == domain.DecideMeetingTime {
			hi = int(domain.AvailableYes)
		}
		for _, m := range out {
			if m.Value < MinScore || m.Value > hi {
				if p.DecisionKind == domain.DecideMeetingTime {
					return nil, domain.Invalid("marks", "Answer slot %d with yes, if need be or no.", m.Option)
				}
				return nil, domain.Invalid("marks", "A score is from 0 to 5; option %d has %d.", m.Option, m.Value)
			}
		}
	case domain.DecideByRankedChoice:
		if len(out) == 0 {
			return nil, domain.Invalid("marks", "Rank at least one option: 1 for your first choice.")
		}
		ranks := map[int]bool{}
		for _, m := range out {
			if m.Value < 1 || m.Value > len(out) || ranks[m.Value] {
				return nil, domain.Invalid("marks", "Number the options you rank 1, 2, 3… with each number once; option %d has rank %d.", m.Option, m.Value)
			}
			ranks[m.Value] = true
		}
	case domain.DecideByDotVote:
		limit, total := 0, 0
		if p.DotsPerMember != nil {
			limit = *p.DotsPerMember
		}
		kept := out[:0]
		for _, m := range out {
			if m.Value < 0 {
				return nil, domain.Invalid("marks", "Option %d has %d dots; a number of dots is 0 or more.", m.Option, m.Value)
			}
			total += m.Value
			if m.Value > 0 {
				kept = append(kept, m)
			}
		}
		switch {
		case total > limit:
			return nil, domain.Invalid("marks", "You placed %d dots and each member has %d; take %d away.", total, limit, total-limit)
		case total == 0:
			return nil, domain.Invalid("marks", "Place at least one of your %d dots.", limit)
		}
		out = kept
	}
	return out, nil
}

// CountPoll counts a poll's ballots by the rule of its kind.
func CountPoll(kind domain.DecisionKind, options []domain.PollOption, ballots [][]domain.BallotMark) domain.PollResult {
	switch kind {
	case domain.DecideByScore:
		return ScoreCount(options, ballots)
	case domain.DecideByRankedChoice:
		return InstantRunoff(options, ballots)
	case domain.DecideByDotVote:
		return DotCount(options, ballots)
	}
	return MeetingChoice(options, ballots)
}

// Poll is the closing rule of polls: first quorum, exactly as for consent (QuorumNeeded of
// the members ACTIVE at closing cast a ballot), else the poll ends QUORUM_NOT_REACHED;
// then its ballots are counted by the rule of its kind (CountPoll) and the poll is
// ADOPTED with its result: the winner, or the options that tied.
func Poll(c Closing) Result {
	var people []int64
	var counted [][]domain.BallotMark
	for _, b := range c.Ballots {
		people = append(people, b.PersonID)
		if c.Active[b.PersonID] {
			counted = append(counted, b.Marks)
		}
	}
	p := c.Proposal
	r := Result{Participation: participationOfPeople(people, c.Active, c.Share, p.Anonymous)}
	part := r.Participation
	took := fmt.Sprintf("%d of %d %s took part, %d needed", part.Taken, part.Eligible, plural(part.Eligible, "member", "members"), part.Needed)
	if !part.Reached() {
		r.Status = domain.ProposalQuorumNotReached
		r.Reason = "Quorum not reached: " + took + "."
		return r
	}
	res := CountPoll(p.DecisionKind, p.Options, counted)
	r.Poll, r.Status = &res, domain.ProposalAdopted
	r.Reason = fmt.Sprintf("Decided: %s; %s.", took, describeResult(p, res))
	return r
}

// describeResult says in words which option won, or which tied.
func describeResult(p *domain.Proposal, r domain.PollResult) string {
	label := map[int]string{}
	for _, o := range p.Options {
		label[o.Key] = o.Label
	}
	names := make([]string, len(r.Winners))
	for i, k := range r.Winners {
		names[i] = fmt.Sprintf("%q", label[k])
	}
	switch {
	case len(names) == 0:
		return "no option was chosen"
	case r.Tie:
		return fmt.Sprintf("%s tie; nothing is picked at random, so the members choose between them", strings.Join(names, " and "))
	case p.DecisionKind == domain.DecideByRankedChoice:
		return fmt.Sprintf("%s wins after %d %s", names[0], len(r.Rounds), plural(len(r.Rounds), "round", "rounds"))
	case p.DecisionKind == domain.DecideMeetingTime:
		return fmt.Sprintf("the chosen time is %s", names[0])
	}
	return names[0] + " wins"
}
