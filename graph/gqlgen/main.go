// Command gqlgen is `gqlgen generate` for this module (make generate runs it), plus five
// changes to the generated code, which together were most of a discovery response's CPU:
//
//   - Lists of objects are marshalled through graph.marshalList instead of
//     graphql.MarshalSliceConcurrently, which starts a goroutine per element. That only
//     pays when an element's selection reaches a field that may wait (it lets loaders
//     batch across elements); for plain fields it costs a goroutine, its stack growth and
//     a wait per element.
//   - Each object's group of @defer fragments is made only when it has one: gqlgen makes
//     it for every object marshalled, with the object's whole path.
//   - An object is written by graph.object, not by its *graphql.FieldSet, which makes a
//     map and a copy of every field for each object it writes; an Int by graph.intValue,
//     not by a closure made for each.
//   - A leaf field read straight from its object (a scalar or enum struct field, no
//     resolver, arguments or directives) is marshalled directly. gqlgen resolves it like
//     any other: a field context, a context value, closures, a recover and the field
//     middleware (which only spans fields with resolvers), for a value that cannot fail.
//     Other such fields (objects and lists) keep their field context and recover, and
//     lose the closures and the middleware.
//
// This also writes graph/concurrent_gen.go, the table of fields that may wait, which
// marshalList consults: those with a resolver that uses its context or the resolver root
// (the only ways to the loaders and the service), and model methods taking a context.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	gqlast "github.com/vektah/gqlparser/v2/ast"
)

const (
	generated = "graph/generated.go"
	table     = "graph/concurrent_gen.go"
)

// rewrites are the changes to generated.go, each of which must apply at least once.
var rewrites = []struct{ old, new string }{
	{"graphql.MarshalSliceConcurrently(ctx, len(v), ", "marshalList(ctx, sel, len(v), "},
	{"deferred := graphql.NewDeferredGroup(ctx)", "deferred := newDeferredGroup(ctx, fields)"},
	{"\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn out\n}", "\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn object{fields, out.Values}\n}"},
	{"res := graphql.MarshalInt(", "res := marshalInt("},
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return err
	}
	var fields []field
	leaves := map[string]bool{}
	plain := map[string]bool{}
	if err := api.Generate(cfg, api.AddPlugin(tablePlugin{out: &fields, leaves: leaves, plain: plain})); err != nil {
		return err
	}
	// Read after generating: gqlgen has just rewritten the resolver files.
	pure, err := pureResolvers("graph")
	if err != nil {
		return err
	}
	if err := writeTable(fields, pure); err != nil {
		return err
	}
	src, err := os.ReadFile(generated)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if !bytes.Contains(src, []byte(r.old)) {
			// gqlgen's templates changed: look at them before going on.
			return fmt.Errorf("%s: no %q to replace", generated, r.old)
		}
		src = bytes.ReplaceAll(src, []byte(r.old), []byte(r.new))
	}
	src, err = directFields(src, leaves, plain)
	if err != nil {
		return err
	}
	return os.WriteFile(generated, src, 0o644)
}

// field is a field that may need to wait, unless its resolver (method of recv) is pure.
type field struct {
	types        []string // its object and the interfaces it implements
	name         string
	recv, method string // "" for a method with a context
}

// tablePlugin collects the fields bound to a resolver or to a method taking a context, and
// the names of the generated functions of leaf fields read straight from their object.
type tablePlugin struct {
	out    *[]field
	leaves map[string]bool
	plain  map[string]bool
}

func (tablePlugin) Name() string { return "concurrent-fields" }

func (p tablePlugin) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		types := []string{o.Name}
		for _, i := range o.Implements {
			types = append(types, i.Name)
		}
		for _, f := range o.Fields {
			if !f.IsResolver && !f.MethodHasContext && len(f.Args) == 0 && len(f.Directives) == 0 {
				if kind := f.TypeReference.Definition.Kind; f.TypeReference.GQL.Elem == nil && (kind == gqlast.Scalar || kind == gqlast.Enum) {
					p.leaves["_"+o.Name+"_"+f.Name] = true
				} else {
					p.plain["_"+o.Name+"_"+f.Name] = true
				}
			}
			switch {
			case f.MethodHasContext:
				*p.out = append(*p.out, field{types: types, name: f.Name})
			case f.IsResolver:
				// The receiver's name as gqlgen's resolver template writes it.
				recv := strings.ToLower(o.Name[:1]) + o.Name[1:] + "Resolver"
				*p.out = append(*p.out, field{types: types, name: f.Name, recv: recv, method: f.GoFieldName})
			}
		}
	}
	return nil
}

// structField matches a generated field function that resolves a struct field obj.X
// through graphql.ResolveField without middleware, capturing its name, X and its
// marshaller.
var structField = regexp.MustCompile(`(?m)^(func \(ec \*executionContext\) (_\w+)\(ctx context\.Context, field graphql\.CollectedField, obj \*[\w.]+\) \(ret graphql\.Marshaler\) \{\n)` +
	`\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n` +
	`\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\n\t\t\treturn ec\.fieldContext_\w+\(ctx, field\)\n\t\t\},\n` +
	`\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn (obj\.\w+), nil\n\t\t\},\n` +
	`\t\tnil,\n` +
	`\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v [^)]+\) graphql\.Marshaler \{\n\t\t\treturn (ec\.marshal[^\s(]+)\(ctx, selections, v\)\n\t\t\},\n` +
	`\t\ttrue,\n\t\t(?:true|false),\n\t\)\n\}`)

// directFields rewrites the functions of leaves to marshal their value directly, and
// those of plain fields (objects and lists read straight from their object, without
// resolver, arguments or directives) to marshal it under their field context, as
// graphql.ResolveField would, recovering the same, but without its closures and its
// field middleware (which only spans fields with resolvers). A leaf that is a non-null
// pointer is treated as plain: its null error needs the field's path.
func directFields(src []byte, leaves, plain map[string]bool) ([]byte, error) {
	nLeaves, nPlain := 0, 0
	src = structField.ReplaceAllFunc(src, func(m []byte) []byte {
		g := structField.FindSubmatch(m)
		name, value, marshal := string(g[2]), string(g[3]), string(g[4])
		nonNullPointer := strings.HasPrefix(marshal, "ec.marshalN") && strings.Contains(marshal, "ᚖ")
		switch {
		case leaves[name] && !nonNullPointer:
			nLeaves++
			return []byte(fmt.Sprintf("%s\treturn %s(ctx, field.Selections, %s)\n}", g[1], marshal, value))
		case leaves[name] || plain[name]:
			nPlain++
			return []byte(fmt.Sprintf(`%s	fc, err := ec.fieldContext%s(ctx, field)
	if err != nil {
		return graphql.Null
	}
	fc.Result = %s
	ctx = graphql.WithFieldContext(ctx, fc)
	defer func() {
		if r := recover(); r != nil {
			ec.OperationContext.Error(ctx, ec.OperationContext.Recover(ctx, r))
			ret = graphql.Null
		}
	}()
	return %s(ctx, field.Selections, %s)
}`, g[1], name, value, marshal, value))
		}
		return m
	})
	if nLeaves == 0 || nPlain == 0 {
		return nil, fmt.Errorf("%s: %d leaf and %d plain fields to marshal directly; has gqlgen's field template changed?", generated, nLeaves, nPlain)
	}
	return src, nil
}

// pureResolvers finds the resolver methods in dir's *.resolvers.go that use neither their
// context nor their receiver: they compute from the parent object alone, as the ID
// resolvers do, and cannot wait on a loader. It returns them as "recv.method".
func pureResolvers(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.resolvers.go"))
	if err != nil {
		return nil, err
	}
	pure := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 || len(fn.Recv.List[0].Names) != 1 || fn.Body == nil {
				continue
			}
			star, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			recv, ok := star.X.(*ast.Ident)
			if !ok {
				continue
			}
			if !mentions(fn.Body, fn.Recv.List[0].Names[0].Name, "ctx") {
				pure[recv.Name+"."+fn.Name.Name] = true
			}
		}
	}
	return pure, nil
}

// mentions tells whether body uses any of the identifiers names.
func mentions(body ast.Node, names ...string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && slices.Contains(names, id.Name) {
			found = true
		}
		return !found
	})
	return found
}

func writeTable(fields []field, pure map[string]bool) error {
	seen := map[string]bool{}
	var keys []string
	for _, f := range fields {
		if f.recv != "" && pure[f.recv+"."+f.method] {
			continue
		}
		for _, t := range f.types {
			if k := fmt.Sprintf("{%q, %q}", t, f.name); !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteString("// Code generated by graph/gqlgen. DO NOT EDIT.\n\npackage graph\n\n")
	b.WriteString("// concurrentFields are the fields whose marshalling may wait on other work, by\n")
	b.WriteString("// type (objects and the interfaces they implement) and name.\n")
	b.WriteString("var concurrentFields = map[fieldKey]bool{\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%s: true,\n", k)
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(table, src, 0o644)
}
