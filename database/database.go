// Package database opens Kindred's database, SQLite or PostgreSQL, and migrates it.
package database

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"kindred/clock"
	"kindred/migrations"
)

// DB is an open database and its dialect.
type DB struct {
	*gorm.DB
	Dialect migrations.Dialect
	// Availability follows, from every statement, whether the database answers.
	Availability *Availability
}

// IsPostgres reports whether url names a PostgreSQL database rather than a SQLite file.
func IsPostgres(url string) bool {
	return strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://")
}

// Open connects to url: a postgres:// URL, or else the path of a SQLite file. now, if
// not nil, is the clock GORM stamps created_at and updated_at with.
func Open(ctx context.Context, rawURL string, log *slog.Logger, now func() time.Time) (*DB, error) {
	if now == nil {
		now = clock.System{}.Now
	}
	avail := NewAvailability(log)
	cfg := &gorm.Config{
		TranslateError: true,
		Logger:         newLogger(log, avail),
		NowFunc:        func() time.Time { return now().UTC() },
	}
	if IsPostgres(rawURL) {
		g, err := gorm.Open(postgres.Open(rawURL), cfg)
		if err != nil {
			return nil, fmt.Errorf("open postgres %s: %w", redact(rawURL), err)
		}
		sqlDB, err := g.DB()
		if err != nil {
			return nil, err
		}
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetMaxIdleConns(20)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
		if err := sqlDB.PingContext(ctx); err != nil {
			return nil, fmt.Errorf("reach postgres %s: %w", redact(rawURL), err)
		}
		return &DB{DB: g, Dialect: migrations.Postgres, Availability: avail}, nil
	}
	dsn := rawURL + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	g, err := gorm.Open(sqlite.Open(dsn), cfg)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", rawURL, err)
	}
	sqlDB, err := g.DB()
	if err != nil {
		return nil, err
	}
	// SQLite allows one writer; a single connection also keeps ":memory:" one database.
	sqlDB.SetMaxOpenConns(1)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", rawURL, err)
	}
	return &DB{DB: g, Dialect: migrations.SQLite, Availability: avail}, nil
}

// Migrate applies every pending migration.
func (db *DB) Migrate(ctx context.Context) (int, error) {
	sqlDB, err := db.DB.DB()
	if err != nil {
		return 0, err
	}
	return migrations.Up(ctx, sqlDB, db.Dialect)
}

// Close closes the connections.
func (db *DB) Close() error {
	sqlDB, err := db.DB.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// redact hides the password of a database URL for logs and errors.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// slowStatement is how long a statement may take before it is logged as slow.
const slowStatement = 500 * time.Millisecond

// newLogger logs failed and slow statements to log and tells avail how each statement
// fared.
func newLogger(log *slog.Logger, avail *Availability) logger.Interface {
	if log == nil {
		return logger.Discard
	}
	return quietLogger{avail: avail, Interface: logger.NewSlogLogger(log, logger.Config{
		SlowThreshold:             slowStatement,
		IgnoreRecordNotFoundError: true,
		LogLevel:                  logger.Warn,
		// Values are people's emails, password hashes, tokens: never in a log.
		ParameterizedQueries: true,
	})}
}

// quietLogger passes on only the statements that will be logged: GORM's slog logger
// renders every statement's SQL before deciding, which cost a regular expression and a
// format per query.
// Set to log every statement (db.Debug()), it passes on all. Either way a statement is
// logged with its placeholders, never its values (see ParamsFilter).
//
// Two failures are not logged: a statement whose caller went away (a client that
// disconnected), and one that met a database outage, which avail logs once for all.
type quietLogger struct {
	logger.Interface
	avail *Availability
	all   bool
}

func (l quietLogger) LogMode(level logger.LogLevel) logger.Interface {
	return quietLogger{l.Interface.LogMode(level), l.avail, level >= logger.Info}
}

var _ gorm.ParamsFilter = quietLogger{}

// ParamsFilter drops a statement's values before GORM renders it for the log. GORM asks
// the logger itself, and an embedded interface does not pass the question on.
func (l quietLogger) ParamsFilter(_ context.Context, sql string, _ ...any) (string, []any) {
	return sql, nil
}

// explained is how GORM renders PostgreSQL's placeholder $1 when it has no value for it.
var explained = regexp.MustCompile(`\$([0-9]+)\$`)

func (l quietLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	outage := l.avail.observe(ctx, err)
	if !l.all && (outage || errors.Is(err, context.Canceled) || errors.Is(ctx.Err(), context.Canceled)) {
		return
	}
	if l.all || (err != nil && !errors.Is(err, gorm.ErrRecordNotFound)) || clock.Since(begin) > slowStatement {
		l.Interface.Trace(ctx, begin, func() (string, int64) {
			sql, rows := fc()
			return explained.ReplaceAllString(sql, "$$$1"), rows
		}, err)
	}
}
