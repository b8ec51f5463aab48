package domain

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/clock"
	"kindred/mail"
)

// Core is what every capability shares: the database, the clock, activity recording
// and the hooks that keep in-memory views in step. One is built at start-up and shared.
type Core struct {
	DB    *gorm.DB
	clock clock.Clock
	// instance names this process in announcements to other instances.
	instance string
	hooks    changeHooks
	// Mail queues mail in the transaction of the change it reports; mail.Off until the
	// server sets its own (UseMail).
	Mail *mail.Mailer
}

// NewCore returns a Core over db that reads time from clk.
func NewCore(db *gorm.DB, clk clock.Clock) *Core {
	s := &Core{
		// Rows GORM stamps (created_at, updated_at) read the same clock as the rules.
		DB: db.Session(&gorm.Session{NewDB: true, NowFunc: func() time.Time { return clk.Now().UTC() }}), clock: clk,
		Mail: mail.Off(),
	}
	s.instance, _ = auth.RandomToken(8)
	return s
}

// UseMail makes m the mailer of every capability.
func (s *Core) UseMail(m *mail.Mailer) { s.Mail = m }

// Clock returns the service's clock.
func (s *Core) Clock() clock.Clock { return s.clock }

// Now is the time by the clock, in UTC.
func (s *Core) Now() time.Time { return s.clock.Now().UTC() }

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

func ClientIP(ctx context.Context) string {
	ip, _ := ctx.Value(clientIPKey).(string)
	return ip
}

// ErrSuspended refuses what a suspended account asks: an admin suspended it.
var ErrSuspended = &Error{Code: CodeForbidden, Message: "Your account is suspended, so it cannot change anything. Contact the Kindred admins if you think this is a mistake."}

// RequireViewer returns the signed-in person, ErrUnauthenticated for nobody, or
// ErrSuspended for a suspended account (which cannot sign in; this refuses what a
// session read before the suspension still asks).
func RequireViewer(ctx context.Context) (*Person, error) {
	p := ViewerFrom(ctx)
	switch {
	case p == nil:
		return nil, ErrUnauthenticated
	case p.SuspendedAt != nil:
		return nil, ErrSuspended
	}
	return p, nil
}

// ThreadPath is the web app's page of a thread: the collaboration's talk section and the
// thread's key. Mail links to it.
func ThreadPath(slug string, threadID int64) string {
	return "/c/" + url.PathEscape(slug) + "/talk/" + strconv.FormatInt(threadID, 10)
}

// GatheringPath is the web app's page of a gathering: the collaboration's gatherings
// section and the gathering's key. Mail and calendars link to it.
func GatheringPath(slug string, id int64) string {
	return "/c/" + url.PathEscape(slug) + "/gatherings/" + strconv.FormatInt(id, 10)
}
