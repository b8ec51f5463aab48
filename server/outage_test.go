package main

import (
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"kindred/clock"
	"kindred/database/dbtest"
)

// privateCluster is a PostgreSQL cluster of one test's own, which it stops and starts;
// the cluster the other tests share never goes down.
type privateCluster struct {
	t    *testing.T
	dir  string
	port string
	url  string
}

// newPrivateCluster starts a cluster (scripts/pg-cluster) on KINDRED_TEST_CLUSTER_PORT,
// or else on a free port, removed when the test ends. Like every PostgreSQL test it is
// skipped when no PostgreSQL is configured.
func newPrivateCluster(t *testing.T) *privateCluster {
	t.Helper()
	dbtest.SkipWithoutPostgres(t)
	// Not t.TempDir: the cluster runs as the postgres user, who must reach its directory.
	dir, err := os.MkdirTemp("", "kindred-pg-")
	if err != nil {
		t.Fatal(err)
	}
	port := os.Getenv("KINDRED_TEST_CLUSTER_PORT")
	if port == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port = strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
		_ = ln.Close() // only its number was wanted
	}
	c := &privateCluster{t: t, dir: dir, port: port}
	t.Cleanup(func() {
		c.stop()
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	c.start()
	return c
}

func (c *privateCluster) start() {
	c.t.Helper()
	out, err := exec.Command("../scripts/pg-cluster", "start", c.dir, c.port).Output()
	if err != nil {
		c.t.Fatalf("start a private PostgreSQL: %v", err)
	}
	c.url = strings.TrimSpace(string(out))
}

func (c *privateCluster) stop() {
	c.t.Helper()
	if out, err := exec.Command("../scripts/pg-cluster", "stop", c.dir).CombinedOutput(); err != nil {
		c.t.Fatalf("stop the private PostgreSQL: %v\n%s", err, out)
	}
}

// TestDatabaseOutageAnswers503: while the database is down every request that needs it
// gets 503 with Retry-After and the code UNAVAILABLE, not 200 and INTERNAL; the log says
// so once, not once a statement, and once more when the database is back (issue 19,
// item 8).
func TestDatabaseOutageAnswers503(t *testing.T) {
	pg := newPrivateCluster(t)
	var log logBuffer
	srv := startServerWith(t, pg.url, serverOptions{log: &log})
	amara, anon := srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	const lookup = `query { person(handle: "amara") { handle displayName } }`
	anon.ok(lookup, nil, nil)

	pg.stop()
	for range 5 {
		for name, r := range map[string]*gqlResponse{
			"anonymous query":     anon.do(lookup, nil),
			"signed-in query":     amara.do(`query { viewer { handle } person(handle: "amara") { bio } }`, nil),
			"mutation":            anon.do(signUpDoc, map[string]any{"in": map[string]any{"handle": "bo-chen", "displayName": "Bo", "email": "bo@example.org", "password": "a long passphrase"}}),
			"mutation signed in":  amara.do(`mutation { updateProfile(input: {bio: "down"}) { person { bio } } }`, nil),
			"query without a doc": anon.do(`query { values(first: 3) { totalCount } }`, nil),
		} {
			if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
				t.Errorf("%s: got HTTP %d, Retry-After %q, want 503 with Retry-After", name, r.status, r.header.Get("Retry-After"))
			}
			if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "UNAVAILABLE" {
				t.Errorf("%s: got errors %+v, want code UNAVAILABLE", name, r.Errors)
			}
		}
	}
	// Before GraphQL runs too (an export); meanwhile the job queue polls into the outage.
	resp, err := http.Get(srv.url + "/collaborations/any/impact.json")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("export: got HTTP %d, Retry-After %q, want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if _, err := srv.jobs.Client().Insert(context.Background(), notifyDue{}, nil); err == nil {
		t.Error("a job was queued while the database was down")
	}

	if got := log.lines(`"msg":"database unavailable"`); len(got) != 1 {
		t.Errorf("got %d lines saying the database is unavailable, want 1:\n%s", len(got), strings.Join(got, "\n"))
	}
	if got := log.lines(`"level":"ERROR"`); len(got) > 0 {
		t.Errorf("got %d ERROR lines during the outage, want none:\n%s", len(got), strings.Join(got, "\n"))
	}

	pg.start()
	for sw := clock.Start(); ; {
		r := anon.do(lookup, nil)
		if len(r.Errors) == 0 && r.status == http.StatusOK {
			break
		}
		if !sw.Within(30 * time.Second) {
			t.Fatalf("database back: still HTTP %d %+v", r.status, r.Errors)
		}
		time.Sleep(50 * time.Millisecond) // waiting for reconnection, not for time to pass
	}
	if got := log.lines(`"msg":"database available again"`); len(got) != 1 {
		t.Errorf("got %d lines saying the database is back, want 1:\n%s", len(got), strings.Join(got, "\n"))
	}
	if got := log.lines(`"msg":"database unavailable"`); len(got) != 1 {
		t.Errorf("got %d lines saying the database is unavailable, want 1", len(got))
	}
}

// TestClientGoneLogsNoError: a client that disconnects while its request waits on the
// database leaves no ERROR line in the log (issue 19, item 8).
func TestClientGoneLogsNoError(t *testing.T) {
	var log logBuffer
	srv := startServerWith(t, dbtest.URL(t, "postgres"), serverOptions{log: &log})
	c := srv.client(t)
	signUp(t, c, "amara")
	// The test holds the people table, so the request below waits on it.
	ctx := context.Background()
	tx := srv.db.WithContext(ctx).Begin()
	if err := tx.Exec("LOCK TABLE people IN ACCESS EXCLUSIVE MODE").Error; err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	reqCtx, hangUp := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		req, _ := http.NewRequestWithContext(reqCtx, http.MethodPost, srv.url+"/query",
			strings.NewReader(`{"query": "{ a: person(handle: \"amara\") { handle } b: person(handle: \"bo\") { handle } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			t.Error("the request was answered while the table was held")
		}
	}()
	for sw := clock.Start(); ; {
		var waiting int64
		if err := srv.db.Raw("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").Scan(&waiting).Error; err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			break
		}
		if !sw.Within(30 * time.Second) {
			t.Fatal("the request never waited on the table")
		}
		time.Sleep(10 * time.Millisecond) // waiting for the request to reach the database
	}
	hangUp()
	<-done
	// The server's access log line comes once it has given the request up.
	for sw := clock.Start(); len(log.lines(`"msg":"request"`, `"path":"/query"`)) < 2; {
		if !sw.Within(30 * time.Second) {
			t.Fatal("the server never finished the request")
		}
		time.Sleep(10 * time.Millisecond) // waiting for the server, not for time to pass
	}
	if got := log.lines(`"level":"ERROR"`); len(got) > 0 {
		t.Errorf("got %d ERROR lines for a client that left, want none:\n%s", len(got), strings.Join(got, "\n"))
	}
}
