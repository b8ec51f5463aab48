package graph_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"kindred/graph"
)

var documentLiteral = regexp.MustCompile("(?s)graphql\\(`(.*?)`\\)")
var spread = regexp.MustCompile(`\.\.\.\s*([A-Za-z_]\w*)`)

// TestWebAppStaysUnderHalfTheLimits measures every operation the web app sends (with its
// fragments, and `first` at its default) and wants each at or below half of each limit.
func TestWebAppStaysUnderHalfTheLimits(t *testing.T) {
	src, err := os.ReadFile("../schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	schema := gqlparser.MustLoadSchema(&ast.Source{Name: "schema.graphql", Input: string(src)})
	var ops []string
	fragments := map[string]string{}
	err = filepath.WalkDir("../frontend/src", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, "/gql/") || (!strings.HasSuffix(path, ".ts") && !strings.HasSuffix(path, ".tsx")) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range documentLiteral.FindAllStringSubmatch(string(b), -1) {
			doc := strings.TrimSpace(m[1])
			if strings.HasPrefix(doc, "fragment ") {
				name := strings.Fields(doc)[1]
				fragments[name] = doc
			} else {
				ops = append(ops, doc)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) < 5 {
		t.Fatalf("found %d operations in the web app, want its documents", len(ops))
	}
	half := graph.DefaultLimits
	half.MaxDepth, half.MaxAliases, half.MaxDirectives, half.MaxCost, half.MaxTokens = half.MaxDepth/2, half.MaxAliases/2, half.MaxDirectives/2, half.MaxCost/2, half.MaxTokens/2
	largest, largestName := 0, ""
	for _, op := range ops {
		// Add the fragments it spreads, and theirs.
		full, need := op, map[string]bool{}
		for changed := true; changed; {
			changed = false
			for _, m := range spread.FindAllStringSubmatch(full, -1) {
				if f, ok := fragments[m[1]]; ok && !need[m[1]] {
					need[m[1]] = true
					full += "\n" + f
					changed = true
				}
			}
		}
		name := strings.Fields(op)[1]
		if n := countTokens(full); n > largest {
			largest = n
			largestName, _, _ = strings.Cut(name, "(")
		}
		if _, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: full}, half.MaxTokens); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		doc, gerr := gqlparser.LoadQueryWithRules(schema, full, rules.NewDefaultRules())
		if gerr != nil {
			t.Errorf("%s does not validate: %v", name, gerr)
			continue
		}
		for _, o := range doc.Operations {
			m := graph.MeasureOperation(o, nil)
			if err := half.Check(m); err != nil {
				t.Errorf("%s is over half a limit: %v (%+v)", name, err.Message, m)
			}
		}
	}
	names := make([]string, 0, len(fragments))
	for n := range fragments {
		names = append(names, n)
	}
	sort.Strings(names)
	t.Logf("%d operations, fragments %v", len(ops), names)
	t.Logf("the largest is %s with %d tokens; the limit is %d", largestName, largest, graph.DefaultLimits.MaxTokens)
}

// countTokens counts a document's tokens as the parser's limit does, but for the end.
func countTokens(doc string) int {
	lx := lexer.New(&ast.Source{Input: doc})
	n := 0
	for {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return n
		}
		n++
	}
}
