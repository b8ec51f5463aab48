// Package notify owns what reaches a person: their notifications, the scheduled notices
// of what falls due, the dashboard of what waits for them, and the mail about it (at
// once or in digests, as each person prefers, with one-click unsubscribe).
package notify

import (
	"kindred/auth"
	"kindred/domain"
)

// Notify is the capability's service over the shared core.
type Notify struct {
	*domain.Core
	// signer signs unsubscribe links.
	signer *auth.Signer
}

// New returns the service over core, signing unsubscribe links with signer. It mails
// each new notification whose person wants it at once (OnNotified).
func New(core *domain.Core, signer *auth.Signer) *Notify {
	s := &Notify{Core: core, signer: signer}
	core.OnNotified(s.mailAtOnce)
	return s
}
