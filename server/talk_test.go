package main

import (
	"testing"

	"kindred/database/dbtest"
)

// TestLivePosts: a member reading a thread gets each new post as it commits, on another
// instance too (PostgreSQL), and the mention in it as a notification; subscribing with
// what the client holds, nothing falls between reading and subscribing.
func TestLivePosts(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			a := startServer(t, dialect)
			b := a
			if dialect == "postgres" {
				b = startServerOn(t, a.dsn)
			}
			steward, bo := a.client(t), b.client(t)
			signUp(t, steward, "amara")
			boTokens := signUp(t, bo, "bo-chen")
			cid := fridge(t, steward, "")
			var req struct {
				RequestToJoin struct{ Membership struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`, map[string]any{"c": cid}, &req)
			steward.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`, map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
			var started struct {
				StartThread struct {
					Thread struct {
						ID    string
						Posts struct {
							Edges []struct{ Node struct{ ID string } }
						}
					}
				}
			}
			steward.ok(`mutation($c: ID!) { startThread(input: {collaborationId: $c, title: "Sunday rota", body: "Who takes Sunday, @bo-chen?"}) {
				thread { id posts { edges { node { id } } } } } }`, map[string]any{"c": cid}, &started)
			th := started.StartThread.Thread
			var inbox struct {
				Notifications struct {
					Edges []struct{ Node struct{ ID, Kind string } }
				}
			}
			bo.ok(`{ notifications { edges { node { id kind } } } }`, nil, &inbox)
			if len(inbox.Notifications.Edges) != 1 || inbox.Notifications.Edges[0].Node.Kind != "MENTION" {
				t.Fatalf("bo's notifications: got %+v, want the mention", inbox.Notifications.Edges)
			}

			ws := dialWS(t, a.url, boTokens.AccessToken)
			ws.send(map[string]any{"type": "subscribe", "id": "posts", "payload": map[string]any{
				"query":     `subscription($t: ID!, $after: ID) { postAdded(threadId: $t, after: $after) { body bodyHTML author { handle } } }`,
				"variables": map[string]any{"t": th.ID, "after": th.Posts.Edges[0].Node.ID}}})
			ws.send(map[string]any{"type": "subscribe", "id": "notes", "payload": map[string]any{
				"query":     `subscription($after: ID) { notificationAdded(after: $after) { kind actor { handle } } }`,
				"variables": map[string]any{"after": inbox.Notifications.Edges[0].Node.ID}}})
			onB := b.client(t)
			onB.token = steward.token
			onB.ok(`mutation($t: ID!) { replyToThread(input: {threadId: $t, body: "Thanks **@bo-chen**"}) { post { id } } }`, map[string]any{"t": th.ID}, nil)
			got := map[string]map[string]any{}
			for range 2 {
				m := ws.read()
				if m["type"] != "next" {
					t.Fatalf("got %v, want next", m)
				}
				got[m["id"].(string)] = m["payload"].(map[string]any)["data"].(map[string]any)
			}
			post, _ := got["posts"]["postAdded"].(map[string]any)
			if post == nil || post["body"] != "Thanks **@bo-chen**" || post["bodyHTML"] != "<p>Thanks <strong>@bo-chen</strong></p>\n" {
				t.Errorf("got post %v", got["posts"])
			}
			note, _ := got["notes"]["notificationAdded"].(map[string]any)
			if note == nil || note["kind"] != "MENTION" || note["actor"].(map[string]any)["handle"] != "amara" {
				t.Errorf("got notification %v", got["notes"])
			}
		})
	}
}
