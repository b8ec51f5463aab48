// Package ledger owns contributions logged against commitments, their confirmation and
// reversal, and what each commitment has delivered.
package ledger

import (
	"kindred/domain"
	"kindred/domain/collab"
)

// Ledger is the capability's service over the shared core.
type Ledger struct {
	*domain.Core
	collab *collab.Collabs
}

// New returns the service over core.
func New(core *domain.Core, collab *collab.Collabs) *Ledger {
	return &Ledger{Core: core, collab: collab}
}
