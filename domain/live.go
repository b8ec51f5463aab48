package domain

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"kindred/auth"
)

// RecheckViewer reloads the signed-in person of a long-lived connection before it is
// told anything more: nil when their sessions were ended, or the account suspended or
// deleted, since it connected.
func (s *Service) RecheckViewer(ctx context.Context) (*Person, error) {
	v := ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	var p Person
	err := s.db.WithContext(ctx).First(&p, v.ID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, dbErr(err, "person")
	}
	if p.SuspendedAt != nil || p.SessionEpoch != v.SessionEpoch {
		return nil, nil
	}
	return &p, nil
}

// FindActivityForViewer returns an activity of a collaboration if the viewer may see it
// now, by the rules of the activity list; nil otherwise. It reads everything afresh, for
// delivery to a subscriber whose rights may have changed since they subscribed.
func (s *Service) FindActivityForViewer(ctx context.Context, collabID, activityID int64) (*Activity, error) {
	ctx = WithRequestCache(ctx) // fresh for this delivery only
	pages, err := s.ActivityPagesByCollab(ctx, []int64{collabID}, PageArgs{})
	if err != nil || pages[collabID] == nil {
		return nil, err
	}
	var a Activity
	db := s.db.WithContext(ctx)
	if err := db.Where("id = ? AND collaboration_id = ?", activityID, collabID).First(&a).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil
		}
		return nil, dbErr(err, "activity")
	}
	if !s.activityVisible(ctx, &a) {
		return nil, nil
	}
	return &a, nil
}

// activityVisible applies the activity list's rule to one entry: stewards and admins see
// all; others not entries about memberships (or their commitments) that are not ACTIVE,
// unless their own.
func (s *Service) activityVisible(ctx context.Context, a *Activity) bool {
	v := ViewerFrom(ctx)
	_, mine, err := s.visibleCollabs(ctx, []int64{*a.CollaborationID})
	if err != nil {
		return false
	}
	if m := mine[*a.CollaborationID]; (v != nil && v.Role == RoleAdmin) || (m != nil && m.Status == MembershipActive && m.Role == MembershipSteward) {
		return true
	}
	var m Membership
	db := s.db.WithContext(ctx)
	switch a.SubjectType {
	case "Membership":
		if db.First(&m, a.SubjectID).Error != nil {
			return false
		}
	case "Commitment":
		var c Commitment
		if db.First(&c, a.SubjectID).Error != nil || db.First(&m, c.MembershipID).Error != nil {
			return false
		}
	default:
		return true
	}
	return m.Status == MembershipActive || m.PersonID == viewerID(ctx)
}

// LatestActivityID returns the ID of a collaboration's newest activity (0 for none), so a
// new subscriber hears only of what comes after.
func (s *Service) LatestActivityID(ctx context.Context, collabID int64) (int64, error) {
	var id int64
	err := s.db.WithContext(ctx).Model(&Activity{}).Select("COALESCE(MAX(id), 0)").Where("collaboration_id = ?", collabID).Scan(&id).Error
	return id, dbErr(err, "activity")
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
	v := ViewerFrom(ctx)
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
func (s *Service) SessionHeld(ctx context.Context, h SessionHold) (bool, error) {
	p, err := s.currentPerson(ctx, h.PersonID, h.Epoch)
	if err != nil || p == nil {
		return false, err
	}
	if p.SessionEpoch != h.Epoch || p.SuspendedAt != nil {
		return false, nil
	}
	db := s.db.WithContext(ctx)
	var n int64
	switch {
	case h.AccessTokenID != 0:
		err = db.Model(&AccessToken{}).Where("id = ? AND revoked_at IS NULL", h.AccessTokenID).Count(&n).Error
	case h.RefreshTokenHash != "":
		// The page refreshes its tokens meanwhile: the session is the token's family.
		err = db.Model(&RefreshToken{}).
			Where("family_id = (?) AND revoked_at IS NULL AND expires_at > ?",
				db.Model(&RefreshToken{}).Select("family_id").Where("token_hash = ?", h.RefreshTokenHash), s.now()).
			Count(&n).Error
	default:
		return true, nil
	}
	return n > 0, dbErr(err, "session")
}
