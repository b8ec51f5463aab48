package domain

import (
	"context"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/clock"
)

// Service owns Kindred's rules and transactions. One is built at start-up and shared.
type Service struct {
	db     *gorm.DB
	clock  clock.Clock
	signer *auth.Signer
	// hashPassword and checkPassword are fields so benchmarks can skip the deliberate cost.
	hashPassword  func(string) (string, error)
	checkPassword func(hash, pw string) (bool, error)
	// dummyHash is checked against when a login names nobody, so timing does not tell.
	dummyHash string
	idx       indexes
	values    approvedValues
	viewers   viewerCache
	// instance names this process in announcements to other instances.
	instance string
	hooks    changeHooks
}

// NewService returns a Service over db that reads time from clock and signs with signer.
func NewService(db *gorm.DB, clk clock.Clock, signer *auth.Signer) *Service {
	s := &Service{
		// Rows GORM stamps (created_at, updated_at) read the same clock as the rules.
		db: db.Session(&gorm.Session{NewDB: true, NowFunc: func() time.Time { return clk.Now().UTC() }}), clock: clk, signer: signer,
		hashPassword: auth.HashPassword, checkPassword: auth.CheckPassword,
	}
	s.instance, _ = auth.RandomToken(8)
	s.dummyHash, _ = auth.HashPassword("kindred-dummy-password")
	s.idx.people = newPersonIndex(clk.Now)
	s.idx.people.instance = s.instance
	s.idx.collabs = newCollabIndex()
	s.OnPeopleChanged(func(_ context.Context, ids []int64) { s.viewers.forget(ids) })
	s.OnPeopleChanged(s.indexPeople)
	s.OnCollabsChanged(s.indexCollabs)
	return s
}

// Clock returns the service's clock.
func (s *Service) Clock() clock.Clock { return s.clock }

func (s *Service) now() time.Time { return s.clock.Now().UTC() }

type ctxKey int

const (
	viewerKey ctxKey = iota
	clientIPKey
	idempotencyKeyKey
)

// WithViewer returns ctx carrying the signed-in person.
func WithViewer(ctx context.Context, p *Person) context.Context {
	return context.WithValue(ctx, viewerKey, p)
}

// ViewerFrom returns the signed-in person of ctx, or nil.
func ViewerFrom(ctx context.Context) *Person {
	p, _ := ctx.Value(viewerKey).(*Person)
	return p
}

// WithClientIP returns ctx carrying the client's address, for throttling.
func WithClientIP(ctx context.Context, ip string) context.Context {
	return context.WithValue(ctx, clientIPKey, ip)
}

func clientIP(ctx context.Context) string {
	ip, _ := ctx.Value(clientIPKey).(string)
	return ip
}

// requireViewer returns the signed-in person or ErrUnauthenticated.
func requireViewer(ctx context.Context) (*Person, error) {
	if p := ViewerFrom(ctx); p != nil {
		return p, nil
	}
	return nil, ErrUnauthenticated
}
