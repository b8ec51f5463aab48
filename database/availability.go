package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"kindred/clock"
)

// Unavailable reports whether err means the database cannot be reached or turns
// connections away for now (stopped, restarting, shutting down, out of connections),
// rather than an answer to a statement: the one place that tells an outage from a bug.
// A cancelled or expired context is neither. SQLite's SQLITE_BUSY is not an outage
// either: the file is there and another writer holds it past the busy timeout, which only
// something outside Kindred can do (see Claim), and is worth an ERROR line.
func Unavailable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	// Any failure to connect: refused, unreachable, or the server saying no while it
	// starts or stops.
	var connect *pgconn.ConnectError
	if errors.As(err, &connect) {
		return true
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case "57P01", "57P02", "57P03", // admin_shutdown, crash_shutdown, cannot_connect_now
			"53300": // too_many_connections
			return true
		}
		return strings.HasPrefix(pg.Code, "08") // connection_exception
	}
	// A connection that broke under a statement.
	var op *net.OpError
	return errors.As(err, &op) || errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET)
}

// Availability follows whether the database answers, from what its statements meet,
// and logs each change once: WARN "database unavailable" when an outage begins, INFO
// "database available again" when a statement succeeds after it. An outage would
// otherwise fill the log with a line for every statement of every request.
type Availability struct {
	log  *slog.Logger
	down atomic.Bool
	mu   sync.Mutex
	// since times the outage under way.
	since clock.Stopwatch
}

// NewAvailability returns an Availability that logs to log (nil: nowhere).
func NewAvailability(log *slog.Logger) *Availability {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Availability{log: log}
}

// Unavailable reports whether err means the database is unavailable (see the function
// Unavailable), and logs that it is when this is the first sign of an outage.
func (a *Availability) Unavailable(ctx context.Context, err error) bool {
	if !Unavailable(err) {
		return false
	}
	if a.down.Load() {
		return true
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.down.Load() {
		a.since = clock.Start()
		a.down.Store(true)
		a.log.WarnContext(ctx, "database unavailable", "err", err)
	}
	return true
}

// observe takes in the outcome of a statement, an outage or an answer that may end one,
// and reports whether it met an outage.
func (a *Availability) observe(ctx context.Context, err error) bool {
	switch {
	case a.Unavailable(ctx, err):
		return true
	case err == nil || errors.Is(err, gorm.ErrRecordNotFound):
		a.answered(ctx)
	}
	return false
}

// answered notes that the database answered a statement; after an outage it logs so.
func (a *Availability) answered(ctx context.Context) {
	if !a.down.Load() {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.down.Load() {
		a.down.Store(false)
		a.log.InfoContext(ctx, "database available again", "down_ms", a.since.Elapsed().Milliseconds())
	}
}
