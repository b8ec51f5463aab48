package kindred_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/deciding"
)

// poll proposes a poll of kind k with the given options, open for two hours.
func (f *fixture) poll(t *testing.T, ctx context.Context, c *domain.Collaboration, k domain.DecisionKind, anonymous bool, options ...deciding.OptionInput) *domain.Proposal {
	t.Helper()
	in := deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Poll " + string(k), DecisionKind: k, Options: options,
		Anonymous: anonymous, ClosesAt: f.Clock.Now().Add(2 * time.Hour)}
	if k == domain.DecideByDotVote {
		in.DotsPerMember = ptr(5)
	}
	p, err := f.Svc.CreateProposal(ctx, c.ID, in)
	if err != nil {
		t.Fatalf("propose %s: %v", k, err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }

func labels(ls ...string) []deciding.OptionInput {
	out := make([]deciding.OptionInput, len(ls))
	for i, l := range ls {
		out[i] = deciding.OptionInput{Label: l}
	}
	return out
}

func (f *fixture) cast(t *testing.T, ctx context.Context, p *domain.Proposal, marks ...domain.BallotMark) {
	t.Helper()
	if _, _, err := f.Svc.CastBallot(ctx, p.ID, marks); err != nil {
		t.Fatalf("cast %v: %v", marks, err)
	}
}

// rank writes a ranked ballot, first preference first.
func rank(keys ...int) []domain.BallotMark {
	out := make([]domain.BallotMark, len(keys))
	for i, k := range keys {
		out[i] = domain.BallotMark{Option: k, Value: i + 1}
	}
	return out
}

// TestPolls runs polls through the services: proposing with options, casting and
// changing ballots, closing by the clock with the result stored in the closing
// transaction, and what anonymous polls hide.
func TestPolls(t *testing.T) {
	t.Run("ranked_choice_closes_with_its_rounds", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p := f.poll(t, d.amara, d.c, domain.DecideByRankedChoice, false, labels("Garden", "Kitchen", "Library")...)
			f.cast(t, d.amara, p, rank(3, 1)...)
			f.cast(t, d.bo, p, rank(1)...)
			f.cast(t, d.cy, p, rank(1, 2)...)
			f.cast(t, d.cy, p, rank(2, 3)...) // changed: counts once, as changed
			st, err := f.Svc.StandingsByProposal(d.amara, []int64{p.ID})
			if err != nil || st[p.ID].Participation.Taken != 3 {
				t.Fatalf("got standing %+v, %v, want 3 taking part", st[p.ID], err)
			}
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalAdopted || got.PollResult == nil {
				t.Fatalf("got %s with %v, want ADOPTED with a result", got.Status, got.PollResult)
			}
			// Round one: Garden 1, Kitchen 1, Library 1, each one first preference: Library,
			// listed last, is eliminated; amara's ballot goes to Garden, which has 2 of 3.
			r := got.PollResult
			if r.Tie || !reflect.DeepEqual(r.Winners, []int{1}) || len(r.Rounds) != 2 || *r.Rounds[0].Eliminated != 3 || *r.Rounds[1].Elected != 1 {
				t.Errorf("got %+v, want Garden in two rounds", r)
			}
			if want := `Decided: 3 of 3 members took part, 2 needed; "Garden" wins after 2 rounds.`; got.ClosingReason != want {
				t.Errorf("got reason %q, want %q", got.ClosingReason, want)
			}
			if got := strings.Join(f.verbs(t, "Proposal", p.ID), ","); got != "proposal.created,ballot.cast,ballot.cast,ballot.cast,ballot.changed,proposal.adopted" {
				t.Errorf("got activity %s", got)
			}
			if _, _, err := f.Svc.CastBallot(d.bo, p.ID, rank(2)); domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("a ballot after closing: got %v, want CONFLICT", err)
			}
		})
	})
	t.Run("ranked_choice_two_rounds", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p := f.poll(t, d.amara, d.c, domain.DecideByRankedChoice, false, labels("Garden", "Kitchen", "Library")...)
			f.cast(t, d.amara, p, rank(1, 2)...)
			f.cast(t, d.bo, p, rank(1)...)
			f.cast(t, d.cy, p, rank(3, 2)...)
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			// Garden has 2 of 3 at once: a first-round majority.
			if got.Status != domain.ProposalAdopted || !reflect.DeepEqual(got.PollResult.Winners, []int{1}) || len(got.PollResult.Rounds) != 1 {
				t.Errorf("got %s %+v, want Garden in one round", got.Status, got.PollResult)
			}
		})
	})
	t.Run("meeting_time_chooses_a_slot", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			day := f.Clock.Now().In(time.UTC).AddDate(0, 0, 7).Format("2006-01-02")
			p := f.poll(t, d.amara, d.c, domain.DecideMeetingTime, false,
				deciding.OptionInput{Start: day + "T18:00", End: day + "T19:30", TimeZone: "Europe/Paris"},
				deciding.OptionInput{Label: "Later", Start: day + "T20:00", End: day + "T21:00", TimeZone: "Europe/Paris"})
			if o := p.Options[0]; o.TimeZone != "Europe/Paris" || o.StartsAt.Location() != time.UTC || !strings.HasSuffix(o.Label, "18:00–19:30 (Europe/Paris)") {
				t.Errorf("got slot %+v", o)
			}
			yes, maybe, no := int(domain.AvailableYes), int(domain.AvailableIfNeedBe), int(domain.AvailableNo)
			f.cast(t, d.amara, p, domain.BallotMark{Option: 1, Value: yes}, domain.BallotMark{Option: 2, Value: yes})
			f.cast(t, d.bo, p, domain.BallotMark{Option: 1, Value: maybe}, domain.BallotMark{Option: 2, Value: yes})
			f.cast(t, d.cy, p, domain.BallotMark{Option: 1, Value: yes}, domain.BallotMark{Option: 2, Value: no})
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			// Both have 2 yes; the first has no "no": it is chosen.
			if got.Status != domain.ProposalAdopted || !reflect.DeepEqual(got.PollResult.Winners, []int{1}) {
				t.Errorf("got %s %+v, want the first slot", got.Status, got.PollResult)
			}
		})
	})
	t.Run("quorum_missed_for_a_poll", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p := f.poll(t, d.amara, d.c, domain.DecideByScore, false, labels("Garden", "Kitchen")...)
			f.cast(t, d.amara, p, domain.BallotMark{Option: 1, Value: 5}, domain.BallotMark{Option: 2, Value: 0})
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalQuorumNotReached || got.PollResult != nil || got.ClosingReason != "Quorum not reached: 1 of 3 members took part, 2 needed." {
				t.Errorf("got %s %v %q", got.Status, got.PollResult, got.ClosingReason)
			}
		})
	})
	t.Run("anonymous_ballots_reveal_nobody", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			p := f.poll(t, d.bo, d.c, domain.DecideByDotVote, true, labels("Garden", "Kitchen")...)
			f.cast(t, d.bo, p, domain.BallotMark{Option: 1, Value: 5})
			f.cast(t, d.cy, p, domain.BallotMark{Option: 2, Value: 3})
			var actors []int64
			db.Model(&domain.Activity{}).Where("verb LIKE 'ballot.%'").Pluck("actor_id", &actors)
			for _, a := range actors {
				if a != 0 {
					t.Errorf("an anonymous ballot's activity names person %d", a)
				}
			}
			if len(actors) != 2 {
				t.Errorf("got %d ballot entries, want 2", len(actors))
			}
			st, err := f.Svc.StandingsByProposal(d.amara, []int64{p.ID})
			if err != nil || st[p.ID].Participation.Members != nil || st[p.ID].Participation.Taken != 2 {
				t.Errorf("got %+v, %v, want 2 taking part and no names", st[p.ID].Participation, err)
			}
			for name, ctx := range map[string]context.Context{"amara": d.amara, "bo": d.bo} {
				mine, err := f.Svc.ViewerBallotsByProposal(ctx, []int64{p.ID})
				if err != nil {
					t.Fatal(err)
				}
				if b := mine[p.ID]; (ctx == d.amara && b != nil) || (ctx == d.bo && (b == nil || b.Marks[0].Value != 5)) {
					t.Errorf("%s: got %+v, want only their own ballot", name, b)
				}
			}
			for ctx, want := range map[context.Context]int{d.amara: 1, d.cy: 0} {
				dash, err := f.Svc.FindDashboard(ctx)
				if err != nil || len(dash.ProposalsAwaitingPosition) != want {
					t.Errorf("got %d polls awaiting, %v, want %d (a ballot is taking part)", len(dash.ProposalsAwaitingPosition), err, want)
				}
			}
			data, err := f.Svc.ExportMyData(d.cy)
			if err != nil || len(data.Ballots) != 1 || data.Ballots[0].Marks[0].Option != 2 {
				t.Errorf("cy's export: got %+v, %v, want their own ballot alone", data.Ballots, err)
			}
			f.close(t, 3*time.Hour)
			got := f.proposal(t, p.ID)
			if got.Status != domain.ProposalAdopted || !reflect.DeepEqual(got.PollResult.Winners, []int{1}) {
				t.Errorf("got %s %+v, want Garden with 5 dots", got.Status, got.PollResult)
			}
		})
	})
	t.Run("proposing_a_poll_checks_it", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			d := f.deciders(t)
			now := f.Clock.Now()
			base := func() deciding.ProposalInput {
				return deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Where to meet", DecisionKind: domain.DecideByScore,
					Options: labels("Garden", "Kitchen"), ClosesAt: now.Add(2 * time.Hour)}
			}
			tomorrow := now.AddDate(0, 0, 1).UTC().Format("2006-01-02")
			tests := []struct {
				name, field string
				change      func(*deciding.ProposalInput)
			}{
				{"one_option", "options", func(in *deciding.ProposalInput) { in.Options = labels("Garden") }},
				{"twenty_one_options", "options", func(in *deciding.ProposalInput) { in.Options = make([]deciding.OptionInput, 21) }},
				{"same_label_twice", "options.1.label", func(in *deciding.ProposalInput) { in.Options = labels("Garden", "garden") }},
				{"empty_label", "options.1.label", func(in *deciding.ProposalInput) { in.Options = labels("Garden", " ") }},
				{"dots_without_a_dot_vote", "dotsPerMember", func(in *deciding.ProposalInput) { in.DotsPerMember = ptr(3) }},
				{"dot_vote_without_dots", "dotsPerMember", func(in *deciding.ProposalInput) { in.DecisionKind = domain.DecideByDotVote }},
				{"too_many_dots", "dotsPerMember", func(in *deciding.ProposalInput) {
					in.DecisionKind, in.DotsPerMember = domain.DecideByDotVote, ptr(21)
				}},
				{"a_goal_poll", "decisionKind", func(in *deciding.ProposalInput) {
					in.Kind, in.ProposedGoal = domain.ProposalGoal, "A new goal for everyone."
				}},
				{"options_on_consent", "options", func(in *deciding.ProposalInput) { in.DecisionKind = domain.DecideByConsent }},
				{"unknown_kind", "decisionKind", func(in *deciding.ProposalInput) { in.DecisionKind = "MAJORITY" }},
				{"unknown_time_zone", "options.0.timeZone", func(in *deciding.ProposalInput) {
					in.DecisionKind = domain.DecideMeetingTime
					in.Options = []deciding.OptionInput{{Start: tomorrow + "T18:00", End: tomorrow + "T19:00", TimeZone: "Mars/Olympus"}, {Start: tomorrow + "T19:00", End: tomorrow + "T20:00", TimeZone: "UTC"}}
				}},
				{"slot_ends_before_it_starts", "options.0.end", func(in *deciding.ProposalInput) {
					in.DecisionKind = domain.DecideMeetingTime
					in.Options = []deciding.OptionInput{{Start: tomorrow + "T18:00", End: tomorrow + "T17:00", TimeZone: "UTC"}, {Start: tomorrow + "T19:00", End: tomorrow + "T20:00", TimeZone: "UTC"}}
				}},
				{"slot_in_the_past", "options.0.start", func(in *deciding.ProposalInput) {
					in.DecisionKind = domain.DecideMeetingTime
					in.Options = []deciding.OptionInput{{Start: "2000-01-01T18:00", End: "2000-01-01T19:00", TimeZone: "UTC"}, {Start: tomorrow + "T19:00", End: tomorrow + "T20:00", TimeZone: "UTC"}}
				}},
				{"slot_on_a_score_poll", "options.0", func(in *deciding.ProposalInput) {
					in.Options = []deciding.OptionInput{{Label: "A", Start: tomorrow + "T18:00", End: tomorrow + "T19:00", TimeZone: "UTC"}, {Label: "B"}}
				}},
			}
			for _, tt := range tests {
				in := base()
				tt.change(&in)
				_, err := f.Svc.CreateProposal(d.amara, d.c.ID, in)
				var de *domain.Error
				if !errors.As(err, &de) || de.Code != domain.CodeInvalid || de.Field != tt.field {
					t.Errorf("%s: got %v, want INVALID on %s", tt.name, err, tt.field)
				}
			}
			p, err := f.Svc.CreateProposal(d.amara, d.c.ID, base())
			if err != nil || p.DecisionKind != domain.DecideByScore || len(p.Options) != 2 || p.Options[1].Key != 2 {
				t.Errorf("got %+v, %v", p, err)
			}
			consent, err := f.Svc.CreateProposal(d.amara, d.c.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Plain", ClosesAt: now.Add(2 * time.Hour)})
			if err != nil || consent.DecisionKind != domain.DecideByConsent {
				t.Errorf("got %v, %v, want CONSENT by default", consent, err)
			}
			if _, _, err := f.Svc.CastBallot(d.amara, consent.ID, rank(1)); domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("a ballot on consent: got %v, want CONFLICT", err)
			}
			_, outsider := f.SignUp(t, "outsider")
			if _, _, err := f.Svc.CastBallot(outsider, p.ID, []domain.BallotMark{{Option: 1, Value: 1}, {Option: 2, Value: 2}}); domain.ErrorCode(err) != domain.CodeForbidden {
				t.Errorf("an outsider's ballot: got %v, want FORBIDDEN", err)
			}
		})
	})
}
