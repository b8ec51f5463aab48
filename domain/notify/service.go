// Package notify owns what reaches a person: their notifications, the scheduled notices
// of what falls due, and the dashboard of what waits for them.
package notify

import (
	"kindred/domain"
)

// Notify is the capability's service over the shared core.
type Notify struct {
	*domain.Core
}

// New returns the service over core.
func New(core *domain.Core) *Notify {
	return &Notify{Core: core}
}
