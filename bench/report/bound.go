package main

import (
	"fmt"
	"os"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// SQLBound is the most statements a request for doc should need when every relation is
// loaded in one batch: one per field with a selection of its own (however many nodes it
// returns), plus one to read the viewer.
func SQLBound(doc string) (int, error) {
	q, err := parser.ParseQuery(&ast.Source{Input: doc})
	if err != nil {
		return 0, err
	}
	if len(q.Operations) != 1 {
		return 0, fmt.Errorf("the document has %d operations, want 1", len(q.Operations))
	}
	var count func(ast.SelectionSet, map[string]bool) (int, error)
	count = func(set ast.SelectionSet, seen map[string]bool) (int, error) {
		n := 0
		for _, sel := range set {
			var sub ast.SelectionSet
			switch s := sel.(type) {
			case *ast.Field:
				if len(s.SelectionSet) > 0 {
					n++
				}
				sub = s.SelectionSet
			case *ast.InlineFragment:
				sub = s.SelectionSet
			case *ast.FragmentSpread:
				f := q.Fragments.ForName(s.Name)
				if f == nil {
					return 0, fmt.Errorf("fragment %s is not defined", s.Name)
				}
				if seen[s.Name] {
					return 0, fmt.Errorf("fragment %s spreads itself", s.Name)
				}
				// Seen along this path only: siblings may spread the same fragment.
				seen[s.Name] = true
				m, err := count(f.SelectionSet, seen)
				delete(seen, s.Name)
				if err != nil {
					return 0, err
				}
				n += m
				continue
			}
			m, err := count(sub, seen)
			if err != nil {
				return 0, err
			}
			n += m
		}
		return n, nil
	}
	n, err := count(q.Operations[0].SelectionSet, map[string]bool{})
	return n + 1, err
}

func boundCmd(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: report bound FILE.graphql")
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	n, err := SQLBound(string(b))
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	fmt.Println(n)
	return nil
}
