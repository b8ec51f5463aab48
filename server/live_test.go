package main

import (
	"context"
	"encoding/json"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"kindred/database/dbtest"
)

// wsClient speaks graphql-transport-ws to the real server. A reader answers the server's
// pings as a browser's client would, whatever the test is doing meanwhile.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
	// in carries the messages other than pings; it is closed when the connection ends,
	// after end says why.
	in    chan map[string]any
	end   error
	pings atomic.Int64
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
	c := newWSClient(t, conn)
	c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"authorization": "Bearer " + bearer}})
	if m := c.read(); m["type"] != "connection_ack" {
		t.Fatalf("got %v, want connection_ack", m)
	}
	return c
}

// newWSClient starts reading conn; the connection is closed when the test ends.
func newWSClient(t *testing.T, conn *websocket.Conn) *wsClient {
	c := &wsClient{t: t, conn: conn, in: make(chan map[string]any, 64)}
	done := make(chan struct{})
	t.Cleanup(func() {
		close(done)
		_ = conn.Close(websocket.StatusNormalClosure, "") // the test may have closed it
	})
	go func() {
		defer close(c.in)
		for {
			var m map[string]any
			if err := wsjson.Read(context.Background(), conn, &m); err != nil {
				c.end = err
				return
			}
			if m["type"] == "ping" {
				c.pings.Add(1)
				_ = wsjson.Write(context.Background(), conn, map[string]any{"type": "pong"}) // a closed connection shows in Read
				continue
			}
			select {
			case c.in <- m:
			case <-done:
				return
			}
		}
	}()
	return c
}

func (c *wsClient) send(m map[string]any) {
	c.t.Helper()
	if err := wsjson.Write(context.Background(), c.conn, m); err != nil {
		c.t.Fatal(err)
	}
}

// next returns the next message that is not a ping, waiting at most d; open is false
// when the connection ended, m nil when nothing came.
func (c *wsClient) next(d time.Duration) (m map[string]any, open bool) {
	select {
	case m, open = <-c.in:
		return m, open
	case <-time.After(d):
		return nil, true
	}
}

// read returns the next message that is not a ping, waiting at most 10 s.
func (c *wsClient) read() map[string]any {
	c.t.Helper()
	m, open := c.next(10 * time.Second)
	switch {
	case !open:
		c.t.Fatalf("read: the connection ended: %v", c.end)
	case m == nil:
		c.t.Fatal("read: nothing came in 10 s")
	}
	return m
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
			if m, _ := ws.next(1500 * time.Millisecond); m["type"] == "next" {
				t.Errorf("a removed member of a private collaboration got %v", m)
			}
		})
	}
}
