package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"

	"kindred/auth"
	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
	"kindred/events"
	"kindred/graph"
	"kindred/locale"
	"kindred/mail"
	"kindred/metrics"
	"kindred/migrations"
	"kindred/reqlog"
	"kindred/tracing"
)

// MaxBodyBytes bounds a request body; GraphQL documents and variables are small.
const MaxBodyBytes = 1 << 20

// app holds what the HTTP layer needs; it is built once in run.
type app struct {
	service *kindred.Services
	log     *slog.Logger
	secure  bool
	web     fs.FS
	db      *database.DB
	// replicas, when configured, take the reads that may lag.
	replicas *database.Replicas
	metrics  *metrics.Metrics
	// clock, when set, may be moved by browser tests (see Config.MovableClock).
	clock   *clock.Offset
	limits  *limits
	timeout time.Duration
	// wsPing is how often websockets are pinged and their sessions checked.
	wsPing time.Duration
	// maxRequests bounds the GraphQL requests executing at once (see admit); 0 for none.
	maxRequests int
	// corsOrigins may call /query from their pages, with bearer tokens (never cookies).
	corsOrigins map[string]bool
	events      *events.Bus
	// closing is closed when shutdown begins; websockets open counts those to close.
	closing        chan struct{}
	websocketsOpen atomic.Int64
	// tracer, when set, spans requests, operations and resolvers (see package tracing).
	tracer trace.TracerProvider
	// mailbox, in development with KINDRED_DEV_MAILBOX=1, is served at /dev/mailbox.
	mailbox *mail.Mailbox
}

// present turns an error into what the client sees, for GraphQL and for the routes
// beside it alike (see graph.ErrorPresenter).
func (a *app) present(ctx context.Context, err error) *gqlerror.Error {
	return graph.ErrorPresenter(a.log, a.db.Availability)(ctx, err)
}

type websocketKey struct{}

// refreshKey holds the refresh token of a websocket upgrade's cookie session.
type refreshKey struct{}

// isWebsocket reports whether r asks for a websocket.
func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// closeWebsockets ends every open websocket, each with a close frame, and waits for them
// until ctx ends.
func (a *app) closeWebsockets(ctx context.Context) {
	close(a.closing)
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for a.websocketsOpen.Load() > 0 {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// websocketClosed counts a websocket out; only those websocketInit counted in.
func (a *app) websocketClosed(ctx context.Context, _ int) {
	if ctx.Value(websocketKey{}) != nil {
		a.metrics.Websockets.Dec()
		a.websocketsOpen.Add(-1)
	}
}

// routes returns the server's whole HTTP handler.
func (a *app) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/query", a.graphQL())
	// Reports, exports and public pages may read a replica a second or two behind.
	mux.Handle("GET /collaborations/{slug}/impact.csv", mayLag(a.impactExport("csv")))
	mux.Handle("GET /collaborations/{slug}/impact.json", mayLag(a.impactExport("json")))
	mux.Handle("GET /me/export.json", a.myDataExport())
	mux.Handle("GET /export/person/{file}", mayLag(a.personExport()))
	mux.Handle("GET /export/value/{file}", mayLag(a.valueExport()))
	mux.Handle("GET /export/community.csv", mayLag(a.communityExport("csv")))
	mux.Handle("GET /export/community.json", mayLag(a.communityExport("json")))
	mux.Handle("POST /unsubscribe", a.unsubscribe())
	mux.Handle("GET /calendar/gatherings/{file}", a.gatheringICS())
	mux.Handle("GET /calendar/feed/{file}", a.calendarFeed())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", a.ready)
	if a.clock != nil {
		mux.HandleFunc("GET /testing/clock", a.moveClock)
		mux.HandleFunc("POST /testing/clock", a.moveClock)
	}
	mux.Handle("GET /metrics", a.metrics.Handler())
	mux.Handle("GET /c/{slug}/card.png", mayLag(a.card("c")))
	mux.Handle("GET /people/{slug}/card.png", mayLag(a.card("people")))
	mux.Handle("GET /sitemap.xml", mayLag(http.HandlerFunc(a.sitemap)))
	mux.HandleFunc("GET /robots.txt", a.robots)
	if a.mailbox != nil {
		mux.Handle("GET /dev/mailbox", a.mailbox.Handler())
		mux.Handle("GET /dev/mailbox/", a.mailbox.Handler())
	}
	mux.Handle("/", mayLag(a.spa()))
	return a.traced(mux, a.requestID(locale.Middleware(a.accessLog(mux))))
}

// traced gives each request a span when tracing is on, named by its route so that paths
// with slugs do not make a name each. It continues a trace the caller sent (traceparent).
func (a *app) traced(mux *http.ServeMux, next http.Handler) http.Handler {
	if a.tracer == nil {
		return next
	}
	return otelhttp.NewHandler(next, "http",
		otelhttp.WithTracerProvider(a.tracer),
		otelhttp.WithPropagators(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{})),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string {
			if _, pattern := mux.Handler(r); pattern != "" && pattern != "/" {
				if strings.HasPrefix(pattern, r.Method+" ") {
					return pattern
				}
				return r.Method + " " + pattern
			}
			return r.Method
		}))
}

// graphQL builds the gqlgen handler with explicit transports and extensions.
func (a *app) graphQL() http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Services: a.service, Events: a.events}}))
	srv.AddTransport(transport.Websocket{
		// Pings keep proxies from closing an idle connection and notice a vanished client.
		KeepAlivePingInterval: a.wsPing,
		PingPongInterval:      a.wsPing,
		InitFunc:              a.websocketInit,
		CloseFunc:             a.websocketClosed,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(getTransport{})
	srv.AddTransport(postTransport{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if a.tracer != nil {
		srv.Use(tracing.Extension{Tracer: a.tracer.Tracer(tracing.ScopeName)})
	}
	// Automatic persisted queries: a client may send a document's SHA-256 alone once the
	// server has seen the document.
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.Introspection{})
	srv.SetParserTokenLimit(graph.DefaultLimits.MaxTokens)
	srv.Use(graph.LimitsExtension{Limits: graph.DefaultLimits})
	srv.Use(graph.ScopeExtension{})
	srv.Use(graph.ReplicaExtension{})
	// "Did you mean …" would tell strangers the schema's field names they have not asked for.
	srv.SetDisableSuggestion(a.secure)
	srv.Use(metrics.Extension{M: a.metrics})
	srv.SetErrorPresenter(a.present)
	srv.SetRecoverFunc(graph.Recover(a.log))
	return a.cors(a.limitBody(a.withTimeout(a.admit(a.withViewer(graph.LoaderMiddleware(a.service, srv))))))
}

// withViewer authenticates the request and puts the viewer, the client address and the
// cookie session into its context.
func (a *app) withViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cs := &cookieSession{w: w, r: r, secure: a.secure || r.TLS != nil, now: a.service.Clock().Now}
		ctx := graph.WithCookieSession(r.Context(), cs)
		ip := a.limits.clientIP(r)
		ctx = domain.WithClientIP(ctx, ip)
		r = r.WithContext(ctx)
		viewer, err := a.authenticate(r, cs)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		key := ""
		switch {
		case cs.token != nil:
			key = "token:" + strconv.FormatInt(cs.token.ID, 10)
			r = r.WithContext(accounts.WithAccessToken(r.Context(), cs.token))
		case viewer != nil:
			key = "person:" + strconv.FormatInt(viewer.ID, 10)
		}
		if !a.limits.allow(w, key, ip) {
			a.writeError(w, r, domain.Errorf(domain.CodeRateLimited, "Too many requests; wait %s seconds and try again.", w.Header().Get("Retry-After")))
			return
		}
		if viewer != nil {
			r = r.WithContext(domain.WithViewer(r.Context(), viewer))
		}
		if isWebsocket(r) && r.Header.Get("Authorization") == "" {
			// A page's websocket lives as long as its cookie session.
			r = r.WithContext(context.WithValue(r.Context(), refreshKey{}, cs.RefreshToken()))
		}
		next.ServeHTTP(w, r)
	})
}

// writeError answers a request that fails before GraphQL runs (or an export), in
// GraphQL's error shape, with the HTTP status of its code.
func (a *app) writeError(w http.ResponseWriter, r *http.Request, err error) {
	e := a.present(r.Context(), err)
	code, _ := e.Extensions["code"].(string)
	status := http.StatusBadRequest
	switch domain.Code(code) {
	case domain.CodeUnauthenticated:
		status = http.StatusUnauthorized
		w.Header().Set("WWW-Authenticate", `Bearer realm="kindred"`)
	case domain.CodeRateLimited:
		status = http.StatusTooManyRequests
	case domain.CodeNotFound:
		status = http.StatusNotFound
	case domain.CodeForbidden:
		status = http.StatusForbidden
	case domain.CodeInternal:
		status = http.StatusInternalServerError
	case domain.CodeUnavailable, "TIMEOUT":
		status = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", retryAfter)
	}
	ext := map[string]any{"code": code, "requestId": reqlog.ID(r.Context())}
	if f, ok := e.Extensions["field"]; ok {
		ext["field"] = f
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{"message": e.Message, "extensions": ext}}})
}

// retryAfter is the Retry-After, in seconds, of an answer 503: about the time a database
// takes to restart or fail over, and how soon /readyz notices.
const retryAfter = "5"

// limitBody refuses bodies over MaxBodyBytes with 413, declared or chunked.
func (a *app) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBodyBytes {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		// Read it whole (it is small) so that a chunked body over the limit gets 413 too,
		// instead of an error inside an HTTP 200 from the GraphQL handler.
		body, err := io.ReadAll(io.LimitReader(r.Body, MaxBodyBytes+1))
		if err != nil {
			http.Error(w, "could not read the request body", http.StatusBadRequest)
			return
		}
		if len(body) > MaxBodyBytes {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// withTimeout bounds the time one GraphQL request may take. A websocket lives until its
// client, the server's shutdown or the end of its session closes it.
func (a *app) withTimeout(next http.Handler) http.Handler {
	if a.timeout <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), a.timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// requestID gives every request an ID, in its context (and so its log lines) and in the
// X-Request-ID response header.
func (a *app) requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := auth.RandomToken(12)
		if err != nil {
			id = "unknown"
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(reqlog.With(r.Context(), id)))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (a *app) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		watch := clock.Start()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		a.log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "duration_ms", watch.Elapsed().Milliseconds())
	})
}

// spa serves the built web app: files as they are (hashed assets cached for good), and
// index.html for every other path so the app's router can take it.
func (a *app) spa() http.Handler {
	files := http.FileServerFS(a.web)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if strings.HasPrefix(name, ".") || strings.Contains(name, "/.") {
			// Build metadata such as .vite/manifest.json is not for browsers.
			http.NotFound(w, r)
			return
		}
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(a.web, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
			if strings.HasPrefix(name, "assets/") {
				http.NotFound(w, r)
				return
			}
		}
		index, err := fs.ReadFile(a.web, "index.html")
		if err != nil {
			index = []byte(notBuiltPage)
		}
		if p := a.previewFor(r.Context(), r.URL.Path); p != nil {
			index = withPreview(index, p)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}

const notBuiltPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kindred</title></head>
<body><main><h1>Kindred</h1><p>The API is running at <a href="/query">/query</a>, but this binary was built
without the web app. Run <code>make run</code> to build it in.</p></main></body></html>`

// ready answers 200 when the database answers and every migration is applied, else 503,
// so a load balancer sends no traffic to an instance that cannot serve it.
func (a *app) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	status, msg := http.StatusOK, "ready\n"
	sqlDB, err := a.db.DB.DB()
	if err == nil {
		err = sqlDB.PingContext(ctx)
	}
	if err != nil {
		status, msg = http.StatusServiceUnavailable, "database unreachable\n"
		a.log.WarnContext(ctx, "not ready", "err", err)
	} else if n, err := migrations.Pending(ctx, sqlDB, a.db.Dialect); err != nil || n > 0 {
		status, msg = http.StatusServiceUnavailable, "migrations pending\n"
		a.log.WarnContext(ctx, "not ready", "pending", n, "err", err)
	}
	if status == http.StatusOK {
		msg += a.replicaReport()
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(msg))
}

// moveClock answers a movable clock's time, from loopback only; a POST first moves it
// forward by ?advance=<duration>. Browser tests set the browser's clock from it.
func (a *app) moveClock(w http.ResponseWriter, r *http.Request) {
	if ip := net.ParseIP(clientIP(r)); ip == nil || !ip.IsLoopback() {
		http.NotFound(w, r)
		return
	}
	if r.Method == http.MethodPost {
		d, err := time.ParseDuration(r.URL.Query().Get("advance"))
		if err != nil || d < 0 {
			http.Error(w, "advance=<a positive duration such as 2h>", http.StatusBadRequest)
			return
		}
		a.clock.Advance(d)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"now": a.clock.Now()})
}

// cors lets the configured origins' pages call the API with bearer tokens. Cookies stay
// same-origin: credentials are never allowed across origins.
func (a *app) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && a.corsOrigins[origin] {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
			h.Set("Access-Control-Expose-Headers", "RateLimit-Limit, RateLimit-Remaining, Retry-After, X-Request-ID")
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				h.Set("Access-Control-Allow-Methods", "GET, POST")
				h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// websocketInit signs a graphql-ws connection in: with a bearer token in the
// connection_init payload ({"authorization": "Bearer …"}) for API clients; otherwise the
// viewer is the one the upgrade request's same-origin cookie gave.
func (a *app) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	auth := p.Authorization()
	if auth == "" {
		if s, ok := p["authorization"].(string); ok {
			auth = s
		}
	}
	if auth != "" {
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok {
			return ctx, nil, errors.New("authorization must be \"Bearer <access token>\"")
		}
		p, err := a.service.Authenticate(ctx, strings.TrimSpace(token))
		if err != nil {
			return ctx, nil, err
		}
		// The token in the payload, not what the upgrade request carried, is the session.
		ctx = domain.WithViewer(accounts.WithAccessToken(context.WithValue(ctx, refreshKey{}, ""), nil), p)
	}
	refresh, _ := ctx.Value(refreshKey{}).(string)
	hold, signedIn := accounts.HoldSession(ctx, refresh)
	a.metrics.Websockets.Inc()
	a.websocketsOpen.Add(1)
	// The connection's context ends at shutdown or when its session ends, which makes
	// gqlgen send a close frame.
	ctx, cancel := context.WithCancel(context.WithValue(ctx, websocketKey{}, true))
	go func() {
		defer cancel()
		var check <-chan time.Time
		if signedIn && a.wsPing > 0 {
			t := time.NewTicker(a.wsPing)
			defer t.Stop()
			check = t.C
		}
		for {
			select {
			case <-a.closing:
				return
			case <-ctx.Done():
				return
			case <-check:
				// A database that cannot answer keeps the connection: it is not the session's end.
				if held, err := a.service.SessionHeld(ctx, hold); err == nil && !held {
					return
				}
			}
		}
	}()
	return ctx, nil, nil
}
