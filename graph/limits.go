package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"kindred/domain"
	"kindred/domain/accounts"
)

// Limits bound what one operation may ask of the server. SECURITY.md gives each number's
// reason.
type Limits struct {
	MaxDepth      int
	MaxAliases    int
	MaxDirectives int
	MaxCost       int
	MaxTokens     int
}

// DefaultLimits are the limits in force.
var DefaultLimits = Limits{MaxDepth: 15, MaxAliases: 30, MaxDirectives: 50, MaxCost: 50000, MaxTokens: 1000}

// Error codes of the limits, declared in the schema's ErrorCode.
const (
	CodeTooDeep           = "QUERY_TOO_DEEP"
	CodeTooComplex        = "QUERY_TOO_COMPLEX"
	CodeTooManyAliases    = "TOO_MANY_ALIASES"
	CodeTooManyDirectives = "TOO_MANY_DIRECTIVES"
	CodeTooManyTokens     = "TOO_MANY_TOKENS"
)

// Measure is what an operation asks for: its depth, aliases, directives and cost. The
// cost counts every field once per item it may be resolved for: a field under a
// connection asked for `first: 50` counts 50 times, under a plain list 10 times.
type Measure struct {
	Depth, Aliases, Directives, Cost int
}

// assumedListSize is the cost multiplier of a list field that takes no `first`.
const assumedListSize = 10

// MeasureOperation measures a validated operation with the request's variables.
func MeasureOperation(op *ast.OperationDefinition, vars map[string]any) Measure {
	m := Measure{Directives: len(op.Directives)}
	m.walk(op.SelectionSet, 1, 1, vars, map[string]bool{})
	return m
}

func (m *Measure) walk(set ast.SelectionSet, depth, mult int, vars map[string]any, inFragment map[string]bool) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			m.Directives += len(s.Directives)
			if s.Alias != "" && s.Alias != s.Name {
				m.Aliases++
			}
			if depth > m.Depth {
				m.Depth = depth
			}
			m.Cost += mult
			if len(s.SelectionSet) > 0 {
				m.walk(s.SelectionSet, depth+1, mult*multiplier(s, vars), vars, inFragment)
			}
		case *ast.InlineFragment:
			m.Directives += len(s.Directives)
			m.walk(s.SelectionSet, depth, mult, vars, inFragment)
		case *ast.FragmentSpread:
			m.Directives += len(s.Directives)
			if s.Definition == nil || inFragment[s.Name] {
				continue // validation rejects unknown and cyclic fragments
			}
			inFragment[s.Name] = true
			m.walk(s.Definition.SelectionSet, depth, mult, vars, inFragment)
			delete(inFragment, s.Name)
		}
	}
}

// multiplier is how many items a field's selection may be resolved for.
func multiplier(f *ast.Field, vars map[string]any) int {
	if f.Definition == nil || f.Definition.Type == nil {
		return 1
	}
	if a := f.Definition.Arguments.ForName("first"); a != nil {
		n := 20
		if arg := f.Arguments.ForName("first"); arg != nil {
			if v, err := arg.Value.Value(vars); err == nil {
				if x, ok := v.(int64); ok {
					n = int(x)
				}
			}
		}
		return max(1, min(n, 100))
	}
	if f.Name == "nodes" {
		if arg := f.Arguments.ForName("ids"); arg != nil {
			if v, err := arg.Value.Value(vars); err == nil {
				if ids, ok := v.([]any); ok {
					return max(1, len(ids))
				}
			}
		}
	}
	// A connection's edges are counted by its `first` already.
	if f.Definition.Type.Elem != nil && f.Name != "edges" {
		return assumedListSize
	}
	return 1
}

// Check returns an error for the first limit that m exceeds.
func (l Limits) Check(m Measure) *gqlerror.Error {
	fail := func(code, format string, args ...any) *gqlerror.Error {
		return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code}}
	}
	switch {
	case m.Depth > l.MaxDepth:
		return fail(CodeTooDeep, "This query nests %d levels deep; the limit is %d. Ask for less at once.", m.Depth, l.MaxDepth)
	case m.Aliases > l.MaxAliases:
		return fail(CodeTooManyAliases, "This query uses %d aliases; the limit is %d.", m.Aliases, l.MaxAliases)
	case m.Directives > l.MaxDirectives:
		return fail(CodeTooManyDirectives, "This query uses %d directives; the limit is %d.", m.Directives, l.MaxDirectives)
	case m.Cost > l.MaxCost:
		return fail(CodeTooComplex, "This query could resolve %d fields; the limit is %d. Ask for fewer items (first) or fewer nested lists.", m.Cost, l.MaxCost)
	}
	return nil
}

// LimitsExtension refuses operations over the limits before anything is resolved.
type LimitsExtension struct{ Limits Limits }

var (
	_ graphql.HandlerExtension        = LimitsExtension{}
	_ graphql.OperationContextMutator = LimitsExtension{}
)

// ExtensionName names the extension.
func (LimitsExtension) ExtensionName() string { return "Limits" }

// Validate accepts any schema.
func (LimitsExtension) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the parsed operation and refuses it over a limit.
func (e LimitsExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return e.Limits.Check(MeasureOperation(oc.Operation, oc.Variables))
}

// ScopeExtension refuses mutations to access tokens with the read scope only.
type ScopeExtension struct{}

var (
	_ graphql.HandlerExtension        = ScopeExtension{}
	_ graphql.OperationContextMutator = ScopeExtension{}
)

// ExtensionName names the extension.
func (ScopeExtension) ExtensionName() string { return "Scopes" }

// Validate accepts any schema.
func (ScopeExtension) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext checks the token's scope against the operation.
func (ScopeExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	t := accounts.AccessTokenFrom(ctx)
	if t == nil || t.CanWrite() || oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	return &gqlerror.Error{Message: "This access token can only read; make one with the write scope to change anything.",
		Extensions: map[string]any{"code": string(domain.CodeForbidden)}}
}
