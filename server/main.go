// Command kindred is Kindred's one binary: the API, the embedded web app, migrations,
// demo data and administration.
//
//	kindred [serve]            apply migrations and serve (the default)
//	kindred migrate            apply migrations and exit
//	kindred seed               load demo data into an empty database
//	kindred admin grant HANDLE make a person an admin
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"

	"kindred/auth"
	"kindred/clock"
	"kindred/database"
	"kindred/demo"
	"kindred/domain"
	"kindred/domain/kindred"
	"kindred/events"
	"kindred/frontend"
	"kindred/jobs"
	"kindred/metrics"
	"kindred/migrations"
	"kindred/reqlog"
	"kindred/tracing"
)

// gcPercent is the collector's GOGC unless the environment sets one: a collection every
// time the heap doubles ran about twenty times a second under discovery's load, each
// taking half a core for 9 ms; at 200 they are a third fewer and requests wait less
// behind them, for about 30 MB more at 100,000 people (GOMEMLIMIT still bounds it).
const gcPercent = 200

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, clock.System{}); err != nil {
		fmt.Fprintln(os.Stderr, "kindred:", err)
		os.Exit(1)
	}
}

const usage = `usage: kindred [command] [flags]

commands:
  serve               apply migrations and serve the API and web app (default)
  migrate             apply migrations and exit
  seed                load the demo community into an empty database
  admin grant HANDLE  make the person with HANDLE an admin
  copy --from F --to U copy a SQLite install into an empty PostgreSQL database

flags (each also read from the environment variable shown):`

// run runs one command; clk is the time every rule reads, moved by tests.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, clk clock.Clock) error {
	return runWith(ctx, args, stdout, stderr, deps{clock: clk})
}

// deps are what a command takes from its surroundings; tests replace them.
type deps struct {
	// clock is the time every rule and the scheduler read.
	clock clock.Clock
	// jobOptions tune the job queue (tests poll often); the zero value suits production.
	jobOptions jobs.Options
	// onJobs, when set, is given the job queue once it works, and the periodic jobs are not
	// scheduled: tests run them when they choose.
	onJobs func(*jobs.Queue)
	// tracer, when set, receives the traces instead of the one OTEL_* configures.
	tracer trace.TracerProvider
	// reconnect, when set, is waited on before the event listener reconnects.
	reconnect func(context.Context) error
	// replicaChecks, when set, is given the replicas instead of checking them every
	// few seconds: tests check them when they choose.
	replicaChecks func(*database.Replicas)
}

// runWith is run with its surroundings given.
func runWith(ctx context.Context, args []string, stdout, stderr io.Writer, d deps) error {
	clk := d.clock
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("kindred "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, usage); fs.PrintDefaults() }
	cfg, err := parseConfig(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	log := slog.New(reqlog.Handler{Handler: slog.NewJSONHandler(stderr, nil)})
	if !cfg.ClockStart.IsZero() {
		clk = clock.NewOffsetAt(clk, cfg.ClockStart)
		d.clock = clk
	}
	switch cmd {
	case "serve":
		return serve(ctx, cfg, log, stdout, d)
	case "migrate":
		lock, err := database.Claim(cfg.DatabaseURL, cmd)
		if err != nil {
			return err
		}
		defer lock.Release()
		db, err := openDB(ctx, cfg, log, clk)
		if err != nil {
			return err
		}
		if err := db.Close(); err != nil {
			return fmt.Errorf("close database: %w", err)
		}
		fmt.Fprintln(stdout, "migrations applied")
		return nil
	case "copy":
		return copyCommand(ctx, cfg.CopyFrom, cfg.CopyTo, log, stdout, clk)
	case "seed":
		return seed(ctx, cfg, log, stdout, clk)
	case "admin":
		rest := cfg.Args
		if len(rest) != 2 || rest[0] != "grant" {
			return errors.New("usage: kindred admin grant HANDLE")
		}
		return grantAdmin(ctx, cfg, log, rest[1], stdout, clk)
	}
	fs.Usage()
	return fmt.Errorf("unknown command %q", cmd)
}

// closeDB closes db as a command ends: failing to close (when a SQLite file writes its
// last pages) is the command's error unless it already has one.
func closeDB(db *database.DB, err *error) {
	if cerr := db.Close(); cerr != nil && *err == nil {
		*err = fmt.Errorf("close database: %w", cerr)
	}
}

// openDB opens and migrates the configured database.
func openDB(ctx context.Context, cfg *Config, log *slog.Logger, clk clock.Clock) (*database.DB, error) {
	db, err := database.Open(ctx, cfg.DatabaseURL, log, clk.Now)
	if err != nil {
		return nil, err
	}
	n, err := db.Migrate(ctx)
	if err != nil {
		return nil, errors.Join(err, db.Close())
	}
	if n > 0 {
		log.Info("applied migrations", "count", n)
	}
	// The job queue's tables are River's own, migrated by River.
	sqlDB, err := db.DB.DB()
	if err == nil {
		_, err = jobs.Migrate(ctx, sqlDB, db.Dialect)
	}
	if err != nil {
		return nil, errors.Join(err, db.Close())
	}
	return db, nil
}

func newService(cfg *Config, db *database.DB, clk clock.Clock) (*kindred.Services, error) {
	secret, err := cfg.secret()
	if err != nil {
		return nil, err
	}
	signer, err := auth.NewSigner(secret, clk.Now)
	if err != nil {
		return nil, err
	}
	return kindred.New(db.DB, clk, signer), nil
}

func serve(ctx context.Context, cfg *Config, log *slog.Logger, stdout io.Writer, d deps) error {
	var movable *clock.Offset
	if cfg.MovableClock {
		movable = clock.NewOffset(d.clock)
		d.clock = movable
		log.Warn("the clock can be moved through POST /testing/clock: for browser tests only")
	}
	clk := d.clock
	// One serving process per SQLite file, held until serve returns.
	lock, err := database.Claim(cfg.DatabaseURL, "serve")
	if err != nil {
		return err
	}
	defer lock.Release()
	db, err := openDB(ctx, cfg, log, clk)
	if err != nil {
		return err
	}
	defer func() {
		if err := db.Close(); err != nil {
			log.Warn("close database", "err", err)
		}
	}()
	svc, err := newService(cfg, db, clk)
	if err != nil {
		return err
	}
	sqlDB, err := db.DB.DB()
	if err != nil {
		return err
	}
	m := metrics.New(sqlDB)
	if err := m.CountSQL(db.DB); err != nil {
		return fmt.Errorf("count SQL statements: %w", err)
	}
	replicas, err := useReplicas(ctx, cfg, db, m, log, clk)
	if err != nil {
		return err
	}
	if replicas != nil {
		defer func() { _ = replicas.Close() }()
		watchCtx, stopWatch := context.WithCancel(ctx)
		defer stopWatch()
		if d.replicaChecks != nil {
			d.replicaChecks(replicas)
		} else {
			go replicas.Watch(watchCtx, cfg.ReplicaCheck)
		}
	}
	tracer, err := startTracing(ctx, db, d.tracer, log)
	if err != nil {
		return err
	}
	if tp, ok := tracer.(*sdktrace.TracerProvider); ok && d.tracer == nil {
		defer func() {
			// Flush the last spans, but never hang shutdown on an unreachable collector.
			ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			if err := tp.Shutdown(ctx); err != nil {
				log.Warn("tracing shutdown", "err", err)
			}
		}()
	}
	// Live updates: PostgreSQL tells every instance what committed; on SQLite the one
	// instance reads its own activity table.
	busCtx, stopBus := context.WithCancel(context.WithoutCancel(ctx))
	defer stopBus()
	var bus *events.Bus
	if db.Dialect == migrations.Postgres {
		bus, err = events.Listener{URL: cfg.DatabaseURL, Log: log, Wait: d.reconnect}.Start(busCtx)
	} else {
		bus, err = events.StartPoller(busCtx, db.DB, 200*time.Millisecond, log)
	}
	if err != nil {
		return err
	}
	// The index listens before it is built, so changes other instances make meanwhile
	// are applied after the build.
	bus.Handle(func(e events.Event) {
		switch {
		case e.Kind == events.Resync:
			// The listener may have missed changes while it was away.
			svc.ForgetViewers()
			go func() {
				if err := svc.BuildIndexes(database.Exact(busCtx)); err != nil {
					log.Warn("discovery index rebuild failed", "err", err)
				}
			}()
		case (e.Kind == events.PeopleChanged || e.Kind == events.CollabsChanged) && e.Origin != svc.Instance():
			svc.ApplyPeerChange(database.Exact(busCtx), e.Kind == events.PeopleChanged, e.IDs)
		}
	})
	// Requests may use a viewer read before once the other instances' changes are heard:
	// on SQLite nobody else announces them.
	svc.CacheViewers(db.Dialect == migrations.Postgres)
	sw := clock.Start()
	if err := svc.BuildIndexes(database.Exact(ctx)); err != nil {
		return fmt.Errorf("build discovery index: %w", err)
	}
	log.Info("discovery index built", "people", svc.IndexedPeople(), "duration_ms", sw.Elapsed().Milliseconds())
	trusted, err := parseCIDRs(cfg.TrustedProxies)
	if err != nil {
		return fmt.Errorf("KINDRED_TRUSTED_PROXIES: %w", err)
	}
	a := &app{service: svc, log: log, replicas: replicas, secure: cfg.Production(), web: frontend.Dist(), db: db, metrics: m, clock: movable, tracer: tracer,
		limits:  &limits{perViewer: newLimiter(cfg.RateLimit, clk.Now), perIP: newLimiter(cfg.IPRateLimit, clk.Now), trusted: trusted},
		timeout: cfg.RequestTimeout, wsPing: cfg.WebsocketPing, maxRequests: cfg.MaxActiveRequests, corsOrigins: map[string]bool{}, events: bus, closing: make(chan struct{})}
	bus.ObserveLag(clk.Now, func(d time.Duration) { a.metrics.EventLag.Observe(d.Seconds()) })
	for _, o := range strings.Split(cfg.CORSOrigins, ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
			a.corsOrigins[o] = true
		}
	}
	if cfg.PprofAddr != "" {
		go func() {
			log.Info("pprof listening", "addr", cfg.PprofAddr)
			log.Warn("pprof stopped", "err", pprofServer(cfg.PprofAddr).ListenAndServe())
		}()
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	url := "http://" + ln.Addr().String() + "/"
	q, stopJobs, err := startJobs(ctx, cfg, strings.TrimSuffix(url, "/"), db, svc, log, a.metrics, d)
	if err != nil {
		return err
	}
	defer stopJobs()
	if d.onJobs != nil {
		d.onJobs(q)
	}
	a.mailbox = svc.Mail.Mailbox
	// Shutdown waits for requests in flight but not for websockets (hijacked connections):
	// their context ends when serve returns, after Shutdown, which closes them.
	connCtx, closeConns := context.WithCancel(context.WithoutCancel(ctx))
	defer closeConns()
	srv := &http.Server{
		BaseContext:       func(net.Listener) context.Context { return connCtx },
		Handler:           a.routes(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "url", url, "env", cfg.Env, "database", db.Dialect)
	fmt.Fprintf(stdout, "Kindred is running at %s\n", url)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	stopJobs()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	// Stop accepting and finish the requests in flight, while websockets are closed with
	// a close frame (Shutdown does not wait for hijacked connections); the database
	// closes only after both.
	closed := make(chan struct{})
	go func() { defer close(closed); a.closeWebsockets(shutdownCtx) }()
	err = srv.Shutdown(shutdownCtx)
	<-closed
	log.Info("stopped")
	return err
}

// shutdownTimeout bounds a graceful shutdown; what is still running after it is cut.
const shutdownTimeout = 15 * time.Second

// pprofServer serves net/http/pprof on addr, a private address. Reading a request is
// bounded; writing is not, since a profile or trace streams for as many seconds as asked
// (pprof refuses any longer than a WriteTimeout).
func pprofServer(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second}
}

// startTracing returns tp, or else the tracer provider the OTEL_* variables configure,
// and spans SQL statements with it; nil when tracing is off.
func startTracing(ctx context.Context, db *database.DB, tp trace.TracerProvider, log *slog.Logger) (trace.TracerProvider, error) {
	if tp == nil {
		sdk, err := tracing.FromEnv(ctx)
		if err != nil {
			return nil, fmt.Errorf("tracing: %w", err)
		}
		if sdk == nil {
			return nil, nil
		}
		log.Info("tracing on")
		tp = sdk
	}
	if err := db.Use(tracing.GORMPlugin{Tracer: tp.Tracer(tracing.ScopeName)}); err != nil {
		return nil, fmt.Errorf("trace SQL statements: %w", err)
	}
	return tp, nil
}

func seed(ctx context.Context, cfg *Config, log *slog.Logger, stdout io.Writer, clk clock.Clock) (err error) {
	// Seeding writes many rows that a serving instance would not hear of.
	lock, err := database.Claim(cfg.DatabaseURL, "seed")
	if err != nil {
		return err
	}
	defer lock.Release()
	db, err := openDB(ctx, cfg, log, clk)
	if err != nil {
		return err
	}
	defer closeDB(db, &err)
	hash, err := auth.HashPassword(demo.DemoPassword)
	if err != nil {
		return err
	}
	if cfg.People > 0 {
		st, _ := os.Stderr.Stat()
		sw := clock.Start()
		g, err := demo.Generate(ctx, db.DB, demo.GenerateOptions{People: cfg.People, Seed: cfg.Seed, PasswordHash: hash, Now: clk.Now(),
			Progress: os.Stderr, Terminal: st != nil && st.Mode()&os.ModeCharDevice != 0})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Generated %d people with %d values, %d collaborations with %d members, in %s. Every password is %s.\n",
			g.People, g.PersonValues, g.Collaborations, g.Memberships, sw.Elapsed().Round(time.Second), demo.DemoPassword)
		return nil
	}
	sum, err := demo.Load(ctx, db.DB, clk.Now(), hash)
	if errors.Is(err, demo.ErrNotEmpty) {
		fmt.Fprintln(stdout, "The database already has people; demo data left as it is.")
		var n int64
		if db.Model(&domain.Person{}).Where("handle = ?", demo.DemoHandle).Count(&n); n > 0 {
			fmt.Fprintf(stdout, "Demo login: %s / %s\n", demo.DemoHandle, demo.DemoPassword)
		}
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Loaded the demo community: %d people, %d collaborations, %d contributions.\n",
		sum.People, sum.Collaborations, sum.Contributions)
	fmt.Fprintf(stdout, "Demo login: %s / %s\n", demo.DemoHandle, demo.DemoPassword)
	return nil
}

func grantAdmin(ctx context.Context, cfg *Config, log *slog.Logger, handle string, stdout io.Writer, clk clock.Clock) (err error) {
	db, err := openDB(ctx, cfg, log, clk)
	if err != nil {
		return err
	}
	defer closeDB(db, &err)
	signer, err := auth.NewSigner(make([]byte, auth.MinSecretLength), clk.Now)
	if err != nil {
		return err
	}
	// Granting needs no tokens; the throwaway signer is never used to sign.
	p, err := kindred.New(db.DB, clk, signer).GrantAdmin(ctx, handle)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s (@%s) is now an admin.\n", p.DisplayName, p.Handle)
	return nil
}
