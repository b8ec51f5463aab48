// Package privacy owns a person's rights over their data: the export of everything held
// about them and the deletion of their account.
package privacy

import (
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
	"kindred/domain/gather"
)

// Privacy is the capability's service over the shared core.
type Privacy struct {
	*domain.Core
	accounts *accounts.Accounts
	collab   *collab.Collabs
	gather   *gather.Gather
}

// New returns the service over core.
func New(core *domain.Core, accounts *accounts.Accounts, collab *collab.Collabs, gather *gather.Gather) *Privacy {
	return &Privacy{Core: core, accounts: accounts, collab: collab, gather: gather}
}
