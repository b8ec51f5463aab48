package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"kindred/database/dbtest"
)

// wsClient speaks graphql-transport-ws to the real server.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func dialWS(t *testing.T, base, bearer string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, strings.Replace(base, "http://", "ws://", 1)+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { _ = conn.Close(websocket.StatusNormalClosure, "") }) // the test may have closed it
	c := &wsClient{t: t, conn: conn}
	c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"authorization": "Bearer " + bearer}})
	if m := c.read(); m["type"] != "connection_ack" {
		t.Fatalf("got %v, want connection_ack", m)
	}
	return c
}

func (c *wsClient) send(m map[string]any) {
	c.t.Helper()
	if err := wsjson.Write(context.Background(), c.conn, m); err != nil {
		c.t.Fatal(err)
	}
}

// read returns the next message that is not a ping, waiting at most 10 s.
func (c *wsClient) read() map[string]any {
	c.t.Helper()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		var m map[string]any
		err := wsjson.Read(ctx, c.conn, &m)
		cancel()
		if err != nil {
			c.t.Fatalf("read: %v", err)
		}
		if m["type"] == "ping" {
			c.send(map[string]any{"type": "pong"})
			continue
		}
		return m
	}
}

func (c *wsClient) subscribe(id, collabID string) {
	c.send(map[string]any{"type": "subscribe", "id": id, "payload": map[string]any{
		"query":     `subscription($c: ID!) { collaborationActivity(collaborationId: $c) { verb subjectType actor { handle } } }`,
		"variables": map[string]any{"c": collabID}}})
}

// verb returns the verb of a "next" message, or "" for another message.
func verb(m map[string]any) string {
	if m["type"] != "next" {
		b, _ := json.Marshal(m)
		return "(" + string(b) + ")"
	}
	p := m["payload"].(map[string]any)
	d, _ := p["data"].(map[string]any)
	if d == nil {
		b, _ := json.Marshal(p)
		return "(" + string(b) + ")"
	}
	return d["collaborationActivity"].(map[string]any)["verb"].(string)
}

// TestLiveActivity: a member watches a collaboration; changes arrive as they commit, on
// another instance too (PostgreSQL), and a removed member stops receiving at once.
func TestLiveActivity(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			a := startServer(t, dialect)
			b := a // SQLite: one instance owns the file
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

			// Bo watches through instance A; the steward changes things through instance B.
			ws := dialWS(t, a.url, boTokens.AccessToken)
			ws.subscribe("1", cid)
			time.Sleep(300 * time.Millisecond) // let the subscription start before the change
			stewardB := b.client(t)
			stewardB.token = steward.token
			stewardB.ok(`mutation($c: ID!) { addNeed(input: {collaborationId: $c, need: {kind: TIME, quantity: "5"}}) { need { id } } }`, map[string]any{"c": cid}, nil)
			if got := verb(ws.read()); got != "need.added" {
				t.Fatalf("got %s, want need.added", got)
			}
			bo.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "1"}) { contribution { id } } }`, map[string]any{"c": cid}, nil)
			if got := verb(ws.read()); got != "contribution.logged" {
				t.Fatalf("got %s, want contribution.logged", got)
			}
			// Removed, Bo hears nothing more of the collaboration (it stays PUBLIC, so the
			// stream may go on, but nothing about memberships that are not Bo's own).
			stewardB.ok(`mutation($m: ID!) { removeMember(input: {membershipId: $m}) { membership { status } } }`, map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
			if got := verb(ws.read()); got != "membership.removed" {
				t.Fatalf("got %s, want Bo to hear of his own removal", got)
			}
			// A private collaboration: once private, a removed member hears nothing more.
			stewardB.ok(`mutation($c: ID!) { updateCollaboration(input: {collaborationId: $c, visibility: PRIVATE}) { collaboration { id } } }`, map[string]any{"c": cid}, nil)
			stewardB.ok(`mutation($c: ID!) { addNeed(input: {collaborationId: $c, need: {kind: TIME, quantity: "3"}}) { need { id } } }`, map[string]any{"c": cid}, nil)
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			var m map[string]any
			if err := wsjson.Read(ctx, ws.conn, &m); err == nil && m["type"] == "next" {
				t.Errorf("a removed member of a private collaboration got %v", m)
			}
		})
	}
}
