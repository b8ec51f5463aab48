// Package moderation keeps the space safe: reports of posts, comments, people and
// collaborations to the admins; stewards hiding posts and comments; admins suspending and
// restoring accounts; and blocks between people. See docs/moderation.md.
package moderation

import (
	"kindred/domain"
)

// Moderation is the capability's service over the shared core.
type Moderation struct {
	*domain.Core
}

// New returns the service over core.
func New(core *domain.Core) *Moderation {
	return &Moderation{Core: core}
}

// requireAdmin returns the viewer if they are a site admin.
func requireAdmin(v *domain.Person) error {
	if v.Role != domain.RoleAdmin {
		return domain.Errorf(domain.CodeForbidden, "Only Kindred admins can do this.")
	}
	return nil
}
