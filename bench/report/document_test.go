package main

import (
	"os"
	"strings"
	"testing"
)

// TestDocument: the collaboration page's document has its operation and every fragment
// it spreads once, and the committed copy bench/run.sh loads is up to date.
func TestDocument(t *testing.T) {
	src, err := os.ReadFile("../../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Document(string(src), "GetCollaboration")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"query GetCollaboration (", "fragment CollaborationHeader_collaboration on Collaboration", "fragment NeedList_collaboration"} {
		if strings.Count(doc, want) != 1 {
			t.Errorf("document has %q %d times, want once:\n%s", want, strings.Count(doc, want), doc)
		}
	}
	committed, err := os.ReadFile("../queries/collaboration.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if string(committed) != doc {
		t.Error("bench/queries/collaboration.graphql differs from the web app's GetCollaboration: run go run ./bench/report document GetCollaboration > bench/queries/collaboration.graphql")
	}
	if _, err := Document(string(src), "NoSuchOperation"); err == nil {
		t.Error("an unknown operation: got no error")
	}
}
