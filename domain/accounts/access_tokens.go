package accounts

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
)

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
func WithAccessToken(ctx context.Context, t *domain.AccessToken) context.Context {
	return context.WithValue(ctx, tokenKey{}, t)
}

// AccessTokenFrom returns the request's access token, or nil for a session.
func AccessTokenFrom(ctx context.Context) *domain.AccessToken {
	t, _ := ctx.Value(tokenKey{}).(*domain.AccessToken)
	return t
}

// RequireSession refuses account changes made with an access token: a token must not
// make more tokens or outlive its own revocation.
func RequireSession(ctx context.Context) (*domain.Person, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if AccessTokenFrom(ctx) != nil {
		return nil, domain.Errorf(domain.CodeForbidden, "Access tokens cannot manage tokens or the account; sign in to do this.")
	}
	return v, nil
}

// CreateAccessToken makes a token for the viewer and returns it in plain once.
func (s *Accounts) CreateAccessToken(ctx context.Context, name string, write bool) (*domain.AccessToken, string, error) {
	v, err := RequireSession(ctx)
	if err != nil {
		return nil, "", err
	}
	name, err = domain.ValidateLine("name", "The token's name", name, 1, MaxAccessTokenName)
	if err != nil {
		return nil, "", err
	}
	secret, err := auth.RandomToken(32)
	if err != nil {
		return nil, "", err
	}
	plain := AccessTokenPrefix + secret
	t := &domain.AccessToken{PersonID: v.ID, Name: name, Prefix: plain[:len(AccessTokenPrefix)+6], TokenHash: auth.HashToken(plain), Scopes: "read", CreatedAt: s.Now()}
	if write {
		t.Scopes = "read,write"
	}
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		if err := tx.Model(&domain.AccessToken{}).Where("person_id = ? AND revoked_at IS NULL", v.ID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "access tokens")
		}
		if n >= MaxAccessTokens {
			return domain.Errorf(domain.CodeConflict, "You have %d tokens, the most there can be; revoke one first.", MaxAccessTokens)
		}
		if err := tx.Create(t).Error; err != nil {
			return domain.DBErr(err, "access token")
		}
		return s.Record(tx, nil, v.ID, "person.created_access_token", "AccessToken", t.ID)
	})
	if err != nil {
		return nil, "", err
	}
	return t, plain, nil
}

// RevokeAccessToken revokes one of the viewer's tokens.
func (s *Accounts) RevokeAccessToken(ctx context.Context, id int64) (*domain.AccessToken, error) {
	v, err := RequireSession(ctx)
	if err != nil {
		return nil, err
	}
	var t domain.AccessToken
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("id = ? AND person_id = ?", id, v.ID).First(&t).Error; err != nil {
			return domain.DBErr(err, "This token")
		}
		if t.RevokedAt != nil {
			return domain.Errorf(domain.CodeConflict, "This token is already revoked.")
		}
		now := s.Now()
		if err := tx.Model(&t).Update("revoked_at", now).Error; err != nil {
			return domain.DBErr(err, "access token")
		}
		t.RevokedAt = &now
		return s.Record(tx, nil, v.ID, "person.revoked_access_token", "AccessToken", t.ID)
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// AccessTokensOf lists a person's tokens, newest first; only to the person.
func (s *Accounts) AccessTokensOf(ctx context.Context, personID int64) ([]*domain.AccessToken, error) {
	if v := domain.ViewerFrom(ctx); v == nil || v.ID != personID || AccessTokenFrom(ctx) != nil {
		return []*domain.AccessToken{}, nil
	}
	var ts []*domain.AccessToken
	err := s.DB.WithContext(ctx).Where("person_id = ?", personID).Order("id DESC").Find(&ts).Error
	return ts, domain.DBErr(err, "access tokens")
}

// AuthenticateAccessToken returns the person and token behind a personal access token,
// recording its use (at most once a minute).
func (s *Accounts) AuthenticateAccessToken(ctx context.Context, plain string) (*domain.Person, *domain.AccessToken, error) {
	fail := domain.Errorf(domain.CodeUnauthenticated, "This access token is unknown or revoked.")
	if !strings.HasPrefix(plain, AccessTokenPrefix) {
		return nil, nil, fail
	}
	db := s.DB.WithContext(ctx)
	var t domain.AccessToken
	if err := db.Where("token_hash = ?", auth.HashToken(plain)).First(&t).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil, fail
		}
		return nil, nil, domain.DBErr(err, "access token")
	}
	if t.RevokedAt != nil {
		return nil, nil, fail
	}
	var p domain.Person
	if err := db.First(&p, t.PersonID).Error; err != nil || p.SuspendedAt != nil {
		return nil, nil, fail
	}
	now := s.Now()
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= accessTokenUseDelay {
		if err := db.Model(&domain.AccessToken{}).Where("id = ?", t.ID).Update("last_used_at", now).Error; err != nil {
			return nil, nil, domain.DBErr(err, "access token")
		}
		t.LastUsedAt = &now
	}
	return &p, &t, nil
}
