package main

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"kindred/domain"
	"kindred/domain/accounts"
)

// Cookie names of a web session. The access cookie lives as long as its token; the
// refresh cookie is scoped to /query, the only path that reads it.
const (
	accessCookie  = "kindred_access"
	refreshCookie = "kindred_refresh"
)

// cookieSession implements graph.CookieSession for one request.
type cookieSession struct {
	w      http.ResponseWriter
	r      *http.Request
	secure bool
	now    func() time.Time
	// token is the personal access token the request came with, if any.
	token *domain.AccessToken
}

// sameOrigin reports whether r comes from a page of this server: its Origin names this
// host, or (for same-origin GETs, which carry no Origin) Sec-Fetch-Site says so.
func sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return r.Header.Get("Sec-Fetch-Site") == "same-origin"
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	return strings.EqualFold(u.Host, r.Host)
}

func (c *cookieSession) SameOrigin() bool { return sameOrigin(c.r) }

func (c *cookieSession) RefreshToken() string {
	if ck, err := c.r.Cookie(refreshCookie); err == nil {
		return ck.Value
	}
	return ""
}

func (c *cookieSession) Set(s *accounts.Session) {
	http.SetCookie(c.w, c.cookie(accessCookie, s.AccessToken, "/", s.AccessExpiresAt))
	http.SetCookie(c.w, c.cookie(refreshCookie, s.RefreshToken, "/query", s.RefreshExpiresAt))
}

func (c *cookieSession) Clear() {
	for _, ck := range []*http.Cookie{c.cookie(accessCookie, "", "/", time.Time{}), c.cookie(refreshCookie, "", "/query", time.Time{})} {
		ck.MaxAge = -1
		http.SetCookie(c.w, ck)
	}
}

func (c *cookieSession) cookie(name, value, path string, expires time.Time) *http.Cookie {
	// Secure in production and over TLS; a development server on plain HTTP (and a test's
	// cookie jar) would drop a Secure cookie and never sign anyone in.
	ck := &http.Cookie{Name: name, Value: value, Path: path, HttpOnly: true, Secure: c.secure, SameSite: http.SameSiteStrictMode} //nolint:gosec // G124: Secure as the comment above says
	if !expires.IsZero() {
		ck.Expires = expires
		ck.MaxAge = int(expires.Sub(c.now()).Seconds())
	}
	return ck
}

// authenticate finds the viewer of a request: a bearer token for API clients, else the
// session cookies of a same-origin page, refreshing an expired access cookie in passing.
// A bad bearer token is an error; bad cookies just mean signed out.
func (a *app) authenticate(r *http.Request, cs *cookieSession) (*domain.Person, error) {
	ctx := r.Context()
	if h := r.Header.Get("Authorization"); h != "" {
		token, ok := strings.CutPrefix(h, "Bearer ")
		token = strings.TrimSpace(token)
		if !ok || token == "" {
			return nil, domain.Errorf(domain.CodeUnauthenticated, "The Authorization header must be \"Bearer <access token>\".")
		}
		if strings.HasPrefix(token, accounts.AccessTokenPrefix) {
			p, t, err := a.service.AuthenticateAccessToken(ctx, token)
			if err != nil {
				return nil, err
			}
			cs.token = t
			return p, nil
		}
		return a.service.Authenticate(ctx, token)
	}
	if !cs.SameOrigin() {
		return nil, nil
	}
	if ck, err := r.Cookie(accessCookie); err == nil && ck.Value != "" {
		if p, err := a.service.Authenticate(ctx, ck.Value); err == nil {
			return p, nil
		}
	}
	refresh := cs.RefreshToken()
	if refresh == "" {
		return nil, nil
	}
	s, err := a.service.Refresh(ctx, refresh)
	if err != nil {
		if domain.ErrorCode(err) == domain.CodeUnauthenticated {
			cs.Clear()
			return nil, nil
		}
		return nil, err
	}
	cs.Set(s)
	return s.Person, nil
}
