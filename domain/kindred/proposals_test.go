package kindred_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
)

// deciders is a collaboration with amara (its steward) and bo and cy, active members.
type deciders struct {
	c                *domain.Collaboration
	amara, bo, cy    context.Context
	amaraP, boP, cyP *domain.Person
}

func (f *fixture) deciders(t *testing.T) *deciders {
	t.Helper()
	d := &deciders{}
	var s *accounts.Session
	s, d.amara = f.SignUp(t, "amara")
	d.amaraP = s.Person
	s, d.bo = f.SignUp(t, "bo-chen")
	d.boP = s.Person
	s, d.cy = f.SignUp(t, "cy-ra")
	d.cyP = s.Person
	d.c, _ = f.NewCollab(t, d.amara)
	f.Join(t, d.amara, d.bo, d.c, kindredtest.Hours("1"))
	f.Join(t, d.amara, d.cy, d.c, kindredtest.Hours("1"))
	return d
}

const newGoal = "Rescue surplus food and cook it together every Sunday."

// propose puts a proposal of kind to c, closing after open; GOAL proposals propose newGoal.
func (f *fixture) propose(t *testing.T, ctx context.Context, c *domain.Collaboration, kind domain.ProposalKind, open time.Duration) *domain.Proposal {
	t.Helper()
	in := deciding.ProposalInput{Kind: kind, Title: "Proposal " + string(kind), Body: "Why it matters.", ClosesAt: f.Clock.Now().Add(open)}
	if kind == domain.ProposalGoal {
		in.ProposedGoal = newGoal
	}
	p, err := f.Svc.CreateProposal(ctx, c.ID, in)
	if err != nil {
		t.Fatalf("propose %s: %v", kind, err)
	}
	return p
}

func (f *fixture) position(t *testing.T, ctx context.Context, p *domain.Proposal, st domain.Stance, reason string) *domain.Position {
	t.Helper()
	pos, err := f.Svc.SetPosition(ctx, p.ID, deciding.PositionInput{Stance: st, Reason: reason})
	if err != nil {
		t.Fatalf("position %s: %v", st, err)
	}
	return pos
}

func (f *fixture) proposal(t *testing.T, id int64) *domain.Proposal {
	t.Helper()
	var p domain.Proposal
	if err := f.DB.First(&p, id).Error; err != nil {
		t.Fatal(err)
	}
	return &p
}

// verbs returns the verbs of the activity about one subject, oldest first.
func (f *fixture) verbs(t *testing.T, subjectType string, id int64) []string {
	t.Helper()
	var vs []string
	f.DB.Model(&domain.Activity{}).Where("subject_type = ? AND subject_id = ?", subjectType, id).Order("id").Pluck("verb", &vs)
	return vs
}

func TestProposalRules(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		_, dee := f.SignUp(t, "dee-o")
		_, eve := f.SignUp(t, "eve-n")
		if _, err := f.Svc.RequestToJoin(eve, d.c.ID, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil {
			t.Fatal(err)
		}
		now := f.Clock.Now()
		valid := func(change func(*deciding.ProposalInput)) deciding.ProposalInput {
			in := deciding.ProposalInput{Kind: domain.ProposalGoal, Title: "A new goal", ProposedGoal: newGoal, ClosesAt: now.Add(24 * time.Hour)}
			change(&in)
			return in
		}
		proposals, activities := f.Count(t, &domain.Proposal{}), f.Count(t, &domain.Activity{})
		bad := map[string]deciding.ProposalInput{
			"short_title":           valid(func(in *deciding.ProposalInput) { in.Title = "No" }),
			"long_title":            valid(func(in *deciding.ProposalInput) { in.Title = strings.Repeat("t", 121) }),
			"long_body":             valid(func(in *deciding.ProposalInput) { in.Body = strings.Repeat("b", 5001) }),
			"unknown_kind":          valid(func(in *deciding.ProposalInput) { in.Kind = "VOTE" }),
			"goal_without_goal":     valid(func(in *deciding.ProposalInput) { in.ProposedGoal = "" }),
			"goal_too_short":        valid(func(in *deciding.ProposalInput) { in.ProposedGoal = "Cook." }),
			"goal_unchanged":        valid(func(in *deciding.ProposalInput) { in.ProposedGoal = d.c.Goal }),
			"other_with_goal":       valid(func(in *deciding.ProposalInput) { in.Kind = domain.ProposalOther }),
			"closes_in_59_minutes":  valid(func(in *deciding.ProposalInput) { in.ClosesAt = now.Add(59 * time.Minute) }),
			"closed_already":        valid(func(in *deciding.ProposalInput) { in.ClosesAt = now.Add(-time.Hour) }),
			"closes_after_90_days":  valid(func(in *deciding.ProposalInput) { in.ClosesAt = now.Add(90*24*time.Hour + time.Second) }),
			"closes_without_a_time": valid(func(in *deciding.ProposalInput) { in.ClosesAt = time.Time{} }),
		}
		for name, in := range bad {
			t.Run(name, func(t *testing.T) {
				_, err := f.Svc.CreateProposal(d.amara, d.c.ID, in)
				kindredtest.WantCode(t, err, domain.CodeInvalid)
			})
		}
		_, err := f.Svc.CreateProposal(dee, d.c.ID, valid(func(*deciding.ProposalInput) {}))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.CreateProposal(eve, d.c.ID, valid(func(*deciding.ProposalInput) {}))
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.CreateProposal(context.Background(), d.c.ID, valid(func(*deciding.ProposalInput) {}))
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		_, err = f.Svc.CreateProposal(d.bo, 99999, valid(func(*deciding.ProposalInput) {}))
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		if got := f.Count(t, &domain.Proposal{}); got != proposals {
			t.Errorf("got %d proposals after refusals, want %d", got, proposals)
		}
		if got := f.Count(t, &domain.Activity{}); got != activities {
			t.Errorf("got %d activities after refusals, want %d", got, activities)
		}
		// The edges of the window are allowed: an hour, and 90 days.
		p := f.propose(t, d.amara, d.c, domain.ProposalGoal, time.Hour)
		if p.Status != domain.ProposalOpen || p.ProposedGoal != newGoal || !p.ClosesAt.Equal(now.Add(time.Hour)) {
			t.Errorf("got %+v, want an OPEN proposal of the new goal closing in an hour", p)
		}
		long := f.propose(t, d.bo, d.c, domain.ProposalOther, 90*24*time.Hour)
		if long.ProposedGoal != "" {
			t.Errorf("an OTHER proposal: got proposed goal %q, want none", long.ProposedGoal)
		}

		// Positions: ACTIVE members, one each, changeable; a block needs a reason.
		for _, in := range []deciding.PositionInput{
			{Stance: domain.StanceBlock}, {Stance: domain.StanceBlock, Reason: "   "},
			{Stance: "MAYBE"}, {Stance: domain.StanceAgree, Reason: strings.Repeat("r", 1001)},
		} {
			_, err := f.Svc.SetPosition(d.bo, p.ID, in)
			kindredtest.WantCode(t, err, domain.CodeInvalid)
		}
		_, err = f.Svc.SetPosition(dee, p.ID, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.SetPosition(eve, p.ID, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = f.Svc.SetPosition(d.bo, 99999, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		first := f.position(t, d.bo, p, domain.StanceAgree, "")
		f.position(t, d.bo, p, domain.StanceAgree, "") // the same again changes nothing
		changed := f.position(t, d.bo, p, domain.StanceBlock, "We promised the food bank our Sundays.")
		if changed.ID != first.ID || changed.Stance != domain.StanceBlock {
			t.Errorf("got %+v, want bo's one position changed to BLOCK", changed)
		}
		var n int64
		db.Model(&domain.Position{}).Where("proposal_id = ?", p.ID).Count(&n)
		if n != 1 {
			t.Errorf("got %d positions, want 1 per member", n)
		}
		if got := strings.Join(f.verbs(t, "Position", first.ID), ","); got != "position.taken,position.changed" {
			t.Errorf("got activity %s, want position.taken,position.changed", got)
		}

		// Comments: ACTIVE members, 1 to 2,000 characters.
		for _, body := range []string{"", "  ", strings.Repeat("c", 2001)} {
			_, err := f.Svc.CommentOnProposal(d.cy, p.ID, body)
			kindredtest.WantCode(t, err, domain.CodeInvalid)
		}
		_, err = f.Svc.CommentOnProposal(dee, p.ID, "Me too")
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		cm, err := f.Svc.CommentOnProposal(d.cy, p.ID, "  Could we try it for a month?  ")
		if err != nil || cm.Body != "Could we try it for a month?" || cm.AuthorID != d.cyP.ID {
			t.Fatalf("comment: got %+v, %v", cm, err)
		}

		// Withdrawal: the author only, while open.
		_, err = f.Svc.WithdrawProposal(d.bo, p.ID)
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		w, err := f.Svc.WithdrawProposal(d.amara, p.ID)
		if err != nil || w.Status != domain.ProposalWithdrawn || w.ClosedAt == nil {
			t.Fatalf("withdraw: got %+v, %v", w, err)
		}
		_, err = f.Svc.WithdrawProposal(d.amara, p.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.SetPosition(d.cy, p.ID, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.CommentOnProposal(d.cy, p.ID, "Too late")
		kindredtest.WantCode(t, err, domain.CodeConflict)

		// In a private collaboration an outsider learns nothing: not even that a proposal exists.
		priv := domain.VisibilityPrivate
		if _, err := f.Svc.UpdateCollaboration(d.amara, d.c.ID, collab.CollaborationUpdate{Visibility: &priv}); err != nil {
			t.Fatal(err)
		}
		_, hidden := f.Svc.SetPosition(dee, long.ID, deciding.PositionInput{Stance: domain.StanceAgree})
		_, absent := f.Svc.SetPosition(dee, 99999, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, hidden, domain.CodeNotFound)
		if hidden.Error() != absent.Error() {
			t.Errorf("hidden proposal: got %q, want the same answer as for none: %q", hidden, absent)
		}
		if ps, err := f.Svc.FindProposalsByIDs(dee, []int64{long.ID}); err != nil || len(ps) != 0 {
			t.Errorf("an outsider finds %d proposals of a private collaboration, %v; want none", len(ps), err)
		}
		if pages, err := f.Svc.ProposalPagesByCollab(dee, []int64{d.c.ID}, deciding.ProposalFilter{}); err != nil || pages[d.c.ID] != nil {
			t.Errorf("an outsider pages %v, %v; want no page", pages, err)
		}

		// At its closing time a proposal takes nothing more, even before the scheduler closes it.
		f.Clock.Advance(90 * 24 * time.Hour)
		_, err = f.Svc.SetPosition(d.cy, long.ID, deciding.PositionInput{Stance: domain.StanceAgree})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.CommentOnProposal(d.cy, long.ID, "Too late")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.WithdrawProposal(d.bo, long.ID)
		kindredtest.WantCode(t, err, domain.CodeConflict)

		// An archived collaboration decides nothing more.
		if _, err := f.Svc.SetCollaborationStatus(d.amara, d.c.ID, domain.CollaborationArchived); err != nil {
			t.Fatal(err)
		}
		_, err = f.Svc.CreateProposal(d.amara, d.c.ID, valid(func(in *deciding.ProposalInput) { in.ClosesAt = f.Clock.Now().Add(2 * time.Hour) }))
		kindredtest.WantCode(t, err, domain.CodeConflict)
	})
}

// TestCloseDueProposals closes proposals of each kind and outcome at their time and
// checks the goal, its history and the activity each close writes.
func TestCloseDueProposals(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		oldGoal := d.c.Goal
		day := 24 * time.Hour
		goal := f.propose(t, d.amara, d.c, domain.ProposalGoal, 2*day)
		f.position(t, d.bo, goal, domain.StanceAgree, "")
		f.position(t, d.cy, goal, domain.StanceAgree, "")
		if _, err := f.Svc.CommentOnProposal(d.bo, goal.ID, "Sundays suit me."); err != nil {
			t.Fatal(err)
		}
		blocked := f.propose(t, d.bo, d.c, domain.ProposalOther, 2*day)
		f.position(t, d.amara, blocked, domain.StanceAgree, "")
		f.position(t, d.bo, blocked, domain.StanceAgree, "")
		f.position(t, d.cy, blocked, domain.StanceBlock, "It breaks our promise to the food bank.")
		tie := f.propose(t, d.cy, d.c, domain.ProposalOutcome, 2*day)
		f.position(t, d.bo, tie, domain.StanceAgree, "")
		f.position(t, d.cy, tie, domain.StanceDisagree, "")
		f.position(t, d.amara, tie, domain.StanceAbstain, "")
		silent := f.propose(t, d.amara, d.c, domain.ProposalMembership, 2*day)
		changed := f.propose(t, d.amara, d.c, domain.ProposalOther, day)
		f.position(t, d.bo, changed, domain.StanceBlock, "Not before we ask the neighbours.")
		f.position(t, d.bo, changed, domain.StanceAgree, "We asked; they like it.")
		f.position(t, d.cy, changed, domain.StanceAgree, "") // two of three: quorum
		withdrawn := f.propose(t, d.amara, d.c, domain.ProposalGoal, day)
		f.position(t, d.bo, withdrawn, domain.StanceAgree, "")
		if _, err := f.Svc.WithdrawProposal(d.amara, withdrawn.ID); err != nil {
			t.Fatal(err)
		}
		later := f.propose(t, d.amara, d.c, domain.ProposalGoal, 10*day)
		f.position(t, d.bo, later, domain.StanceAgree, "")

		// Not yet: nothing is due a day and a minute before the first closing time.
		f.Clock.Advance(day - time.Minute)
		if n, err := f.Svc.CloseDueProposals(context.Background()); err != nil || n != 0 {
			t.Fatalf("before closing time: closed %d, %v; want 0", n, err)
		}
		f.Clock.Advance(time.Minute) // exactly at changed's closing time
		if n, err := f.Svc.CloseDueProposals(context.Background()); err != nil || n != 1 {
			t.Fatalf("at changed's closing time: closed %d, %v; want 1", n, err)
		}
		f.Clock.Advance(day + time.Hour)
		closedAt := f.Clock.Now()
		if n, err := f.Svc.CloseDueProposals(context.Background()); err != nil || n != 4 {
			t.Fatalf("after the closing time: closed %d, %v; want 4", n, err)
		}
		want := map[*domain.Proposal]domain.ProposalStatus{
			goal: domain.ProposalAdopted, blocked: domain.ProposalRejected, tie: domain.ProposalRejected,
			silent: domain.ProposalQuorumNotReached, changed: domain.ProposalAdopted, withdrawn: domain.ProposalWithdrawn,
			later: domain.ProposalOpen,
		}
		for p, st := range want {
			got := f.proposal(t, p.ID)
			if got.Status != st {
				t.Errorf("%s (%s): got %s, want %s", p.Title, p.Kind, got.Status, st)
			}
		}
		if got := f.proposal(t, goal.ID); got.ClosedAt == nil || !got.ClosedAt.Equal(closedAt) {
			t.Errorf("closed at: got %v, want %v", got.ClosedAt, closedAt)
		}
		// Closing twice closes nothing more.
		if n, err := f.Svc.CloseDueProposals(context.Background()); err != nil || n != 0 {
			t.Errorf("again: closed %d, %v; want 0", n, err)
		}

		// The adopted GOAL proposal replaced the goal; the old one stays in the history.
		var c domain.Collaboration
		db.First(&c, d.c.ID)
		if c.Goal != newGoal {
			t.Errorf("goal: got %q, want %q", c.Goal, newGoal)
		}
		hist, err := f.Svc.GoalRevisionsByCollab(d.amara, []int64{c.ID})
		if err != nil {
			t.Fatal(err)
		}
		h := hist[c.ID]
		if len(h) != 2 || h[0].Goal != newGoal || h[0].ProposalID == nil || *h[0].ProposalID != goal.ID || h[0].SetByID != d.amaraP.ID ||
			h[1].Goal != oldGoal || h[1].ProposalID != nil {
			t.Fatalf("goal history: got %+v, want the new goal from the proposal, then the old one", h)
		}

		// Every close is in the activity list once, done by nobody: the rule did it.
		for p, verbs := range map[*domain.Proposal]string{
			goal: "proposal.created,proposal.adopted", blocked: "proposal.created,proposal.rejected",
			tie: "proposal.created,proposal.rejected", silent: "proposal.created,proposal.quorum_not_reached",
			changed: "proposal.created,proposal.adopted", withdrawn: "proposal.created,proposal.withdrawn", later: "proposal.created",
		} {
			if got := strings.Join(f.verbs(t, "Proposal", p.ID), ","); got != verbs {
				t.Errorf("%s: got activity %s, want %s", p.Title, got, verbs)
			}
		}
		if got := strings.Join(f.verbs(t, "Collaboration", c.ID), ","); !strings.HasSuffix(got, ",collaboration.goal_changed") || strings.Count(got, "goal_changed") != 1 {
			t.Errorf("collaboration activity: got %s, want one goal_changed at the end", got)
		}
		var system int64
		db.Model(&domain.Activity{}).Where("verb IN ? AND actor_id IS NULL", []string{"proposal.adopted", "proposal.rejected", "proposal.quorum_not_reached", "collaboration.goal_changed"}).Count(&system)
		if system != 6 {
			t.Errorf("got %d closing activities without an actor, want 6", system)
		}

		// The activity list, newest first, as a member sees it.
		page, err := f.Svc.ActivityPagesByCollab(d.bo, []int64{c.ID}, domain.PageArgs{First: kindredtest.Ptr(3)})
		if err != nil {
			t.Fatal(err)
		}
		p1 := page[c.ID]
		if got := activityVerbs(p1.Items); got != "proposal.quorum_not_reached,proposal.rejected,proposal.rejected" || !p1.HasNextPage || p1.HasPrevious {
			t.Errorf("first page: got %s (next %v, previous %v)", got, p1.HasNextPage, p1.HasPrevious)
		}
		var all int64
		db.Model(&domain.Activity{}).Where("collaboration_id = ?", c.ID).Count(&all)
		if p1.TotalCount != int(all) {
			t.Errorf("got total %d, want every activity of the collaboration (%d)", p1.TotalCount, all)
		}
		// New activity does not move the cursor: the next page goes on where the first ended.
		f.propose(t, d.cy, d.c, domain.ProposalOther, day)
		page, err = f.Svc.ActivityPagesByCollab(d.bo, []int64{c.ID}, domain.PageArgs{First: kindredtest.Ptr(2), After: p1.Cursors[2]})
		if err != nil {
			t.Fatal(err)
		}
		if got := activityVerbs(page[c.ID].Items); got != "collaboration.goal_changed,proposal.adopted" || !page[c.ID].HasPrevious {
			t.Errorf("second page: got %s, want the goal change and the adoption", got)
		}
		if page[c.ID].Items[1].SubjectID != goal.ID {
			t.Errorf("got the adoption of proposal %d, want %d", page[c.ID].Items[1].SubjectID, goal.ID)
		}
	})
}

func activityVerbs(as []*domain.Activity) string {
	vs := make([]string, len(as))
	for i, a := range as {
		vs[i] = a.Verb
	}
	return strings.Join(vs, ",")
}

// TestActivityHidesRequests checks that only stewards, and the person themselves, see
// the activity of someone who has only asked to join.
func TestActivityHidesRequests(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		_, eve := f.SignUp(t, "eve-n")
		req, err := f.Svc.RequestToJoin(eve, d.c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		if err != nil {
			t.Fatal(err)
		}
		f.propose(t, d.bo, d.c, domain.ProposalOther, time.Hour)
		var n int64
		db.Model(&domain.Activity{}).Where("collaboration_id = ?", d.c.ID).Count(&n)
		all := int(n)
		for _, tt := range []struct {
			who    string
			ctx    context.Context
			hidden int
		}{{"steward", d.amara, 0}, {"requester", eve, 0}, {"member", d.bo, 2}, {"stranger", context.Background(), 2}} {
			page, err := f.Svc.ActivityPagesByCollab(tt.ctx, []int64{d.c.ID}, domain.PageArgs{First: kindredtest.Ptr(100)})
			if err != nil {
				t.Fatal(err)
			}
			p := page[d.c.ID]
			if p.TotalCount != all-tt.hidden || len(p.Items) != all-tt.hidden {
				t.Errorf("%s: got %d entries (total %d), want %d", tt.who, len(p.Items), p.TotalCount, all-tt.hidden)
			}
			if got := activityVerbs(p.Items); !strings.HasPrefix(got, "proposal.created,") {
				t.Errorf("%s: got %s, want the proposal first", tt.who, got)
			}
			sawRequest := false
			for _, a := range p.Items {
				sawRequest = sawRequest || (a.SubjectType == "Membership" && a.SubjectID == req.ID)
			}
			if sawRequest != (tt.hidden == 0) {
				t.Errorf("%s: saw eve's request %v, want %v", tt.who, sawRequest, tt.hidden == 0)
			}
		}
	})
}

// TestCommitteeSignalCounts counts talk and do over the last 30 days by the clock, at the
// signal's threshold.
func TestCommitteeSignalCounts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		signal := func() impact.CommitteeSignal {
			t.Helper()
			s, err := f.Svc.CommitteeSignals(d.amara, []int64{d.c.ID})
			if err != nil {
				t.Fatal(err)
			}
			return s[d.c.ID]
		}
		check := func(talk, do int, flagged bool) {
			t.Helper()
			if got := signal(); got != (impact.CommitteeSignal{Talk: talk, Do: do, Flagged: flagged, WindowDays: 30}) {
				t.Errorf("got %+v, want talk %d, do %d, flagged %v", got, talk, do, flagged)
			}
		}
		check(0, 0, false) // creating, joining and committing are neither talk nor do
		p := f.propose(t, d.amara, d.c, domain.ProposalOther, 7*24*time.Hour)
		f.position(t, d.bo, p, domain.StanceAgree, "")
		f.position(t, d.cy, p, domain.StanceDisagree, "")
		f.position(t, d.cy, p, domain.StanceAbstain, "") // a changed position is still one
		comment := func() {
			t.Helper()
			if _, err := f.Svc.CommentOnProposal(d.bo, p.ID, "One more thought."); err != nil {
				t.Fatal(err)
			}
		}
		comment()
		check(4, 0, false)
		comment()
		check(5, 0, true)
		now := f.Clock.Now()
		contribute := func(at time.Time, reverses *int64) *domain.Contribution {
			t.Helper()
			c := &domain.Contribution{CollaborationID: d.c.ID, PersonID: d.boP.ID, Kind: domain.KindTime, Quantity: 100, Unit: "hours",
				OccurredAt: at, ReversesID: reverses, CreatedAt: now}
			if err := db.Create(c).Error; err != nil {
				t.Fatal(err)
			}
			return c
		}
		contribute(now.Add(-time.Hour), nil)
		check(5, 1, false) // 1 is not less than 5 / 5
		mistake := contribute(now.Add(-2*time.Hour), nil)
		contribute(now, &mistake.ID)
		check(5, 1, false) // a mistake and its reversal are no work
		contribute(now.Add(-31*24*time.Hour), nil)
		check(5, 1, false) // before the window
		o := &domain.Outcome{CollaborationID: d.c.ID, Name: "Meals", Unit: "meals", Baseline: 0, Target: 100,
			Direction: domain.DirectionIncrease, CreatedByID: d.amaraP.ID, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(o).Error; err != nil {
			t.Fatal(err)
		}
		if err := db.Create(&domain.Measurement{CollaborationID: d.c.ID, OutcomeID: o.ID, Value: 12, MeasuredAt: now.Add(-time.Minute),
			RecordedByID: d.amaraP.ID, CreatedAt: now}).Error; err != nil {
			t.Fatal(err)
		}
		check(5, 2, false)
		for range 5 {
			comment()
		}
		check(10, 2, false) // 2 is exactly a fifth of 10
		comment()
		check(11, 2, true)
		// Thirty days and a minute later, all of it has left the window.
		f.Clock.Advance(30*24*time.Hour + time.Minute)
		check(0, 0, false)
	})
}

// TestCloseDueProposalsOnTime runs the periodic job by hand: the clock moves and the job
// runs, and the proposal closes at its time, once.
func TestCloseDueProposalsOnTime(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		p := f.propose(t, d.amara, d.c, domain.ProposalGoal, 3*time.Hour)
		f.position(t, d.bo, p, domain.StanceAgree, "")
		f.position(t, d.cy, p, domain.StanceAgree, "")

		tick := func() {
			t.Helper()
			if _, err := f.Svc.CloseDueProposals(context.Background()); err != nil {
				t.Fatal(err)
			}
		}

		tick()
		f.Clock.Advance(3*time.Hour - time.Minute)
		tick()
		if got := f.proposal(t, p.ID).Status; got != domain.ProposalOpen {
			t.Fatalf("a minute before closing time: got %s, want OPEN", got)
		}
		f.Clock.Advance(time.Minute)
		tick()
		got := f.proposal(t, p.ID)
		if got.Status != domain.ProposalAdopted || got.ClosedAt == nil || !got.ClosedAt.Equal(p.ClosesAt) {
			t.Fatalf("at closing time: got %s closed at %v, want ADOPTED at %v", got.Status, got.ClosedAt, p.ClosesAt)
		}
		var c domain.Collaboration
		db.First(&c, d.c.ID)
		if c.Goal != newGoal {
			t.Errorf("goal: got %q, want the adopted one", c.Goal)
		}
		f.Clock.Advance(time.Minute)
		tick()
		if got := strings.Join(f.verbs(t, "Proposal", p.ID), ","); got != "proposal.created,proposal.adopted" {
			t.Errorf("got activity %s, want it adopted once", got)
		}
	})
}
