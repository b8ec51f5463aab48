package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"kindred/clock"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/events"
	"kindred/graph/relay"
)

const notificationFields = `id kind actor { handle } collaboration { title } subject { __typename } readAt`

// subscribeNotifications starts notificationAdded on c, after the given ID when not "".
func (c *wsClient) subscribeNotifications(id, after string) {
	vars := map[string]any{}
	if after != "" {
		vars["after"] = after
	}
	c.send(map[string]any{"type": "subscribe", "id": id, "payload": map[string]any{
		"query":     `subscription($after: ID) { notificationAdded(after: $after) { ` + notificationFields + ` } }`,
		"variables": vars}})
}

type notice struct {
	ID    string
	Kind  string
	Actor *struct{ Handle string }
}

// notice reads the next message, which must be a notification.
func (c *wsClient) notice() notice {
	c.t.Helper()
	m := c.read()
	if m["type"] != "next" {
		c.t.Fatalf("got %v, want a notification", m)
	}
	n := m["payload"].(map[string]any)["data"].(map[string]any)["notificationAdded"].(map[string]any)
	out := notice{ID: n["id"].(string), Kind: n["kind"].(string)}
	if a, ok := n["actor"].(map[string]any); ok {
		out.Actor = &struct{ Handle string }{a["handle"].(string)}
	}
	return out
}

// quiet checks that nothing more arrives for a moment, and that c stays open.
func (c *wsClient) quiet(what string) {
	c.t.Helper()
	switch m, open := c.next(700 * time.Millisecond); {
	case !open:
		c.t.Fatalf("%s: the connection ended: %v", what, c.end)
	case m != nil:
		c.t.Fatalf("%s: got %v, want nothing", what, m)
	}
}

// TestNotificationsLiveAndListed: a steward hears of join requests live, on another
// instance than the one that took them (PostgreSQL); reconnecting with the newest ID it
// holds, it gets what it missed, once, then new ones; the list counts unread and marks
// read; nobody reads another's notifications.
func TestNotificationsLiveAndListed(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			a := startServer(t, dialect)
			b := a
			if dialect == "postgres" {
				b = startServerOn(t, a.dsn)
			}
			steward := a.client(t)
			amara := signUp(t, steward, "amara")
			cid := fridge(t, steward, "")
			join := func(handle string) *client {
				c := a.client(t)
				signUp(t, c, handle)
				defer c.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`,
					map[string]any{"c": cid}, nil)
				return c
			}

			ws := dialWS(t, b.url, amara.AccessToken)
			ws.subscribeNotifications("1", "")
			time.Sleep(300 * time.Millisecond) // let the subscription start before the change
			bo := join("bo-chen")
			first := ws.notice()
			if first.Kind != "JOIN_REQUEST" || first.Actor == nil || first.Actor.Handle != "bo-chen" {
				t.Fatalf("got %+v, want bo-chen's join request", first)
			}
			if err := ws.conn.Close(websocket.StatusNormalClosure, ""); err != nil {
				t.Fatal(err)
			}

			// Away, two more arrive; back, with the newest ID held, exactly those come.
			join("cy-ra")
			join("dee")
			ws = dialWS(t, b.url, amara.AccessToken)
			ws.subscribeNotifications("2", first.ID)
			missed := []string{ws.notice().Actor.Handle, ws.notice().Actor.Handle}
			if fmt.Sprint(missed) != "[cy-ra dee]" {
				t.Fatalf("after reconnecting got %v, want [cy-ra dee], oldest first", missed)
			}
			join("eve")
			if n := ws.notice(); n.Actor.Handle != "eve" {
				t.Fatalf("got %+v, want eve's request live", n)
			}
			ws.quiet("after the live one")

			var list struct {
				Notifications struct {
					TotalCount, UnreadCount int
					Edges                   []struct{ Node struct{ ID, Kind string } }
				}
			}
			steward.ok(`{ notifications(first: 10) { totalCount unreadCount edges { node { id kind } } } }`, nil, &list)
			if list.Notifications.TotalCount != 4 || list.Notifications.UnreadCount != 4 || list.Notifications.Edges[3].Node.ID != first.ID {
				t.Fatalf("got %+v, want 4 unread, newest first", list.Notifications)
			}
			bo.fails(domain.CodeNotFound, `mutation($id: ID!) { markNotificationsRead(input: {ids: [$id]}) { unreadCount } }`, map[string]any{"id": first.ID})
			var node struct{ Node *struct{ ID string } }
			bo.ok(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first.ID}, &node)
			if node.Node != nil {
				t.Errorf("bo read amara's notification through node")
			}
			steward.ok(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first.ID}, &node)
			if node.Node == nil {
				t.Errorf("amara cannot read her own notification through node")
			}
			var marked struct {
				MarkNotificationsRead struct {
					Notifications []struct{ ReadAt *string }
					UnreadCount   int
				}
			}
			steward.ok(`mutation($id: ID!) { markNotificationsRead(input: {ids: [$id]}) { notifications { readAt } unreadCount } }`, map[string]any{"id": first.ID}, &marked)
			if m := marked.MarkNotificationsRead; m.UnreadCount != 3 || len(m.Notifications) != 1 || m.Notifications[0].ReadAt == nil {
				t.Fatalf("got %+v, want one read and 3 unread", m)
			}
			steward.ok(`mutation { markNotificationsRead(input: {all: true}) { unreadCount } }`, nil, &marked)
			if marked.MarkNotificationsRead.UnreadCount != 0 {
				t.Fatalf("after marking all: %d unread", marked.MarkNotificationsRead.UnreadCount)
			}
			steward.fails(domain.CodeInvalid, `mutation { markNotificationsRead(input: {}) { unreadCount } }`, nil)
			// Malformed IDs, another type's ID and too many at once are refused, naming the field.
			for _, ids := range [][]string{{"nope"}, {cid}, manyIDs(first.ID, 101)} {
				if e := steward.fails(domain.CodeInvalid, `mutation($ids: [ID!]) { markNotificationsRead(input: {ids: $ids}) { unreadCount } }`,
					map[string]any{"ids": ids}); e.Extensions["field"] != "ids" {
					t.Errorf("ids %.40v: got field %v, want ids", ids, e.Extensions["field"])
				}
			}
			bad := dialWS(t, b.url, amara.AccessToken)
			bad.subscribeNotifications("3", "not-a-cursor")
			// gqlgen answers a resolver's error as a "next" payload carrying it.
			m := bad.read()
			p, _ := m["payload"].(map[string]any)
			errs, _ := p["errors"].([]any)
			if len(errs) != 1 || !strings.Contains(fmt.Sprint(errs[0]), "code:BAD_USER_INPUT field:after") {
				t.Errorf("notificationAdded(after: malformed): got %v, want BAD_USER_INPUT on after", m)
			}
			a.client(t).fails(domain.CodeUnauthenticated, `{ notifications { totalCount } }`, nil)
		})
	}
}

func manyIDs(id string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = id
	}
	return out
}

// fridge has c create a collaboration, with its first commitment due at due unless "",
// and returns its ID.
func fridge(t *testing.T, c *client, due string) string {
	t.Helper()
	vals := valueIDs(t, c, 1)
	commitment := map[string]any{"kind": "TIME", "quantity": "1"}
	if due != "" {
		commitment["dueAt"] = due
	}
	var created struct {
		CreateCollaboration struct{ Collaboration struct{ ID string } }
	}
	c.ok(`mutation($v: ID!, $c: CommitmentInput!) { createCollaboration(input: {title: "Fridge", goal: "Rescue food together.", remote: true,
		values: [{valueId: $v, weight: 3}], commitment: $c}) { collaboration { id } } }`, map[string]any{"v": vals[0], "c": commitment}, &created)
	return created.CreateCollaboration.Collaboration.ID
}

// TestDiscoveryFollowsOtherInstances: a value added through instance A moves discovery
// results on instance B, which keeps its own index.
func TestDiscoveryFollowsOtherInstances(t *testing.T) {
	a := startServer(t, "postgres")
	b := startServerOn(t, a.dsn)
	viewer, other := a.client(t), a.client(t)
	signUp(t, viewer, "amara")
	signUp(t, other, "bo-chen")
	vals := valueIDs(t, viewer, 2)
	viewer.ok(`mutation($v: ID!) { setMyValue(input: {valueId: $v, strength: 5}) { __typename } }`, map[string]any{"v": vals[0]}, nil)
	other.ok(`mutation($v: ID!) { setMyValue(input: {valueId: $v, strength: 4}) { __typename } }`, map[string]any{"v": vals[1]}, nil)
	onB := b.client(t)
	onB.token = viewer.token
	shared := func() int {
		var out struct {
			DiscoverPeople struct {
				Edges []struct {
					Node         struct{ Handle string }
					SharedValues []struct{ Value struct{ ID string } }
				}
			}
		}
		onB.ok(`{ discoverPeople(first: 10) { edges { node { handle } sharedValues { value { id } } } } }`, nil, &out)
		for _, e := range out.DiscoverPeople.Edges {
			if e.Node.Handle == "bo-chen" {
				return len(e.SharedValues)
			}
		}
		return -1
	}
	if got := shared(); got != -1 {
		t.Fatalf("bo-chen shares nothing yet, but B lists him with %d shared values", got)
	}
	other.ok(`mutation($v: ID!) { setMyValue(input: {valueId: $v, strength: 4}) { __typename } }`, map[string]any{"v": vals[0]}, nil)
	waitFor(t, "B to see the value bo-chen added on A", func() bool { return shared() == 1 })
}

// waitFor polls cond until it holds, failing after 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	sw := clock.Start()
	for !cond() {
		if !sw.Within(10 * time.Second) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// metric returns the value of a sample of /metrics, 0 when absent.
func (s *testServer) metric(t *testing.T, sample string) float64 {
	t.Helper()
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}

// TestPeriodicJobsOnceAcrossInstances: with two instances working one queue, each run of a
// periodic job is worked once between them, and a commitment that became overdue is told
// once.
func TestPeriodicJobsOnceAcrossInstances(t *testing.T) {
	a := startServer(t, "postgres")
	b := startServerOn(t, a.dsn)
	steward := a.client(t)
	signUp(t, steward, "amara")
	fridge(t, steward, a.clock.Now().Add(3*24*time.Hour).Format(time.RFC3339))
	// River inserts a periodic job on its elected leader only; here a does, and both work.
	both := func() { a.tick(t) }
	runs := func(job string) float64 {
		sample := `kindred_scheduled_job_runs_total{job="` + job + `"}`
		return a.metric(t, sample) + b.metric(t, sample)
	}
	both()
	both() // again: nothing new is due
	a.clock.Advance(4 * 24 * time.Hour)
	b.clock.Advance(4 * 24 * time.Hour)
	both()
	both()
	for _, job := range []string{"notify_due", "close_due_proposals"} {
		if got := runs(job); got != 4 {
			t.Errorf("%q ran %v times on the two instances for four runs, want 4", job, got)
		}
	}
	// The reminders reached both instances' buses, which measured how long that took.
	waitFor(t, "the bus lag observed on both instances", func() bool {
		return a.metric(t, "kindred_event_bus_lag_seconds_count") > 0 && b.metric(t, "kindred_event_bus_lag_seconds_count") > 0
	})
	var kinds []string
	a.db.Model(&domain.Notification{}).Order("id").Pluck("kind", &kinds)
	if fmt.Sprint(kinds) != "[COMMITMENT_DUE COMMITMENT_OVERDUE]" {
		t.Errorf("got notifications %v, want the due and then the overdue reminder, once each", kinds)
	}
}

// TestShutdownUnderLoad: a server stopped while writers keep writing loses no write it
// acknowledged, and closes its websockets with a close frame.
func TestShutdownUnderLoad(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			s := startServer(t, dialect)
			steward := s.client(t)
			tok := signUp(t, steward, "amara")
			cid := fridge(t, steward, "")
			ws := dialWS(t, s.url, tok.AccessToken)
			ws.subscribe("1", cid)

			var mu sync.Mutex
			var acked []string
			enough := make(chan struct{})
			var once sync.Once
			var wg sync.WaitGroup
			for w := range 6 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					hc := &http.Client{Timeout: 10 * time.Second}
					for i := 0; ; i++ {
						note := fmt.Sprintf("w%d-%d", w, i)
						if !logNote(hc, s.url, tok.AccessToken, cid, note) {
							return // refused or cut: the server is going away
						}
						mu.Lock()
						acked = append(acked, note)
						if len(acked) >= 60 {
							once.Do(func() { close(enough) })
						}
						mu.Unlock()
					}
				}()
			}
			select {
			case <-enough:
			case <-time.After(30 * time.Second):
				t.Fatal("the writers got nowhere")
			}
			if err := s.stop(); err != nil {
				t.Fatalf("shutdown: %v", err)
			}
			wg.Wait()

			var stored []string
			s.db.Model(&domain.Contribution{}).Pluck("note", &stored)
			have := map[string]bool{}
			for _, n := range stored {
				have[n] = true
			}
			for _, n := range acked {
				if !have[n] {
					t.Errorf("acknowledged write %s is not stored", n)
				}
			}
			t.Logf("%d writes acknowledged before shutdown, %d stored", len(acked), len(stored))

			// The websocket got a close frame rather than a cut connection.
			ws.closed("at shutdown")
		})
	}
}

// logNote logs a contribution with note; it reports whether the server acknowledged it.
func logNote(hc *http.Client, base, token, cid, note string) bool {
	body := fmt.Sprintf(`{"query":"mutation($c: ID!, $n: String!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: \"1\", note: $n}) { contribution { id } } }","variables":{"c":%q,"n":%q}}`, cid, note)
	req, _ := http.NewRequest(http.MethodPost, base+"/query", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := hc.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return false
	}
	return strings.Contains(string(out.Data), `"id"`)
}

// TestListenerCatchesUpAfterReconnect: notifications and activity committed on one
// instance while another's listener is away reach that one's subscribers once back,
// once each and in order, before what comes next (PostgreSQL).
func TestListenerCatchesUpAfterReconnect(t *testing.T) {
	a := startServer(t, "postgres")
	b := startServerOn(t, a.dsn)
	steward := a.client(t)
	amara := signUp(t, steward, "amara")
	cid := fridge(t, steward, "")
	join := func(handle string) {
		c := a.client(t)
		signUp(t, c, handle)
		c.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`,
			map[string]any{"c": cid}, nil)
	}
	notes := dialWS(t, b.url, amara.AccessToken)
	notes.subscribeNotifications("1", "")
	acts := dialWS(t, b.url, amara.AccessToken)
	acts.subscribeActivity("1", cid, "")
	time.Sleep(300 * time.Millisecond) // let the subscriptions start before the change

	listeners := func() (n int64) {
		if err := a.db.Raw("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?", events.ListenerName).Scan(&n).Error; err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := listeners(); n != 2 {
		t.Fatalf("%d listeners, want one per instance", n)
	}
	if err := a.db.Exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?", events.ListenerName).Error; err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the listeners' backends to end", func() bool { return listeners() == 0 })
	join("bo-chen")
	join("cy-ra")
	b.reconnect <- struct{}{}
	got := []string{notes.notice().Actor.Handle, notes.notice().Actor.Handle}
	if fmt.Sprint(got) != "[bo-chen cy-ra]" {
		t.Fatalf("after the listener came back got %v, want [bo-chen cy-ra]", got)
	}
	// Each request is a commitment made and a membership requested.
	var verbs []string
	var last int64
	for range 4 {
		id, v := acts.activity()
		_, key, _ := relay.Parse(id)
		if key <= last {
			t.Fatalf("activity %d came after %d, want oldest first", key, last)
		}
		last = key
		verbs = append(verbs, v)
	}
	if n := strings.Count(strings.Join(verbs, " "), "membership.requested"); n != 2 {
		t.Fatalf("got %v, want both join requests' activity", verbs)
	}
	join("dee")
	if n := notes.notice(); n.Actor.Handle != "dee" {
		t.Fatalf("got %+v, want dee's request live", n)
	}
	notes.quiet("after the live one")
}
