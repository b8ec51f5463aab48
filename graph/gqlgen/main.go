// Command gqlgen is `gqlgen generate` for this module (make generate runs it), plus two
// changes to the generated code, each the larger part of a discovery response's CPU:
//
//   - Lists of objects are marshalled through graph.marshalList instead of
//     graphql.MarshalSliceConcurrently, which starts a goroutine per element. That only
//     pays when an element's selection reaches a field that may wait (it lets loaders
//     batch across elements); for plain fields it costs a goroutine, its stack growth and
//     a wait per element.
//   - Each object's group of @defer fragments is made only when it has one: gqlgen makes
//     it for every object marshalled, with the object's whole path.
//
// This also writes
// graph/concurrent_gen.go, the table of fields that may wait, which marshalList consults:
// those with a resolver that uses its context or the resolver root (the only ways to the
// loaders and the service), and model methods taking a context.
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
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

const (
	generated = "graph/generated.go"
	table     = "graph/concurrent_gen.go"
)

// rewrites are the changes to generated.go, each of which must apply at least once.
var rewrites = []struct{ old, new string }{
	{"graphql.MarshalSliceConcurrently(ctx, len(v), ", "marshalList(ctx, sel, len(v), "},
	{"deferred := graphql.NewDeferredGroup(ctx)", "deferred := newDeferredGroup(ctx, fields)"},
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
	if err := api.Generate(cfg, api.AddPlugin(tablePlugin{out: &fields})); err != nil {
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
	return os.WriteFile(generated, src, 0o644)
}

// field is a field that may need to wait, unless its resolver (method of recv) is pure.
type field struct {
	types        []string // its object and the interfaces it implements
	name         string
	recv, method string // "" for a method with a context
}

// tablePlugin collects the fields bound to a resolver or to a method taking a context.
type tablePlugin struct{ out *[]field }

func (tablePlugin) Name() string { return "concurrent-fields" }

func (p tablePlugin) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		types := []string{o.Name}
		for _, i := range o.Implements {
			types = append(types, i.Name)
		}
		for _, f := range o.Fields {
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
