package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/graph/model"
)

// CookieSession is what the HTTP layer offers resolvers for sessions held in HttpOnly
// cookies: the web app and GraphiQL never see the tokens.
type CookieSession interface {
	// SameOrigin reports whether the request came from a page of this server's origin.
	SameOrigin() bool
	// RefreshToken returns the refresh token of the request's cookie, or "".
	RefreshToken() string
	// Set writes the session's tokens as cookies on the response.
	Set(*accounts.Session)
	// Clear removes the session cookies.
	Clear()
}

type cookieKey struct{}

// WithCookieSession returns ctx carrying the request's cookie session.
func WithCookieSession(ctx context.Context, cs CookieSession) context.Context {
	return context.WithValue(ctx, cookieKey{}, cs)
}

func cookieSession(ctx context.Context) CookieSession {
	cs, _ := ctx.Value(cookieKey{}).(CookieSession)
	return cs
}

// deliver hands a new session to the client: as cookies when asked for (same origin
// only), else as tokens in the payload.
func deliver(ctx context.Context, s *accounts.Session, transport *model.SessionTransport) (*model.AuthPayload, error) {
	p := &model.AuthPayload{
		Viewer:                s.Person,
		AccessTokenExpiresAt:  s.AccessExpiresAt,
		RefreshTokenExpiresAt: s.RefreshExpiresAt,
	}
	if transport != nil && *transport == model.SessionTransportCookie {
		cs := cookieSession(ctx)
		if cs == nil || !cs.SameOrigin() {
			return nil, errCookieOrigin
		}
		cs.Set(s)
		return p, nil
	}
	p.AccessToken, p.RefreshToken = &s.AccessToken, &s.RefreshToken
	return p, nil
}

var errCookieOrigin = domain.Errorf(domain.CodeForbidden, "Cookie sessions are only for pages served by Kindred itself; API clients use transport TOKEN.")

// checkCookieTransport refuses a cookie session before any work is done for it.
func checkCookieTransport(ctx context.Context, transport *model.SessionTransport) error {
	if transport == nil || *transport != model.SessionTransportCookie {
		return nil
	}
	if cs := cookieSession(ctx); cs == nil || !cs.SameOrigin() {
		return errCookieOrigin
	}
	return nil
}

// refreshTokenFrom returns the refresh token given in the input, or else the cookie's.
func refreshTokenFrom(ctx context.Context, given *string) string {
	if given != nil && *given != "" {
		return *given
	}
	if cs := cookieSession(ctx); cs != nil && cs.SameOrigin() {
		return cs.RefreshToken()
	}
	return ""
}
