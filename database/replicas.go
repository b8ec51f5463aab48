package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver of the replicas' pools
	"gorm.io/gorm"

	"kindred/clock"
	"kindred/migrations"
)

// ReplicaOptions tune how reads use the replicas.
type ReplicaOptions struct {
	// MaxLag is how far behind the primary a replica may be and still take reads.
	MaxLag time.Duration
	// Window is how long after a person's write their reads stay on the primary
	// (read-your-writes). It must exceed MaxLag plus the health-check interval.
	Window time.Duration
	// Now is the clock of lags and windows.
	Now func() time.Time
	// Sessions names whose writes ctx carries, the most specific first (the signed-in
	// person, then the client's address): a write marks the first, and a read goes to the
	// primary when any of them wrote within Window.
	Sessions func(ctx context.Context) []string
}

// Replicas sends the reads that may lag (a context marked by MayLag, outside any
// transaction) to streaming replicas of the primary, round robin over those that are
// healthy; every other statement, and every read of a session that wrote within the
// window, goes to the primary. A replica that falls more than MaxLag behind, stops being a
// standby or cannot be reached takes no reads until a health check (Check) finds it well
// again; a read that meets an unreachable replica is answered by the primary instead.
type Replicas struct {
	primary *sql.DB
	list    []*Replica
	opt     ReplicaOptions
	log     *slog.Logger
	next    atomic.Uint64
	// primaryReads counts reads that may lag but went to the primary.
	primaryReads atomic.Uint64

	mu    sync.Mutex
	wrote map[string]time.Time
	// samples are the primary's WAL positions at recent checks, oldest first: a replica
	// that replayed up to one of them is at most as far behind as that check is old.
	samples []walSample
}

type walSample struct {
	lsn uint64
	at  time.Time
}

// Replica is one streaming replica and what the last health check found.
type Replica struct {
	// Name is the replica's host and port, its label in metrics and /readyz.
	Name    string
	db      *sql.DB
	healthy atomic.Bool
	reads   atomic.Uint64

	mu     sync.Mutex
	lag    time.Duration
	reason string
}

// ReplicaStatus is what the last check found of one replica.
type ReplicaStatus struct {
	Name    string
	Healthy bool
	// Lag is at most how far behind the primary the replica was (0 when caught up).
	Lag time.Duration
	// Reason says why an unhealthy replica takes no reads.
	Reason string
	// Reads counts the statements it answered.
	Reads uint64
}

type mayLagKey struct{}

// MayLag marks ctx's reads as ones that may read a replica, a little behind the primary.
func MayLag(ctx context.Context) context.Context {
	return context.WithValue(ctx, mayLagKey{}, true)
}

// Exact marks ctx's reads as ones that must read the primary, even under MayLag.
func Exact(ctx context.Context) context.Context {
	return context.WithValue(ctx, mayLagKey{}, false)
}

func mayLag(ctx context.Context) bool {
	if ctx == nil {
		return false
	}
	v, _ := ctx.Value(mayLagKey{}).(bool)
	return v
}

// UseReplicas opens the replicas at urls and routes db's reads that may lag to them.
// Each must be a PostgreSQL hot standby of db; the first Check runs before it returns.
func (db *DB) UseReplicas(ctx context.Context, urls []string, opt ReplicaOptions, log *slog.Logger) (*Replicas, error) {
	if db.Dialect != migrations.Postgres {
		return nil, errors.New("DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL: SQLite has no replicas")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = clock.System{}.Now
	}
	primary, err := db.DB.DB()
	if err != nil {
		return nil, err
	}
	r := &Replicas{primary: primary, opt: opt, log: log, wrote: map[string]time.Time{}}
	for _, u := range urls {
		if !IsPostgres(u) {
			return nil, errors.Join(fmt.Errorf("replica %s: want a postgres:// URL", redact(u)), r.Close())
		}
		pool, err := sql.Open("pgx", u)
		if err != nil {
			return nil, errors.Join(fmt.Errorf("open replica %s: %w", redact(u), err), r.Close())
		}
		pool.SetMaxOpenConns(20)
		pool.SetMaxIdleConns(20)
		pool.SetConnMaxIdleTime(5 * time.Minute)
		r.list = append(r.list, &Replica{Name: hostOf(u), db: pool})
	}
	if err := r.register(db.DB); err != nil {
		return nil, errors.Join(err, r.Close())
	}
	r.Check(ctx)
	return r, nil
}

func hostOf(raw string) string {
	s := redact(raw)
	if i := strings.Index(s, "@"); i >= 0 {
		s = s[i+1:]
	} else {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "postgresql://"), "postgres://")
	}
	if i := strings.IndexAny(s, "/?"); i >= 0 {
		s = s[:i]
	}
	return s
}

// register installs the routing on g's callbacks, which every session of g shares.
func (r *Replicas) register(g *gorm.DB) error {
	cb := g.Callback()
	return errors.Join(
		cb.Query().Before("gorm:query").Register("kindred:replica_route", r.route),
		cb.Row().Before("gorm:row").Register("kindred:replica_route", r.route),
		cb.Create().Before("gorm:create").Register("kindred:replica_primary", r.toPrimary),
		cb.Update().Before("gorm:update").Register("kindred:replica_primary", r.toPrimary),
		cb.Delete().Before("gorm:delete").Register("kindred:replica_primary", r.toPrimary),
		cb.Raw().Before("gorm:raw").Register("kindred:replica_primary", r.toPrimary),
		cb.Create().After("gorm:create").Register("kindred:replica_wrote", r.noteWrite),
		cb.Update().After("gorm:update").Register("kindred:replica_wrote", r.noteWrite),
		cb.Delete().After("gorm:delete").Register("kindred:replica_wrote", r.noteWrite),
		cb.Raw().After("gorm:raw").Register("kindred:replica_wrote", r.noteWrite),
	)
}

// route sends a read that may lag to a healthy replica.
func (r *Replicas) route(g *gorm.DB) {
	st := g.Statement
	if !mayLag(st.Context) {
		return
	}
	if _, tx := st.ConnPool.(gorm.TxCommitter); tx {
		return
	}
	if r.wroteRecently(st.Context) {
		r.primaryReads.Add(1)
		return
	}
	rep := r.pick()
	if rep == nil {
		r.primaryReads.Add(1)
		return
	}
	st.ConnPool = &replicaPool{r: r, rep: rep}
}

// toPrimary undoes route for a write on a statement that read a replica before.
func (r *Replicas) toPrimary(g *gorm.DB) {
	if _, ok := g.Statement.ConnPool.(*replicaPool); ok {
		g.Statement.ConnPool = r.primary
	}
}

// noteWrite starts the read-your-writes window of the sessions of a write that succeeded.
func (r *Replicas) noteWrite(g *gorm.DB) {
	if g.Error != nil || r.opt.Sessions == nil || g.Statement.Context == nil {
		return
	}
	keys := r.opt.Sessions(g.Statement.Context)
	if len(keys) == 0 {
		return
	}
	now := r.opt.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.wrote[keys[0]] = now
	// Forget windows long closed, now and then, so the map stays the size of the writers
	// of the last few seconds.
	if len(r.wrote) > 1024 {
		for k, t := range r.wrote {
			if now.Sub(t) > r.opt.Window {
				delete(r.wrote, k)
			}
		}
	}
}

// Wrote starts the read-your-writes window of ctx's sessions as a write would.
func (r *Replicas) Wrote(ctx context.Context) {
	r.noteWrite(&gorm.DB{Statement: &gorm.Statement{Context: ctx}})
}

func (r *Replicas) wroteRecently(ctx context.Context) bool {
	if r.opt.Sessions == nil {
		return false
	}
	keys := r.opt.Sessions(ctx)
	if len(keys) == 0 {
		return false
	}
	now := r.opt.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range keys {
		if t, ok := r.wrote[k]; ok && now.Sub(t) < r.opt.Window {
			return true
		}
	}
	return false
}

// pick returns the next healthy replica, or nil when none is.
func (r *Replicas) pick() *Replica {
	n := uint64(len(r.list))
	start := r.next.Add(1)
	for i := range n {
		if rep := r.list[(start+i)%n]; rep.healthy.Load() {
			return rep
		}
	}
	return nil
}

// Check asks the primary for its WAL position and every replica how far it has
// replayed, and takes replicas in or out of rotation accordingly. The server runs it
// every few seconds (Watch); tests call it when they choose.
func (r *Replicas) Check(ctx context.Context) {
	now := r.opt.Now()
	var cur string
	err := r.primary.QueryRowContext(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&cur)
	lsn, perr := parseLSN(cur)
	if err == nil && perr == nil {
		r.mu.Lock()
		r.samples = append(r.samples, walSample{lsn: lsn, at: now})
		// Keep what covers a few times the threshold: older samples only ever say "too far behind".
		for len(r.samples) > 2 && now.Sub(r.samples[1].at) > 4*r.opt.MaxLag {
			r.samples = r.samples[1:]
		}
		r.mu.Unlock()
	}
	for _, rep := range r.list {
		lag, reason := r.measure(ctx, rep, now, err == nil && perr == nil)
		r.set(ctx, rep, lag, reason)
	}
}

// measure returns rep's lag, or why it may take no reads.
func (r *Replicas) measure(ctx context.Context, rep *Replica, now time.Time, primaryKnown bool) (time.Duration, string) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var standby bool
	var replay sql.NullString
	if err := rep.db.QueryRowContext(ctx, "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text").Scan(&standby, &replay); err != nil {
		return 0, "unreachable: " + err.Error()
	}
	if !standby || !replay.Valid {
		return 0, "not a streaming standby (promoted, or not a replica of the primary)"
	}
	if !primaryKnown {
		return 0, "the primary's WAL position is unknown"
	}
	at, err := parseLSN(replay.String)
	if err != nil {
		return 0, err.Error()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	// The newest check whose position the replica has replayed bounds its lag.
	for i := len(r.samples) - 1; i >= 0; i-- {
		if r.samples[i].lsn <= at {
			lag := now.Sub(r.samples[i].at)
			if lag > r.opt.MaxLag {
				return lag, fmt.Sprintf("%s behind the primary, more than the %s allowed", lag, r.opt.MaxLag)
			}
			return lag, ""
		}
	}
	// Behind every position kept: at least as far behind as the oldest.
	lag := now.Sub(r.samples[0].at)
	if lag > r.opt.MaxLag {
		return lag, fmt.Sprintf("over %s behind the primary, more than the %s allowed", lag, r.opt.MaxLag)
	}
	return lag, ""
}

func (r *Replicas) set(ctx context.Context, rep *Replica, lag time.Duration, reason string) {
	rep.mu.Lock()
	rep.lag, rep.reason = lag, reason
	rep.mu.Unlock()
	if was := rep.healthy.Swap(reason == ""); was && reason != "" {
		r.log.WarnContext(ctx, "replica out of rotation", "replica", rep.Name, "reason", reason)
	} else if !was && reason == "" {
		r.log.InfoContext(ctx, "replica in rotation", "replica", rep.Name, "lag_ms", lag.Milliseconds())
	}
}

// Watch runs Check every interval until ctx ends.
func (r *Replicas) Watch(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			r.Check(ctx)
		}
	}
}

// Status returns what the last check found of each replica, in configuration order.
func (r *Replicas) Status() []ReplicaStatus {
	out := make([]ReplicaStatus, len(r.list))
	for i, rep := range r.list {
		rep.mu.Lock()
		out[i] = ReplicaStatus{Name: rep.Name, Healthy: rep.healthy.Load(), Lag: rep.lag, Reason: rep.reason, Reads: rep.reads.Load()}
		rep.mu.Unlock()
	}
	return out
}

// PrimaryReads counts the reads that could have gone to a replica but went to the
// primary: inside a read-your-writes window, with no healthy replica, or after a replica
// failed under them.
func (r *Replicas) PrimaryReads() uint64 { return r.primaryReads.Load() }

// Close closes the replicas' pools.
func (r *Replicas) Close() error {
	var errs []error
	for _, rep := range r.list {
		errs = append(errs, rep.db.Close())
	}
	return errors.Join(errs...)
}

// parseLSN reads PostgreSQL's text form of a WAL position, "16/B374D848".
func parseLSN(s string) (uint64, error) {
	hi, lo, ok := strings.Cut(s, "/")
	if !ok {
		return 0, fmt.Errorf("WAL position %q: want X/Y", s)
	}
	h, err := strconv.ParseUint(hi, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: %w", s, err)
	}
	l, err := strconv.ParseUint(lo, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: %w", s, err)
	}
	return h<<32 | l, nil
}

// replicaPool answers a statement from a replica, or from the primary when the replica
// turns out to be unreachable (which takes it out of rotation at once).
type replicaPool struct {
	r   *Replicas
	rep *Replica
}

var _ gorm.ConnPool = (*replicaPool)(nil)

func (p *replicaPool) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return p.r.primary.PrepareContext(ctx, query)
}

func (p *replicaPool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.r.primary.ExecContext(ctx, query, args...)
}

func (p *replicaPool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	rows, err := p.rep.db.QueryContext(ctx, query, args...)
	if p.failed(ctx, err) {
		return p.r.primary.QueryContext(ctx, query, args...)
	}
	return rows, err
}

func (p *replicaPool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	row := p.rep.db.QueryRowContext(ctx, query, args...)
	if p.failed(ctx, row.Err()) {
		return p.r.primary.QueryRowContext(ctx, query, args...)
	}
	return row
}

// failed reports whether err means the replica is gone, and takes it out of rotation.
func (p *replicaPool) failed(ctx context.Context, err error) bool {
	if err == nil || !Unavailable(err) || ctx.Err() != nil {
		if err == nil {
			p.rep.reads.Add(1)
		}
		return false
	}
	p.r.primaryReads.Add(1)
	p.r.set(ctx, p.rep, 0, "unreachable: "+err.Error())
	return true
}
