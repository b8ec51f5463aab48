package accounts

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
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
	Person           *domain.Person
	AccessToken      string
	AccessExpiresAt  time.Time
	RefreshToken     string
	RefreshExpiresAt time.Time
	refreshID        int64
}

// SignUpInput is what creating an account takes.
type SignUpInput struct {
	Handle, DisplayName, Email, Password string
	// TimeZone is an IANA name, from the browser; empty for UTC.
	TimeZone string
}

var errBadLogin = domain.Errorf(domain.CodeUnauthenticated, "That handle or email and password do not match an account.")

// SignUp creates an account and signs it in, and mails a link to verify its address
// when mail is configured.
func (s *Accounts) SignUp(ctx context.Context, in SignUpInput) (*Session, error) {
	handle := strings.ToLower(strings.TrimSpace(in.Handle))
	if err := ValidateHandle(handle); err != nil {
		return nil, err
	}
	name, err := domain.ValidateLine("displayName", "Display name", in.DisplayName, 1, domain.MaxDisplayName)
	if err != nil {
		return nil, err
	}
	email, err := domain.NormalizeEmail(in.Email)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("password", in.Password); err != nil {
		return nil, err
	}
	tz, err := ValidateTimeZone(in.TimeZone)
	if err != nil {
		return nil, err
	}
	hash, err := s.hashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	p := &domain.Person{
		Handle: handle, DisplayName: name, Email: email, PasswordHash: hash, TimeZone: tz,
		Skills: []string{}, Visibility: domain.VisibilityPublic, Role: domain.RoleMember,
		CreatedAt: now, UpdatedAt: now,
	}
	var sess *Session
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.checkHandleAndEmailFree(tx, handle, email, 0); err != nil {
			return err
		}
		if err := tx.Create(p).Error; err != nil {
			return domain.DBErr(err, "An account with this handle or email")
		}
		if err := s.Record(tx, nil, p.ID, "person.signed_up", "Person", p.ID); err != nil {
			return err
		}
		// Without mail the account works all the same; its address stays unverified.
		if s.Mail.Configured() {
			if err := s.queueVerification(ctx, tx, p, email, false); err != nil {
				return err
			}
		}
		sess, err = s.startSession(tx, p, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeople(ctx, p.ID)
	return sess, nil
}

// checkHandleAndEmailFree gives a precise message before the unique indexes would refuse.
func (s *Accounts) checkHandleAndEmailFree(tx *gorm.DB, handle, email string, exceptID int64) error {
	var n int64
	if handle != "" {
		if err := tx.Model(&domain.Person{}).Where("handle = ? AND id <> ?", handle, exceptID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if n > 0 {
			return domain.FieldErrorf(domain.CodeConflict, "handle", "The handle %q is taken; choose another.", handle)
		}
	}
	if email != "" {
		if err := tx.Model(&domain.Person{}).Where("email = ? AND id <> ?", email, exceptID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if n > 0 {
			return domain.FieldErrorf(domain.CodeConflict, "email", "An account with this email address already exists; log in instead.")
		}
	}
	return nil
}

// LogIn signs in with a handle or email and a password, throttled per login and per address.
func (s *Accounts) LogIn(ctx context.Context, login, password string) (*Session, error) {
	key := strings.ToLower(strings.TrimSpace(login))
	if key == "" || password == "" {
		return nil, domain.Invalid("login", "Enter your handle or email and your password.")
	}
	if !domain.Storable(key) {
		return nil, domain.Invalid("login", "A handle or email address has no control characters (such as a NUL byte).")
	}
	if len(key) > domain.MaxEmail || len(password) > MaxPasswordLength {
		return nil, errBadLogin
	}
	ip := domain.ClientIP(ctx)
	db := s.DB.WithContext(ctx)
	if err := s.checkLoginThrottle(db, key, ip); err != nil {
		return nil, err
	}
	var p domain.Person
	err := db.Where("handle = ? OR email = ?", key, key).First(&p).Error
	found := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, domain.DBErr(err, "person")
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
		if err := db.Create(&domain.LoginAttempt{Login: key, IP: ip, CreatedAt: s.Now()}).Error; err != nil {
			return nil, domain.DBErr(err, "login attempt")
		}
		return nil, errBadLogin
	}
	if p.SuspendedAt != nil {
		return nil, domain.Errorf(domain.CodeForbidden, "This account is suspended. Contact the Kindred admins if you think this is a mistake.")
	}
	var sess *Session
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("login = ?", key).Delete(&domain.LoginAttempt{}).Error; err != nil {
			return domain.DBErr(err, "login attempt")
		}
		sess, err = s.startSession(tx, &p, "")
		return err
	})
	return sess, err
}

func (s *Accounts) checkLoginThrottle(db *gorm.DB, key, ip string) error {
	since := s.Now().Add(-LoginWindow)
	var n int64
	if err := db.Model(&domain.LoginAttempt{}).Where("login = ? AND created_at > ?", key, since).Count(&n).Error; err != nil {
		return domain.DBErr(err, "login attempt")
	}
	if n >= MaxLoginFailures {
		return domain.Errorf(domain.CodeRateLimited, "Too many failed attempts for this account. Wait %d minutes and try again.", int(LoginWindow.Minutes()))
	}
	if ip == "" {
		return nil
	}
	if err := db.Model(&domain.LoginAttempt{}).Where("ip = ? AND created_at > ?", ip, since).Count(&n).Error; err != nil {
		return domain.DBErr(err, "login attempt")
	}
	if n >= MaxIPLoginFailures {
		return domain.Errorf(domain.CodeRateLimited, "Too many failed attempts from your network. Wait %d minutes and try again.", int(LoginWindow.Minutes()))
	}
	return nil
}

// startSession issues an access token and a refresh token in family (a new one if empty).
func (s *Accounts) startSession(tx *gorm.DB, p *domain.Person, family string) (*Session, error) {
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
	domain.RefreshToken
	plain string
}

func (s *Accounts) newRefreshToken(tx *gorm.DB, personID int64, family string) (*issuedRefresh, error) {
	plain, err := auth.RandomToken(32)
	if err != nil {
		return nil, err
	}
	if family == "" {
		if family, err = auth.RandomToken(16); err != nil {
			return nil, err
		}
	}
	now := s.Now()
	rt := domain.RefreshToken{PersonID: personID, FamilyID: family, TokenHash: auth.HashToken(plain), ExpiresAt: now.Add(RefreshTokenTTL), CreatedAt: now}
	if err := tx.Create(&rt).Error; err != nil {
		return nil, domain.DBErr(err, "refresh token")
	}
	return &issuedRefresh{RefreshToken: rt, plain: plain}, nil
}

var errSessionEnded = domain.Errorf(domain.CodeUnauthenticated, "Your session has ended; log in again.")

// Refresh exchanges a refresh token for a new pair. A token used again within RefreshGrace
// gets a sibling pair; used again later, it revokes the whole family, since one of the
// two users of that token is not the owner.
func (s *Accounts) Refresh(ctx context.Context, token string) (*Session, error) {
	if token == "" {
		return nil, errSessionEnded
	}
	var sess *Session
	var revoke string
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var rt domain.RefreshToken
		if err := tx.Where("token_hash = ?", auth.HashToken(token)).First(&rt).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return errSessionEnded
			}
			return domain.DBErr(err, "refresh token")
		}
		now := s.Now()
		if rt.RevokedAt != nil || !now.Before(rt.ExpiresAt) {
			return errSessionEnded
		}
		// Claim the token; only one of two concurrent refreshes updates the row.
		res := tx.Model(&domain.RefreshToken{}).Where("id = ? AND used_at IS NULL", rt.ID).Update("used_at", now)
		if res.Error != nil {
			return domain.DBErr(res.Error, "refresh token")
		}
		if res.RowsAffected == 0 {
			if err := tx.First(&rt, rt.ID).Error; err != nil {
				return domain.DBErr(err, "refresh token")
			}
			if rt.UsedAt == nil || now.Sub(*rt.UsedAt) > RefreshGrace {
				revoke = rt.FamilyID
				return errSessionEnded
			}
		}
		var p domain.Person
		if err := tx.First(&p, rt.PersonID).Error; err != nil {
			return domain.DBErr(err, "person")
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
			return domain.DBErr(tx.Model(&domain.RefreshToken{}).Where("id = ?", rt.ID).Update("replaced_by_id", sess.refreshID).Error, "refresh token")
		}
		return nil
	})
	if revoke != "" {
		// Outside the failed transaction, so the revocation stays.
		if rerr := s.DB.WithContext(ctx).Model(&domain.RefreshToken{}).
			Where("family_id = ? AND revoked_at IS NULL", revoke).Update("revoked_at", s.Now()).Error; rerr != nil {
			return nil, domain.DBErr(rerr, "refresh token")
		}
	}
	return sess, err
}

// LogOut revokes the session of one refresh token. An unknown or spent token is no error:
// the session is over either way.
func (s *Accounts) LogOut(ctx context.Context, token string) (int, error) {
	if token == "" {
		return 0, nil
	}
	var rt domain.RefreshToken
	err := s.DB.WithContext(ctx).Where("token_hash = ?", auth.HashToken(token)).First(&rt).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, domain.DBErr(err, "refresh token")
	}
	res := s.DB.WithContext(ctx).Model(&domain.RefreshToken{}).
		Where("family_id = ? AND revoked_at IS NULL", rt.FamilyID).Update("revoked_at", s.Now())
	if res.Error != nil {
		return 0, domain.DBErr(res.Error, "refresh token")
	}
	if res.RowsAffected > 0 {
		return 1, nil
	}
	return 0, nil
}

// LogOutEverywhere revokes every session of the viewer, access tokens included.
func (s *Accounts) LogOutEverywhere(ctx context.Context) (int, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return 0, err
	}
	var ended int
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		n, err := s.endAllSessions(tx, v)
		ended = n
		if err != nil {
			return err
		}
		return s.Record(tx, nil, v.ID, "person.logged_out_everywhere", "Person", v.ID)
	})
	if err == nil {
		s.RefreshPeopleHere(ctx, v.ID) // the others were told in the transaction
	}
	return ended, err
}

// endAllSessions revokes every refresh token of p and raises p's session epoch.
func (s *Accounts) endAllSessions(tx *gorm.DB, p *domain.Person) (int, error) {
	var families int64
	if err := tx.Model(&domain.RefreshToken{}).Where("person_id = ? AND revoked_at IS NULL AND expires_at > ?", p.ID, s.Now()).
		Distinct("family_id").Count(&families).Error; err != nil {
		return 0, domain.DBErr(err, "refresh token")
	}
	if err := tx.Model(&domain.RefreshToken{}).Where("person_id = ? AND revoked_at IS NULL", p.ID).Update("revoked_at", s.Now()).Error; err != nil {
		return 0, domain.DBErr(err, "refresh token")
	}
	if err := tx.Model(&domain.Person{}).Where("id = ?", p.ID).Update("session_epoch", gorm.Expr("session_epoch + 1")).Error; err != nil {
		return 0, domain.DBErr(err, "person")
	}
	p.SessionEpoch++
	return int(families), s.AnnouncePeopleIn(tx, p.ID)
}

// ChangePassword checks the current password, stores the new one, ends every session and
// starts a new one for the caller.
func (s *Accounts) ChangePassword(ctx context.Context, current, next string) (*Session, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("newPassword", next); err != nil {
		return nil, err
	}
	var p domain.Person
	if err := s.DB.WithContext(ctx).First(&p, v.ID).Error; err != nil {
		return nil, domain.DBErr(err, "person")
	}
	ok, err := s.checkPassword(p.PasswordHash, current)
	if err != nil {
		return nil, fmt.Errorf("check password: %w", err)
	}
	if !ok {
		return nil, domain.Invalid("currentPassword", "The current password is not right.")
	}
	if current == next {
		return nil, domain.Invalid("newPassword", "The new password is the same as the current one.")
	}
	hash, err := s.hashPassword(next)
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&domain.Person{}).Where("id = ?", p.ID).Update("password_hash", hash).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if _, err := s.endAllSessions(tx, &p); err != nil {
			return err
		}
		if err := s.Record(tx, nil, p.ID, "person.changed_password", "Person", p.ID); err != nil {
			return err
		}
		sess, err = s.startSession(tx, &p, "")
		return err
	})
	if err == nil {
		s.RefreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	}
	return sess, err
}

// Authenticate returns the person an access token belongs to, if the token is valid and
// the person's sessions have not been ended since it was issued.
func (s *Accounts) Authenticate(ctx context.Context, token string) (*domain.Person, error) {
	id, epoch, err := s.signer.Verify(token)
	if err != nil {
		return nil, domain.Errorf(domain.CodeUnauthenticated, "Your access token is invalid or has expired; refresh it or log in again.")
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
func (s *Accounts) currentPerson(ctx context.Context, id, epoch int64) (*domain.Person, error) {
	if p, ok := s.viewers.get(id, s.Now()); ok && p.SessionEpoch >= epoch {
		return p, nil
	}
	gen := s.viewers.start()
	p, err := domain.PersonByID(ctx, s.DB, id)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, domain.DBErr(err, "person")
	}
	s.viewers.put(p, gen, s.Now())
	return p, nil
}

// GrantAdmin makes the person with handle an admin; it is run from the command line.
func (s *Accounts) GrantAdmin(ctx context.Context, handle string) (*domain.Person, error) {
	var p domain.Person
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if !domain.Storable(handle) {
			return domain.DBErr(gorm.ErrRecordNotFound, "A person with this handle")
		}
		if err := tx.Where("handle = ?", strings.ToLower(handle)).First(&p).Error; err != nil {
			return domain.DBErr(err, fmt.Sprintf("A person with handle %q", handle))
		}
		if err := tx.Model(&p).Update("role", domain.RoleAdmin).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if err := s.AnnouncePeopleIn(tx, p.ID); err != nil {
			return err
		}
		return s.Record(tx, nil, p.ID, "person.granted_admin", "Person", p.ID)
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeopleHere(ctx, p.ID)
	return &p, nil
}
