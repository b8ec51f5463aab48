package collab

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
	"kindred/locale"
	"kindred/mail"
)

// Limits of invitations by email.
const (
	// EmailInvitationLifetime is how long a mailed invitation works.
	EmailInvitationLifetime = 14 * 24 * time.Hour
	// MaxEmailsAtOnce is how many addresses one invitation may name.
	MaxEmailsAtOnce = 50
	// MaxEmailInvitesPerSteward is how many addresses one steward may invite in a day.
	MaxEmailInvitesPerSteward = 100
	// MaxEmailInvitesPerCollab is how many addresses a collaboration may invite in a day.
	MaxEmailInvitesPerCollab = 200
	// MaxInvitationMessage bounds the steward's own words in the mail.
	MaxInvitationMessage = 1000
)

// EmailInvitationInput is what inviting by email takes.
type EmailInvitationInput struct {
	Emails  []string
	NeedID  *int64
	Message string
}

// EmailInvitations is what inviting by email did: a mailed link for each address Kindred
// does not know (or whose account the steward cannot see), and the in-app invitation for
// each that belongs to a confirmed account the steward can see.
type EmailInvitations struct {
	Mailed []*domain.InvitationLink
	InApp  []*domain.Membership
}

var errInviteMailOff = domain.Errorf(domain.CodeMailNotConfigured,
	"Mail is not configured on this server, so Kindred cannot mail an invitation. Invite people with an account from the people page, or share an invitation link.")

// ParseEmails reads the addresses of an invitation: trimmed, lower-cased, each once, at
// most MaxEmailsAtOnce; it names every address that is not one.
func ParseEmails(raw []string) ([]string, error) {
	var out, bad []string
	seen := map[string]bool{}
	for _, r := range raw {
		if strings.TrimSpace(r) == "" {
			continue
		}
		addr, err := domain.NormalizeEmail(r)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%q", r))
			continue
		}
		if !seen[addr] {
			seen[addr] = true
			out = append(out, addr)
		}
	}
	switch {
	case len(bad) > 5:
		return nil, domain.Invalid("emails", "%d of these are not email addresses, among them %s; write each like name@example.org.", len(bad), strings.Join(bad[:5], ", "))
	case len(bad) > 0:
		return nil, domain.Invalid("emails", "Not an email address: %s; write each like name@example.org.", strings.Join(bad, ", "))
	case len(out) == 0:
		return nil, domain.Invalid("emails", "Give at least one email address to invite.")
	case len(out) > MaxEmailsAtOnce:
		return nil, domain.Invalid("emails", "Invite at most %d addresses at once; these are %d. Send the rest in another invitation.", MaxEmailsAtOnce, len(out))
	}
	return out, nil
}

// InviteByEmail invites people by address to c; stewards only. An address of a confirmed
// account the steward can see gets the in-app invitation (which notifies its owner as any
// invitation does); any other gets a mail with a link bound to it, used once, for
// EmailInvitationLifetime. Nothing is stored or sent unless every address can be invited.
func (s *Collabs) InviteByEmail(ctx context.Context, collabID int64, in EmailInvitationInput) (*EmailInvitations, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	addrs, err := ParseEmails(in.Emails)
	if err != nil {
		return nil, err
	}
	note, err := domain.ValidateProse("message", "The message", in.Message, 0, MaxInvitationMessage)
	if err != nil {
		return nil, err
	}
	out := &EmailInvitations{}
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if err := requireNeedOf(tx, c, in.NeedID); err != nil {
			return err
		}
		if err := s.throttleEmailInvites(tx, c, v, len(addrs)); err != nil {
			return err
		}
		var known []*domain.Person
		if err := tx.Where("email IN ? AND email_verified_at IS NOT NULL AND suspended_at IS NULL", addrs).Find(&known).Error; err != nil {
			return domain.DBErr(err, "people")
		}
		byAddr := make(map[string]*domain.Person, len(known))
		for _, p := range known {
			if domain.CanSee(v, p) {
				byAddr[p.Email] = p
			}
		}
		mailing := &invitationMail{Inviter: v.DisplayName, InviterHandle: v.Handle, Title: c.Title, Goal: c.Goal, Message: note}
		if err := s.describeForMail(tx, c, in.NeedID, mailing); err != nil {
			return err
		}
		now := s.Now()
		for _, addr := range addrs {
			if p := byAddr[addr]; p != nil {
				m, err := s.invite(tx, c, v, p)
				if err != nil {
					return withAddress(err, addr)
				}
				out.InApp = append(out.InApp, m)
				continue
			}
			l, err := s.mailInvitation(ctx, tx, c, v, addr, in.NeedID, now, *mailing)
			if err != nil {
				return err
			}
			out.Mailed = append(out.Mailed, l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// withAddress names the address an invitation could not be made for.
func withAddress(err error, addr string) error {
	var e *domain.Error
	if errors.As(err, &e) {
		return &domain.Error{Code: e.Code, Field: "emails", Message: addr + ": " + e.Message}
	}
	return err
}

// throttleEmailInvites refuses more than a day's addresses per steward and per collaboration.
func (s *Collabs) throttleEmailInvites(tx *gorm.DB, c *domain.Collaboration, v *domain.Person, n int) error {
	since := s.Now().Add(-24 * time.Hour)
	var mine, theirs int64
	if err := tx.Model(&domain.InvitationLink{}).Where("created_by_id = ? AND email IS NOT NULL AND created_at > ?", v.ID, since).Count(&mine).Error; err != nil {
		return domain.DBErr(err, "invitations")
	}
	if left := MaxEmailInvitesPerSteward - int(mine); n > left {
		return domain.Errorf(domain.CodeRateLimited, "You may invite %d more addresses today (at most %d a day); invite fewer, or the rest tomorrow.", max(left, 0), MaxEmailInvitesPerSteward)
	}
	if err := tx.Model(&domain.InvitationLink{}).Where("collaboration_id = ? AND email IS NOT NULL AND created_at > ?", c.ID, since).Count(&theirs).Error; err != nil {
		return domain.DBErr(err, "invitations")
	}
	if left := MaxEmailInvitesPerCollab - int(theirs); n > left {
		return domain.Errorf(domain.CodeRateLimited, "%q may invite %d more addresses today (at most %d a day); invite fewer, or the rest tomorrow.", c.Title, max(left, 0), MaxEmailInvitesPerCollab)
	}
	return nil
}

// mailInvitation stores a link bound to addr and queues its mail, in tx.
func (s *Collabs) mailInvitation(ctx context.Context, tx *gorm.DB, c *domain.Collaboration, v *domain.Person, addr string, needID *int64,
	now time.Time, data invitationMail) (*domain.InvitationLink, error) {
	if !s.Mail.Configured() {
		return nil, errInviteMailOff
	}
	var pending int64
	if err := tx.Model(&domain.InvitationLink{}).Where("collaboration_id = ? AND email = ? AND revoked_at IS NULL AND expires_at > ? AND uses = 0", c.ID, addr, now).
		Count(&pending).Error; err != nil {
		return nil, domain.DBErr(err, "invitations")
	}
	if pending > 0 {
		return nil, &domain.Error{Code: domain.CodeConflict, Field: "emails",
			Message: addr + " already has an invitation waiting; withdraw it first to send a new one."}
	}
	secret, err := auth.RandomToken(24)
	if err != nil {
		return nil, err
	}
	one := 1
	l := &domain.InvitationLink{CollaborationID: c.ID, CreatedByID: &v.ID, TokenHash: auth.HashToken(secret), Email: &addr, NeedID: needID,
		ExpiresAt: now.Add(EmailInvitationLifetime).UTC(), MaxUses: &one, CreatedAt: now}
	if err := tx.Create(l).Error; err != nil {
		return nil, domain.DBErr(err, "invitation")
	}
	if err := s.Record(tx, &c.ID, v.ID, "invitation.emailed", "InvitationLink", l.ID); err != nil {
		return nil, err
	}
	// The mail is in the language of the person the address is theirs, else of the
	// request (a steward inviting people they know speaks to them in their language).
	lang, zone := locale.FromRequest(ctx), domain.LoadZone(v.TimeZone)
	var known []*domain.Person
	if known, err = domain.ReadPeople(tx, "email = ?", addr); err != nil {
		return nil, domain.DBErr(err, "person")
	}
	if len(known) == 1 {
		lang, zone = locale.ForPerson(known[0].Locale, lang), domain.LoadZone(known[0].TimeZone)
	}
	lz := locale.For(lang)
	data.Email, data.Link, data.Expires = addr, s.Mail.Link("/invite/"+url.PathEscape(secret)), lz.Date(l.ExpiresAt, zone)
	msg, err := invitationLayout.Render(addr, lz, data)
	if err != nil {
		return nil, err
	}
	if err := s.Mail.Queue(ctx, tx, msg); err != nil {
		if errors.Is(err, mail.ErrNotConfigured) {
			return nil, errInviteMailOff
		}
		return nil, err
	}
	return l, nil
}

// describeForMail adds c's values and the need the invitation is for to the mail's data.
func (s *Collabs) describeForMail(tx *gorm.DB, c *domain.Collaboration, needID *int64, data *invitationMail) error {
	if err := tx.Model(&domain.Value{}).Joins("JOIN collaboration_values cv ON cv.value_id = catalog_values.id").
		Where("cv.collaboration_id = ?", c.ID).Order("cv.weight DESC, catalog_values.name").Pluck("catalog_values.name", &data.Values).Error; err != nil {
		return domain.DBErr(err, "values")
	}
	if needID != nil {
		var n domain.Need
		if err := tx.First(&n, *needID).Error; err != nil {
			return domain.DBErr(err, "need")
		}
		data.Need = domain.DescribeNeed(&n)
	}
	return nil
}

// claimInvitationAddress checks that the viewer may use a link bound to an address: theirs
// must be it. Following the mailed link shows the address reaches them, so an address not
// yet confirmed is confirmed by it (confirmed says so). In tx, under the collaboration's lock.
func (s *Collabs) claimInvitationAddress(tx *gorm.DB, l *domain.InvitationLink, viewerID int64) (confirmed bool, err error) {
	if l.Email == nil {
		return false, nil
	}
	var p domain.Person
	if err := tx.First(&p, viewerID).Error; err != nil {
		return false, domain.DBErr(err, "person")
	}
	if p.Email != *l.Email {
		return false, domain.Errorf(domain.CodeForbidden, "This invitation was mailed to %s; sign in with the account of that address, or ask the steward to invite %s.", *l.Email, p.Email)
	}
	if p.EmailVerifiedAt != nil {
		return false, nil
	}
	if err := tx.Model(&domain.Person{ID: p.ID}).Update("email_verified_at", s.Now()).Error; err != nil {
		return false, domain.DBErr(err, "person")
	}
	return true, nil
}

// invitationMail is what the invitation mail shows.
type invitationMail struct {
	Inviter, InviterHandle, Title, Goal, Message, Need string
	Values                                             []string
	Email, Link, Expires                               string
}

// invitationLayout is the mail to an address invited by a steward. It carries no
// unsubscribe link: the address has no account to unsubscribe, and nothing more is sent
// unless a steward invites it again.
var invitationLayout = mail.NewLayout("invitation", `{{t "mail.invitation.subject" .}}`,
	`{{t "mail.helloAnyone" .}}

{{t "mail.invitation.invites" .}}

{{t "mail.invitation.goal" .}} {{.Goal}}
{{if .Values}}{{t "mail.invitation.values" .}} {{range $i, $v := .Values}}{{if $i}}, {{end}}{{$v}}{{end}}
{{end}}{{if .Need}}{{t "mail.invitation.need" .}} {{.Need}}
{{end}}{{if .Message}}
{{t "mail.invitation.writes" .}}
{{.Message}}
{{end}}
{{t "mail.invitation.commit" .}} {{t "mail.invitation.join" .}} ({{t "mail.invitation.linkNote" .}}):
{{.Link}}

{{t "mail.invitation.ignore" .}}

{{t "mail.invitation.why" .}}
`,
	`<!doctype html>
<html lang="{{lang}}"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>{{t "mail.helloAnyone" .}}</p>
<p>{{t "mail.invitation.invites" .}}</p>
<p>{{t "mail.invitation.goal" .}} {{.Goal}}</p>
{{if .Values}}<p>{{t "mail.invitation.values" .}} {{range $i, $v := .Values}}{{if $i}}, {{end}}{{$v}}{{end}}</p>
{{end}}{{if .Need}}<p>{{t "mail.invitation.need" .}} {{.Need}}</p>
{{end}}{{if .Message}}<p>{{t "mail.invitation.writes" .}}</p>
<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #ccc; white-space: pre-wrap">{{.Message}}</blockquote>
{{end}}<p>{{t "mail.invitation.commit" .}}</p>
<p><a href="{{.Link}}" style="font-weight: bold">{{t "mail.invitation.join" .}}</a> ({{t "mail.invitation.linkNote" .}}).</p>
<p>{{t "mail.invitation.ignore" .}}</p>
<p style="color: #555; font-size: 0.9em">{{t "mail.invitation.why" .}}</p>
</body></html>
`)
