package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/kindred"
	"kindred/domain/talk"
	"kindred/graph/relay"
)

// seedThread starts a thread by p-1 in the collaboration of seedCollabs(…, 1) with n
// replies, alternating p-0 (the steward) and p-2, and returns it.
func seedThread(t *testing.T, db *database.DB, svc *kindred.Services, n int) (*domain.Collaboration, *domain.Thread) {
	t.Helper()
	var c domain.Collaboration
	db.First(&c)
	var people []*domain.Person
	db.Where("handle LIKE ?", "p-%").Order("handle").Find(&people)
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	th, err := svc.StartThread(as(people[1]), c.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Who takes *Sunday*? @p-2\n\n<script>alert(1)</script>"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := svc.ReplyToThread(as(people[[]int{0, 2}[i%2]]), th.ID, fmt.Sprintf("Reply %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	return &c, th
}

const threadPage = `query($slug: String!, $number: Int!, $n: Int) { collaboration(slug: $slug) {
	threads(first: 5) { totalCount edges { cursor node { id number title replyCount lastActivityAt createdAt author { handle } } } }
	thread(number: $number) { id number title replyCount lastActivityAt viewerCanReply collaboration { slug } author { handle }
		posts(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
			id body bodyHTML createdAt editedAt viewerCanEdit author { handle } thread { id }
			revisions { body createdAt } } } } } } }`

type threadResp struct {
	Collaboration struct {
		Threads struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID, Title string } }
		}
		Thread *struct {
			ID             string
			Number         int
			ReplyCount     int
			ViewerCanReply bool
			Posts          struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Body, BodyHTML string
						EditedAt           *string
						ViewerCanEdit      bool
						Author             struct{ Handle string }
						Revisions          *[]struct{ Body string }
					}
				}
			}
		}
	}
}

func queryThread(t *testing.T, h http.Handler, viewer *domain.Person, slug string, number int64, n int) threadResp {
	t.Helper()
	hh := h
	if viewer != nil {
		hh = asViewer(h, viewer)
	}
	r, err := client.New(hh).RawPost(threadPage, client.Var("slug", slug), client.Var("number", number), client.Var("n", n))
	if err != nil || len(r.Errors) > 0 {
		t.Fatalf("query: %v %s", err, r.Errors)
	}
	var resp threadResp
	b, _ := json.Marshal(r.Data)
	if err := json.Unmarshal(b, &resp); err != nil {
		t.Fatal(err)
	}
	return resp
}

// TestThreadPageStatements checks that a thread page with its posts, authors, rendered
// bodies, rights and revisions costs the same number of statements for 5 replies as for 50.
func TestThreadPageStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1)
		c, th := seedThread(t, db, svc, 50)
		statements := func(n int) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp := queryThread(t, h, viewer, c.Slug, th.ID, n)
			if got := len(resp.Collaboration.Thread.Posts.Edges); got != n {
				t.Fatalf("got %d posts, want %d", got, n)
			}
			return counter.Load()
		}
		few, many := statements(5), statements(51)
		t.Logf("%d statements for 5 posts, %d for 51", few, many)
		if many != few {
			t.Errorf("got %d statements for 51 posts and %d for 5, want the same", many, few)
		}
	})
}

// TestThreadsOverGraphQL starts a thread, replies, edits and reads it as its author, the
// steward, another member and an outsider, through every thread and post field.
func TestThreadsOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		author := seedCollabs(t, db, svc, 1)
		var c domain.Collaboration
		db.First(&c)
		var steward, other domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		db.Where("handle = ?", "p-2").First(&other)
		run := func(viewer *domain.Person, doc string, vars map[string]any, out any) {
			t.Helper()
			opts := []client.Option{}
			for k, v := range vars {
				opts = append(opts, client.Var(k, v))
			}
			r, err := client.New(asViewer(h, viewer)).RawPost(doc, opts...)
			if err != nil {
				t.Fatalf("%s: %v", doc, err)
			}
			if len(r.Errors) > 0 {
				t.Fatalf("%s: %s", doc, r.Errors)
			}
			b, _ := json.Marshal(r.Data)
			if err := json.Unmarshal(b, out); err != nil {
				t.Fatal(err)
			}
		}
		var started struct {
			StartThread struct {
				Thread struct {
					ID     string
					Number int64
					Posts  struct {
						Edges []struct{ Node struct{ ID string } }
					}
				}
			}
		}
		run(author, `mutation($c: ID!) { startThread(input: {collaborationId: $c, title: "Sunday rota", body: "Who? <script>alert(1)</script> @p-2"}) {
			thread { id number posts { edges { node { id } } } } } }`, map[string]any{"c": relay.ID(relay.TypeCollab, c.ID)}, &started)
		thread, opening := started.StartThread.Thread, started.StartThread.Thread.Posts.Edges[0].Node.ID
		var replied struct {
			ReplyToThread struct{ Post struct{ ID, Body string } }
		}
		run(&steward, `mutation($t: ID!) { replyToThread(input: {threadId: $t, body: "Me"}) { post { id body } } }`, map[string]any{"t": thread.ID}, &replied)
		var edited struct {
			EditPost struct {
				Post struct {
					Body     string
					EditedAt *string
				}
			}
		}
		run(author, `mutation($p: ID!) { editPost(input: {postId: $p, body: "Who takes Sunday?"}) { post { body editedAt } } }`, map[string]any{"p": opening}, &edited)
		if edited.EditPost.Post.Body != "Who takes Sunday?" || edited.EditPost.Post.EditedAt == nil {
			t.Errorf("edit: got %+v", edited.EditPost.Post)
		}

		for _, tt := range []struct {
			name          string
			viewer        *domain.Person
			canReply      bool
			seesRevisions bool
			canEditFirst  bool
		}{
			{"author", author, true, true, true},
			{"steward", &steward, true, true, false},
			{"other_member", &other, true, false, false},
			{"anonymous", nil, false, false, false},
		} {
			t.Run(tt.name, func(t *testing.T) {
				resp := queryThread(t, h, tt.viewer, c.Slug, thread.Number, 10)
				th := resp.Collaboration.Thread
				if th == nil || th.ID != thread.ID || th.ReplyCount != 1 || th.ViewerCanReply != tt.canReply || resp.Collaboration.Threads.TotalCount != 1 {
					t.Fatalf("got thread %+v", th)
				}
				first := th.Posts.Edges[0].Node
				if first.ViewerCanEdit != tt.canEditFirst || first.Author.Handle != author.Handle || first.EditedAt == nil {
					t.Errorf("got first post %+v", first)
				}
				if got := first.Revisions != nil; got != tt.seesRevisions {
					t.Errorf("got revisions %v, want shown %v", first.Revisions, tt.seesRevisions)
				} else if got && len(*first.Revisions) != 2 {
					t.Errorf("got revisions %+v, want the first body and the edit", *first.Revisions)
				}
			})
		}
		t.Run("script_renders_as_text", func(t *testing.T) {
			var resp struct {
				Node struct{ BodyHTML string }
			}
			p, _ := svc.ReplyToThread(domain.WithViewer(context.Background(), author), mustID(t, thread.ID), "<script>alert(1)</script>")
			run(&other, `query($id: ID!) { node(id: $id) { ... on Post { bodyHTML } } }`, map[string]any{"id": relay.ID(relay.TypePost, p.ID)}, &resp)
			if strings.Contains(resp.Node.BodyHTML, "<script") || !strings.Contains(resp.Node.BodyHTML, "&lt;script&gt;") {
				t.Errorf("got bodyHTML %q, want the script as text", resp.Node.BodyHTML)
			}
		})
		t.Run("mention_notification_names_the_post", func(t *testing.T) {
			var resp struct {
				Notifications struct {
					Edges []struct {
						Node struct {
							Kind    string
							Subject *struct {
								ID     string
								Thread struct{ Title string }
							}
						}
					}
				}
			}
			run(&other, `{ notifications { edges { node { kind subject { id ... on Post { thread { title } } } } } } }`, nil, &resp)
			ns := resp.Notifications.Edges
			if len(ns) == 0 || ns[0].Node.Kind != "MENTION" || ns[0].Node.Subject == nil || ns[0].Node.Subject.ID != opening ||
				ns[0].Node.Subject.Thread.Title != "Sunday rota" {
				t.Errorf("got notifications %+v", ns)
			}
		})
		t.Run("thread_node_and_other_collaboration", func(t *testing.T) {
			var resp struct {
				Node *struct{ Title string }
			}
			run(&other, `query($id: ID!) { node(id: $id) { ... on Thread { title } } }`, map[string]any{"id": thread.ID}, &resp)
			if resp.Node == nil || resp.Node.Title != "Sunday rota" {
				t.Errorf("got node %+v", resp.Node)
			}
			var none struct {
				Collaboration struct{ Thread *struct{ ID string } }
			}
			run(&other, `query($s: String!) { collaboration(slug: $s) { thread(number: 9999) { id } } }`, map[string]any{"s": c.Slug}, &none)
			if none.Collaboration.Thread != nil {
				t.Errorf("got thread %+v for an unknown number", none.Collaboration.Thread)
			}
		})
	})
}

// TestThreadBadInput sends bad input to each thread mutation and checks the code and
// that nothing was stored.
func TestThreadBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		member := seedCollabs(t, db, svc, 1)
		c, th := seedThread(t, db, svc, 1)
		var opening domain.Post
		db.Where("thread_id = ?", th.ID).Order("id").First(&opening)
		cid, tid, pid := relay.ID(relay.TypeCollab, c.ID), relay.ID(relay.TypeThread, th.ID), relay.ID(relay.TypePost, opening.ID)
		long := strings.Repeat("x", talk.MaxPostBody+1)
		tests := []struct{ name, code, doc string }{
			{"empty_title", "BAD_USER_INPUT", `mutation { startThread(input: {collaborationId: "` + cid + `", title: " ", body: "Hi"}) { thread { id } } }`},
			{"empty_body", "BAD_USER_INPUT", `mutation { startThread(input: {collaborationId: "` + cid + `", title: "Tools", body: ""}) { thread { id } } }`},
			{"long_body", "BAD_USER_INPUT", `mutation { startThread(input: {collaborationId: "` + cid + `", title: "Tools", body: "` + long + `"}) { thread { id } } }`},
			{"thread_as_collaboration", "BAD_USER_INPUT", `mutation { startThread(input: {collaborationId: "` + tid + `", title: "Tools", body: "Hi"}) { thread { id } } }`},
			{"empty_reply", "BAD_USER_INPUT", `mutation { replyToThread(input: {threadId: "` + tid + `", body: "  "}) { post { id } } }`},
			{"reply_to_unknown", "NOT_FOUND", `mutation { replyToThread(input: {threadId: "` + relay.ID(relay.TypeThread, 9999) + `", body: "Hi"}) { post { id } } }`},
			{"edit_unknown", "NOT_FOUND", `mutation { editPost(input: {postId: "` + relay.ID(relay.TypePost, 9999) + `", body: "Hi"}) { post { id } } }`},
			{"edit_others_post", "FORBIDDEN", `mutation { editPost(input: {postId: "` + pid + `", body: "Hi"}) { post { id } } }`},
			{"threads_over_100", "BAD_USER_INPUT", `{ collaboration(slug: "` + c.Slug + `") { threads(first: 101) { totalCount } } }`},
			{"posts_bad_cursor", "BAD_USER_INPUT", `{ collaboration(slug: "` + c.Slug + `") { threads { edges { node { posts(after: "garbage") { totalCount } } } } } }`},
		}
		// The member of seedCollabs is p-1, the thread's author; p-0, the steward, tries to edit it.
		var steward domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		counts := func() [4]int64 {
			var out [4]int64
			for i, m := range []any{&domain.Thread{}, &domain.Post{}, &domain.PostRevision{}, &domain.Activity{}} {
				db.Model(m).Count(&out[i])
			}
			return out
		}
		before := counts()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				viewer := member
				if tt.name == "edit_others_post" {
					viewer = &steward
				}
				if got := outcome(t, h, viewer, tt.doc, nil); got != tt.code {
					t.Errorf("got %s, want %s", got, tt.code)
				}
			})
		}
		if after := counts(); after != before {
			t.Errorf("got threads, posts, revisions and activities %v after refused changes, want %v", after, before)
		}
	})
}

func mustID(t *testing.T, gid string) int64 {
	t.Helper()
	_, id, ok := relay.Parse(gid)
	if !ok {
		t.Fatalf("not a global ID: %q", gid)
	}
	return id
}
