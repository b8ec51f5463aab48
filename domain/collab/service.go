// Package collab owns collaborations and who is in them: their goals, values and needs,
// memberships (invitations, requests, stewards), commitments, and the activity they show.
package collab

import "kindred/domain"

// Collabs runs collaborations, memberships and commitments.
type Collabs struct {
	*domain.Core
}

// New returns the collaborations over core.
func New(core *domain.Core) *Collabs { return &Collabs{Core: core} }
