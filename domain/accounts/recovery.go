package accounts

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
	"kindred/mail"
)

// Account mail: token lifetimes and rate limits.
const (
	// ResetTokenTTL is how long a password reset link works (once).
	ResetTokenTTL = time.Hour
	// VerifyTokenTTL is how long a link verifying an address works (once).
	VerifyTokenTTL = 48 * time.Hour
	// MailRequestWindow is the window of the rate limits on account mail.
	MailRequestWindow = time.Hour
	// MaxMailRequestsPerAddress is how many resets (or, apart, verifications) one address
	// may be sent within the window.
	MaxMailRequestsPerAddress = 3
	// MaxMailRequestsPerIP is how many account mails one client address may ask for
	// within the window, whatever the addresses.
	MaxMailRequestsPerIP = 20
)

var (
	errMailNotConfigured = domain.Errorf(domain.CodeMailNotConfigured,
		"Mail is not configured on this server, so Kindred cannot send you a link. Ask the people who run this Kindred to set it up.")
	errBadResetToken = domain.Invalid("token",
		"This password reset link does not work: it was used already, is more than an hour old, or was not copied whole. Ask for a new one.")
	errBadVerifyToken = domain.Invalid("token",
		"This confirmation link does not work: it was used already, has expired, or was not copied whole. Ask for a new one from your account page.")
)

// mailErr names a mailer without SMTP as such; other errors pass.
func mailErr(err error) error {
	if errors.Is(err, mail.ErrNotConfigured) {
		return errMailNotConfigured
	}
	return err
}

// throttleMail refuses a request for account mail over the limits per address and per
// client address, and counts it otherwise, whether the address belongs to anyone or not.
func (s *Accounts) throttleMail(db *gorm.DB, purpose domain.TokenPurpose, address, ip string) error {
	since := s.Now().Add(-MailRequestWindow)
	var n int64
	if err := db.Model(&domain.AccountMailRequest{}).Where("purpose = ? AND address = ? AND created_at > ?", purpose, address, since).
		Count(&n).Error; err != nil {
		return domain.DBErr(err, "mail request")
	}
	if n >= MaxMailRequestsPerAddress {
		return domain.Errorf(domain.CodeRateLimited, "Several links were mailed to this address in the last hour; use the newest one or wait an hour and ask again.")
	}
	if ip != "" {
		if err := db.Model(&domain.AccountMailRequest{}).Where("ip = ? AND created_at > ?", ip, since).Count(&n).Error; err != nil {
			return domain.DBErr(err, "mail request")
		}
		if n >= MaxMailRequestsPerIP {
			return domain.Errorf(domain.CodeRateLimited, "Too many links were asked for from your network in the last hour; wait an hour and try again.")
		}
	}
	return domain.DBErr(db.Create(&domain.AccountMailRequest{Purpose: purpose, Address: address, IP: ip, CreatedAt: s.Now()}).Error, "mail request")
}

// newAccountToken returns a fresh random token and the row that keeps its hash.
func (s *Accounts) newAccountToken(personID int64, purpose domain.TokenPurpose, email string, ttl time.Duration) (string, *domain.AccountToken, error) {
	plain, err := auth.RandomToken(32)
	if err != nil {
		return "", nil, err
	}
	now := s.Now()
	return plain, &domain.AccountToken{PersonID: personID, Purpose: purpose, TokenHash: auth.HashToken(plain), Email: email,
		ExpiresAt: now.Add(ttl), CreatedAt: now}, nil
}

// claimToken marks the unused, unexpired token of purpose used and returns it with its
// person; bad is the error for any token that does not qualify.
func (s *Accounts) claimToken(tx *gorm.DB, purpose domain.TokenPurpose, token string, bad error) (*domain.AccountToken, *domain.Person, error) {
	if token == "" || !domain.Storable(token) {
		return nil, nil, bad
	}
	var t domain.AccountToken
	err := tx.Where("token_hash = ? AND purpose = ?", auth.HashToken(token), purpose).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil, bad
	}
	if err != nil {
		return nil, nil, domain.DBErr(err, "token")
	}
	now := s.Now()
	if t.UsedAt != nil || !now.Before(t.ExpiresAt) {
		return nil, nil, bad
	}
	// Of two uses at once, only one updates the row.
	res := tx.Model(&domain.AccountToken{}).Where("id = ? AND used_at IS NULL", t.ID).Update("used_at", now)
	if res.Error != nil {
		return nil, nil, domain.DBErr(res.Error, "token")
	}
	if res.RowsAffected == 0 {
		return nil, nil, bad
	}
	var p domain.Person
	if err := tx.First(&p, t.PersonID).Error; err != nil {
		return nil, nil, domain.DBErr(err, "person")
	}
	return &t, &p, nil
}

// RequestPasswordReset mails a link to set a new password to the account of email, if
// there is one, and returns the address as read. The answer is the same for an address Kindred knows and one it does not,
// and so is the work: the request is counted for the rate limits and the mail rendered
// either way; only a known, usable account gets the token stored and the mail queued.
func (s *Accounts) RequestPasswordReset(ctx context.Context, email string) (string, error) {
	addr, err := domain.NormalizeEmail(email)
	if err != nil {
		return "", err
	}
	if !s.Mail.Configured() {
		return "", errMailNotConfigured
	}
	db := s.DB.WithContext(ctx)
	if err := s.throttleMail(db, domain.TokenReset, addr, domain.ClientIP(ctx)); err != nil {
		return "", err
	}
	var p domain.Person
	err = db.Where("email = ?", addr).First(&p).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return "", domain.DBErr(err, "person")
	}
	// A suspended or deleted account cannot sign in, so it gets no link either.
	known := err == nil && p.SuspendedAt == nil
	plain, row, err := s.newAccountToken(p.ID, domain.TokenReset, addr, ResetTokenTTL)
	if err != nil {
		return "", err
	}
	msg, err := resetMail.Render(addr, mailLanguage(ctx, &p), mailData{Name: p.DisplayName, Email: addr,
		Link: s.Mail.Link("/reset-password?token=" + url.QueryEscape(plain))})
	if err != nil {
		return "", err
	}
	if !known {
		return addr, nil
	}
	msg.PersonID = p.ID
	return addr, db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(row).Error; err != nil {
			return domain.DBErr(err, "token")
		}
		return mailErr(s.Mail.Queue(ctx, tx, msg))
	})
}

// ResetPassword sets a new password with a token from a reset mail, which then stops
// working. As with a change of password, every other session ends; the caller is signed
// in. Following the link also shows the address reaches its owner (it is verified), and
// a pending change of address is cancelled: a person locked out of their account by
// someone else gets it back whole.
func (s *Accounts) ResetPassword(ctx context.Context, token, newPassword string) (*Session, error) {
	if err := ValidatePassword("newPassword", newPassword); err != nil {
		return nil, err
	}
	hash, err := s.hashPassword(newPassword)
	if err != nil {
		return nil, err
	}
	var sess *Session
	var p *domain.Person
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var t *domain.AccountToken
		t, p, err = s.claimToken(tx, domain.TokenReset, token, errBadResetToken)
		if err != nil {
			return err
		}
		if t.Email != p.Email {
			return errBadResetToken // the address changed since: the link went elsewhere
		}
		if p.SuspendedAt != nil {
			return domain.Errorf(domain.CodeForbidden, "This account is suspended. Contact the Kindred admins if you think this is a mistake.")
		}
		now := s.Now()
		changes := map[string]any{"password_hash": hash, "pending_email": nil, "updated_at": now}
		if p.EmailVerifiedAt == nil {
			changes["email_verified_at"] = now
			p.EmailVerifiedAt = &now
		}
		if err := tx.Model(&domain.Person{ID: p.ID}).Updates(changes).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		p.PasswordHash, p.PendingEmail = hash, nil
		// Every other reset link mailed before this one stops working too.
		if err := tx.Model(&domain.AccountToken{}).Where("person_id = ? AND purpose = ? AND used_at IS NULL", p.ID, domain.TokenReset).
			Update("used_at", now).Error; err != nil {
			return domain.DBErr(err, "token")
		}
		if err := tx.Where("login IN ?", []string{p.Handle, p.Email}).Delete(&domain.LoginAttempt{}).Error; err != nil {
			return domain.DBErr(err, "login attempt")
		}
		if _, err := s.endAllSessions(tx, p); err != nil {
			return err
		}
		if err := s.Record(tx, nil, p.ID, "person.reset_password", "Person", p.ID); err != nil {
			return err
		}
		sess, err = s.startSession(tx, p, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	return sess, nil
}

// queueVerification stores a token verifying addr for p and queues its mail, in tx;
// change tells a new address from the one p signed up with.
func (s *Accounts) queueVerification(ctx context.Context, tx *gorm.DB, p *domain.Person, addr string, change bool) error {
	plain, row, err := s.newAccountToken(p.ID, domain.TokenVerify, addr, VerifyTokenTTL)
	if err != nil {
		return err
	}
	msg, err := verifyMail.Render(addr, mailLanguage(ctx, p), mailData{Name: p.DisplayName, Handle: p.Handle, Email: addr, Change: change,
		Hours: int(VerifyTokenTTL.Hours()), Link: s.Mail.Link("/verify-email?token=" + url.QueryEscape(plain))})
	if err != nil {
		return err
	}
	msg.PersonID = p.ID
	if err := tx.Create(row).Error; err != nil {
		return domain.DBErr(err, "token")
	}
	return mailErr(s.Mail.Queue(ctx, tx, msg))
}

// RequestEmailVerification mails the viewer a new link confirming their address, or the
// address they are changing to, and returns that address.
func (s *Accounts) RequestEmailVerification(ctx context.Context) (string, error) {
	v, err := RequireSession(ctx)
	if err != nil {
		return "", err
	}
	if !s.Mail.Configured() {
		return "", errMailNotConfigured
	}
	db := s.DB.WithContext(ctx)
	var p domain.Person
	if err := db.First(&p, v.ID).Error; err != nil {
		return "", domain.DBErr(err, "person")
	}
	addr, change := p.Email, p.PendingEmail != nil
	switch {
	case change:
		addr = *p.PendingEmail
	case p.EmailVerified():
		return "", domain.Errorf(domain.CodeConflict, "Your email address %s is confirmed already.", p.Email)
	}
	if err := s.throttleMail(db, domain.TokenVerify, addr, domain.ClientIP(ctx)); err != nil {
		return "", err
	}
	return addr, db.Transaction(func(tx *gorm.DB) error { return s.queueVerification(ctx, tx, &p, addr, change) })
}

// VerifyEmail confirms an address with the token mailed to it and returns the address.
// For the address a person is changing to, the change then takes effect. No session is
// needed: the link may be opened on another device.
func (s *Accounts) VerifyEmail(ctx context.Context, token string) (string, error) {
	var p *domain.Person
	var addr string
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		t, person, err := s.claimToken(tx, domain.TokenVerify, token, errBadVerifyToken)
		if err != nil {
			return err
		}
		p, addr = person, t.Email
		now := s.Now()
		switch {
		case p.PendingEmail != nil && *p.PendingEmail == t.Email:
			if err := s.checkHandleAndEmailFree(tx, "", t.Email, p.ID); err != nil {
				return err
			}
			if err := tx.Model(&domain.Person{ID: p.ID}).Updates(map[string]any{
				"email": t.Email, "pending_email": nil, "email_verified_at": now, "updated_at": now,
			}).Error; err != nil {
				return domain.DBErr(err, "An account with this email address")
			}
			if err := s.Record(tx, nil, p.ID, "person.changed_email", "Person", p.ID); err != nil {
				return err
			}
		case p.Email == t.Email:
			if p.EmailVerified() {
				return nil
			}
			if err := tx.Model(&domain.Person{ID: p.ID}).Updates(map[string]any{"email_verified_at": now, "updated_at": now}).Error; err != nil {
				return domain.DBErr(err, "person")
			}
			if err := s.Record(tx, nil, p.ID, "person.verified_email", "Person", p.ID); err != nil {
				return err
			}
		default:
			return errBadVerifyToken // an address the person no longer uses or asks for
		}
		return s.AnnouncePeopleIn(tx, p.ID)
	})
	if err != nil {
		return "", err
	}
	s.RefreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	return addr, nil
}

// ChangeEmail asks to change the viewer's address to newEmail, after checking their
// password. The new address takes effect once confirmed from the link mailed to it; the
// current address is told of the change. Asking for the current address cancels a
// pending change.
func (s *Accounts) ChangeEmail(ctx context.Context, password, newEmail string) (*domain.Person, error) {
	v, err := RequireSession(ctx)
	if err != nil {
		return nil, err
	}
	addr, err := domain.NormalizeEmail(newEmail)
	if err != nil {
		return nil, err
	}
	db := s.DB.WithContext(ctx)
	var p domain.Person
	if err := db.First(&p, v.ID).Error; err != nil {
		return nil, domain.DBErr(err, "person")
	}
	ok, err := s.checkPassword(p.PasswordHash, password)
	if err != nil {
		return nil, fmt.Errorf("check password: %w", err)
	}
	if !ok {
		return nil, domain.Invalid("password", "The password is not right.")
	}
	if addr == p.Email {
		if p.PendingEmail == nil {
			return nil, domain.Invalid("email", "%s is your email address already.", addr)
		}
		return s.cancelEmailChange(ctx, &p)
	}
	if !s.Mail.Configured() {
		return nil, errMailNotConfigured
	}
	if err := s.throttleMail(db, domain.TokenVerify, addr, domain.ClientIP(ctx)); err != nil {
		return nil, err
	}
	notice, err := emailChangeMail.Render(p.Email, mailLanguage(ctx, &p), mailData{Name: p.DisplayName, Handle: p.Handle, Email: p.Email, New: addr,
		Link: s.Mail.Link("/forgot-password")})
	if err != nil {
		return nil, err
	}
	notice.PersonID = p.ID
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := s.checkHandleAndEmailFree(tx, "", addr, p.ID); err != nil {
			return err
		}
		if err := tx.Model(&domain.Person{ID: p.ID}).Updates(map[string]any{"pending_email": addr, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		p.PendingEmail = &addr
		if err := s.queueVerification(ctx, tx, &p, addr, true); err != nil {
			return err
		}
		if err := mailErr(s.Mail.Queue(ctx, tx, notice)); err != nil {
			return err
		}
		if err := s.Record(tx, nil, p.ID, "person.requested_email_change", "Person", p.ID); err != nil {
			return err
		}
		return s.AnnouncePeopleIn(tx, p.ID)
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeopleHere(ctx, p.ID)
	return &p, nil
}

// cancelEmailChange drops p's pending address; its links stop working.
func (s *Accounts) cancelEmailChange(ctx context.Context, p *domain.Person) (*domain.Person, error) {
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&domain.Person{ID: p.ID}).Updates(map[string]any{"pending_email": nil, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if err := s.Record(tx, nil, p.ID, "person.cancelled_email_change", "Person", p.ID); err != nil {
			return err
		}
		return s.AnnouncePeopleIn(tx, p.ID)
	})
	if err != nil {
		return nil, err
	}
	p.PendingEmail = nil
	s.RefreshPeopleHere(ctx, p.ID)
	return p, nil
}
