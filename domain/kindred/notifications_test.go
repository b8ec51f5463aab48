package kindred_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/notify"
)

// inbox lists a person's notifications as "KIND subject-type", oldest first.
func (f *fixture) inbox(t *testing.T, ctx context.Context) []string {
	t.Helper()
	p, unread, err := f.Svc.FindNotifications(ctx, notify.NotificationFilter{PageArgs: domain.PageArgs{First: kindredtest.Ptr(100)}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := len(p.Items) - 1; i >= 0; i-- {
		n := p.Items[i]
		read := ""
		if n.ReadAt != nil {
			read = " (read)"
		}
		out = append(out, string(n.Kind)+" "+n.SubjectType+read)
	}
	if want := strings.Count(strings.Join(out, "|"), "(read)"); len(out)-want != unread {
		t.Errorf("unread count %d does not match the list %v", unread, out)
	}
	return out
}

// TestNotificationsFollowTheChange: an invitation tells the invitee, a join request the
// stewards, a contribution the members who may confirm it; nobody is told of their own
// act, and a change that fails tells nobody.
func TestNotificationsFollowTheChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		_, dee := f.SignUp(t, "dee")
		_, eve := f.SignUp(t, "eve")
		deeP, eveP := domain.ViewerFrom(dee), domain.ViewerFrom(eve)
		if got := f.inbox(t, d.amara); len(got) != 2 || got[0] != "JOIN_REQUEST Membership" {
			t.Fatalf("steward's inbox after two join requests: %v", got)
		}
		if got := f.inbox(t, d.bo); len(got) != 0 {
			t.Fatalf("a member who asked to join is not told of it: %v", got)
		}
		if _, err := f.Svc.InviteMember(d.amara, d.c.ID, deeP.ID); err != nil {
			t.Fatal(err)
		}
		if got := f.inbox(t, dee); fmt.Sprint(got) != "[INVITATION Membership]" {
			t.Fatalf("invitee's inbox: %v", got)
		}
		if _, err := f.Svc.LogContribution(d.bo, d.c.ID, contrib(domain.KindTime, "1", nil)); err != nil {
			t.Fatal(err)
		}
		for who, ctx := range map[string]context.Context{"amara": d.amara, "cy": d.cy} {
			if got := f.inbox(t, ctx); got[len(got)-1] != "CONTRIBUTION_TO_CONFIRM Contribution" {
				t.Errorf("%s, a member, is not asked to confirm: %v", who, got)
			}
		}
		if got := f.inbox(t, d.bo); len(got) != 0 {
			t.Errorf("bo is asked to confirm his own entry: %v", got)
		}
		// A refused change writes nothing.
		before := f.Count(t, &domain.Notification{})
		if _, err := f.Svc.InviteMember(d.amara, d.c.ID, deeP.ID); err == nil {
			t.Fatal("inviting twice: got no error")
		}
		if _, err := f.Svc.LogContribution(eve, d.c.ID, contrib(domain.KindTime, "1", nil)); err == nil {
			t.Fatal("a stranger logged a contribution")
		}
		if n := f.Count(t, &domain.Notification{}); n != before {
			t.Errorf("refused changes wrote %d notifications", n-before)
		}
		_ = eveP

		// Read one, then all; others' notifications cannot be marked.
		page, unread, _ := f.Svc.FindNotifications(d.amara, notify.NotificationFilter{})
		if unread != 3 {
			t.Fatalf("amara has %d unread, want 3", unread)
		}
		if _, err := f.Svc.MarkNotificationsRead(d.cy, []int64{page.Items[0].ID}, false); domain.ErrorCode(err) != domain.CodeNotFound {
			t.Fatalf("cy marked amara's notification: %v", err)
		}
		if _, err := f.Svc.MarkNotificationsRead(d.amara, nil, false); domain.ErrorCode(err) != domain.CodeInvalid {
			t.Fatalf("marking nothing: got %v, want BAD_USER_INPUT", err)
		}
		marked, err := f.Svc.MarkNotificationsRead(d.amara, []int64{page.Items[0].ID}, false)
		if err != nil || len(marked) != 1 || marked[0].ReadAt == nil {
			t.Fatalf("mark one: %v, %v", marked, err)
		}
		if got, _ := f.Svc.UnreadNotifications(d.amara); got != 2 {
			t.Fatalf("after marking one: %d unread, want 2", got)
		}
		unreadOnly, _, _ := f.Svc.FindNotifications(d.amara, notify.NotificationFilter{UnreadOnly: true})
		if unreadOnly.TotalCount != 2 {
			t.Errorf("unread only: got %d, want 2", unreadOnly.TotalCount)
		}
		if _, err := f.Svc.MarkNotificationsRead(d.amara, nil, true); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.Svc.UnreadNotifications(d.amara); got != 0 {
			t.Errorf("after marking all: %d unread", got)
		}
		if got, _ := f.Svc.UnreadNotifications(d.cy); got != 1 {
			t.Errorf("marking amara's read changed cy's: %d unread, want 1", got)
		}
	})
}

// TestRemindersOnce: a proposal closing within a day reminds the members without a
// position; a commitment due within a week, then overdue, reminds who made it; each once
// however often the job runs, and none once fulfilled.
func TestRemindersOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		d := f.deciders(t)
		p := f.propose(t, d.bo, d.c, domain.ProposalOther, 30*time.Hour)
		f.position(t, d.amara, p, domain.StanceAgree, "")
		due := f.Clock.Now().Add(10 * 24 * time.Hour)
		cm, err := f.Svc.MakeCommitment(d.cy, d.c.ID, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "2", DueAt: &due})
		if err != nil {
			t.Fatal(err)
		}
		dueDone := f.Clock.Now().Add(5 * 24 * time.Hour)
		done, err := f.Svc.MakeCommitment(d.bo, d.c.ID, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", DueAt: &dueDone})
		if err != nil {
			t.Fatal(err)
		}
		e, err := f.Svc.LogContribution(d.bo, d.c.ID, contrib(domain.KindTime, "1", &done.ID))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.ConfirmContribution(d.cy, e.ID); err != nil {
			t.Fatal(err)
		}
		reminders := func() []string {
			var ns []domain.Notification
			db.Where("kind IN ?", []domain.NotificationKind{domain.NotifyProposalClosing, domain.NotifyCommitmentDue, domain.NotifyCommitmentOverdue}).
				Order("id").Find(&ns)
			var out []string
			for _, n := range ns {
				out = append(out, fmt.Sprintf("%s %s#%d to %d", n.Kind, n.SubjectType, n.SubjectID, n.PersonID))
			}
			sort.Strings(out)
			return out
		}
		run := func() {
			t.Helper()
			for range 2 {
				if _, err := f.Svc.NotifyDue(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
		run()
		if got := reminders(); len(got) != 0 {
			t.Fatalf("nothing is due yet: %v", got)
		}
		f.Clock.Advance(7 * time.Hour) // the proposal closes within a day
		run()
		want := []string{
			fmt.Sprintf("PROPOSAL_CLOSING Proposal#%d to %d", p.ID, d.boP.ID),
			fmt.Sprintf("PROPOSAL_CLOSING Proposal#%d to %d", p.ID, d.cyP.ID),
		}
		if got := reminders(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		f.Clock.Advance(4 * 24 * time.Hour) // cy's commitment is due within a week
		run()
		want = append(want, fmt.Sprintf("COMMITMENT_DUE Commitment#%d to %d", cm.ID, d.cyP.ID))
		sort.Strings(want)
		if got := reminders(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, want %v (bo's commitment is fulfilled)", got, want)
		}
		f.Clock.Advance(7 * 24 * time.Hour) // and now overdue
		run()
		want = append(want, fmt.Sprintf("COMMITMENT_OVERDUE Commitment#%d to %d", cm.ID, d.cyP.ID))
		sort.Strings(want)
		if got := reminders(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
}
