// Package accounts owns who a person is to Kindred: signing up and in, sessions and
// their tokens, personal access tokens, profiles, and the cache of signed-in people.
package accounts

import (
	"context"

	"kindred/auth"
	"kindred/domain"
)

// Accounts signs people up and in and keeps their sessions.
type Accounts struct {
	*domain.Core
	signer *auth.Signer
	// hashPassword and checkPassword are fields so benchmarks can skip the deliberate cost.
	hashPassword  func(string) (string, error)
	checkPassword func(hash, pw string) (bool, error)
	// dummyHash is checked against when a login names nobody, so timing does not tell.
	dummyHash string
	viewers   viewerCache
}

// New returns the accounts over core, signing sessions with signer.
func New(core *domain.Core, signer *auth.Signer) *Accounts {
	s := &Accounts{Core: core, signer: signer, hashPassword: auth.HashPassword, checkPassword: auth.CheckPassword}
	s.dummyHash, _ = auth.HashPassword("kindred-dummy-password")
	core.OnPeopleChanged(func(_ context.Context, ids []int64) { s.viewers.forget(ids) })
	return s
}

// PasswordMatches reports whether password is p's.
func (s *Accounts) PasswordMatches(p *domain.Person, password string) (bool, error) {
	return s.checkPassword(p.PasswordHash, password)
}
