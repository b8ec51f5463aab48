package moderation_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/discovery"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/moderation"
	"kindred/domain/talk"
)

// world is a Scene with a thread by bo (its opening post) and an admin, ada.
type world struct {
	*kindredtest.Scene
	post  *domain.Post
	admin context.Context
}

func newWorld(t *testing.T, db *database.DB) *world {
	t.Helper()
	w := &world{Scene: kindredtest.NewScene(t, db)}
	th, err := w.Svc.StartThread(w.Bo, w.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Buy my stuff at example.org"})
	if err != nil {
		t.Fatal(err)
	}
	w.post = &domain.Post{}
	db.Where("thread_id = ?", th.ID).First(w.post)
	_, w.admin = w.SignUp(t, "ada")
	if _, err := w.Svc.GrantAdmin(context.Background(), "ada"); err != nil {
		t.Fatal(err)
	}
	w.admin = w.as(t, "ada")
	return w
}

// as is a context signed in as the person with handle, as now stored.
func (w *world) as(t *testing.T, handle string) context.Context {
	t.Helper()
	var p domain.Person
	if err := w.DB.Where("handle = ?", handle).First(&p).Error; err != nil {
		t.Fatal(err)
	}
	return domain.WithViewer(context.Background(), &p)
}

func id(ctx context.Context) int64 { return domain.ViewerFrom(ctx).ID }

func report(t *testing.T, w *world, ctx context.Context, typ domain.ReportTarget, target int64, reason domain.ReportReason, text string) (*domain.Report, error) {
	t.Helper()
	return w.Svc.ReportContent(ctx, moderation.ReportInput{TargetType: typ, TargetID: target, Reason: reason, Text: text})
}

func TestReportContent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		t.Run("reports_a_post_open", func(t *testing.T) {
			r, err := report(t, w, w.Steward, domain.ReportPost, w.post.ID, domain.ReasonSpam, "")
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != domain.ReportOpen || *r.CollaborationID != w.C.ID || *r.SubjectPersonID != id(w.Bo) {
				t.Errorf("got %+v, want an open report of the collaboration's post by bo", r)
			}
		})
		t.Run("second_open_report_conflict", func(t *testing.T) {
			_, err := report(t, w, w.Steward, domain.ReportPost, w.post.ID, domain.ReasonHate, "")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("other_needs_text", func(t *testing.T) {
			_, err := report(t, w, w.Stranger, domain.ReportCollaboration, w.C.ID, domain.ReasonOther, "  ")
			kindredtest.WantField(t, err, "text")
		})
		t.Run("text_too_long", func(t *testing.T) {
			_, err := report(t, w, w.Stranger, domain.ReportCollaboration, w.C.ID, domain.ReasonSpam, strings.Repeat("a", moderation.MaxReportText+1))
			kindredtest.WantField(t, err, "text")
		})
		t.Run("unknown_reason_invalid", func(t *testing.T) {
			_, err := report(t, w, w.Stranger, domain.ReportCollaboration, w.C.ID, "BORING", "")
			kindredtest.WantField(t, err, "reason")
		})
		t.Run("a_person_and_a_collaboration", func(t *testing.T) {
			if _, err := report(t, w, w.Stranger, domain.ReportPerson, id(w.Bo), domain.ReasonHarassment, "Rude to me"); err != nil {
				t.Fatal(err)
			}
			if _, err := report(t, w, w.Stranger, domain.ReportCollaboration, w.C.ID, domain.ReasonOther, "A pyramid scheme"); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("own_post_or_self_conflict", func(t *testing.T) {
			_, err := report(t, w, w.Bo, domain.ReportPost, w.post.ID, domain.ReasonSpam, "")
			kindredtest.WantCode(t, err, domain.CodeConflict)
			_, err = report(t, w, w.Bo, domain.ReportPerson, id(w.Bo), domain.ReasonSpam, "")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("unseen_target_not_found", func(t *testing.T) {
			_, err := report(t, w, w.Steward, domain.ReportPost, w.post.ID+1000, domain.ReasonSpam, "")
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
		t.Run("signed_out_unauthenticated", func(t *testing.T) {
			_, err := report(t, w, context.Background(), domain.ReportPost, w.post.ID, domain.ReasonSpam, "")
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		})
		t.Run("rate_limited_per_day", func(t *testing.T) {
			_, dee := w.Dee, w.Dee
			var targets []int64
			for i := range moderation.MaxReportsPerDay + 1 {
				_, ctx := w.SignUp(t, fmt.Sprintf("target-%02d", i))
				targets = append(targets, id(ctx))
			}
			for _, tg := range targets[:moderation.MaxReportsPerDay] {
				if _, err := report(t, w, dee, domain.ReportPerson, tg, domain.ReasonSpam, ""); err != nil {
					t.Fatal(err)
				}
			}
			_, err := report(t, w, dee, domain.ReportPerson, targets[moderation.MaxReportsPerDay], domain.ReasonSpam, "")
			kindredtest.WantCode(t, err, domain.CodeRateLimited)
			w.Clock.Advance(25 * time.Hour)
			if _, err := report(t, w, dee, domain.ReportPerson, targets[moderation.MaxReportsPerDay], domain.ReasonSpam, ""); err != nil {
				t.Errorf("a day later: %v", err)
			}
		})
	})
}

func TestReports(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		first, _ := report(t, w, w.Steward, domain.ReportPost, w.post.ID, domain.ReasonSpam, "")
		second, _ := report(t, w, w.Stranger, domain.ReportPost, w.post.ID, domain.ReasonOffTopic, "")
		third, _ := report(t, w, w.Stranger, domain.ReportPerson, id(w.Dee), domain.ReasonSpam, "")
		t.Run("queue_oldest_first_with_counts_and_previews", func(t *testing.T) {
			page, err := w.Svc.Reports(w.admin, moderation.ReportFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, r := range page.Items {
				got = append(got, r.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint([]int64{first.ID, second.ID, third.ID}) || page.TotalCount != 3 {
				t.Fatalf("got %v, want the three reports oldest first", got)
			}
			counts, _ := w.Svc.OpenReportCounts(w.admin, page.Items)
			if counts[first.ID] != 2 || counts[third.ID] != 1 {
				t.Errorf("got counts %v, want 2 for the post and 1 for dee", counts)
			}
			previews, _ := w.Svc.Previews(w.admin, page.Items)
			if previews[first.ID].Text != w.post.Body || !strings.HasPrefix(previews[first.ID].Path, "/c/") || previews[third.ID].Path != "/people/dee-ra" {
				t.Errorf("got previews %+v", previews)
			}
		})
		t.Run("not_admin_forbidden", func(t *testing.T) {
			_, err := w.Svc.Reports(w.Steward, moderation.ReportFilter{})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			_, err = w.Svc.ResolveReport(w.Steward, first.ID, domain.ReportDismissed, "")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("resolve_closes_once", func(t *testing.T) {
			r, err := w.Svc.ResolveReport(w.admin, third.ID, domain.ReportDismissed, "Not spam")
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != domain.ReportDismissed || r.ClosingNote != "Not spam" || *r.ClosedByID != id(w.admin) {
				t.Errorf("got %+v", r)
			}
			_, err = w.Svc.ResolveReport(w.admin, third.ID, domain.ReportResolved, "")
			kindredtest.WantCode(t, err, domain.CodeConflict)
			page, _ := w.Svc.Reports(w.admin, moderation.ReportFilter{Status: domain.ReportDismissed})
			if len(page.Items) != 1 {
				t.Errorf("got %d dismissed, want 1", len(page.Items))
			}
		})
		t.Run("reporting_again_after_closing", func(t *testing.T) {
			if _, err := report(t, w, w.Stranger, domain.ReportPerson, id(w.Dee), domain.ReasonSpam, ""); err != nil {
				t.Errorf("a closed report does not stop a new one: %v", err)
			}
		})
	})
}

func TestHidePost(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		r, _ := report(t, w, w.Stranger, domain.ReportPost, w.post.ID, domain.ReasonSpam, "")
		t.Run("member_forbidden", func(t *testing.T) {
			_, err := w.Svc.HidePost(w.Bo, w.post.ID, "Spam")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("reason_required", func(t *testing.T) {
			_, err := w.Svc.HidePost(w.Steward, w.post.ID, " ")
			kindredtest.WantField(t, err, "reason")
		})
		t.Run("steward_hides_resolves_reports_records_activity", func(t *testing.T) {
			p, err := w.Svc.HidePost(w.Steward, w.post.ID, "Advertising")
			if err != nil {
				t.Fatal(err)
			}
			if !p.Hidden() || p.HiddenReason != "Advertising" || *p.HiddenByID != id(w.Steward) {
				t.Errorf("got %+v, want hidden by the steward", p.Hiding)
			}
			var got domain.Report
			db.First(&got, r.ID)
			if got.Status != domain.ReportResolved || !strings.Contains(got.ClosingNote, "Advertising") {
				t.Errorf("got report %+v, want it resolved by the hiding", got)
			}
			var n int64
			db.Model(&domain.Activity{}).Where("verb = 'post.hidden' AND subject_id = ?", p.ID).Count(&n)
			if n != 1 {
				t.Errorf("got %d activities, want one post.hidden", n)
			}
		})
		t.Run("already_hidden_conflict", func(t *testing.T) {
			_, err := w.Svc.HidePost(w.Steward, w.post.ID, "Again")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("who_reads_the_body", func(t *testing.T) {
			bo, amara := domain.ViewerFrom(w.Bo), domain.ViewerFrom(w.Steward)
			stewardM, memberM := w.Membership(t, w.C, amara), w.Membership(t, w.C, bo)
			if !moderation.MayReadHidden(bo, memberM, bo.ID) || !moderation.MayReadHidden(amara, stewardM, bo.ID) ||
				!moderation.MayReadHidden(domain.ViewerFrom(w.admin), nil, bo.ID) {
				t.Error("the author, a steward and an admin read a hidden body")
			}
			if moderation.MayReadHidden(domain.ViewerFrom(w.Stranger), nil, bo.ID) || moderation.MayReadHidden(nil, nil, bo.ID) {
				t.Error("others do not")
			}
		})
		t.Run("unhide", func(t *testing.T) {
			p, err := w.Svc.UnhidePost(w.Steward, w.post.ID)
			if err != nil || p.Hidden() {
				t.Fatalf("got %+v, %v, want shown again", p, err)
			}
			_, err = w.Svc.UnhidePost(w.Steward, w.post.ID)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("admin_hides_a_comment", func(t *testing.T) {
			pr, err := w.Svc.CreateProposal(w.Bo, w.C.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Paint the shed", ClosesAt: w.Clock.Now().Add(48 * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			cm, err := w.Svc.CommentOnProposal(w.Bo, pr.ID, "Rude words")
			if err != nil {
				t.Fatal(err)
			}
			got, err := w.Svc.HideComment(w.admin, cm.ID, "Rude")
			if err != nil || !got.Hidden() {
				t.Fatalf("got %+v, %v", got, err)
			}
			if got, err := w.Svc.UnhideComment(w.Steward, cm.ID); err != nil || got.Hidden() {
				t.Fatalf("got %+v, %v", got, err)
			}
		})
	})
}

func TestSuspendAccount(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		bo := domain.ViewerFrom(w.Bo)
		sess, err := w.Svc.LogIn(context.Background(), "bo-chen", kindredtest.Password)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Svc.BuildIndexes(context.Background()); err != nil {
			t.Fatal(err)
		}
		found := func() bool {
			t.Helper()
			page, err := w.Svc.DiscoverPeople(w.Stranger, discovery.PeopleFilter{Search: "bo-chen"})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range page.Matches {
				if m.PersonID == bo.ID {
					return true
				}
			}
			return false
		}
		if !found() {
			t.Fatal("bo is not found before the suspension")
		}
		rp, _ := report(t, w, w.Stranger, domain.ReportPerson, bo.ID, domain.ReasonSpam, "")
		t.Run("not_admin_forbidden", func(t *testing.T) {
			_, err := w.Svc.SuspendAccount(w.Steward, bo.ID, "Spam")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("not_self_nor_an_admin", func(t *testing.T) {
			_, err := w.Svc.SuspendAccount(w.admin, id(w.admin), "Testing")
			kindredtest.WantCode(t, err, domain.CodeConflict)
			_, other := w.SignUp(t, "ed-admin")
			if _, err := w.Svc.GrantAdmin(context.Background(), "ed-admin"); err != nil {
				t.Fatal(err)
			}
			_, err = w.Svc.SuspendAccount(w.admin, id(other), "Testing")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("reason_required", func(t *testing.T) {
			_, err := w.Svc.SuspendAccount(w.admin, bo.ID, "")
			kindredtest.WantField(t, err, "reason")
		})
		t.Run("suspends_at_once", func(t *testing.T) {
			// The viewer cache holds bo, as a serving instance would: suspending forgets him.
			w.Svc.CacheViewers(true)
			defer w.Svc.CacheViewers(false)
			if _, err := w.Svc.Authenticate(context.Background(), sess.AccessToken); err != nil {
				t.Fatal(err)
			}
			p, err := w.Svc.SuspendAccount(w.admin, bo.ID, "Selling things in every thread")
			if err != nil {
				t.Fatal(err)
			}
			if p.SuspendedAt == nil {
				t.Fatal("not suspended")
			}
			if _, err := w.Svc.Authenticate(context.Background(), sess.AccessToken); err == nil {
				t.Error("the access token issued before still works")
			}
			if _, err := w.Svc.Refresh(context.Background(), sess.RefreshToken); err == nil {
				t.Error("the refresh token issued before still works")
			}
			_, err = w.Svc.LogIn(context.Background(), "bo-chen", kindredtest.Password)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			if found() {
				t.Error("a suspended person is found in discovery")
			}
			var got domain.Report
			db.First(&got, rp.ID)
			if got.Status != domain.ReportResolved {
				t.Errorf("got report %s, want the report about bo resolved", got.Status)
			}
		})
		t.Run("suspended_viewer_changes_nothing", func(t *testing.T) {
			_, err := w.Svc.ReplyToThread(w.as(t, "bo-chen"), w.post.ThreadID, "still here")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("already_suspended_conflict", func(t *testing.T) {
			_, err := w.Svc.SuspendAccount(w.admin, bo.ID, "Again")
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("restore_puts_back", func(t *testing.T) {
			p, err := w.Svc.RestoreAccount(w.admin, bo.ID)
			if err != nil || p.SuspendedAt != nil {
				t.Fatalf("got %+v, %v", p, err)
			}
			if _, err := w.Svc.LogIn(context.Background(), "bo-chen", kindredtest.Password); err != nil {
				t.Errorf("log in after restoring: %v", err)
			}
			if !found() {
				t.Error("a restored person is not found again")
			}
			_, err = w.Svc.RestoreAccount(w.admin, bo.ID)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

func TestBlockPerson(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		cy := domain.ViewerFrom(w.Stranger)
		// cy blocks the steward, amara.
		amara := domain.ViewerFrom(w.Steward)
		t.Run("not_self", func(t *testing.T) {
			_, err := w.Svc.BlockPerson(w.Stranger, cy.ID)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("blocks_twice_once", func(t *testing.T) {
			for range 2 {
				if _, err := w.Svc.BlockPerson(w.Stranger, amara.ID); err != nil {
					t.Fatal(err)
				}
			}
			page, err := w.Svc.BlockedPeople(w.Stranger, domain.PageArgs{})
			if err != nil || len(page.Items) != 1 || page.Items[0].BlockedID != amara.ID {
				t.Fatalf("got %+v, %v, want amara once", page, err)
			}
		})
		t.Run("blocked_cannot_invite", func(t *testing.T) {
			_, err := w.Svc.InviteMember(w.Steward, w.C.ID, cy.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("blocked_cannot_invite_by_email", func(t *testing.T) {
			db.Model(&domain.Person{}).Where("id = ?", cy.ID).Update("email_verified_at", w.Clock.Now())
			_, err := w.Svc.InviteByEmail(w.Steward, w.C.ID, collab.EmailInvitationInput{Emails: []string{cy.Email}})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("private_to_the_blocker", func(t *testing.T) {
			mine, _ := w.Svc.BlockedByViewer(w.Stranger, []int64{amara.ID, id(w.Bo)})
			theirs, _ := w.Svc.BlockedByViewer(w.Steward, []int64{cy.ID})
			if !mine[amara.ID] || mine[id(w.Bo)] || len(theirs) != 0 {
				t.Errorf("got %v for cy and %v for amara", mine, theirs)
			}
			var n int64
			db.Model(&domain.Activity{}).Where("verb LIKE 'block%'").Count(&n)
			db.Model(&domain.Notification{}).Where("person_id = ?", amara.ID).Where("kind <> ?", domain.NotifyJoinRequest).Count(&n)
			if n != 0 {
				t.Errorf("got %d notifications for amara, want none", n)
			}
		})
		t.Run("unblock_lets_invite", func(t *testing.T) {
			if _, err := w.Svc.UnblockPerson(w.Stranger, amara.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := w.Svc.InviteMember(w.Steward, w.C.ID, cy.ID); err != nil {
				t.Errorf("after unblocking: %v", err)
			}
		})
	})
}

// TestModerationPrivacy: a person's reports and blocks are in their export and go with
// their account; reports about them stay for the admins.
func TestModerationPrivacy(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		if _, err := report(t, w, w.Stranger, domain.ReportPost, w.post.ID, domain.ReasonSpam, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := report(t, w, w.Steward, domain.ReportPerson, id(w.Stranger), domain.ReasonSpam, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Svc.BlockPerson(w.Stranger, id(w.Bo)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Svc.BlockPerson(w.Dee, id(w.Stranger)); err != nil {
			t.Fatal(err)
		}
		d, err := w.Svc.ExportMyData(w.Stranger)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Reports) != 1 || d.Reports[0].TargetID != w.post.ID || len(d.Blocks) != 1 || d.Blocks[0].BlockedID != id(w.Bo) {
			t.Errorf("got reports %+v and blocks %+v, want cy's own", d.Reports, d.Blocks)
		}
		if err := w.Svc.DeleteAccount(w.Stranger, kindredtest.Password); err != nil {
			t.Fatal(err)
		}
		var reports, blocks int64
		db.Model(&domain.Report{}).Where("reporter_id = ?", id(w.Stranger)).Count(&reports)
		db.Model(&domain.Block{}).Where("blocker_id = ? OR blocked_id = ?", id(w.Stranger), id(w.Stranger)).Count(&blocks)
		if reports != 0 || blocks != 0 {
			t.Errorf("got %d reports and %d blocks left, want none", reports, blocks)
		}
		if got := w.Count(t, &domain.Report{}); got != 1 {
			t.Errorf("got %d reports, want the one about cy kept", got)
		}
	})
}
