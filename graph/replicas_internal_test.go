package graph

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestViewerIdentityMayLag: a public page may ask who the viewer is and still read a
// replica, because those fields come from the session's own row, read on the primary when
// the request was authenticated; anything the viewer's row does not hold reads the primary.
func TestViewerIdentityMayLag(t *testing.T) {
	// The list is kept by hand: each name must stay a field of Person.
	person := NewExecutableSchema(Config{}).Schema().Types["Person"]
	for name := range viewerRow {
		if name != "__typename" && person.Fields.ForName(name) == nil {
			t.Errorf("viewerRow names %q, which Person does not have", name)
		}
	}
	for _, tc := range []struct {
		doc  string
		want bool
	}{
		{`{ collaboration(slug: "a") { title } }`, true},
		{`{ collaboration(slug: "a") { title viewerMembership { role } } viewer { id } }`, true},
		{`{ viewer { __typename id handle displayName timeZone locale role } }`, true},
		{`{ person(handle: "a") { id } ... on Query { viewer { id } } }`, true},
		{`{ viewer { id memberships { id } } }`, false},
		{`{ viewer { id email } }`, true},
		{`{ viewer { id viewerHasBlocked } }`, false},
		{`{ viewer { id needsForYou { totalCount } } collaboration(slug: "a") { id } }`, false},
		{`{ dashboard { id } }`, false},
		{`{ collaboration(slug: "a") { id } notifications { totalCount } }`, false},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.doc})
		if err != nil {
			t.Fatalf("%s: %v", tc.doc, err)
		}
		if got := onlyLagTolerant(doc.Operations[0].SelectionSet); got != tc.want {
			t.Errorf("%s: may lag %v, want %v", tc.doc, got, tc.want)
		}
	}
}
