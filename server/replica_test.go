package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
)

// TestReadReplica runs a server with the test cluster's streaming replica and follows
// where reads go by the replica's own pg_stat_statements.
func TestReadReplica(t *testing.T) {
	dsn := dbtest.URL(t, "postgres")
	replica := dbtest.ReplicaURL(t, dsn)
	var replicas *database.Replicas
	srv := startServerWith(t, dsn, serverOptions{replicas: func(r *database.Replicas) { replicas = r }}, "--database-replica-urls", replica)
	if replicas == nil {
		t.Fatal("the server started without replicas")
	}
	// check lets the replica catch up with the primary and checks it as the server would.
	check := func() {
		t.Helper()
		dbtest.CatchUp(t, dsn, replica)
		replicas.Check(context.Background())
	}
	amara := srv.client(t)
	signUp(t, amara, "amara")
	vals := valueIDs(t, amara, 1)
	var created struct {
		CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
	}
	amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Seed library", goal: "Keep local seeds in circulation.",
		location: "Leiden", values: [{valueId: $v, weight: 4}], commitment: {kind: TIME, quantity: "2"}}) { collaboration { id slug } } }`,
		map[string]any{"v": vals[0]}, &created)
	slug := created.CreateCollaboration.Collaboration.Slug
	const readDoc = `query($s: String!) { collaboration(slug: $s) { title goal } }`
	var read struct{ Collaboration *struct{ Title string } }

	t.Run("read_your_writes", func(t *testing.T) {
		onReplica, onPrimary := dbtest.ReplicaStatements(t, dsn, "collaborations"), replicas.PrimaryReads()
		amara.ok(readDoc, map[string]any{"s": slug}, &read)
		if read.Collaboration == nil || read.Collaboration.Title != "Seed library" {
			t.Fatalf("read right after the write: got %+v, want the new collaboration", read.Collaboration)
		}
		if got := dbtest.ReplicaStatements(t, dsn, "collaborations"); got != onReplica {
			t.Errorf("replica statements on collaborations: got %d, want %d (the writer reads the primary)", got, onReplica)
		}
		if replicas.PrimaryReads() == onPrimary {
			t.Error("primary reads did not grow: the writer's read went elsewhere")
		}
		// Past the window the same read may lag, and goes to the replica.
		srv.clock.Advance(6 * time.Second)
		check()
		onReplica = dbtest.ReplicaStatements(t, dsn, "collaborations")
		amara.ok(readDoc, map[string]any{"s": slug}, &read)
		if got := dbtest.ReplicaStatements(t, dsn, "collaborations"); got <= onReplica || read.Collaboration == nil {
			t.Errorf("replica statements on collaborations after the window: got %d, want more than %d (read %+v)", got, onReplica, read.Collaboration)
		}
	})

	t.Run("collaboration_page_reads_the_replica", func(t *testing.T) {
		// The web app's own document, which also asks who is looking (viewer { id }).
		doc, err := os.ReadFile("../bench/queries/collaboration.operation.graphql")
		if err != nil {
			t.Fatal(err)
		}
		srv.clock.Advance(6 * time.Second) // past amara's window after her write
		check()
		onReplica, onPrimary := dbtest.ReplicaStatements(t, dsn, "collaborations"), replicas.PrimaryReads()
		var page struct {
			Collaboration *struct{ Title string }
			Viewer        *struct{ ID string }
		}
		amara.ok(string(doc), map[string]any{"slug": slug}, &page)
		if page.Collaboration == nil || page.Collaboration.Title != "Seed library" || page.Viewer == nil {
			t.Fatalf("collaboration page: got %+v", page)
		}
		if got := dbtest.ReplicaStatements(t, dsn, "collaborations"); got <= onReplica {
			t.Errorf("replica statements on collaborations: got %d, want more than %d", got, onReplica)
		}
		if got := replicas.PrimaryReads(); got != onPrimary {
			t.Errorf("reads that may lag sent to the primary: got %d, want %d", got, onPrimary)
		}
	})

	// report downloads the impact report, anonymously, and returns it.
	anon := srv.client(t)
	report := func() string {
		t.Helper()
		resp, body := anon.download("/collaborations/" + slug + "/impact.json")
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Seed library") {
			t.Fatalf("impact report: got %d %s", resp.StatusCode, body)
		}
		return string(body)
	}
	ready := func() string {
		t.Helper()
		resp, err := http.Get(srv.url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("/readyz: got %d %s, want 200 (the primary serves)", resp.StatusCode, body)
		}
		return string(body)
	}

	t.Run("report_reads_the_replica", func(t *testing.T) {
		before := dbtest.ReplicaStatements(t, dsn, "outcomes")
		report()
		if got := dbtest.ReplicaStatements(t, dsn, "outcomes"); got <= before {
			t.Errorf("replica statements on outcomes: got %d, want more than %d", got, before)
		}
		if got := ready(); !strings.Contains(got, "in rotation, lag") {
			t.Errorf("/readyz: got %q, want the replica in rotation", got)
		}
		metrics := fetch(t, srv.url+"/metrics")
		name := replicas.Status()[0].Name
		for _, want := range []string{`kindred_db_replica_healthy{replica="` + name + `"} 1`, `kindred_db_replica_lag_seconds{replica="` + name + `"}`, `kindred_db_reads_total{target="primary"}`} {
			if !strings.Contains(metrics, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
	})

	t.Run("stopped_replica_moves_reads_to_the_primary", func(t *testing.T) {
		want := report()
		start := dbtest.StopReplica(t)
		onPrimary := replicas.PrimaryReads()
		// The first read meets the stopped replica and is answered by the primary.
		if got := report(); got != want {
			t.Errorf("report with the replica stopped: got %s, want %s", got, want)
		}
		if st := replicas.Status()[0]; st.Healthy || !strings.Contains(st.Reason, "unreachable") {
			t.Errorf("status with the replica stopped: got %+v, want out of rotation, unreachable", st)
		}
		replicas.Check(context.Background())
		report()
		if got := replicas.PrimaryReads(); got <= onPrimary {
			t.Errorf("primary reads: got %d, want more than %d", got, onPrimary)
		}
		if got := ready(); !strings.Contains(got, "out of rotation: unreachable") {
			t.Errorf("/readyz: got %q, want the replica out of rotation", got)
		}

		start()
		check()
		before := dbtest.ReplicaStatements(t, dsn, "outcomes")
		if got := report(); got != want {
			t.Errorf("report with the replica back: got %s, want %s", got, want)
		}
		if got := dbtest.ReplicaStatements(t, dsn, "outcomes"); got <= before {
			t.Errorf("replica statements on outcomes once it is back: got %d, want more than %d", got, before)
		}
	})
}

func fetch(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url) //nolint:gosec // G107: the test server's own URL
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}
