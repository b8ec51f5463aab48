package privacy

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/collab"
)

// MyData is everything Kindred keeps about a person, for them to download.
type MyData struct {
	ExportedAt    time.Time              `json:"exportedAt"`
	Profile       personExport           `json:"profile"`
	Values        []*domain.PersonValue  `json:"values"`
	Memberships   []*domain.Membership   `json:"memberships"`
	Commitments   []*domain.Commitment   `json:"commitments"`
	Contributions []*domain.Contribution `json:"contributions"`
	Proposals     []*domain.Proposal     `json:"proposals"`
	Positions     []*domain.Position     `json:"positions"`
	// Ballots are the person's own ballots on polls (anonymous ones included: they are theirs).
	Ballots  []*domain.Ballot  `json:"ballots"`
	Comments []*domain.Comment `json:"comments"`
	Threads  []*domain.Thread  `json:"threads"`
	Posts    []*domain.Post    `json:"posts"`
	// PostRevisions are every body the person's posts have had.
	PostRevisions []*domain.PostRevision `json:"postRevisions"`
	Measurements  []*domain.Measurement  `json:"measurements"`
	Attestations  []*domain.Attestation  `json:"attestations"`
	AccessTokens  []accessTokenShown     `json:"accessTokens"`
	Activity      []*domain.Activity     `json:"activity"`
	Notifications []*domain.Notification `json:"notifications"`
	// MailPreferences are the kinds of mail whose cadence the person chose; the others
	// keep their defaults.
	MailPreferences []*domain.MailPreference `json:"mailPreferences"`
	// InvitationLinks are the links the person made as a steward (never their tokens).
	InvitationLinks []*domain.InvitationLink `json:"invitationLinks"`
	// Reports are the reports the person filed (not those about them).
	Reports []*domain.Report `json:"reports"`
	// Blocks are the people the person blocked.
	Blocks []*domain.Block `json:"blocks"`
	// Gatherings are those the person planned; GatheringRSVPs their answers;
	// GatheringAttendances the gatherings they attended (each with its contribution).
	Gatherings           []*domain.Gathering           `json:"gatherings"`
	GatheringRSVPs       []*domain.GatheringRSVP       `json:"gatheringRsvps"`
	GatheringAttendances []*domain.GatheringAttendance `json:"gatheringAttendances"`
	// CalendarFeeds is their private calendar feed, if any (never its token).
	CalendarFeeds []*domain.CalendarFeed `json:"calendarFeeds"`
}

// personExport is a profile without what must never leave the server (the password hash).
type personExport struct {
	Handle, DisplayName, Email, Bio, Location string
	EmailVerifiedAt                           *time.Time
	PendingEmail                              *string
	Latitude, Longitude                       *float64
	RemoteFriendly                            bool
	NamedInReports                            bool
	Skills                                    []string
	Visibility                                domain.Visibility
	Role                                      domain.SiteRole
	TimeZone                                  string
	CreatedAt                                 time.Time
}

type accessTokenShown struct {
	Name, Prefix, Scopes string
	CreatedAt            time.Time
	LastUsedAt           *time.Time
	RevokedAt            *time.Time
}

// ExportMyData gathers everything about the viewer.
func (s *Privacy) ExportMyData(ctx context.Context) (*MyData, error) {
	v, err := accounts.RequireSession(ctx)
	if err != nil {
		return nil, err
	}
	db := s.DB.WithContext(ctx)
	var p domain.Person
	if err := db.First(&p, v.ID).Error; err != nil {
		return nil, domain.DBErr(err, "person")
	}
	d := &MyData{ExportedAt: s.Now(), Profile: personExport{Handle: p.Handle, DisplayName: p.DisplayName, Email: p.Email,
		EmailVerifiedAt: p.EmailVerifiedAt, PendingEmail: p.PendingEmail, Bio: p.Bio,
		Location: p.Location, Latitude: p.Latitude, Longitude: p.Longitude, RemoteFriendly: p.RemoteFriendly, NamedInReports: p.NamedInReports, Skills: p.Skills,
		Visibility: p.Visibility, Role: p.Role, TimeZone: p.TimeZone, CreatedAt: p.CreatedAt}}
	for _, q := range []struct {
		dest   any
		column string
	}{
		{&d.Values, "person_id"}, {&d.Memberships, "person_id"}, {&d.Commitments, "person_id"}, {&d.Contributions, "person_id"},
		{&d.Proposals, "author_id"}, {&d.Positions, "person_id"}, {&d.Ballots, "person_id"}, {&d.Comments, "author_id"}, {&d.Measurements, "recorded_by_id"},
		{&d.Attestations, "person_id"}, {&d.Activity, "actor_id"}, {&d.Notifications, "person_id"},
		{&d.MailPreferences, "person_id"}, {&d.InvitationLinks, "created_by_id"}, {&d.Threads, "author_id"}, {&d.Posts, "author_id"},
		{&d.Reports, "reporter_id"}, {&d.Blocks, "blocker_id"},
		{&d.Gatherings, "created_by_id"}, {&d.GatheringRSVPs, "person_id"}, {&d.GatheringAttendances, "person_id"}, {&d.CalendarFeeds, "person_id"},
	} {
		if err := db.Where(q.column+" = ?", v.ID).Order("id").Find(q.dest).Error; err != nil {
			return nil, domain.DBErr(err, "your data")
		}
	}
	if err := db.Where("post_id IN (?)", db.Model(&domain.Post{}).Select("id").Where("author_id = ?", v.ID)).Order("id").Find(&d.PostRevisions).Error; err != nil {
		return nil, domain.DBErr(err, "your data")
	}
	var tokens []*domain.AccessToken
	if err := db.Where("person_id = ?", v.ID).Order("id").Find(&tokens).Error; err != nil {
		return nil, domain.DBErr(err, "access tokens")
	}
	for _, t := range tokens {
		d.AccessTokens = append(d.AccessTokens, accessTokenShown{Name: t.Name, Prefix: t.Prefix, Scopes: t.Scopes, CreatedAt: t.CreatedAt,
			LastUsedAt: t.LastUsedAt, RevokedAt: t.RevokedAt})
	}
	return d, nil
}

// DeleteAccount deletes the viewer's account after checking their password. What others'
// records need stays, anonymised: ledger entries, commitments that were binding,
// positions, ballots, comments, threads and posts (with their history: the conversation would not
// read without them), gatherings planned and attended and measurements now belong to "a
// former member"; the profile, values, sessions, tokens, calendar feed and answers to
// gatherings are removed (a place held at a gathering to come moves the waiting list up). A last steward hands over first.
func (s *Privacy) DeleteAccount(ctx context.Context, password string) error {
	v, err := accounts.RequireSession(ctx)
	if err != nil {
		return err
	}
	var p domain.Person
	if err := s.DB.WithContext(ctx).First(&p, v.ID).Error; err != nil {
		return domain.DBErr(err, "person")
	}
	if ok, err := s.accounts.PasswordMatches(&p, password); err != nil || !ok {
		return domain.Invalid("password", "The password is not right.")
	}
	scrambled, err := auth.RandomToken(32)
	if err != nil {
		return err
	}
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ms []*domain.Membership
		if err := tx.Where("person_id = ? AND status IN ?", p.ID, []domain.MembershipStatus{domain.MembershipActive, domain.MembershipRequested, domain.MembershipInvited}).Find(&ms).Error; err != nil {
			return domain.DBErr(err, "memberships")
		}
		for _, m := range ms {
			if err := domain.LockRow(tx, "collaborations", m.CollaborationID); err != nil {
				return err
			}
			if m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward {
				if n, err := collab.CountStewards(tx, m.CollaborationID); err != nil {
					return err
				} else if n <= 1 {
					var c domain.Collaboration
					tx.First(&c, m.CollaborationID)
					if c.Status != domain.CollaborationArchived {
						return domain.Errorf(domain.CodeConflict, "You are the last steward of %q; make someone else a steward before you delete your account.", c.Title)
					}
				}
			}
			if err := s.collab.SetMembership(tx, p.ID, m, domain.MembershipLeft, "", "membership.left"); err != nil {
				return err
			}
		}
		// Their answers to gatherings go; a place they held goes to the waiting list.
		if err := s.gather.ForgetAnswers(tx, p.ID); err != nil {
			return err
		}
		for _, model := range []any{&domain.PersonValue{}, &domain.RefreshToken{}, &domain.AccessToken{}, &domain.Notification{},
			&domain.MailPreference{}, &domain.MailDigest{}, &domain.AccountToken{}, &domain.CalendarFeed{}} {
			if err := tx.Where("person_id = ?", p.ID).Delete(model).Error; err != nil {
				return domain.DBErr(err, "your data")
			}
		}
		// Mail still waiting for them goes with the account (none is queued without mail).
		if s.Mail.Configured() {
			if _, err := s.Mail.Unqueue(ctx, tx, p.ID); err != nil {
				return err
			}
		}
		// Their reports and blocks go: who reported or blocked whom is theirs alone. Reports
		// about them stay for the admins, as about a former member.
		if err := tx.Where("reporter_id = ?", p.ID).Delete(&domain.Report{}).Error; err != nil {
			return domain.DBErr(err, "your reports")
		}
		if err := tx.Where("blocker_id = ? OR blocked_id = ?", p.ID, p.ID).Delete(&domain.Block{}).Error; err != nil {
			return domain.DBErr(err, "your blocks")
		}
		if err := tx.Where("login IN ?", []string{p.Handle, p.Email}).Delete(&domain.LoginAttempt{}).Error; err != nil {
			return domain.DBErr(err, "login attempts")
		}
		now := s.Now()
		gone := fmt.Sprintf("former-%d@deleted.invalid", p.ID)
		// Invitations mailed to their address stop working and forget it.
		if err := tx.Model(&domain.InvitationLink{}).Where("email = ? AND revoked_at IS NULL AND uses = 0", p.Email).Update("revoked_at", now).Error; err != nil {
			return domain.DBErr(err, "invitations")
		}
		if err := tx.Model(&domain.InvitationLink{}).Where("email = ?", p.Email).Update("email", gone).Error; err != nil {
			return domain.DBErr(err, "invitations")
		}
		anon := map[string]any{
			"handle": fmt.Sprintf("former-%d", p.ID), "display_name": "A former member", "email": gone,
			"password_hash": "deleted:" + auth.HashToken(scrambled), "bio": "", "location": "", "latitude": nil, "longitude": nil,
			"email_verified_at": nil, "pending_email": nil, "remote_friendly": false, "skills": "[]", "visibility": domain.VisibilityPrivate, "role": domain.RoleMember,
			"session_epoch": gorm.Expr("session_epoch + 1"), "suspended_at": now, "updated_at": now, "time_zone": "UTC",
		}
		if err := tx.Model(&domain.Person{ID: p.ID}).Updates(anon).Error; err != nil {
			return domain.DBErr(err, "person")
		}
		if err := s.AnnouncePeopleIn(tx, p.ID); err != nil {
			return err
		}
		return s.Record(tx, nil, p.ID, "person.deleted_account", "Person", p.ID)
	})
	if err != nil {
		return err
	}
	s.RefreshPeopleHere(ctx, p.ID) // the others were told in the transaction
	return nil
}
