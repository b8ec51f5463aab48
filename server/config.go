package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"kindred/auth"
	"kindred/mail"
)

// Config is the server's configuration: environment variables, overridden by flags.
type Config struct {
	DatabaseURL string
	// ReplicaURLs are streaming replicas of DatabaseURL that take the reads that may lag
	// (docs/scaling.md); ReplicaMaxLag, ReplicaWindow and ReplicaCheck tune them.
	ReplicaURLs   []string
	ReplicaMaxLag time.Duration
	ReplicaWindow time.Duration
	ReplicaCheck  time.Duration
	Addr          string
	Env           string
	JWTSecret     string
	// SecretFile is where a development secret is kept across restarts.
	SecretFile string
	// Args are the positional arguments after the command.
	Args []string
	// RateLimit and IPRateLimit are requests a minute per person (or token) and per
	// address; 0 turns one off. TrustedProxies are the proxies whose X-Forwarded-For is
	// believed. RequestTimeout bounds one request.
	RateLimit      int
	IPRateLimit    int
	TrustedProxies string
	RequestTimeout time.Duration
	// WebsocketPing is how often a websocket is pinged and its session checked.
	WebsocketPing time.Duration
	// MaxActiveRequests bounds the GraphQL requests executing at once; 0 for no bound.
	MaxActiveRequests int
	// CORSOrigins may call the API from their pages with bearer tokens.
	CORSOrigins string
	// MovableClock lets browser tests move the server's clock forward through
	// POST /testing/clock from the loopback address; refused in production.
	MovableClock bool
	// ClockStart, when set, starts the clock at that instant (it runs on from there), so
	// that browser tests see the same date whatever the day; refused in production.
	ClockStart time.Time
	// Mail configures sending (package mail, docs/mail.md).
	Mail mail.Settings
	// PprofAddr, when set, serves net/http/pprof there (never on the public address).
	PprofAddr string
	// CopyFrom and CopyTo are the databases of `copy`.
	CopyFrom, CopyTo string
	// People and Seed make `seed` generate a large community instead of the demo.
	People int
	Seed   uint64
}

func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// parseConfig reads the environment and then the flags of a subcommand.
func parseConfig(fs *flag.FlagSet, args []string) (*Config, error) {
	c := &Config{}
	fs.StringVar(&c.DatabaseURL, "database-url", envOr("DATABASE_URL", "kindred.db"), "postgres:// URL or SQLite file path (env DATABASE_URL)")
	replicas := fs.String("database-replica-urls", envOr("DATABASE_REPLICA_URLS", ""), "comma-separated postgres:// URLs of streaming replicas for public pages, reports, exports and search; PostgreSQL only (env DATABASE_REPLICA_URLS)")
	fs.DurationVar(&c.ReplicaMaxLag, "replica-max-lag", envDuration("KINDRED_REPLICA_MAX_LAG", 2*time.Second), "a replica further behind the primary takes no reads until it catches up (env KINDRED_REPLICA_MAX_LAG)")
	fs.DurationVar(&c.ReplicaWindow, "replica-window", envDuration("KINDRED_REPLICA_WINDOW", 5*time.Second), "after a write, the writer's reads stay on the primary this long; keep it above max lag + check interval (env KINDRED_REPLICA_WINDOW)")
	fs.DurationVar(&c.ReplicaCheck, "replica-check", envDuration("KINDRED_REPLICA_CHECK", time.Second), "how often the replicas' lag and health are checked (env KINDRED_REPLICA_CHECK)")
	fs.StringVar(&c.Addr, "addr", envOr("KINDRED_ADDR", "127.0.0.1:8080"), "address to listen on (env KINDRED_ADDR)")
	fs.StringVar(&c.Env, "env", envOr("KINDRED_ENV", "development"), "development or production (env KINDRED_ENV)")
	fs.StringVar(&c.JWTSecret, "jwt-secret", envOr("KINDRED_JWT_SECRET", ""), "secret of at least 32 bytes for signing access tokens (env KINDRED_JWT_SECRET)")
	fs.StringVar(&c.PprofAddr, "pprof-addr", envOr("KINDRED_PPROF_ADDR", ""), "serve pprof on this address, e.g. 127.0.0.1:6060; off when empty (env KINDRED_PPROF_ADDR)")
	fs.IntVar(&c.RateLimit, "rate-limit", envInt("KINDRED_RATE_LIMIT", 1200), "requests a minute per person or token; 0 for none (env KINDRED_RATE_LIMIT)")
	fs.IntVar(&c.IPRateLimit, "ip-rate-limit", envInt("KINDRED_IP_RATE_LIMIT", 3000), "requests a minute per client address; 0 for none (env KINDRED_IP_RATE_LIMIT)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", envOr("KINDRED_TRUSTED_PROXIES", ""), "comma-separated addresses or networks of proxies whose X-Forwarded-For is trusted (env KINDRED_TRUSTED_PROXIES)")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", envDuration("KINDRED_REQUEST_TIMEOUT", 15*time.Second), "time limit of one GraphQL request over HTTP; websockets are not bound by it (env KINDRED_REQUEST_TIMEOUT)")
	fs.DurationVar(&c.WebsocketPing, "websocket-ping", envDuration("KINDRED_WEBSOCKET_PING", 10*time.Second), "how often websockets are pinged (a client that misses two pings is closed) and their session checked (env KINDRED_WEBSOCKET_PING)")
	fs.IntVar(&c.MaxActiveRequests, "max-active-requests", envInt("KINDRED_MAX_ACTIVE_REQUESTS", 2*runtime.GOMAXPROCS(0)), "GraphQL requests over HTTP executing at once, the others waiting in order; 0 for no bound; raise it when the database is far away (env KINDRED_MAX_ACTIVE_REQUESTS)")
	fs.StringVar(&c.CORSOrigins, "cors-origins", envOr("KINDRED_CORS_ORIGINS", ""), "comma-separated origins (https://app.example.org) whose pages may call /query with bearer tokens (env KINDRED_CORS_ORIGINS)")
	fs.BoolVar(&c.MovableClock, "movable-clock", envOr("KINDRED_MOVABLE_CLOCK", "") == "1", "development only: let POST /testing/clock?advance=2h from loopback move the clock, for browser tests (env KINDRED_MOVABLE_CLOCK=1)")
	clockStart := fs.String("clock-start", envOr("KINDRED_CLOCK_START", ""), "development only: start the clock at this RFC 3339 time, for tests (env KINDRED_CLOCK_START)")
	fs.StringVar(&c.Mail.SMTPURL, "smtp-url", envOr("KINDRED_SMTP_URL", ""), "where mail goes, e.g. smtp://user:password@host:587; see docs/mail.md (env KINDRED_SMTP_URL)")
	fs.StringVar(&c.Mail.From, "mail-from", envOr("KINDRED_MAIL_FROM", ""), "the from-address of mail, e.g. 'Kindred <hello@example.org>' (env KINDRED_MAIL_FROM)")
	fs.StringVar(&c.Mail.PublicURL, "public-url", envOr("KINDRED_PUBLIC_URL", ""), "the address people reach Kindred at, the base of links in mail; default http://ADDR (env KINDRED_PUBLIC_URL)")
	fs.BoolVar(&c.Mail.DevMailbox, "dev-mailbox", envOr("KINDRED_DEV_MAILBOX", "") == "1", "development only: without SMTP keep mail in the database and show it at /dev/mailbox (env KINDRED_DEV_MAILBOX=1)")
	fs.StringVar(&c.CopyFrom, "from", "", "copy: the SQLite file to copy from")
	fs.StringVar(&c.CopyTo, "to", "", "copy: the empty PostgreSQL database (postgres://…) to copy into")
	fs.IntVar(&c.People, "people", 0, "seed: generate this many people for benchmarks instead of the demo community")
	fs.Uint64Var(&c.Seed, "seed", 1, "seed: the random seed of --people (the same seed gives the same data)")
	fs.StringVar(&c.SecretFile, "dev-secret-file", envOr("KINDRED_DEV_SECRET_FILE", ".kindred-dev-secret"), "where development keeps its generated JWT secret (env KINDRED_DEV_SECRET_FILE)")
	// Flags may come before or after positional arguments (admin grant HANDLE --flag).
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	c.Args = positional
	for _, u := range strings.Split(*replicas, ",") {
		if u = strings.TrimSpace(u); u != "" {
			c.ReplicaURLs = append(c.ReplicaURLs, u)
		}
	}
	if len(c.ReplicaURLs) > 0 && c.ReplicaWindow <= c.ReplicaMaxLag+c.ReplicaCheck {
		return nil, fmt.Errorf("KINDRED_REPLICA_WINDOW (%s) must exceed KINDRED_REPLICA_MAX_LAG (%s) plus KINDRED_REPLICA_CHECK (%s), or a person could miss their own write", c.ReplicaWindow, c.ReplicaMaxLag, c.ReplicaCheck)
	}
	if c.Env != "development" && c.Env != "production" {
		return nil, fmt.Errorf("KINDRED_ENV is %q; use development or production", c.Env)
	}
	if c.MovableClock && c.Production() {
		return nil, errors.New("--movable-clock is for browser tests and refused in production")
	}
	if c.Mail.DevMailbox && c.Production() {
		return nil, errors.New("KINDRED_DEV_MAILBOX shows everyone's mail and is refused in production; set KINDRED_SMTP_URL")
	}
	if *clockStart != "" {
		if c.Production() {
			return nil, errors.New("--clock-start is for tests and refused in production")
		}
		t, err := time.Parse(time.RFC3339, *clockStart)
		if err != nil {
			return nil, fmt.Errorf("--clock-start %q: want an RFC 3339 time such as 2026-11-26T12:00:00Z", *clockStart)
		}
		c.ClockStart = t
	}
	return c, nil
}

// mailSettings are the mail settings, the public URL defaulting to listening, the URL the
// server listens at.
func (c *Config) mailSettings(listening string) mail.Settings {
	s := c.Mail
	if s.PublicURL == "" {
		s.PublicURL = listening
	}
	return s
}

// Production reports whether the server runs in production mode.
func (c *Config) Production() bool { return c.Env == "production" }

// secret returns the JWT secret: required in production; in development generated once
// and kept in SecretFile so sessions survive a restart.
func (c *Config) secret() ([]byte, error) {
	if c.JWTSecret != "" {
		if len(c.JWTSecret) < auth.MinSecretLength {
			return nil, fmt.Errorf("KINDRED_JWT_SECRET has %d bytes; it needs at least %d (try: openssl rand -base64 48)", len(c.JWTSecret), auth.MinSecretLength)
		}
		return []byte(c.JWTSecret), nil
	}
	if c.Production() {
		return nil, errors.New("KINDRED_JWT_SECRET is required in production: set it to at least 32 random bytes (try: openssl rand -base64 48)")
	}
	if b, err := os.ReadFile(c.SecretFile); err == nil { //nolint:gosec // G703: the operator names this file (flag or environment), no request does
		if s := strings.TrimSpace(string(b)); len(s) >= auth.MinSecretLength {
			return []byte(s), nil
		}
	}
	s, err := auth.RandomToken(48)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(c.SecretFile, []byte(s+"\n"), 0o600); err != nil { //nolint:gosec // G703: the operator names this file (flag or environment), no request does
		return nil, fmt.Errorf("keep development JWT secret in %s: %w", c.SecretFile, err)
	}
	return []byte(s), nil
}
