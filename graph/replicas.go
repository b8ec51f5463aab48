package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"kindred/database"
)

// lagTolerant are the root fields of public reads, reports and search: a query asking
// for these alone may read a replica a second or two behind the primary. What the
// viewer's own row does not hold (dashboard, notifications, reports, invitation, the
// viewer's memberships) reads the primary, as does every mutation and subscription.
var lagTolerant = map[string]bool{
	"person": true, "value": true, "values": true, "collaboration": true, "collaborations": true,
	"discoverPeople": true, "discoverCollaborations": true, "impactOverview": true,
	"metrics": true, "metricImpact": true, "__typename": true,
}

// viewerRow are the viewer's fields answered from the person the request authenticated
// as, which was read on the primary (or the viewer cache) before the operation began:
// a public page asking who is looking (`viewer { id }`) reads nothing more.
var viewerRow = map[string]bool{
	"__typename": true, "id": true, "handle": true, "displayName": true, "email": true, "timeZone": true,
	"locale": true, "emailVerified": true, "pendingEmail": true, "bio": true, "location": true,
	"latitude": true, "longitude": true, "remoteFriendly": true, "namedInReports": true,
	"skills": true, "visibility": true, "role": true, "createdAt": true,
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
	return len(set) > 0 && every(set, func(f *ast.Field) bool {
		return lagTolerant[f.Name] || f.Name == "viewer" && every(f.SelectionSet, func(f *ast.Field) bool {
			return viewerRow[f.Name] && len(f.SelectionSet) == 0
		})
	})
}

// every reports whether ok holds for each field of set, fragments included.
func every(set ast.SelectionSet, ok func(*ast.Field) bool) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if !ok(s) {
				return false
			}
		case *ast.InlineFragment:
			if !every(s.SelectionSet, ok) {
				return false
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || !every(s.Definition.SelectionSet, ok) {
				return false
			}
		}
	}
	return true
}
