package kindred_test

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
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/talk"
)

// mentions lists who got a MENTION notification of post p.
func mentioned(t *testing.T, s *kindredtest.Scene, p *domain.Post) []int64 {
	t.Helper()
	var to []int64
	if err := s.DB.Model(&domain.Notification{}).Where("kind = ? AND subject_type = 'Post' AND subject_id = ?", domain.NotifyMention, p.ID).
		Order("person_id").Pluck("person_id", &to).Error; err != nil {
		t.Fatal(err)
	}
	return to
}

func firstPost(t *testing.T, s *kindredtest.Scene, ctx context.Context, th *domain.Thread) *domain.Post {
	t.Helper()
	pages, err := s.Svc.PostPagesByThread(ctx, []int64{th.ID}, domain.PageArgs{})
	if err != nil || len(pages[th.ID].Items) == 0 {
		t.Fatalf("posts of thread %d: %v, %v", th.ID, pages, err)
	}
	return pages[th.ID].Items[0]
}

func TestStartThread(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		t.Run("member_starts_with_opening_post", func(t *testing.T) {
			th, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "  Sunday rota  ", Body: "Who takes **Sunday**?"})
			if err != nil {
				t.Fatal(err)
			}
			if th.Title != "Sunday rota" || th.PostCount != 1 || !th.LastPostAt.Equal(s.Clock.Now().UTC()) {
				t.Errorf("got %+v, want the trimmed title, one post, last post now", th)
			}
			p := firstPost(t, s, s.Bo, th)
			if p.Body != "Who takes **Sunday**?" || p.EditedAt != nil {
				t.Errorf("got opening post %+v", p)
			}
			revs, _ := s.Svc.RevisionsByPost(s.Bo, []int64{p.ID})
			if len(revs[p.ID]) != 1 || revs[p.ID][0].Body != p.Body {
				t.Errorf("got revisions %+v, want the body as written", revs[p.ID])
			}
			var verbs []string
			s.DB.Model(&domain.Activity{}).Where("subject_type IN ('Thread', 'Post')").Order("id").Pluck("verb", &verbs)
			if fmt.Sprint(verbs) != "[thread.started post.added]" {
				t.Errorf("got activity %v", verbs)
			}
		})
		for _, tt := range []struct {
			name  string
			in    talk.ThreadInput
			field string
		}{
			{"empty_title", talk.ThreadInput{Title: " ", Body: "x"}, "title"},
			{"short_title", talk.ThreadInput{Title: "ab", Body: "x"}, "title"},
			{"long_title", talk.ThreadInput{Title: strings.Repeat("t", talk.MaxThreadTitle+1), Body: "x"}, "title"},
			{"empty_body", talk.ThreadInput{Title: "Rota", Body: " \n "}, "body"},
			{"long_body", talk.ThreadInput{Title: "Rota", Body: strings.Repeat("b", talk.MaxPostBody+1)}, "body"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := s.Svc.StartThread(s.Bo, s.C.ID, tt.in)
				kindredtest.WantField(t, err, tt.field)
			})
		}
		t.Run("not_a_member_forbidden", func(t *testing.T) {
			_, err := s.Svc.StartThread(s.Stranger, s.C.ID, talk.ThreadInput{Title: "Hello", Body: "x"})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			_, err = s.Svc.StartThread(s.Dee, s.C.ID, talk.ThreadInput{Title: "Hello", Body: "x"})
			kindredtest.WantCode(t, err, domain.CodeForbidden)
			_, err = s.Svc.StartThread(context.Background(), s.C.ID, talk.ThreadInput{Title: "Hello", Body: "x"})
			kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
		})
		t.Run("archived_conflict", func(t *testing.T) {
			if _, err := s.Svc.SetCollaborationStatus(s.Steward, s.C.ID, domain.CollaborationArchived); err != nil {
				t.Fatal(err)
			}
			_, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "Hello", Body: "x"})
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

func TestReplyToThread(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		th, err := s.Svc.StartThread(s.Steward, s.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Who?"})
		if err != nil {
			t.Fatal(err)
		}
		s.Clock.Advance(time.Hour)
		p, err := s.Svc.ReplyToThread(s.Bo, th.ID, "Me!")
		if err != nil {
			t.Fatal(err)
		}
		got, _ := s.Svc.FindThreadForViewer(s.Bo, th.ID)
		if got.PostCount != 2 || !got.LastPostAt.Equal(s.Clock.Now().UTC()) || p.ThreadID != th.ID {
			t.Errorf("after a reply got %+v, want two posts, the last now", got)
		}
		_, err = s.Svc.ReplyToThread(s.Stranger, th.ID, "Me too")
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		_, err = s.Svc.ReplyToThread(s.Bo, th.ID, "")
		kindredtest.WantField(t, err, "body")
		_, err = s.Svc.ReplyToThread(s.Bo, th.ID+100, "Me")
		kindredtest.WantCode(t, err, domain.CodeNotFound)
	})
}

func TestEditPost(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		th, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "I take Sunday."})
		if err != nil {
			t.Fatal(err)
		}
		p := firstPost(t, s, s.Bo, th)
		t.Run("history_kept", func(t *testing.T) {
			s.Clock.Advance(time.Minute)
			got, err := s.Svc.EditPost(s.Bo, p.ID, "I take Saturday.")
			if err != nil {
				t.Fatal(err)
			}
			if got.Body != "I take Saturday." || got.EditedAt == nil || !got.EditedAt.Equal(s.Clock.Now().UTC()) {
				t.Errorf("got %+v, want the new body edited now", got)
			}
			revs, _ := s.Svc.RevisionsByPost(s.Bo, []int64{p.ID})
			var bodies []string
			for _, r := range revs[p.ID] {
				bodies = append(bodies, r.Body)
			}
			if fmt.Sprint(bodies) != "[I take Sunday. I take Saturday.]" {
				t.Errorf("got revisions %q", bodies)
			}
		})
		t.Run("unchanged_body_changes_nothing", func(t *testing.T) {
			before := s.Count(t, &domain.PostRevision{})
			if _, err := s.Svc.EditPost(s.Bo, p.ID, " I take Saturday. "); err != nil {
				t.Fatal(err)
			}
			if got := s.Count(t, &domain.PostRevision{}); got != before {
				t.Errorf("got %d revisions, want %d", got, before)
			}
		})
		t.Run("others_forbidden", func(t *testing.T) {
			_, err := s.Svc.EditPost(s.Steward, p.ID, "Not yours")
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("stranger_of_private_collab_not_found", func(t *testing.T) {
			priv := domain.VisibilityPrivate
			if _, err := s.Svc.UpdateCollaboration(s.Steward, s.C.ID, collab.CollaborationUpdate{Visibility: &priv}); err != nil {
				t.Fatal(err)
			}
			_, err := s.Svc.EditPost(s.Stranger, p.ID, "Mine now")
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
		t.Run("empty_body_invalid", func(t *testing.T) {
			_, err := s.Svc.EditPost(s.Bo, p.ID, "  ")
			kindredtest.WantField(t, err, "body")
		})
	})
}

// TestThreadVisibility: who may read a collaboration may read its threads, and nobody
// else, by the collaboration's own rule.
func TestThreadVisibility(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		th, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Who?"})
		if err != nil {
			t.Fatal(err)
		}
		reads := func(ctx context.Context) bool {
			got, err := s.Svc.FindThreadForViewer(ctx, th.ID)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := s.Svc.ThreadPagesByCollab(ctx, []int64{s.C.ID}, domain.PageArgs{})
			if err != nil {
				t.Fatal(err)
			}
			if (got != nil) != (pages[s.C.ID] != nil && len(pages[s.C.ID].Items) == 1) {
				t.Errorf("the thread and the list disagree: %v, %v", got, pages[s.C.ID])
			}
			return got != nil
		}
		if !reads(s.Stranger) || !reads(context.Background()) {
			t.Error("a public collaboration's thread is hidden")
		}
		priv := domain.VisibilityPrivate
		if _, err := s.Svc.UpdateCollaboration(s.Steward, s.C.ID, collab.CollaborationUpdate{Visibility: &priv}); err != nil {
			t.Fatal(err)
		}
		if reads(s.Stranger) || reads(context.Background()) {
			t.Error("a private collaboration's thread shows to outsiders")
		}
		if !reads(s.Bo) || !reads(s.Dee) {
			t.Error("a private collaboration's thread is hidden from its member or from who asked to join")
		}
	})
}

// TestMentions: a mention notifies a member who may read the thread once per post; an
// edit notifies only people newly mentioned; outsiders, the author and unknown handles
// are nobody to notify.
func TestMentions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		amara, bo := domain.ViewerFrom(s.Steward).ID, domain.ViewerFrom(s.Bo).ID
		th, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "@amara and @AMARA, also @bo-chen, @cy-ra, @dee-ra, @nobody"})
		if err != nil {
			t.Fatal(err)
		}
		p := firstPost(t, s, s.Bo, th)
		t.Run("once_per_post_members_only", func(t *testing.T) {
			if got := mentioned(t, s, p); fmt.Sprint(got) != fmt.Sprint([]int64{amara}) {
				t.Errorf("got %v mentioned, want only amara (%d): not the author, the stranger or who only asked to join", got, amara)
			}
		})
		t.Run("edit_notifies_only_newly_mentioned", func(t *testing.T) {
			_, carl := s.SignUp(t, "carl")
			s.Join(t, s.Steward, carl, s.C, kindredtest.Hours("1"))
			if _, err := s.Svc.EditPost(s.Bo, p.ID, "@amara again, and now @carl"); err != nil {
				t.Fatal(err)
			}
			carlID := domain.ViewerFrom(carl).ID
			if got := mentioned(t, s, p); fmt.Sprint(got) != fmt.Sprint([]int64{amara, carlID}) {
				t.Errorf("got %v mentioned, want amara once and carl", got)
			}
			// Taking carl out and back in is no new mention of him.
			if _, err := s.Svc.EditPost(s.Bo, p.ID, "@amara"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Svc.EditPost(s.Bo, p.ID, "@amara @carl"); err != nil {
				t.Fatal(err)
			}
			if got := mentioned(t, s, p); len(got) != 2 {
				t.Errorf("got %v mentioned, want still amara and carl once each", got)
			}
		})
		t.Run("a_reply_is_a_new_post", func(t *testing.T) {
			r, err := s.Svc.ReplyToThread(s.Steward, th.ID, "Thanks @bo-chen")
			if err != nil {
				t.Fatal(err)
			}
			if got := mentioned(t, s, r); fmt.Sprint(got) != fmt.Sprint([]int64{bo}) {
				t.Errorf("got %v mentioned in the reply, want bo", got)
			}
		})
		t.Run("blocked_persons_mention_notifies_nobody", func(t *testing.T) {
			// amara blocks bo: bo's mentions of her, new or added by an edit, tell her nothing.
			if _, err := s.Svc.BlockPerson(s.Steward, bo); err != nil {
				t.Fatal(err)
			}
			r, err := s.Svc.ReplyToThread(s.Bo, th.ID, "@amara look")
			if err != nil {
				t.Fatal(err)
			}
			if got := mentioned(t, s, r); len(got) != 0 {
				t.Errorf("got %v mentioned, want nobody", got)
			}
			r2, err := s.Svc.ReplyToThread(s.Bo, th.ID, "no mention yet")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Svc.EditPost(s.Bo, r2.ID, "now @amara"); err != nil {
				t.Fatal(err)
			}
			if got := mentioned(t, s, r2); len(got) != 0 {
				t.Errorf("got %v mentioned after the edit, want nobody", got)
			}
			if _, err := s.Svc.UnblockPerson(s.Steward, bo); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("failed_reply_notifies_nobody", func(t *testing.T) {
			before := s.Count(t, &domain.Notification{})
			if _, err := s.Svc.ReplyToThread(s.Stranger, th.ID, "@amara hi"); err == nil {
				t.Fatal("a stranger replied")
			}
			if got := s.Count(t, &domain.Notification{}); got != before {
				t.Errorf("got %d notifications, want %d", got, before)
			}
		})
	})
}

// TestThreadsInPrivacyAndSignal: posts are in their author's export, stay (as a former
// member's) when the account goes, and count as talk in the committee signal.
func TestThreadsInPrivacyAndSignal(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		th, err := s.Svc.StartThread(s.Bo, s.C.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Who?"})
		if err != nil {
			t.Fatal(err)
		}
		for range 4 {
			if _, err := s.Svc.ReplyToThread(s.Steward, th.ID, "Me"); err != nil {
				t.Fatal(err)
			}
		}
		sig, err := s.Svc.CommitteeSignals(s.Steward, []int64{s.C.ID})
		if err != nil || sig[s.C.ID].Talk != 5 || !sig[s.C.ID].Flagged {
			t.Errorf("got signal %+v, %v, want five posts of talk, flagged", sig[s.C.ID], err)
		}
		p := firstPost(t, s, s.Bo, th)
		if _, err := s.Svc.EditPost(s.Bo, p.ID, "Who? Anyone?"); err != nil {
			t.Fatal(err)
		}
		d, err := s.Svc.ExportMyData(s.Bo)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Threads) != 1 || len(d.Posts) != 1 || len(d.PostRevisions) != 2 {
			t.Errorf("export holds %d threads, %d posts, %d revisions, want 1, 1, 2", len(d.Threads), len(d.Posts), len(d.PostRevisions))
		}
		if err := s.Svc.DeleteAccount(s.Bo, kindredtest.Password); err != nil {
			t.Fatal(err)
		}
		if got := firstPost(t, s, s.Steward, th); got.Body != "Who? Anyone?" {
			t.Errorf("got %+v, want the post kept", got)
		}
		var author domain.Person
		s.DB.First(&author, p.AuthorID)
		if author.DisplayName != "A former member" {
			t.Errorf("got author %q, want a former member", author.DisplayName)
		}
	})
}
