package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/deciding"
	"kindred/graph/relay"
)

// TestModerationOverGraphQL reports a post, hides and shows it and a comment again,
// works the admins' queue, suspends and restores an account, and blocks, through every
// moderation field.
func TestModerationOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		author := seedCollabs(t, db, svc, 1)
		c, th := seedThread(t, db, svc, 0)
		var steward, other domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		db.Where("handle = ?", "p-2").First(&other)
		admin := other
		admin.ID, admin.Handle = 0, "admin-1"
		admin.Email, admin.Role = "admin@example.org", domain.RoleAdmin
		if err := db.Create(&admin).Error; err != nil {
			t.Fatal(err)
		}
		var post domain.Post
		db.Where("thread_id = ?", th.ID).First(&post)
		pr, err := svc.CreateProposal(domain.WithViewer(context.Background(), author), c.ID, deciding.ProposalInput{Kind: domain.ProposalOther,
			Title: "Paint the shed", ClosesAt: svc.Clock().Now().Add(48 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		cm, err := svc.CommentOnProposal(domain.WithViewer(context.Background(), author), pr.ID, "Buy my paint")
		if err != nil {
			t.Fatal(err)
		}
		postID, commentID, authorID := relay.ID(relay.TypePost, post.ID), relay.ID(relay.TypeComment, cm.ID), relay.ID(relay.TypePerson, author.ID)
		run := func(viewer *domain.Person, doc string, vars map[string]any) map[string]any {
			t.Helper()
			opts := []client.Option{}
			for k, v := range vars {
				opts = append(opts, client.Var(k, v))
			}
			r, err := client.New(asViewer(h, viewer)).RawPost(doc, opts...)
			if err != nil || len(r.Errors) > 0 {
				t.Fatalf("%s: %v %s", doc, err, r.Errors)
			}
			var out map[string]any
			b, _ := json.Marshal(r.Data)
			_ = json.Unmarshal(b, &out)
			return out
		}
		js := func(v any) string { b, _ := json.Marshal(v); return string(b) }

		got := run(&other, `mutation($t: ID!) { reportContent(input: {targetId: $t, reason: SPAM, text: "ads"}) { report { id status } } }`, map[string]any{"t": postID})
		if js(got) == "" || js(got["reportContent"]) == "" {
			t.Fatal("no report")
		}
		run(&other, `mutation($t: ID!) { reportContent(input: {targetId: $t, reason: OTHER, text: "ads again"}) { report { id } } }`, map[string]any{"t": commentID})

		t.Run("admin_queue", func(t *testing.T) {
			got := run(&admin, `{ reports { totalCount edges { cursor node { id targetType targetId targetPreview targetPath reason text status
				openReportsOfTarget createdAt closedAt closingNote subject { handle } collaboration { slug } reporter { handle } } } } }`, nil)
			want := `"targetType":"POST"`
			if s := js(got); !strings.Contains(s, want) || !strings.Contains(s, `"openReportsOfTarget":1`) || !strings.Contains(s, `"reporter":{"handle":"p-2"}`) ||
				!strings.Contains(s, `"subject":{"handle":"p-1"}`) || !strings.Contains(s, `"targetPath":"/c/`) {
				t.Errorf("got %s", s)
			}
		})
		t.Run("hide_post_and_read_it", func(t *testing.T) {
			got := run(&steward, `mutation($p: ID!) { hidePost(input: {postId: $p, reason: "Advertising"}) { post { hidden { reason hiddenAt } viewerCanHide } } }`, map[string]any{"p": postID})
			if s := js(got); !strings.Contains(s, `"reason":"Advertising"`) || !strings.Contains(s, `"viewerCanHide":true`) {
				t.Errorf("got %s", s)
			}
			q := `query($p: ID!) { node(id: $p) { ... on Post { body bodyHTML hidden { reason } viewerCanHide authorBlockedByViewer } } }`
			if s := js(run(&other, q, map[string]any{"p": postID})); !strings.Contains(s, `"body":""`) || !strings.Contains(s, `"bodyHTML":""`) || !strings.Contains(s, `"viewerCanHide":false`) {
				t.Errorf("a member got %s, want no body", s)
			}
			if s := js(run(author, q, map[string]any{"p": postID})); strings.Contains(s, `"body":""`) {
				t.Errorf("its author got %s, want the body", s)
			}
			if s := js(run(&admin, `{ reports(status: RESOLVED) { totalCount } }`, nil)); !strings.Contains(s, `"totalCount":1`) {
				t.Errorf("got %s, want the post's report resolved", s)
			}
			run(&steward, `mutation($p: ID!) { unhidePost(input: {postId: $p}) { post { hidden { reason } } } }`, map[string]any{"p": postID})
		})
		t.Run("hide_comment", func(t *testing.T) {
			got := run(&admin, `mutation($c: ID!) { hideComment(input: {commentId: $c, reason: "Advertising"}) { comment { body hidden { reason } viewerCanHide authorBlockedByViewer } } }`,
				map[string]any{"c": commentID})
			if s := js(got); !strings.Contains(s, `"body":"Buy my paint"`) || !strings.Contains(s, `"viewerCanHide":true`) {
				t.Errorf("the admin got %s", s)
			}
			run(&steward, `mutation($c: ID!) { unhideComment(input: {commentId: $c}) { comment { hidden { reason } } } }`, map[string]any{"c": commentID})
		})
		t.Run("resolve_report", func(t *testing.T) {
			run(&other, `mutation($t: ID!) { reportContent(input: {targetId: $t, reason: HARASSMENT}) { report { id } } }`, map[string]any{"t": authorID})
			page := run(&admin, `{ reports { edges { node { id } } } }`, nil)
			id := page["reports"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
			got := run(&admin, `mutation($r: ID!) { resolveReport(input: {reportId: $r, status: DISMISSED, note: "fine"}) { report { status closingNote } } }`, map[string]any{"r": id})
			if s := js(got); !strings.Contains(s, `"status":"DISMISSED"`) {
				t.Errorf("got %s", s)
			}
		})
		t.Run("suspend_and_restore", func(t *testing.T) {
			got := run(&admin, `mutation($p: ID!) { suspendAccount(input: {personId: $p, reason: "Spam everywhere"}) { person { handle suspension { reason suspendedAt } } } }`,
				map[string]any{"p": authorID})
			if s := js(got); !strings.Contains(s, `"reason":"Spam everywhere"`) {
				t.Errorf("got %s", s)
			}
			got = run(&admin, `mutation($p: ID!) { restoreAccount(input: {personId: $p}) { person { suspension { reason } } } }`, map[string]any{"p": authorID})
			if s := js(got); !strings.Contains(s, `"suspension":null`) {
				t.Errorf("got %s", s)
			}
		})
		t.Run("block_and_unblock", func(t *testing.T) {
			got := run(&other, `mutation($p: ID!) { blockPerson(input: {personId: $p}) { person { handle viewerHasBlocked } } }`, map[string]any{"p": authorID})
			if s := js(got); !strings.Contains(s, `"viewerHasBlocked":true`) {
				t.Errorf("got %s", s)
			}
			got = run(&other, `query($p: ID!) { viewer { blockedPeople { totalCount edges { cursor node { personId blockedAt person { handle } } } } }
				node(id: $p) { ... on Post { authorBlockedByViewer } } }`, map[string]any{"p": postID})
			if s := js(got); !strings.Contains(s, `"handle":"p-1"`) || !strings.Contains(s, `"authorBlockedByViewer":true`) {
				t.Errorf("got %s", s)
			}
			if s := js(run(&steward, `{ person(handle: "p-2") { blockedPeople { totalCount } } }`, nil)); !strings.Contains(s, `"blockedPeople":null`) {
				t.Errorf("another's blocks: got %s, want null", s)
			}
			got = run(&other, `mutation($p: ID!) { unblockPerson(input: {personId: $p}) { person { viewerHasBlocked } } }`, map[string]any{"p": authorID})
			if s := js(got); !strings.Contains(s, `"viewerHasBlocked":false`) {
				t.Errorf("got %s", s)
			}
		})
	})
}
