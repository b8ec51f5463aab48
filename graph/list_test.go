package graph

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// selection parses query against the schema and returns the selection set of the
// first field of its operation, as the executor hands it to a list's marshaller.
func selection(t *testing.T, query string) ast.SelectionSet {
	t.Helper()
	doc, errs := gqlparser.LoadQueryWithRules(NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema(), query, rules.NewDefaultRules())
	if errs != nil {
		t.Fatal(errs)
	}
	return doc.Operations[0].SelectionSet[0].(*ast.Field).SelectionSet
}

func TestSelectsConcurrent(t *testing.T) {
	for _, c := range []struct {
		name, query string
		want        bool
	}{
		{"plain fields and a pure ID resolver", `{ discoverPeople { edges { score node { id handle displayName skills }
			sharedValues { viewerStrength value { id slug name } } } } }`, false},
		{"a resolver using the service", `{ discoverPeople { edges { node { handle values { strength } } } } }`, true},
		{"in an inline fragment", `{ discoverPeople { edges { node { ... on Person { memberships { __typename } } } } } }`, true},
		{"in a named fragment", `query { discoverPeople { edges { ...E } } } fragment E on PersonMatchEdge { sharedValues { value { holderCount } } }`, true},
		{"a named fragment of plain fields", `query { discoverPeople { edges { ...E } } } fragment E on PersonMatchEdge { sharedValues { value { name } } }`, false},
		{"through an interface", `{ nodes(ids: []) { id ... on Value { name } } }`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := selectsConcurrent(selection(t, c.query)); got != c.want {
				t.Errorf("selectsConcurrent = %v, want %v", got, c.want)
			}
		})
	}
}

// The table gqlgen writes: resolvers that reach the service or the context wait; those
// that compute from their object alone, like the IDs, do not; nor do interfaces' fields
// unless an implementor's does.
func TestConcurrentFieldsTable(t *testing.T) {
	for k, want := range map[fieldKey]bool{
		{"Person", "values"}:         true,
		{"Person", "email"}:          true,
		{"Value", "holderCount"}:     true,
		{"Person", "id"}:             false,
		{"Value", "id"}:              false,
		{"Node", "id"}:               false,
		{"SharedValue", "value"}:     false,
		{"PersonMatchEdge", "node"}:  false,
		{"Collaboration", "members"}: true,
	} {
		if concurrentFields[k] != want {
			t.Errorf("concurrentFields[%v] = %v, want %v", k, concurrentFields[k], want)
		}
	}
}

func TestMarshalListInPlace(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
		func(context.Context, any) error { return errors.New("internal system error") })
	plain := selection(t, `{ discoverPeople { edges { score } } }`)
	var order []int
	base := runtime.NumGoroutine()
	got := marshalList(ctx, plain, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		if idx := graphql.GetFieldContext(ctx).Index; idx == nil || *idx != i {
			t.Errorf("element %d has index %v", i, idx)
		}
		if n := runtime.NumGoroutine(); n != base {
			t.Errorf("element %d marshalled with %d goroutines, want the caller's %d alone", i, n, base)
		}
		order = append(order, i)
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	})
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("marshalled in order %v, want 0 1 2", order)
	}
	var b bytes.Buffer
	got.MarshalGQL(&b)
	if b.String() != "[0,null,2]" {
		t.Errorf("got %s, want [0,null,2]: a panicking element is null", b.String())
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 {
		t.Errorf("errors %v, want the one panic", errs)
	}
}

func TestNewDeferredGroupOnlyWhenDeferred(t *testing.T) {
	ctx := context.Background()
	plain := []graphql.CollectedField{{Field: &ast.Field{Name: "a"}}}
	if g := newDeferredGroup(ctx, plain); g.Defers != nil || g.FieldSet != nil {
		t.Errorf("a group without deferred fields: %+v", g)
	}
	deferred := append(plain, graphql.CollectedField{Field: &ast.Field{Name: "b"}, Deferrables: []*graphql.Deferrable{{Label: "later"}}})
	if g := newDeferredGroup(ctx, deferred); g.Defers == nil || g.FieldSet == nil {
		t.Errorf("no group for a deferred field: %+v", g)
	}
}

// object writes what gqlgen's FieldSet writes, repeated aliases included.
func TestObjectWritesAsFieldSet(t *testing.T) {
	for _, aliases := range [][]string{nil, {"a"}, {"a", "b", "c"}, {"a", "b", "a", "c", "b"}} {
		fields := make([]graphql.CollectedField, len(aliases))
		fs := graphql.NewFieldSet(fields)
		for i, a := range aliases {
			fields[i].Field = &ast.Field{Alias: a, Name: a}
			fs.Values[i] = graphql.MarshalInt(i)
		}
		var want, got bytes.Buffer
		fs.MarshalGQL(&want)
		object{fields, fs.Values}.MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("aliases %v: got %s, want %s", aliases, got.String(), want.String())
		}
	}
}

// intValue writes what graphql.MarshalInt writes.
func TestIntValueWritesAsGqlgen(t *testing.T) {
	for _, i := range []int{0, 5, -7, 99, 100, 255, 256, 90210, -1 << 63, 1<<63 - 1} {
		var want, got bytes.Buffer
		graphql.MarshalInt(i).MarshalGQL(&want)
		marshalInt(i).MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("%d: got %s, want %s", i, got.String(), want.String())
		}
	}
}
