// Package kindred assembles the capabilities of the domain into one set of services,
// built once at start-up and shared by the GraphQL adapter, the server and the jobs.
package kindred

import (
	"gorm.io/gorm"

	"kindred/auth"
	"kindred/clock"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/discovery"
	"kindred/domain/gather"
	"kindred/domain/impact"
	"kindred/domain/ledger"
	"kindred/domain/moderation"
	"kindred/domain/notify"
	"kindred/domain/privacy"
	"kindred/domain/talk"
)

// Services holds one service per capability over one shared core. Their method names do
// not overlap, so callers use them as one set: svc.SignUp, svc.MakeCommitment.
type Services struct {
	*domain.Core
	*accounts.Accounts
	*catalog.Catalog
	*collab.Collabs
	*ledger.Ledger
	*deciding.Deciding
	*impact.Impact
	*discovery.Discovery
	*notify.Notify
	*privacy.Privacy
	*talk.Talk
	*moderation.Moderation
	*gather.Gather
}

// New returns the services over db that read time from clk and sign with signer.
func New(db *gorm.DB, clk clock.Clock, signer *auth.Signer) *Services {
	core := domain.NewCore(db, clk)
	acc := accounts.New(core, signer)
	col := collab.New(core)
	cat := catalog.New(core, acc)
	imp := impact.New(core, acc, cat, col)
	gat := gather.New(core)
	return &Services{
		Core:       core,
		Accounts:   acc,
		Catalog:    cat,
		Collabs:    col,
		Ledger:     ledger.New(core, col),
		Deciding:   deciding.New(core, imp),
		Impact:     imp,
		Discovery:  discovery.New(core, cat),
		Notify:     notify.New(core, signer),
		Privacy:    privacy.New(core, acc, col, gat),
		Talk:       talk.New(core),
		Gather:     gat,
		Moderation: moderation.New(core),
	}
}
