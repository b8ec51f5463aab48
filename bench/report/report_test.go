package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseLog: statements logged by the extended and simple protocols come out in
// order, with their parameters inlined, multi-line statements whole; the job queue's
// upkeep and pings on the same connections are left out.
func TestParseLog(t *testing.T) {
	log := `2026-11-26 22:10:00.101 UTC [41] LOG:  execute stmtcache_1: SELECT * FROM "people" WHERE "people"."id" IN ($1,$2,$10) AND note = $3
2026-11-26 22:10:00.101 UTC [41] DETAIL:  parameters: $1 = '5', $2 = '7', $3 = 'it''s, $2 = ok', $10 = NULL
2026-11-26 22:10:00.102 UTC [42] LOG:  statement: SELECT count(*)
	FROM values
2026-11-26 22:10:00.103 UTC [42] LOG:  checkpoint starting: time
2026-11-26 22:10:00.104 UTC [43] LOG:  execute stmtcache_9: -- name: JobDeleteBefore :execresult
	DELETE FROM river_job WHERE id IN (SELECT id FROM river_job WHERE finalized_at < $1)
2026-11-26 22:10:00.104 UTC [43] DETAIL:  parameters: $1 = '2026-11-25 22:10:00+00'
2026-11-26 22:10:00.105 UTC [41] LOG:  statement: -- ping
`
	got, err := ParseLog(strings.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`SELECT * FROM "people" WHERE "people"."id" IN ('5','7',NULL) AND note = 'it''s, $2 = ok'`,
		"SELECT count(*)\n\tFROM values",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].SQL != want[i] {
			t.Errorf("statement %d: got %q, want %q", i, got[i].SQL, want[i])
		}
	}
	if s := PgbenchScript(got); !strings.HasSuffix(s, "FROM values;\n") || strings.Count(s, ";\n") != 2 {
		t.Errorf("pgbench script: got %q, want each statement ended by a semicolon", s)
	}
	if _, err := ParseLog(strings.NewReader("2026-11-26 22:10:00.101 UTC [41] LOG:  execute x: SELECT $1\n")); err == nil {
		t.Error("a statement without its logged parameters: got no error")
	}
}

// TestSQLBound: one statement per field with a selection, fragments expanded, plus the viewer.
func TestSQLBound(t *testing.T) {
	got, err := SQLBound(`query Q { a { b { c } d } ...F } fragment F on Query { e { f } }`)
	if err != nil {
		t.Fatal(err)
	}
	if want := 4; got != want { // a, b, e and the viewer
		t.Errorf("got %d, want %d", got, want)
	}
}

// TestSQLBoundSiblingSpreads: one fragment spread by two sibling fields counts under each;
// a fragment that spreads itself is refused.
func TestSQLBoundSiblingSpreads(t *testing.T) {
	got, err := SQLBound(`query Q { a { x { ...Q1 } y { ...Q1 } } } fragment Q1 on Q { k }`)
	if err != nil || got != 4 { // a, x, y and the viewer
		t.Errorf("got %d, %v; want 4", got, err)
	}
	if _, err := SQLBound(`query Q { a { ...L } } fragment L on A { b { ...L } }`); err == nil || !strings.Contains(err.Error(), "spreads itself") {
		t.Errorf("a fragment spreading itself: got %v", err)
	}
}

// TestTableWebRequests: a page's requests to /query are reported under the table, and
// only for the operations that are pages.
func TestTableWebRequests(t *testing.T) {
	got := Table(Result{Operations: []Operation{{Name: "nested", SQLBound: 8}, {Name: "dashboard", SQLBound: 57, WebRequests: 1, WebRequestsBefore: 7}}})
	if !strings.Contains(got, "\ndashboard requests: 1 (was 7)") || strings.Contains(got, "nested requests") {
		t.Errorf("got\n%s\nwant one line: dashboard requests: 1 (was 7)", got)
	}
}

// TestTableReplica: a run with a replica is reported under the table, each run in the
// order it ran, with where its reads that may lag went.
func TestTableReplica(t *testing.T) {
	r := Result{Operations: []Operation{{Name: "collaboration", SQLBound: 70}}, Replica: &ReplicaRuns{
		Operation: "collaboration", RPSRatio: 1.25, Runs: []ReplicaRun{
			{Replicas: 0, RPS: 200, P99: 80},
			{Replicas: 1, RPS: 250, P99: 60, Reads: map[string]int{"primary": 3, "127.0.0.1:54400": 900}},
		}}}
	got := Table(r)
	want := "\ncollaboration without and with one streaming replica on this host, alternated: " +
		"without 200 requests/s (p99 80.0 ms); with 250 requests/s (p99 60.0 ms; reads that may lag: 900 on 127.0.0.1:54400, 3 on primary). " +
		"With the replica: 1.25 times the requests/s.\n"
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant it to contain\n%s", got, want)
	}
	if strings.Contains(Table(Result{}), "replica") {
		t.Error("a run without a replica mentions one")
	}
}

// TestPerformanceTable: docs/performance.md's table is the table of the committed result,
// and Rewrite keeps everything around the markers.
func TestPerformanceTable(t *testing.T) {
	b, err := os.ReadFile("../results/latest.json")
	if err != nil {
		t.Fatal(err)
	}
	var r Result
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("latest.json: %v", err)
	}
	// Three before the dashboard joined the run, four since.
	if len(r.Operations) < 3 || r.Date == "" || r.Commit == "" || r.PeakRSSKB == 0 {
		t.Errorf("latest.json: got %+v, want a date, commit, peak RSS and three operations or more", r)
	}
	doc, err := os.ReadFile("../../docs/performance.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), beginMarker+"\n"+Table(r)+endMarker) {
		t.Error("docs/performance.md's table is not the one of bench/results/latest.json: run go run ./bench/report table")
	}
	out, err := Rewrite("intro\n"+beginMarker+"\nold\n"+endMarker+"\noutro\n", "new\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "intro\n" + beginMarker + "\nnew\n" + endMarker + "\noutro\n"; out != want {
		t.Errorf("Rewrite: got %q, want %q", out, want)
	}
	if _, err := Rewrite("no markers", "new\n"); err == nil {
		t.Error("Rewrite without markers: got no error")
	}
}

// TestScripts: the benchmark's shell scripts parse, and every operation has its script
// and document; CI builds the benchmark but does not run it.
func TestScripts(t *testing.T) {
	for _, f := range []string{"../run.sh", "../../scripts/pg-cluster"} {
		if out, err := exec.Command("bash", "-n", f).CombinedOutput(); err != nil {
			t.Errorf("bash -n %s: %v\n%s", f, err, out)
		}
	}
	// The collaboration's document is composed from the web app's section fragments.
	files := map[string]string{"nested": "nested.graphql", "collaboration": "collaboration.operation.graphql", "discover": "discover.graphql",
		"dashboard": "dashboard.operation.graphql"}
	for _, op := range []string{"nested", "collaboration", "discover", "dashboard"} {
		file := files[op]
		lua, err := os.ReadFile(filepath.Join("..", op+".lua"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(lua), `query_file = "bench/queries/`+file+`"`) || !strings.Contains(string(lua), "function variables()") {
			t.Errorf("bench/%s.lua: want it to load bench/queries/%s and define variables()", op, file)
		}
		doc, err := os.ReadFile(filepath.Join("..", "queries", file))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := SQLBound(string(doc)); err != nil {
			t.Errorf("bench/queries/%s: %v", file, err)
		}
	}
}
