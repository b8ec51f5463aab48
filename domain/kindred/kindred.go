// Package kindred assembles the capabilities of the domain into one set of services,
// built once at start-up and shared by the GraphQL adapter, the server and the jobs.
package kindred

import (
	"gorm.io/gorm"

	"kindred/auth"
	"kindred/clock"
	"kindred/domain"
)

// Services holds one service per capability over one shared core.
type Services struct {
	*domain.Service
}

// New returns the services over db that read time from clk and sign with signer.
func New(db *gorm.DB, clk clock.Clock, signer *auth.Signer) *Services {
	core := domain.NewService(db, clk, signer)
	return &Services{Service: core}
}
