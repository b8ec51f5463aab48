package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fieldFunc is a field function as gqlgen v0.17.98 writes it.
func fieldFunc(name, value, typ, marshal string) string {
	return `func (ec *executionContext) ` + name + `(ctx context.Context, field graphql.CollectedField, obj *model.Thing) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext` + name + `(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return ` + value + `, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v ` + typ + `) graphql.Marshaler {
			return ` + marshal + `(ctx, selections, v)
		},
		true,
		true,
	)
}
`
}

func TestDirectFields(t *testing.T) {
	leaf := fieldFunc("_Thing_name", "obj.Name", "string", "ec.marshalNString2string")
	optional := fieldFunc("_Thing_score", "obj.Score", "*float64", "ec.marshalOFloat2ᚖfloat64")
	required := fieldFunc("_Thing_when", "obj.When", "*time.Time", "ec.marshalNTime2ᚖtimeᚐTime")
	object := fieldFunc("_Thing_owner", "obj.Owner", "*domain.Person", "ec.marshalNPerson2ᚖkindredᚋdomainᚐPerson")
	other := fieldFunc("_Thing_maker", "obj.Maker", "*domain.Person", "ec.marshalNPerson2ᚖkindredᚋdomainᚐPerson")
	src := leaf + optional + required + object + other
	leaves := map[string]bool{"_Thing_name": true, "_Thing_score": true, "_Thing_when": true}
	plain := map[string]bool{"_Thing_owner": true}
	out, err := directFields([]byte(src), leaves, plain)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	underContext := func(name, value, marshal string) string {
		return "(ret graphql.Marshaler) {\n\tfc, err := ec.fieldContext" + name + "(ctx, field)\n\tif err != nil {\n\t\treturn graphql.Null\n\t}\n" +
			"\tfc.Result = " + value + "\n\tctx = graphql.WithFieldContext(ctx, fc)\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n" +
			"\t\t\tec.OperationContext.Error(ctx, ec.OperationContext.Recover(ctx, r))\n\t\t\tret = graphql.Null\n\t\t}\n\t}()\n" +
			"\treturn " + marshal + "(ctx, field.Selections, " + value + ")\n}\n"
	}
	for _, want := range []string{
		"(ret graphql.Marshaler) {\n\treturn ec.marshalNString2string(ctx, field.Selections, obj.Name)\n}\n",
		"(ret graphql.Marshaler) {\n\treturn ec.marshalOFloat2ᚖfloat64(ctx, field.Selections, obj.Score)\n}\n",
		// a non-null pointer's null error needs the field's path
		underContext("_Thing_when", "obj.When", "ec.marshalNTime2ᚖtimeᚐTime"),
		underContext("_Thing_owner", "obj.Owner", "ec.marshalNPerson2ᚖkindredᚋdomainᚐPerson"),
		other, // neither a leaf nor plain
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks\n%s\ngot\n%s", want, got)
		}
	}
	if _, err := directFields([]byte(other), leaves, plain); err == nil {
		t.Error("no error when nothing could be rewritten")
	}
}

func TestPureResolvers(t *testing.T) {
	dir := t.TempDir()
	src := `package graph

func (r *thingResolver) ID(ctx context.Context, obj *domain.Thing) (string, error) {
	return relay.ID(relay.TypeThing, obj.ID), nil
}

func (r *thingResolver) Owner(ctx context.Context, obj *domain.Thing) (*domain.Person, error) {
	return r.loaders(ctx).Person.Load(ctx, obj.OwnerID)
}

func (r *thingResolver) Count(ctx context.Context, obj *domain.Thing) (int, error) {
	return r.Service.Count(obj.ID)
}
`
	if err := os.WriteFile(filepath.Join(dir, "schema.resolvers.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pure, err := pureResolvers(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !pure["thingResolver.ID"] || pure["thingResolver.Owner"] || pure["thingResolver.Count"] || len(pure) != 1 {
		t.Errorf("pure resolvers %v, want thingResolver.ID alone", pure)
	}
}
