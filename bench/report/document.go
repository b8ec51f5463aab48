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
	return withFragments(op, fragments)
}

// SectionFragments are the fragments of the collaboration's sections (the layout's tabs,
// overview, people and needs, ledger, activity), as the web app's section queries spread them.
var SectionFragments = []string{
	"CollaborationTabs_collaboration",
	"CollaborationOverview_collaboration",
	"CollaborationPeople_collaboration",
	"LedgerSection_collaboration",
	"ActivitySection_collaboration",
}

// Collaboration returns the web app's full collaboration document: one query that loads
// the union of what the collaboration's sections load, built from their fragments in gqlTS.
func Collaboration(gqlTS string) (string, error) {
	fragments, err := fragmentsOf(gqlTS)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("query Collaboration($slug: String!) { collaboration(slug: $slug) { id")
	for _, f := range SectionFragments {
		b.WriteString(" ..." + f)
	}
	b.WriteString(" } viewer { id } }")
	doc, err := parser.ParseQuery(&ast.Source{Input: b.String()})
	if err != nil {
		return "", err
	}
	return withFragments(doc.Operations[0], fragments)
}

// fragmentsOf returns every fragment of the generated Documents map in gqlTS, by name.
func fragmentsOf(gqlTS string) (map[string]*ast.FragmentDefinition, error) {
	fragments := map[string]*ast.FragmentDefinition{}
	for _, m := range documentKey.FindAllStringSubmatch(gqlTS, -1) {
		src, err := strconv.Unquote(m[1])
		if err != nil {
			return nil, fmt.Errorf("read a document of gql.ts: %w", err)
		}
		doc, err := parser.ParseQuery(&ast.Source{Input: src})
		if err != nil {
			return nil, fmt.Errorf("parse %q: %w", src, err)
		}
		for _, f := range doc.Fragments {
			fragments[f.Name] = f
		}
	}
	return fragments, nil
}

// withFragments prints op with every fragment it spreads, directly or not, once each.
func withFragments(op *ast.OperationDefinition, fragments map[string]*ast.FragmentDefinition) (string, error) {
	name := op.Name
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
