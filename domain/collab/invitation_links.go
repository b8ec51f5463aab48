package collab

import (
	"context"
	"time"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
)

// Limits of invitation links.
const (
	// MaxLinkLifetime is how far ahead a link may expire.
	MaxLinkLifetime = 90 * 24 * time.Hour
	// MaxLinkUses bounds a link's maximum uses.
	MaxLinkUses = 1000
	// MaxOpenLinks is how many usable links a collaboration may have at once.
	MaxOpenLinks = 20
	// MaxLinksPerDay is how many links one steward may create in a day.
	MaxLinksPerDay = 30
)

// InvitationLinkInput is what creating an invitation link takes.
type InvitationLinkInput struct {
	ExpiresAt time.Time
	MaxUses   *int
	NeedID    *int64
}

// LinkStatus says whether an invitation link may still be used.
type LinkStatus string

// The link statuses.
const (
	LinkActive  LinkStatus = "ACTIVE"
	LinkExpired LinkStatus = "EXPIRED"
	LinkRevoked LinkStatus = "REVOKED"
	LinkUsedUp  LinkStatus = "USED_UP"
)

// StatusOfLink is l's status at now.
func StatusOfLink(l *domain.InvitationLink, now time.Time) LinkStatus {
	switch {
	case l.RevokedAt != nil:
		return LinkRevoked
	case !now.Before(l.ExpiresAt):
		return LinkExpired
	case l.MaxUses != nil && l.Uses >= *l.MaxUses:
		return LinkUsedUp
	}
	return LinkActive
}

// errLinkUnusable says plainly why a link cannot be used, and nothing about where it leads.
func errLinkUnusable(st LinkStatus) error {
	switch st {
	case LinkExpired:
		return domain.Errorf(domain.CodeConflict, "This invitation link has expired; ask whoever sent it for a new one.")
	case LinkRevoked:
		return domain.Errorf(domain.CodeConflict, "This invitation link was withdrawn; ask whoever sent it for a new one.")
	case LinkUsedUp:
		return domain.Errorf(domain.CodeConflict, "This invitation link has been used as often as it may; ask whoever sent it for a new one.")
	}
	return nil
}

var errNoSuchLink = domain.Errorf(domain.CodeNotFound, "This invitation link is not valid; check that it was copied whole.")

// CreateInvitationLink makes a link to c that lets people join by committing, without
// approval; stewards only. The token is returned in plain once.
func (s *Collabs) CreateInvitationLink(ctx context.Context, collabID int64, in InvitationLinkInput) (*domain.InvitationLink, string, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, "", err
	}
	now := s.Now()
	switch {
	case !in.ExpiresAt.After(now):
		return nil, "", domain.Invalid("expiresAt", "The expiry has already passed; choose a time in the future.")
	case in.ExpiresAt.After(now.Add(MaxLinkLifetime)):
		return nil, "", domain.Invalid("expiresAt", "A link lasts at most %d days; choose an earlier expiry.", int(MaxLinkLifetime/(24*time.Hour)))
	case in.MaxUses != nil && (*in.MaxUses < 1 || *in.MaxUses > MaxLinkUses):
		return nil, "", domain.Invalid("maxUses", "A link may be used from 1 to %d times; leave it empty for no bound.", MaxLinkUses)
	}
	secret, err := auth.RandomToken(24)
	if err != nil {
		return nil, "", err
	}
	l := &domain.InvitationLink{CollaborationID: collabID, TokenHash: auth.HashToken(secret), NeedID: in.NeedID,
		ExpiresAt: in.ExpiresAt.UTC(), MaxUses: in.MaxUses, CreatedAt: now}
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		m, err := RequireSteward(tx, ctx, c)
		if err != nil {
			return err
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if err := requireNeedOf(tx, c, in.NeedID); err != nil {
			return err
		}
		var open, today int64
		if err := tx.Model(&domain.InvitationLink{}).Where("collaboration_id = ? AND email IS NULL AND revoked_at IS NULL AND expires_at > ? AND (max_uses IS NULL OR uses < max_uses)", c.ID, now).
			Count(&open).Error; err != nil {
			return domain.DBErr(err, "invitation links")
		}
		if open >= MaxOpenLinks {
			return domain.Errorf(domain.CodeConflict, "%q has %d links open, the most it may have; revoke one first.", c.Title, MaxOpenLinks)
		}
		if err := tx.Model(&domain.InvitationLink{}).Where("created_by_id = ? AND email IS NULL AND created_at > ?", m.PersonID, now.Add(-24*time.Hour)).
			Count(&today).Error; err != nil {
			return domain.DBErr(err, "invitation links")
		}
		if today >= MaxLinksPerDay {
			return domain.Errorf(domain.CodeConflict, "You made %d invitation links in the last day, the most there may be; try again tomorrow.", MaxLinksPerDay)
		}
		l.CreatedByID = &m.PersonID
		if err := tx.Create(l).Error; err != nil {
			return domain.DBErr(err, "invitation link")
		}
		return s.Record(tx, &c.ID, m.PersonID, "invitation_link.created", "InvitationLink", l.ID)
	})
	if err != nil {
		return nil, "", err
	}
	return l, secret, nil
}

// requireNeedOf checks that the need an invitation is for, if any, is one of c's.
func requireNeedOf(tx *gorm.DB, c *domain.Collaboration, needID *int64) error {
	if needID == nil {
		return nil
	}
	var n int64
	if err := tx.Model(&domain.Need{}).Where("id = ? AND collaboration_id = ?", *needID, c.ID).Count(&n).Error; err != nil {
		return domain.DBErr(err, "need")
	}
	if n == 0 {
		return &domain.Error{Code: domain.CodeNotFound, Field: "needId", Message: "This need is not one of the collaboration's needs."}
	}
	return nil
}

// RevokeInvitationLink withdraws a link; stewards only. Who joined by it stays a member.
func (s *Collabs) RevokeInvitationLink(ctx context.Context, id int64) (*domain.InvitationLink, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var l domain.InvitationLink
	if err := s.DB.WithContext(ctx).First(&l, id).Error; err != nil {
		return nil, domain.DBErr(err, "This invitation link")
	}
	err := s.InCollaboration(ctx, l.CollaborationID, func(tx *gorm.DB, c *domain.Collaboration) error {
		m, err := RequireSteward(tx, ctx, c)
		if err != nil {
			return err
		}
		if err := tx.First(&l, id).Error; err != nil {
			return domain.DBErr(err, "This invitation link")
		}
		if l.RevokedAt != nil {
			return domain.Errorf(domain.CodeConflict, "This link is already revoked.")
		}
		now := s.Now()
		if err := tx.Model(&domain.InvitationLink{}).Where("id = ?", l.ID).Update("revoked_at", now).Error; err != nil {
			return domain.DBErr(err, "invitation link")
		}
		l.RevokedAt = &now
		return s.Record(tx, &c.ID, m.PersonID, "invitation_link.revoked", "InvitationLink", l.ID)
	})
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// InvitationLinksByCollab returns each collaboration's links, newest first, to its
// stewards (and admins); others get none.
func (s *Collabs) InvitationLinksByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.InvitationLink, error) {
	out := make(map[int64][]*domain.InvitationLink, len(collabIDs))
	_, mine, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	v := domain.ViewerFrom(ctx)
	var ids []int64
	for _, id := range collabIDs {
		m := mine[id]
		if (v != nil && v.Role == domain.RoleAdmin) || (m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	var ls []*domain.InvitationLink
	if err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", ids).Order("id DESC").Find(&ls).Error; err != nil {
		return nil, domain.DBErr(err, "invitation links")
	}
	for _, l := range ls {
		out[l.CollaborationID] = append(out[l.CollaborationID], l)
	}
	return out, nil
}

// JoinedByLink returns the memberships that came in by each link.
func (s *Collabs) JoinedByLink(ctx context.Context, linkIDs []int64) (map[int64][]*domain.Membership, error) {
	var ms []*domain.Membership
	if err := s.DB.WithContext(ctx).Where("invitation_link_id IN ?", linkIDs).Order("id").Find(&ms).Error; err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	out := make(map[int64][]*domain.Membership, len(linkIDs))
	for _, m := range ms {
		out[*m.InvitationLinkID] = append(out[*m.InvitationLinkID], m)
	}
	return out, nil
}

// Invitation is what a valid link shows its holder, even of a PRIVATE collaboration: the
// title, goal and needs, and the need it is for.
type Invitation struct {
	Link          *domain.InvitationLink
	Collaboration *domain.Collaboration
	Needs         []*domain.Need
}

// FindInvitation returns what the link with token shows; an expired, revoked or used-up
// link says so and shows nothing.
func (s *Collabs) FindInvitation(ctx context.Context, token string) (*Invitation, error) {
	db := s.DB.WithContext(ctx)
	var l domain.InvitationLink
	if err := db.Where("token_hash = ?", auth.HashToken(token)).Limit(1).Find(&l).Error; err != nil {
		return nil, domain.DBErr(err, "invitation link")
	}
	if l.ID == 0 {
		return nil, errNoSuchLink
	}
	if err := errLinkUnusable(StatusOfLink(&l, s.Now())); err != nil {
		return nil, err
	}
	inv := &Invitation{Link: &l, Collaboration: &domain.Collaboration{}}
	if err := db.First(inv.Collaboration, l.CollaborationID).Error; err != nil {
		return nil, domain.DBErr(err, "collaboration")
	}
	if err := db.Where("collaboration_id = ?", l.CollaborationID).Order("id").Find(&inv.Needs).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	return inv, nil
}

// JoinByInvitationLink makes the viewer an ACTIVE member of the link's collaboration by
// committing at least one thing: no approval waits, but the commitment gate holds.
func (s *Collabs) JoinByInvitationLink(ctx context.Context, token string, commitments []CommitmentInput) (*domain.Membership, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var l domain.InvitationLink
	if err := s.DB.WithContext(ctx).Where("token_hash = ?", auth.HashToken(token)).Limit(1).Find(&l).Error; err != nil {
		return nil, domain.DBErr(err, "invitation link")
	}
	if l.ID == 0 {
		return nil, errNoSuchLink
	}
	var m *domain.Membership
	var confirmed bool
	// The link opens the collaboration to its holder, PRIVATE included: the lock and the
	// transaction are the collaboration's, its visibility is not asked.
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := domain.LockRow(tx, "collaborations", l.CollaborationID); err != nil {
			return err
		}
		var c domain.Collaboration
		if err := tx.First(&c, l.CollaborationID).Error; err != nil {
			return domain.DBErr(err, "collaboration")
		}
		if err := tx.First(&l, l.ID).Error; err != nil {
			return domain.DBErr(err, "invitation link")
		}
		now := s.Now()
		if err := errLinkUnusable(StatusOfLink(&l, now)); err != nil {
			return err
		}
		if err := requireOpen(&c); err != nil {
			return err
		}
		var err error
		if confirmed, err = s.claimInvitationAddress(tx, &l, v.ID); err != nil {
			return err
		}
		if m, err = domain.MembershipOrNil(tx, c.ID, v.ID); err != nil {
			return err
		}
		switch {
		case m == nil:
			m = &domain.Membership{CollaborationID: c.ID, PersonID: v.ID, Role: domain.MembershipMember, Status: domain.MembershipRequested, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(m).Error; err != nil {
				return domain.DBErr(err, "Your membership")
			}
		case m.Status == domain.MembershipActive:
			return domain.Errorf(domain.CodeConflict, "You are already a member of %q.", c.Title)
		case m.Status == domain.MembershipRemoved:
			return domain.Errorf(domain.CodeForbidden, "You were removed from %q; only a steward's invitation brings you back.", c.Title)
		}
		if err := s.addCommitments(tx, &c, m, commitments); err != nil {
			return err
		}
		if err := tx.Model(&domain.Membership{ID: m.ID}).Update("invitation_link_id", l.ID).Error; err != nil {
			return domain.DBErr(err, "membership")
		}
		m.InvitationLinkID = &l.ID
		res := tx.Model(&domain.InvitationLink{}).Where("id = ? AND (max_uses IS NULL OR uses < max_uses)", l.ID).Update("uses", gorm.Expr("uses + 1"))
		if res.Error != nil {
			return domain.DBErr(res.Error, "invitation link")
		}
		if res.RowsAffected == 0 {
			return errLinkUnusable(LinkUsedUp)
		}
		if err := s.SetMembership(tx, v.ID, m, domain.MembershipActive, domain.MembershipMember, "membership.joined_by_link"); err != nil {
			return err
		}
		return s.settle(tx, &c)
	})
	if err != nil {
		return nil, err
	}
	s.RefreshCollabs(ctx, l.CollaborationID)
	if confirmed {
		s.RefreshPeople(ctx, v.ID)
	}
	return m, nil
}
