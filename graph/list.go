package graph

import (
	"context"
	"io"
	"slices"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// fieldKey names a field by its type (object or interface) and name.
type fieldKey struct{ typ, field string }

// marshalList marshals a list of n objects as graphql.MarshalSliceConcurrently does, in
// place of it in the generated code (see graph/gqlgen). The elements are marshalled one
// after another when their selection reaches no field in concurrentFields: those fields
// may wait on a loader, which batches only if the elements are marshalled concurrently,
// while for the others a goroutine per element is pure cost.
func marshalList(ctx context.Context, sel ast.SelectionSet, n int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	if n < 2 || selectsConcurrent(sel) {
		return graphql.MarshalSliceConcurrently(ctx, n, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, n)
	// The elements' field contexts and indexes, in one allocation each for the list.
	fcs, index := make([]graphql.FieldContext, n), make([]int, n)
	for i := range n {
		index[i], fcs[i].Index = i, &index[i]
		ctx := graphql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(ctx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(ctx, graphql.Recover(ctx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(ctx, i)
		}()
	}
	return ret
}

// selectsConcurrent tells whether sel, through its fields and fragments at any depth,
// selects a field in concurrentFields.
func selectsConcurrent(sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if s.ObjectDefinition != nil && concurrentFields[fieldKey{s.ObjectDefinition.Name, s.Name}] {
				return true
			}
			if selectsConcurrent(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if selectsConcurrent(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && selectsConcurrent(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// newDeferredGroup stands for graphql.NewDeferredGroup in the generated code: it makes
// the group, which costs the object's whole path, only when one of fields is deferred.
// The generated code touches the group only for deferred fields.
func newDeferredGroup(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	for _, f := range fields {
		if f.IsDeferred() {
			return graphql.NewDeferredGroup(ctx)
		}
	}
	return graphql.DeferredGroup{}
}

// object stands for an object's *graphql.FieldSet as the value the generated code returns
// (see graph/gqlgen): it writes the same JSON, but gqlgen's FieldSet.MarshalGQL makes a
// map of written aliases and a copy of each field to write every object, a third of a
// discovery response's allocations.
type object struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

func (o object) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	first := true
	for i := range o.fields {
		alias := o.fields[i].Alias
		if slices.ContainsFunc(o.fields[:i], func(f graphql.CollectedField) bool { return f.Alias == alias }) {
			continue // written already, as gqlgen writes only the first
		}
		if !first {
			io.WriteString(w, ",")
		}
		first = false
		// An alias is a GraphQL name: nothing in it needs escaping.
		io.WriteString(w, `"`)
		io.WriteString(w, alias)
		io.WriteString(w, `":`)
		o.values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}

// intValue writes an Int. It stands for graphql.MarshalInt, which makes a closure for
// each; an intValue below 256 is boxed without allocating, and so is written.
type intValue int

func marshalInt(i int) graphql.Marshaler { return intValue(i) }

func (i intValue) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Itoa(int(i))) }
