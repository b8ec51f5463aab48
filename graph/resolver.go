// Package graph is the GraphQL adapter: thin resolvers over the domain service,
// dataloaders, global IDs and the mapping of domain errors to extensions.code.
package graph

import (
	"kindred/domain/kindred"
	"kindred/events"
)

// Resolver is the root resolver and the one place where services are injected.
type Resolver struct {
	*kindred.Services
	// Events carries committed activity to subscriptions; nil turns them off.
	Events *events.Bus
}
