package main

import (
	"os"
	"strings"
	"testing"
)

// TestDocument: the collaboration's full document and the dashboard's have their operation
// and every section fragment they spread once, and the committed copies bench/run.sh loads
// are up to date.
func TestDocument(t *testing.T) {
	src, err := os.ReadFile("../../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Collaboration(string(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"query Collaboration (", "fragment CollaborationOverview_collaboration on Collaboration", "fragment NeedList_collaboration", "fragment LedgerSection_collaboration", "fragment ActivitySection_collaboration"} {
		if strings.Count(doc, want) != 1 {
			t.Errorf("document has %q %d times, want once:\n%s", want, strings.Count(doc, want), doc)
		}
	}
	committed, err := os.ReadFile("../queries/collaboration.operation.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if string(committed) != doc {
		t.Error("bench/queries/collaboration.operation.graphql differs from the web app's section fragments: run go run ./bench/report document Collaboration > bench/queries/collaboration.operation.graphql")
	}
	dashboard, err := Document(string(src), "GetDashboard")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"query GetDashboard {", "fragment DashboardPage_dashboard on Dashboard", "fragment BestMatches_query on Query", "fragment NeedsForYouList_page"} {
		if strings.Count(dashboard, want) != 1 {
			t.Errorf("dashboard document has %q %d times, want once:\n%s", want, strings.Count(dashboard, want), dashboard)
		}
	}
	if committed, err := os.ReadFile("../queries/dashboard.operation.graphql"); err != nil || string(committed) != dashboard {
		t.Errorf("bench/queries/dashboard.operation.graphql differs from the web app's GetDashboard (%v): run go run ./bench/report document GetDashboard > bench/queries/dashboard.operation.graphql", err)
	}
	if _, err := Document(string(src), "GetCollaborationPeople"); err != nil {
		t.Errorf("a section's own query: %v", err)
	}
	if _, err := Document(string(src), "NoSuchOperation"); err == nil {
		t.Error("an unknown operation: got no error")
	}
}
