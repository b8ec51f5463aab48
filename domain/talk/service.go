// Package talk owns a collaboration's conversations: threads, their posts in a safe
// subset of Markdown with the history of every edit, and mentions of members by @handle.
package talk

import (
	"kindred/domain"
)

// Talk is the capability's service over the shared core.
type Talk struct {
	*domain.Core
}

// New returns the service over core.
func New(core *domain.Core) *Talk {
	return &Talk{Core: core}
}
