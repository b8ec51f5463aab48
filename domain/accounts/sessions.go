package accounts

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
)

// RecheckViewer reloads the signed-in person of a long-lived connection before it is
// told anything more: nil when their sessions were ended, or the account suspended or
// deleted, since it connected.
func (s *Accounts) RecheckViewer(ctx context.Context) (*domain.Person, error) {
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	var p domain.Person
	err := s.DB.WithContext(ctx).First(&p, v.ID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, domain.DBErr(err, "person")
	}
	if p.SuspendedAt != nil || p.SessionEpoch != v.SessionEpoch {
		return nil, nil
	}
	return &p, nil
}

// SessionHold names what keeps a long-lived connection (a websocket) signed in: the
// person and the session epoch it was opened in, and the refresh token of a cookie
// session or the personal access token it came with, if any.
type SessionHold struct {
	PersonID int64
	Epoch    int64
	// RefreshTokenHash is the hash of the cookie session's refresh token; its family
	// must stay unrevoked.
	RefreshTokenHash string
	// AccessTokenID is the personal access token's; it must stay unrevoked.
	AccessTokenID int64
}

// HoldSession returns what keeps the viewer of ctx signed in, given the refresh token
// of the request's cookie session ("" for none); ok is false for nobody signed in.
func HoldSession(ctx context.Context, refreshToken string) (h SessionHold, ok bool) {
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return h, false
	}
	h = SessionHold{PersonID: v.ID, Epoch: v.SessionEpoch}
	if t := AccessTokenFrom(ctx); t != nil {
		h.AccessTokenID = t.ID
	} else if refreshToken != "" {
		h.RefreshTokenHash = auth.HashToken(refreshToken)
	}
	return h, true
}

// SessionHeld reports whether the session behind h is still on: not ended by logging out
// (of that session or everywhere), a new password, suspension, or the token's revocation.
func (s *Accounts) SessionHeld(ctx context.Context, h SessionHold) (bool, error) {
	p, err := s.currentPerson(ctx, h.PersonID, h.Epoch)
	if err != nil || p == nil {
		return false, err
	}
	if p.SessionEpoch != h.Epoch || p.SuspendedAt != nil {
		return false, nil
	}
	db := s.DB.WithContext(ctx)
	var n int64
	switch {
	case h.AccessTokenID != 0:
		err = db.Model(&domain.AccessToken{}).Where("id = ? AND revoked_at IS NULL", h.AccessTokenID).Count(&n).Error
	case h.RefreshTokenHash != "":
		// The page refreshes its tokens meanwhile: the session is the token's family.
		err = db.Model(&domain.RefreshToken{}).
			Where("family_id = (?) AND revoked_at IS NULL AND expires_at > ?",
				db.Model(&domain.RefreshToken{}).Select("family_id").Where("token_hash = ?", h.RefreshTokenHash), s.Now()).
			Count(&n).Error
	default:
		return true, nil
	}
	return n > 0, domain.DBErr(err, "session")
}
