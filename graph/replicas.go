package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"kindred/database"
)

// lagTolerant are the root fields of public reads, reports and search: a query asking
// for these alone may read a replica a second or two behind the primary. Everything
// about the viewer (viewer, dashboard, notifications, reports, invitation) reads the
// primary, as does every mutation and subscription.
var lagTolerant = map[string]bool{
	"person": true, "value": true, "values": true, "collaboration": true, "collaborations": true,
	"discoverPeople": true, "discoverCollaborations": true, "impactOverview": true,
	"metrics": true, "metricImpact": true, "__typename": true,
}

// ReplicaExtension lets the queries of public pages, impact reports and search read a
// replica (database.MayLag); a person who has just written still reads the primary
// (database.Replicas decides that). Without replicas the mark changes nothing.
type ReplicaExtension struct{}

var (
	_ graphql.HandlerExtension     = ReplicaExtension{}
	_ graphql.OperationInterceptor = ReplicaExtension{}
)

// ExtensionName names the extension.
func (ReplicaExtension) ExtensionName() string { return "Replicas" }

// Validate accepts any schema.
func (ReplicaExtension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation marks the operation's reads as ones that may lag when it is a query
// of lag-tolerant root fields only.
func (ReplicaExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation != nil && oc.Operation.Operation == ast.Query && onlyLagTolerant(oc.Operation.SelectionSet) {
		ctx = database.MayLag(ctx)
	}
	return next(ctx)
}

func onlyLagTolerant(set ast.SelectionSet) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if !lagTolerant[s.Name] {
				return false
			}
		case *ast.InlineFragment:
			if !onlyLagTolerant(s.SelectionSet) {
				return false
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || !onlyLagTolerant(s.Definition.SelectionSet) {
				return false
			}
		}
	}
	return len(set) > 0
}
