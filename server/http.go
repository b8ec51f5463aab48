package main

import (
	"encoding/json"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"kindred/auth"
	"kindred/domain"
	"kindred/graph"
	"kindred/reqlog"
)

// MaxBodyBytes bounds a request body; GraphQL documents and variables are small.
const MaxBodyBytes = 1 << 20

// app holds what the HTTP layer needs; it is built once in run.
type app struct {
	service *domain.Service
	log     *slog.Logger
	secure  bool
	web     fs.FS
}

// routes returns the server's whole HTTP handler.
func (a *app) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/query", a.graphQL())
	mux.Handle("GET /collaborations/{slug}/impact.csv", a.impactExport("csv"))
	mux.Handle("GET /collaborations/{slug}/impact.json", a.impactExport("json"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("/", a.spa())
	return a.requestID(a.accessLog(mux))
}

// graphQL builds the gqlgen handler with explicit transports and extensions.
func (a *app) graphQL() http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Service: a.service}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.SetErrorPresenter(graph.ErrorPresenter(a.log))
	srv.SetRecoverFunc(graph.Recover(a.log))
	return a.limitBody(a.withViewer(graph.LoaderMiddleware(a.service, srv)))
}

// withViewer authenticates the request and puts the viewer, the client address and the
// cookie session into its context.
func (a *app) withViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cs := &cookieSession{w: w, r: r, secure: a.secure || r.TLS != nil, now: a.service.Clock().Now}
		ctx := graph.WithCookieSession(r.Context(), cs)
		ctx = domain.WithClientIP(ctx, clientIP(r))
		r = r.WithContext(ctx)
		viewer, err := a.authenticate(r, cs)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		if viewer != nil {
			r = r.WithContext(domain.WithViewer(r.Context(), viewer))
		}
		next.ServeHTTP(w, r)
	})
}

// writeError answers a request that fails before GraphQL runs (or an export), in
// GraphQL's error shape.
func (a *app) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := domain.ErrorCode(err)
	status, msg := http.StatusInternalServerError, "internal error"
	switch code {
	case domain.CodeUnauthenticated:
		status, msg = http.StatusUnauthorized, err.Error()
		w.Header().Set("WWW-Authenticate", `Bearer realm="kindred"`)
	case domain.CodeNotFound:
		status, msg = http.StatusNotFound, err.Error()
	case domain.CodeForbidden:
		status, msg = http.StatusForbidden, err.Error()
	case domain.CodeInternal:
		a.log.ErrorContext(r.Context(), "internal error", "err", err)
	default:
		status, msg = http.StatusBadRequest, err.Error()
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": map[string]any{"code": string(code), "requestId": reqlog.ID(r.Context())},
	}}})
}

// limitBody refuses bodies over MaxBodyBytes with 413, declared or chunked.
func (a *app) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBodyBytes {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
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
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		a.log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "duration_ms", time.Since(start).Milliseconds())
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
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte(notBuiltPage))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}

const notBuiltPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kindred</title></head>
<body><main><h1>Kindred</h1><p>The API is running at <a href="/query">/query</a>, but this binary was built
without the web app. Run <code>make run</code> to build it in.</p></main></body></html>`
