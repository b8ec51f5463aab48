// Package catalog owns the values catalog: values proposed and reviewed, the values people
// hold and state, and who holds and serves each value.
package catalog

import (
	"kindred/domain"
	"kindred/domain/accounts"
)

// Catalog is the capability's service over the shared core.
type Catalog struct {
	*domain.Core
	values   approvedValues
	accounts *accounts.Accounts
}

// New returns the service over core.
func New(core *domain.Core, accounts *accounts.Accounts) *Catalog {
	return &Catalog{Core: core, accounts: accounts}
}
