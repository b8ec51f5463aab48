package deciding

import (
	"context"
	"fmt"
	"sort"
	"time"

	"kindred/domain"
)

// Answer is how the API names a member's availability for a time slot.
type Answer string

// The answers to a time slot.
const (
	AnswerYes      Answer = "YES"
	AnswerIfNeedBe Answer = "IF_NEED_BE"
	AnswerNo       Answer = "NO"
)

var answers = map[Answer]domain.Availability{AnswerYes: domain.AvailableYes, AnswerIfNeedBe: domain.AvailableIfNeedBe, AnswerNo: domain.AvailableNo}

// Mark is what a ballot says about one option as the API reads and writes it: exactly
// the field of the poll's kind is set (Score for SCORE, Rank for RANKED_CHOICE, Dots for
// DOT_VOTE, Availability for MEETING_TIME).
type Mark struct {
	Option       int
	Score        *int
	Rank         *int
	Dots         *int
	Availability *Answer
}

// MarksFrom reads the marks of a ballot on a poll of kind k, each giving the figure of
// that kind and no other.
func MarksFrom(k domain.DecisionKind, in []*Mark) ([]domain.BallotMark, error) {
	out := make([]domain.BallotMark, 0, len(in))
	for i, m := range in {
		field := fmt.Sprintf("marks.%d", i)
		var v *int
		set := 0
		for _, f := range []*int{m.Score, m.Rank, m.Dots} {
			if f != nil {
				set++
			}
		}
		if m.Availability != nil {
			set++
		}
		switch k {
		case domain.DecideByScore:
			v = m.Score
		case domain.DecideByRankedChoice:
			v = m.Rank
		case domain.DecideByDotVote:
			v = m.Dots
		case domain.DecideMeetingTime:
			if m.Availability != nil {
				a, ok := answers[*m.Availability]
				if !ok {
					return nil, domain.Invalid(field+".availability", "Answer YES, IF_NEED_BE or NO.")
				}
				n := int(a)
				v = &n
			}
		default:
			return nil, domain.Errorf(domain.CodeConflict, "This proposal is decided by consent: take a position instead of casting a ballot.")
		}
		if v == nil || set != 1 {
			return nil, domain.Invalid(field, "On a %s poll each mark gives %s for its option, and nothing else.", k, markWord(k))
		}
		out = append(out, domain.BallotMark{Option: m.Option, Value: *v})
	}
	return out, nil
}

func markWord(k domain.DecisionKind) string {
	switch k {
	case domain.DecideByScore:
		return "a score (0–5)"
	case domain.DecideByRankedChoice:
		return "a rank (1 for the first choice)"
	case domain.DecideByDotVote:
		return "a number of dots"
	}
	return "an availability (YES, IF_NEED_BE or NO)"
}

// MarksOf writes a stored ballot's marks as the API shows them for a poll of kind k.
func MarksOf(k domain.DecisionKind, marks []domain.BallotMark) []*Mark {
	out := make([]*Mark, len(marks))
	for i, bm := range marks {
		v := bm.Value
		m := &Mark{Option: bm.Option}
		switch k {
		case domain.DecideByScore:
			m.Score = &v
		case domain.DecideByRankedChoice:
			m.Rank = &v
		case domain.DecideByDotVote:
			m.Dots = &v
		default:
			a := AnswerNo
			for name, av := range answers {
				if int(av) == v {
					a = name
				}
			}
			m.Availability = &a
		}
		out[i] = m
	}
	return out
}

// BallotView is a ballot as the API shows it to its own author.
type BallotView struct {
	Marks     []*Mark
	CastAt    time.Time
	UpdatedAt time.Time
}

// ViewOf shows ballot b on poll p.
func ViewOf(p *domain.Proposal, b *domain.Ballot) *BallotView {
	if b == nil {
		return nil
	}
	return &BallotView{Marks: MarksOf(p.DecisionKind, b.Marks), CastAt: b.CreatedAt, UpdatedAt: b.UpdatedAt}
}

// OptionView is a poll option as the API shows it; a time slot also reads as wall-clock
// times in its own zone (SlotLayout), which is what a gathering's form takes.
type OptionView struct {
	domain.PollOption
	LocalStart, LocalEnd *string
	// Chosen is set on the option the closed poll chose (every tied one when tied).
	Chosen bool
}

// OptionViews shows a proposal's options.
func OptionViews(p *domain.Proposal) []*OptionView {
	won := map[int]bool{}
	if p.PollResult != nil {
		for _, k := range p.PollResult.Winners {
			won[k] = true
		}
	}
	out := make([]*OptionView, len(p.Options))
	for i, o := range p.Options {
		v := &OptionView{PollOption: o, Chosen: won[o.Key]}
		if start, end := SlotLocal(o); !start.IsZero() {
			s, e := start.Format(SlotLayout), end.Format(SlotLayout)
			v.LocalStart, v.LocalEnd = &s, &e
		}
		out[i] = v
	}
	return out
}

// DecidedTime is a time the members chose with a meeting-time poll: the poll, and the
// slot it chose, shown as a date on the collaboration's page.
type DecidedTime struct {
	Proposal *domain.Proposal
	Slot     *OptionView
}

// DecidedTimesByCollab returns, for each collaboration, the slots its adopted MEETING_TIME
// polls chose that are not over yet by the service's clock, soonest first. A poll that
// ended in a tie chose no slot. The collaborations are assumed visible: callers reach this
// through one.
func (s *Deciding) DecidedTimesByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*DecidedTime, error) {
	var polls []*domain.Proposal
	if err := s.DB.WithContext(ctx).Where("collaboration_id IN ? AND decision_kind = ? AND status = ?", collabIDs, domain.DecideMeetingTime, domain.ProposalAdopted).
		Order("id").Find(&polls).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	now := s.Now()
	out := map[int64][]*DecidedTime{}
	for _, p := range polls {
		if p.PollResult == nil || len(p.PollResult.Winners) != 1 {
			continue
		}
		for _, o := range OptionViews(p) {
			if o.Chosen && o.EndsAt != nil && o.EndsAt.After(now) {
				out[p.CollaborationID] = append(out[p.CollaborationID], &DecidedTime{Proposal: p, Slot: o})
			}
		}
	}
	for _, ts := range out {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Slot.StartsAt.Before(*ts[j].Slot.StartsAt) })
	}
	return out, nil
}
