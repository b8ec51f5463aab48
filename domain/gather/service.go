// Package gather owns a collaboration's gatherings: events its stewards plan, the
// members' answers (going, maybe, not going) with a waiting list when a gathering is
// full, attendance recorded afterwards as TIME contributions, and calendars (.ics).
package gather

import (
	"kindred/domain"
)

// Gather is the capability's service over the shared core.
type Gather struct {
	*domain.Core
}

// New returns the service over core.
func New(core *domain.Core) *Gather {
	return &Gather{Core: core}
}
