package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/parser"
)

// documentKey matches one source string of the generated Documents map in gql.ts.
var documentKey = regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): typeof types\.`)

// Document returns operation name as the web app sends it: the operation and every
// fragment it spreads, directly or not, from the sources in gqlTS.
func Document(gqlTS, name string) (string, error) {
	var op *ast.OperationDefinition
	fragments := map[string]*ast.FragmentDefinition{}
	for _, m := range documentKey.FindAllStringSubmatch(gqlTS, -1) {
		src, err := strconv.Unquote(m[1])
		if err != nil {
			return "", fmt.Errorf("read a document of gql.ts: %w", err)
		}
		doc, err := parser.ParseQuery(&ast.Source{Input: src})
		if err != nil {
			return "", fmt.Errorf("parse %q: %w", src, err)
		}
		for _, o := range doc.Operations {
			if o.Name == name {
				op = o
			}
		}
		for _, f := range doc.Fragments {
			fragments[f.Name] = f
		}
	}
	if op == nil {
		return "", fmt.Errorf("the web app has no operation %s (run make generate?)", name)
	}
	out := &ast.QueryDocument{Operations: ast.OperationList{op}}
	seen := map[string]bool{}
	var walk func(ast.SelectionSet) error
	walk = func(set ast.SelectionSet) error {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if err := walk(s.SelectionSet); err != nil {
					return err
				}
			case *ast.InlineFragment:
				if err := walk(s.SelectionSet); err != nil {
					return err
				}
			case *ast.FragmentSpread:
				if seen[s.Name] {
					continue
				}
				f, ok := fragments[s.Name]
				if !ok {
					return fmt.Errorf("%s spreads fragment %s, which gql.ts lacks", name, s.Name)
				}
				seen[s.Name] = true
				out.Fragments = append(out.Fragments, f)
				if err := walk(f.SelectionSet); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(op.SelectionSet); err != nil {
		return "", err
	}
	var b strings.Builder
	formatter.NewFormatter(&b, formatter.WithIndent("  ")).FormatQueryDocument(out)
	return b.String(), nil
}
