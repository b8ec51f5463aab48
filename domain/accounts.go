package domain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
)

// Session lifetimes and sign-in throttling.
const (
	RefreshTokenTTL = 30 * 24 * time.Hour
	// RefreshGrace is how long a used refresh token still works, so two tabs refreshing at
	// once are not taken for a stolen token.
	RefreshGrace       = 10 * time.Second
	LoginWindow        = 15 * time.Minute
	MaxLoginFailures   = 5
	MaxIPLoginFailures = 30
)

// Session is a signed-in session: the person and their tokens.
type Session struct {
	Person           *Person
	AccessToken      string
	AccessExpiresAt  time.Time
	RefreshToken     string
	RefreshExpiresAt time.Time
	refreshID        int64
}

// SignUpInput is what creating an account takes.
type SignUpInput struct {
	Handle, DisplayName, Email, Password string
}

var errBadLogin = Errorf(CodeUnauthenticated, "That handle or email and password do not match an account.")

// SignUp creates an account and signs it in.
func (s *Service) SignUp(ctx context.Context, in SignUpInput) (*Session, error) {
	handle := strings.ToLower(strings.TrimSpace(in.Handle))
	if err := ValidateHandle(handle); err != nil {
		return nil, err
	}
	name, err := ValidateLine("displayName", "Display name", in.DisplayName, 1, MaxDisplayName)
	if err != nil {
		return nil, err
	}
	email, err := NormalizeEmail(in.Email)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("password", in.Password); err != nil {
		return nil, err
	}
	hash, err := s.hashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	now := s.now()
	p := &Person{
		Handle: handle, DisplayName: name, Email: email, PasswordHash: hash,
		Skills: []string{}, Visibility: VisibilityPublic, Role: RoleMember,
		CreatedAt: now, UpdatedAt: now,
	}
	var sess *Session
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.checkHandleAndEmailFree(tx, handle, email, 0); err != nil {
			return err
		}
		if err := tx.Create(p).Error; err != nil {
			return dbErr(err, "An account with this handle or email")
		}
		if err := s.record(tx, nil, p.ID, "person.signed_up", "Person", p.ID); err != nil {
			return err
		}
		sess, err = s.startSession(tx, p, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	s.refreshPeople(ctx, p.ID)
	return sess, nil
}

// checkHandleAndEmailFree gives a precise message before the unique indexes would refuse.
func (s *Service) checkHandleAndEmailFree(tx *gorm.DB, handle, email string, exceptID int64) error {
	var n int64
	if handle != "" {
		if err := tx.Model(&Person{}).Where("handle = ? AND id <> ?", handle, exceptID).Count(&n).Error; err != nil {
			return dbErr(err, "person")
		}
		if n > 0 {
			return &Error{Code: CodeConflict, Field: "handle", Message: fmt.Sprintf("The handle %q is taken; choose another.", handle)}
		}
	}
	if email != "" {
		if err := tx.Model(&Person{}).Where("email = ? AND id <> ?", email, exceptID).Count(&n).Error; err != nil {
			return dbErr(err, "person")
		}
		if n > 0 {
			return &Error{Code: CodeConflict, Field: "email", Message: "An account with this email address already exists; log in instead."}
		}
	}
	return nil
}

// LogIn signs in with a handle or email and a password, throttled per login and per address.
func (s *Service) LogIn(ctx context.Context, login, password string) (*Session, error) {
	key := strings.ToLower(strings.TrimSpace(login))
	if key == "" || password == "" {
		return nil, Invalid("login", "Enter your handle or email and your password.")
	}
	if !Storable(key) {
		return nil, Invalid("login", "A handle or email address has no control characters (such as a NUL byte).")
	}
	if len(key) > MaxEmail || len(password) > MaxPasswordLength {
		return nil, errBadLogin
	}
	ip := clientIP(ctx)
	db := s.db.WithContext(ctx)
	if err := s.checkLoginThrottle(db, key, ip); err != nil {
		return nil, err
	}
	var p Person
	err := db.Where("handle = ? OR email = ?", key, key).First(&p).Error
	found := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, dbErr(err, "person")
	}
	hash := s.dummyHash
	if found {
		hash = p.PasswordHash
	}
	ok, err := s.checkPassword(hash, password)
	if err != nil && !errors.Is(err, auth.ErrMalformedHash) { // a deleted account's hash is unusable on purpose
		return nil, fmt.Errorf("check password: %w", err)
	}
	if !found || !ok {
		if err := db.Create(&LoginAttempt{Login: key, IP: ip, CreatedAt: s.now()}).Error; err != nil {
			return nil, dbErr(err, "login attempt")
		}
		return nil, errBadLogin
	}
	if p.SuspendedAt != nil {
		return nil, Errorf(CodeForbidden, "This account is suspended. Contact the Kindred admins if you think this is a mistake.")
	}
	var sess *Session
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("login = ?", key).Delete(&LoginAttempt{}).Error; err != nil {
			return dbErr(err, "login attempt")
		}
		sess, err = s.startSession(tx, &p, "")
		return err
	})
	return sess, err
}

func (s *Service) checkLoginThrottle(db *gorm.DB, key, ip string) error {
	since := s.now().Add(-LoginWindow)
	var n int64
	if err := db.Model(&LoginAttempt{}).Where("login = ? AND created_at > ?", key, since).Count(&n).Error; err != nil {
		return dbErr(err, "login attempt")
	}
	if n >= MaxLoginFailures {
		return Errorf(CodeRateLimited, "Too many failed attempts for this account. Wait %d minutes and try again.", int(LoginWindow.Minutes()))
	}
	if ip == "" {
		return nil
	}
	if err := db.Model(&LoginAttempt{}).Where("ip = ? AND created_at > ?", ip, since).Count(&n).Error; err != nil {
		return dbErr(err, "login attempt")
	}
	if n >= MaxIPLoginFailures {
		return Errorf(CodeRateLimited, "Too many failed attempts from your network. Wait %d minutes and try again.", int(LoginWindow.Minutes()))
	}
	return nil
}

// startSession issues an access token and a refresh token in family (a new one if empty).
func (s *Service) startSession(tx *gorm.DB, p *Person, family string) (*Session, error) {
	access, accessExp, err := s.signer.Issue(p.ID, p.SessionEpoch)
	if err != nil {
		return nil, err
	}
	rt, err := s.newRefreshToken(tx, p.ID, family)
	if err != nil {
		return nil, err
	}
	return &Session{Person: p, AccessToken: access, AccessExpiresAt: accessExp, RefreshToken: rt.plain, RefreshExpiresAt: rt.ExpiresAt, refreshID: rt.ID}, nil
}

type issuedRefresh struct {
	RefreshToken
	plain string
}

func (s *Service) newRefreshToken(tx *gorm.DB, personID int64, family string) (*issuedRefresh, error) {
	plain, err := auth.RandomToken(32)
	if err != nil {
		return nil, err
	}
	if family == "" {
		if family, err = auth.RandomToken(16); err != nil {
			return nil, err
		}
	}
	now := s.now()
	rt := RefreshToken{PersonID: personID, FamilyID: family, TokenHash: auth.HashToken(plain), ExpiresAt: now.Add(RefreshTokenTTL), CreatedAt: now}
	if err := tx.Create(&rt).Error; err != nil {
		return nil, dbErr(err, "refresh token")
	}
	return &issuedRefresh{RefreshToken: rt, plain: plain}, nil
}

var errSessionEnded = Errorf(CodeUnauthenticated, "Your session has ended; log in again.")

// Refresh exchanges a refresh token for a new pair. A token used again within RefreshGrace
// gets a sibling pair; used again later, it revokes the whole family, since one of the
// two users of that token is not the owner.
func (s *Service) Refresh(ctx context.Context, token string) (*Session, error) {
	if token == "" {
		return nil, errSessionEnded
	}
	var sess *Session
	var revoke string
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var rt RefreshToken
		if err := tx.Where("token_hash = ?", auth.HashToken(token)).First(&rt).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return errSessionEnded
			}
			return dbErr(err, "refresh token")
		}
		now := s.now()
		if rt.RevokedAt != nil || !now.Before(rt.ExpiresAt) {
			return errSessionEnded
		}
		// Claim the token; only one of two concurrent refreshes updates the row.
		res := tx.Model(&RefreshToken{}).Where("id = ? AND used_at IS NULL", rt.ID).Update("used_at", now)
		if res.Error != nil {
			return dbErr(res.Error, "refresh token")
		}
		if res.RowsAffected == 0 {
			if err := tx.First(&rt, rt.ID).Error; err != nil {
				return dbErr(err, "refresh token")
			}
			if rt.UsedAt == nil || now.Sub(*rt.UsedAt) > RefreshGrace {
				revoke = rt.FamilyID
				return errSessionEnded
			}
		}
		var p Person
		if err := tx.First(&p, rt.PersonID).Error; err != nil {
			return dbErr(err, "person")
		}
		if p.SuspendedAt != nil {
			return errSessionEnded
		}
		var err error
		sess, err = s.startSession(tx, &p, rt.FamilyID)
		if err != nil {
			return err
		}
		if res.RowsAffected == 1 {
			return dbErr(tx.Model(&RefreshToken{}).Where("id = ?", rt.ID).Update("replaced_by_id", sess.refreshID).Error, "refresh token")
		}
		return nil
	})
	if revoke != "" {
		// Outside the failed transaction, so the revocation stays.
		if rerr := s.db.WithContext(ctx).Model(&RefreshToken{}).
			Where("family_id = ? AND revoked_at IS NULL", revoke).Update("revoked_at", s.now()).Error; rerr != nil {
			return nil, dbErr(rerr, "refresh token")
		}
	}
	return sess, err
}

// LogOut revokes the session of one refresh token. An unknown or spent token is no error:
// the session is over either way.
func (s *Service) LogOut(ctx context.Context, token string) (int, error) {
	if token == "" {
		return 0, nil
	}
	var rt RefreshToken
	err := s.db.WithContext(ctx).Where("token_hash = ?", auth.HashToken(token)).First(&rt).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, dbErr(err, "refresh token")
	}
	res := s.db.WithContext(ctx).Model(&RefreshToken{}).
		Where("family_id = ? AND revoked_at IS NULL", rt.FamilyID).Update("revoked_at", s.now())
	if res.Error != nil {
		return 0, dbErr(res.Error, "refresh token")
	}
	if res.RowsAffected > 0 {
		return 1, nil
	}
	return 0, nil
}

// LogOutEverywhere revokes every session of the viewer, access tokens included.
func (s *Service) LogOutEverywhere(ctx context.Context) (int, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return 0, err
	}
	var ended int
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		n, err := s.endAllSessions(tx, v)
		ended = n
		if err != nil {
			return err
		}
		return s.record(tx, nil, v.ID, "person.logged_out_everywhere", "Person", v.ID)
	})
	if err == nil {
		s.refreshPeopleHere(ctx, v.ID) // the others were told in the transaction
	}
	return ended, err
}

// endAllSessions revokes every refresh token of p and raises p's session epoch.
func (s *Service) endAllSessions(tx *gorm.DB, p *Person) (int, error) {
	var families int64
	if err := tx.Model(&RefreshToken{}).Where("person_id = ? AND revoked_at IS NULL AND expires_at > ?", p.ID, s.now()).
		Distinct("family_id").Count(&families).Error; err != nil {
		return 0, dbErr(err, "refresh token")
	}
	if err := tx.Model(&RefreshToken{}).Where("person_id = ? AND revoked_at IS NULL", p.ID).Update("revoked_at", s.now()).Error; err != nil {
		return 0, dbErr(err, "refresh token")
	}
	if err := tx.Model(&Person{}).Where("id = ?", p.ID).Update("session_epoch", gorm.Expr("session_epoch + 1")).Error; err != nil {
		return 0, dbErr(err, "person")
	}
	p.SessionEpoch++
	return int(families), s.announcePeopleIn(tx, p.ID)
}

// ChangePassword checks the current password, stores the new one, ends every session and
// starts a new one for the caller.
func (s *Service) ChangePassword(ctx context.Context, current, next string) (*Session, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("newPassword", next); err != nil {
		return nil, err
	}
	var p Person
	if err := s.db.WithContext(ctx).First(&p, v.ID).Error; err != nil {
		return nil, dbErr(err, "person")
	}
	ok, err := s.checkPassword(p.PasswordHash, current)
	if err != nil {
		return nil, fmt.Errorf("check password: %w", err)
	}
	if !ok {
		return nil, Invalid("currentPassword", "The current password is not right.")
	}
	if current == next {
		return nil, Invalid("newPassword", "The new password is the same as the current one.")
	}
	hash, err := s.hashPassword(next)
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&Person{}).Where("id = ?", p.ID).Update("password_hash", hash).Error; err != nil {
			return dbErr(err, "person")
		}
		if _, err := s.endAllSessions(tx, &p); err != nil {
			return err
		}
		if err := s.record(tx, nil, p.ID, "person.changed_password", "Person", p.ID); err != nil {
			return err
		}
		sess, err = s.startSession(tx, &p, "")
		return err
	})
	if err == nil {
		s.refreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	}
	return sess, err
}

// Authenticate returns the person an access token belongs to, if the token is valid and
// the person's sessions have not been ended since it was issued.
func (s *Service) Authenticate(ctx context.Context, token string) (*Person, error) {
	id, epoch, err := s.signer.Verify(token)
	if err != nil {
		return nil, Errorf(CodeUnauthenticated, "Your access token is invalid or has expired; refresh it or log in again.")
	}
	p, err := s.currentPerson(ctx, id, epoch)
	if err != nil {
		return nil, err
	}
	if p == nil || p.SessionEpoch != epoch || p.SuspendedAt != nil {
		return nil, errSessionEnded
	}
	return p, nil
}

// currentPerson returns person id as now stored (nil when deleted), from the viewer
// cache unless it kept an epoch older than epoch.
func (s *Service) currentPerson(ctx context.Context, id, epoch int64) (*Person, error) {
	if p, ok := s.viewers.get(id, s.now()); ok && p.SessionEpoch >= epoch {
		return p, nil
	}
	gen := s.viewers.start()
	p, err := personByID(ctx, s.db, id)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, dbErr(err, "person")
	}
	s.viewers.put(p, gen, s.now())
	return p, nil
}

// GrantAdmin makes the person with handle an admin; it is run from the command line.
func (s *Service) GrantAdmin(ctx context.Context, handle string) (*Person, error) {
	var p Person
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if !Storable(handle) {
			return dbErr(gorm.ErrRecordNotFound, "A person with this handle")
		}
		if err := tx.Where("handle = ?", strings.ToLower(handle)).First(&p).Error; err != nil {
			return dbErr(err, fmt.Sprintf("A person with handle %q", handle))
		}
		if err := tx.Model(&p).Update("role", RoleAdmin).Error; err != nil {
			return dbErr(err, "person")
		}
		if err := s.announcePeopleIn(tx, p.ID); err != nil {
			return err
		}
		return s.record(tx, nil, p.ID, "person.granted_admin", "Person", p.ID)
	})
	if err != nil {
		return nil, err
	}
	s.refreshPeopleHere(ctx, p.ID)
	return &p, nil
}
