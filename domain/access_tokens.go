package domain

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
)

// AccessToken is a personal access token for a third-party client; only its hash is kept.
type AccessToken struct {
	ID         int64
	PersonID   int64
	Name       string
	Prefix     string
	TokenHash  string
	Scopes     string // "read" or "read,write"
	LastUsedAt *time.Time
	RevokedAt  *time.Time
	CreatedAt  time.Time
}

// CanWrite reports whether the token may run mutations.
func (t *AccessToken) CanWrite() bool { return t.Scopes == "read,write" }

// AccessTokenPrefix starts every personal access token, so that a leaked one is easy to
// recognise and to tell from a session's JWT.
const AccessTokenPrefix = "kdp_"

// Limits of access tokens.
const (
	MaxAccessTokens     = 20
	MaxAccessTokenName  = 80
	accessTokenUseDelay = time.Minute
)

type tokenKey struct{}

// WithAccessToken returns ctx carrying the access token a request came with.
func WithAccessToken(ctx context.Context, t *AccessToken) context.Context {
	return context.WithValue(ctx, tokenKey{}, t)
}

// AccessTokenFrom returns the request's access token, or nil for a session.
func AccessTokenFrom(ctx context.Context) *AccessToken {
	t, _ := ctx.Value(tokenKey{}).(*AccessToken)
	return t
}

// requireSession refuses account changes made with an access token: a token must not
// make more tokens or outlive its own revocation.
func requireSession(ctx context.Context) (*Person, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if AccessTokenFrom(ctx) != nil {
		return nil, Errorf(CodeForbidden, "Access tokens cannot manage tokens or the account; sign in to do this.")
	}
	return v, nil
}

// CreateAccessToken makes a token for the viewer and returns it in plain once.
func (s *Service) CreateAccessToken(ctx context.Context, name string, write bool) (*AccessToken, string, error) {
	v, err := requireSession(ctx)
	if err != nil {
		return nil, "", err
	}
	name, err = ValidateLine("name", "The token's name", name, 1, MaxAccessTokenName)
	if err != nil {
		return nil, "", err
	}
	secret, err := auth.RandomToken(32)
	if err != nil {
		return nil, "", err
	}
	plain := AccessTokenPrefix + secret
	t := &AccessToken{PersonID: v.ID, Name: name, Prefix: plain[:len(AccessTokenPrefix)+6], TokenHash: auth.HashToken(plain), Scopes: "read", CreatedAt: s.now()}
	if write {
		t.Scopes = "read,write"
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		if err := tx.Model(&AccessToken{}).Where("person_id = ? AND revoked_at IS NULL", v.ID).Count(&n).Error; err != nil {
			return dbErr(err, "access tokens")
		}
		if n >= MaxAccessTokens {
			return Errorf(CodeConflict, "You have %d tokens, the most there can be; revoke one first.", MaxAccessTokens)
		}
		if err := tx.Create(t).Error; err != nil {
			return dbErr(err, "access token")
		}
		return s.record(tx, nil, v.ID, "person.created_access_token", "AccessToken", t.ID)
	})
	if err != nil {
		return nil, "", err
	}
	return t, plain, nil
}

// RevokeAccessToken revokes one of the viewer's tokens.
func (s *Service) RevokeAccessToken(ctx context.Context, id int64) (*AccessToken, error) {
	v, err := requireSession(ctx)
	if err != nil {
		return nil, err
	}
	var t AccessToken
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("id = ? AND person_id = ?", id, v.ID).First(&t).Error; err != nil {
			return dbErr(err, "This token")
		}
		if t.RevokedAt != nil {
			return Errorf(CodeConflict, "This token is already revoked.")
		}
		now := s.now()
		if err := tx.Model(&t).Update("revoked_at", now).Error; err != nil {
			return dbErr(err, "access token")
		}
		t.RevokedAt = &now
		return s.record(tx, nil, v.ID, "person.revoked_access_token", "AccessToken", t.ID)
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// AccessTokensOf lists a person's tokens, newest first; only to the person.
func (s *Service) AccessTokensOf(ctx context.Context, personID int64) ([]*AccessToken, error) {
	if v := ViewerFrom(ctx); v == nil || v.ID != personID || AccessTokenFrom(ctx) != nil {
		return []*AccessToken{}, nil
	}
	var ts []*AccessToken
	err := s.db.WithContext(ctx).Where("person_id = ?", personID).Order("id DESC").Find(&ts).Error
	return ts, dbErr(err, "access tokens")
}

// AuthenticateAccessToken returns the person and token behind a personal access token,
// recording its use (at most once a minute).
func (s *Service) AuthenticateAccessToken(ctx context.Context, plain string) (*Person, *AccessToken, error) {
	fail := Errorf(CodeUnauthenticated, "This access token is unknown or revoked.")
	if !strings.HasPrefix(plain, AccessTokenPrefix) {
		return nil, nil, fail
	}
	db := s.db.WithContext(ctx)
	var t AccessToken
	if err := db.Where("token_hash = ?", auth.HashToken(plain)).First(&t).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil, fail
		}
		return nil, nil, dbErr(err, "access token")
	}
	if t.RevokedAt != nil {
		return nil, nil, fail
	}
	var p Person
	if err := db.First(&p, t.PersonID).Error; err != nil || p.SuspendedAt != nil {
		return nil, nil, fail
	}
	now := s.now()
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= accessTokenUseDelay {
		if err := db.Model(&AccessToken{}).Where("id = ?", t.ID).Update("last_used_at", now).Error; err != nil {
			return nil, nil, dbErr(err, "access token")
		}
		t.LastUsedAt = &now
	}
	return &p, &t, nil
}
