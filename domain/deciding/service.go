// Package deciding owns proposals, positions and comments: how a collaboration decides its
// goal and outcomes together.
package deciding

import (
	"kindred/domain"
	"kindred/domain/impact"
)

// Deciding is the capability's service over the shared core.
type Deciding struct {
	*domain.Core
	impact *impact.Impact
}

// New returns the service over core.
func New(core *domain.Core, impact *impact.Impact) *Deciding {
	return &Deciding{Core: core, impact: impact}
}
