package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"kindred/clock"
	"kindred/database/dbtest"
)

// dialPageWS opens a websocket as the web app does: the page's cookies and its Origin,
// no token in connection_init.
func dialPageWS(t *testing.T, pg *client) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, strings.Replace(pg.srv.url, "http://", "ws://", 1)+"/query", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPClient: pg.http, HTTPHeader: http.Header{"Origin": {pg.srv.url}}})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c := newWSClient(t, conn)
	c.send(map[string]any{"type": "connection_init"})
	if m := c.read(); m["type"] != "connection_ack" {
		t.Fatalf("got %v, want connection_ack", m)
	}
	return c
}

// closed waits until the server closes c with a close frame, and fails after 10 s.
func (c *wsClient) closed(what string) {
	c.t.Helper()
	for sw := clock.Start(); sw.Within(10 * time.Second); {
		if _, open := c.next(100 * time.Millisecond); !open {
			if websocket.CloseStatus(c.end) != websocket.StatusNormalClosure {
				c.t.Fatalf("%s: got %v, want the server's close frame", what, c.end)
			}
			return
		}
	}
	c.t.Fatalf("%s: the websocket is still open after 10 s", what)
}

// alive checks for d that c stays open, answering the server's pings and pinging it.
func (c *wsClient) alive(what string, d time.Duration) {
	c.t.Helper()
	for sw := clock.Start(); sw.Within(d); {
		c.send(map[string]any{"type": "ping"})
		for m := c.read(); m["type"] != "pong"; m = c.read() {
			c.t.Fatalf("%s: got %v, want pong", what, m)
		}
	}
}

// TestIdleSubscriptionOutlivesTheRequestTimeout: the request timeout bounds requests,
// not websockets; an idle subscription still delivers after twice that time.
func TestIdleSubscriptionOutlivesTheRequestTimeout(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--request-timeout", "5s")
	steward, bo := srv.client(t), srv.client(t)
	tokens := signUp(t, steward, "amara")
	signUp(t, bo, "bo-chen")
	cid := fridge(t, steward, "")
	ws := dialWS(t, srv.url, tokens.AccessToken)
	ws.subscribeNotifications("1", "")
	time.Sleep(10100 * time.Millisecond) // idle for more than twice the request timeout
	bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`, map[string]any{"c": cid}, nil)
	if n := ws.notice(); n.Kind != "JOIN_REQUEST" {
		t.Errorf("got %+v, want the join request", n)
	}
}

// TestWebsocketPings: the server pings every --websocket-ping, so that proxies keep an
// idle connection and a vanished client is noticed.
func TestWebsocketPings(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--websocket-ping", "100ms")
	c := srv.client(t)
	tokens := signUp(t, c, "amara")
	ws := dialWS(t, srv.url, tokens.AccessToken)
	waitFor(t, "two pings", func() bool { return ws.pings.Load() >= 2 })
}

// TestSessionEndClosesWebsockets: a websocket lives as long as the session it was opened
// in: logging out everywhere, logging out of the page's session and suspension close it.
func TestSessionEndClosesWebsockets(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			srv := startServerArgs(t, dialect, "--websocket-ping", "100ms")
			t.Run("log_out_everywhere", func(t *testing.T) {
				c := srv.client(t)
				tokens := signUp(t, c, "amara")
				ws := dialWS(t, srv.url, tokens.AccessToken)
				other := dialWS(t, srv.url, signUp(t, srv.client(t), "bo-chen").AccessToken)
				c.ok(`mutation { logOutEverywhere { sessionsEnded } }`, nil, nil)
				ws.closed("after logging out everywhere")
				other.alive("another person's websocket", 500*time.Millisecond)
			})
			t.Run("log_out_of_the_page", func(t *testing.T) {
				pg := srv.page(t)
				pg.ok(`mutation { signUp(input: {handle: "chen", displayName: "Chen", email: "chen@example.org",
					password: "a long passphrase", transport: COOKIE}) { viewer { handle } } }`, nil, nil)
				ws := dialPageWS(t, pg)
				ws.subscribeNotifications("1", "")
				ws.alive("while signed in", 500*time.Millisecond)
				pg.ok(`mutation { logOut { sessionsEnded } }`, nil, nil)
				ws.closed("after logging out of the page")
			})
			t.Run("suspension", func(t *testing.T) {
				tokens := signUp(t, srv.client(t), "dee")
				ws := dialWS(t, srv.url, tokens.AccessToken)
				// An operator suspends in SQL; an instance may use what it read of the
				// person for up to a minute.
				if err := srv.db.Exec("UPDATE people SET suspended_at = ? WHERE handle = ?", srv.clock.Now(), "dee").Error; err != nil {
					t.Fatal(err)
				}
				srv.clock.Advance(2 * time.Minute)
				ws.closed("after suspension")
			})
		})
	}
}

// subscribeActivity starts collaborationActivity on c, after the given entry when not "".
func (c *wsClient) subscribeActivity(id, collabID, after string) {
	vars := map[string]any{"c": collabID}
	if after != "" {
		vars["after"] = after
	}
	c.send(map[string]any{"type": "subscribe", "id": id, "payload": map[string]any{
		"query":     `subscription($c: ID!, $after: ID) { collaborationActivity(collaborationId: $c, after: $after) { id verb } }`,
		"variables": vars}})
}

// activity reads the next message, which must be an activity entry: its ID and verb.
func (c *wsClient) activity() (id, verb string) {
	c.t.Helper()
	m := c.read()
	p, _ := m["payload"].(map[string]any)
	d, _ := p["data"].(map[string]any)
	a, _ := d["collaborationActivity"].(map[string]any)
	if m["type"] != "next" || a == nil {
		c.t.Fatalf("got %v, want an activity entry", m)
	}
	return a["id"].(string), a["verb"].(string)
}

// TestActivityResumesAfterReconnect: a client that comes back with the newest entry it
// holds gets what happened meanwhile, oldest first and once, then what happens next.
func TestActivityResumesAfterReconnect(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			steward := srv.client(t)
			tokens := signUp(t, steward, "amara")
			cid := fridge(t, steward, "")
			addNeed := func(q string) {
				steward.ok(`mutation($c: ID!, $q: Decimal!) { addNeed(input: {collaborationId: $c, need: {kind: TIME, quantity: $q}}) { need { id } } }`,
					map[string]any{"c": cid, "q": q}, nil)
			}
			ws := dialWS(t, srv.url, tokens.AccessToken)
			ws.subscribeActivity("1", cid, "")
			time.Sleep(300 * time.Millisecond) // let the subscription start before the change
			addNeed("1")
			held, _ := ws.activity()
			if err := ws.conn.Close(websocket.StatusNormalClosure, ""); err != nil {
				t.Fatal(err)
			}

			addNeed("2")
			steward.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "1"}) { contribution { id } } }`, map[string]any{"c": cid}, nil)
			ws = dialWS(t, srv.url, tokens.AccessToken)
			ws.subscribeActivity("2", cid, held)
			var missed []string
			for range 2 {
				_, v := ws.activity()
				missed = append(missed, v)
			}
			if fmt.Sprint(missed) != "[need.added contribution.logged]" {
				t.Fatalf("after reconnecting got %v, want [need.added contribution.logged]", missed)
			}
			addNeed("3")
			if _, v := ws.activity(); v != "need.added" {
				t.Fatalf("got %s, want the new need live", v)
			}

			bad := dialWS(t, srv.url, tokens.AccessToken)
			bad.subscribeActivity("3", cid, cid) // a collaboration's ID is no entry's
			m := bad.read()
			if !strings.Contains(fmt.Sprint(m), "code:BAD_USER_INPUT field:after") {
				t.Errorf("collaborationActivity(after: another type's ID): got %v, want BAD_USER_INPUT on after", m)
			}
		})
	}
}
