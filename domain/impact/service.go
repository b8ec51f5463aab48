// Package impact owns outcomes, their measurements and attestations, progress against
// baselines and targets, what was given, roll-ups by value, reports and the committee signal.
package impact

import (
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
)

// Impact is the capability's service over the shared core.
type Impact struct {
	*domain.Core
	accounts *accounts.Accounts
	catalog  *catalog.Catalog
	collab   *collab.Collabs
}

// New returns the service over core.
func New(core *domain.Core, accounts *accounts.Accounts, catalog *catalog.Catalog, collab *collab.Collabs) *Impact {
	return &Impact{Core: core, accounts: accounts, catalog: catalog, collab: collab}
}
