package collab

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"kindred/domain"
)

// MaxCommitmentsAtOnce bounds the commitments one join or acceptance may bring.
const MaxCommitmentsAtOnce = 10

func (s *Collabs) addCommitments(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership, ins []CommitmentInput) error {
	if len(ins) == 0 {
		return domain.Invalid("commitments", "Nobody joins %q without committing something: add at least one commitment.", c.Title)
	}
	if len(ins) > MaxCommitmentsAtOnce {
		return domain.Invalid("commitments", "Make at most %d commitments at once.", MaxCommitmentsAtOnce)
	}
	for i, in := range ins {
		if _, err := s.addCommitment(tx, c, m, in, fmt.Sprintf("commitments.%d", i)); err != nil {
			return err
		}
	}
	return nil
}

// SetMembership moves m to status (and role, if given) and records verb.
func (s *Collabs) SetMembership(tx *gorm.DB, actorID int64, m *domain.Membership, status domain.MembershipStatus, role domain.MembershipRole, verb string) error {
	if err := s.setMembership(tx, m, status, role); err != nil {
		return err
	}
	return s.Record(tx, &m.CollaborationID, actorID, verb, "Membership", m.ID)
}

// setMembership is SetMembership without the record, for a change nobody made (the job
// queue's).
func (s *Collabs) setMembership(tx *gorm.DB, m *domain.Membership, status domain.MembershipStatus, role domain.MembershipRole) error {
	changes := map[string]any{"status": status, "updated_at": s.Now()}
	if role != "" {
		changes["role"] = role
	}
	if err := tx.Model(&domain.Membership{ID: m.ID}).Updates(changes).Error; err != nil {
		return domain.DBErr(err, "membership")
	}
	if status != domain.MembershipActive {
		// Leaving, being removed or declined withdraws what was only pending; what was
		// binding stays in the record.
		if err := tx.Model(&domain.Commitment{}).Where("membership_id = ? AND status = ?", m.ID, domain.CommitmentPending).
			Updates(map[string]any{"status": domain.CommitmentWithdrawn, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "commitments")
		}
	}
	m.Status = status
	if role != "" {
		m.Role = role
	}
	return nil
}

// RequestToJoin asks to join a collaboration with at least one commitment; the
// commitments wait, PENDING, until a steward approves.
func (s *Collabs) RequestToJoin(ctx context.Context, collabID int64, commitments []CommitmentInput) (*domain.Membership, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *domain.Membership
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "requestToJoin", []any{collabID, commitments}, &m, func() (int64, error) {
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			now := s.Now()
			var err error
			if m, err = domain.MembershipOrNil(tx, c.ID, v.ID); err != nil {
				return 0, err
			}
			switch {
			case m == nil:
				m = &domain.Membership{CollaborationID: c.ID, PersonID: v.ID, Role: domain.MembershipMember, Status: domain.MembershipRequested, CreatedAt: now, UpdatedAt: now}
				if err := tx.Create(m).Error; err != nil {
					return 0, domain.DBErr(err, "Your membership")
				}
			case m.Status == domain.MembershipActive:
				return 0, domain.Errorf(domain.CodeConflict, "You are already a member of %q.", c.Title)
			case m.Status == domain.MembershipRequested:
				return 0, domain.Errorf(domain.CodeConflict, "You have already asked to join %q; a steward will answer.", c.Title)
			case m.Status == domain.MembershipInvited:
				return 0, domain.Errorf(domain.CodeConflict, "You are invited to %q: accept the invitation instead.", c.Title)
			case m.Status == domain.MembershipRemoved:
				return 0, domain.Errorf(domain.CodeForbidden, "You were removed from %q; only a steward's invitation brings you back.", c.Title)
			default:
				if err := tx.Model(&domain.Membership{ID: m.ID}).Updates(map[string]any{"status": domain.MembershipRequested, "role": domain.MembershipMember, "updated_at": now}).Error; err != nil {
					return 0, domain.DBErr(err, "membership")
				}
				m.Status, m.Role = domain.MembershipRequested, domain.MembershipMember
			}
			if err := s.addCommitments(tx, c, m, commitments); err != nil {
				return 0, err
			}
			return m.ID, s.Record(tx, &c.ID, v.ID, "membership.requested", "Membership", m.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// InviteMember invites a person; stewards only.
func (s *Collabs) InviteMember(ctx context.Context, collabID, personID int64) (*domain.Membership, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *domain.Membership
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "inviteMember", []any{collabID, personID}, &m, func() (int64, error) {
			if _, err := RequireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			var p domain.Person
			if err := tx.First(&p, personID).Error; err != nil || !domain.CanSee(v, &p) {
				return 0, &domain.Error{Code: domain.CodeNotFound, Field: "personId", Message: "This person was not found."}
			}
			var err error
			m, err = s.invite(tx, c, v, &p)
			if err != nil {
				return 0, err
			}
			return m.ID, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// invite makes p INVITED to c by steward v, in tx under c's lock: the in-app invitation,
// which notifies p.
func (s *Collabs) invite(tx *gorm.DB, c *domain.Collaboration, v, p *domain.Person) (*domain.Membership, error) {
	// Someone p blocked may not invite them; the answer does not say why (blocks are
	// private).
	if blocked, err := domain.Blocks(tx, p.ID, v.ID); err != nil {
		return nil, err
	} else if blocked {
		return nil, domain.Errorf(domain.CodeForbidden, "You cannot invite %s.", p.DisplayName)
	}
	now := s.Now()
	m, err := domain.MembershipOrNil(tx, c.ID, p.ID)
	if err != nil {
		return nil, err
	}
	switch {
	case m == nil:
		m = &domain.Membership{CollaborationID: c.ID, PersonID: p.ID, Role: domain.MembershipMember, Status: domain.MembershipInvited, InvitedByID: &v.ID, CreatedAt: now, UpdatedAt: now}
		if err := tx.Create(m).Error; err != nil {
			return nil, domain.DBErr(err, "The membership")
		}
	case m.Status == domain.MembershipActive:
		return nil, domain.Errorf(domain.CodeConflict, "%s is already a member.", p.DisplayName)
	case m.Status == domain.MembershipInvited:
		return nil, domain.Errorf(domain.CodeConflict, "%s is already invited.", p.DisplayName)
	case m.Status == domain.MembershipRequested:
		return nil, domain.Errorf(domain.CodeConflict, "%s has asked to join: approve the request instead.", p.DisplayName)
	default:
		if err := tx.Model(&domain.Membership{ID: m.ID}).Updates(map[string]any{"status": domain.MembershipInvited, "role": domain.MembershipMember, "invited_by_id": v.ID, "updated_at": now}).Error; err != nil {
			return nil, domain.DBErr(err, "membership")
		}
		m.Status, m.Role, m.InvitedByID = domain.MembershipInvited, domain.MembershipMember, &v.ID
	}
	return m, s.Record(tx, &c.ID, v.ID, "membership.invited", "Membership", m.ID)
}

// inMembership loads a membership and runs f under its collaboration's lock.
func (s *Collabs) inMembership(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error) (*domain.Membership, error) {
	return domain.InOwner(ctx, s.Core, id, "This membership", f)
}

// AcceptInvitation makes the viewer an ACTIVE member of the collaboration that invited
// them, by committing at least one thing.
func (s *Collabs) AcceptInvitation(ctx context.Context, membershipID int64, commitments []CommitmentInput) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if m.PersonID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the person invited can accept an invitation.")
		}
		if m.Status != domain.MembershipInvited {
			return domain.Errorf(domain.CodeConflict, "There is no open invitation to accept.")
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if err := s.addCommitments(tx, c, m, commitments); err != nil {
			return err
		}
		if err := s.SetMembership(tx, m.PersonID, m, domain.MembershipActive, "", "membership.joined"); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// DeclineInvitation turns an invitation down.
func (s *Collabs) DeclineInvitation(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if m.PersonID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the person invited can decline an invitation.")
		}
		if m.Status != domain.MembershipInvited {
			return domain.Errorf(domain.CodeConflict, "There is no open invitation to decline.")
		}
		return s.SetMembership(tx, m.PersonID, m, domain.MembershipDeclined, "", "membership.invitation_declined")
	})
}

// WithdrawInvitation takes back an invitation not yet answered; stewards only. It ends
// REMOVED, and the person may be invited again.
func (s *Collabs) WithdrawInvitation(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != domain.MembershipInvited {
			return domain.Errorf(domain.CodeConflict, "There is no open invitation to withdraw.")
		}
		return s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipRemoved, "", "membership.invitation_withdrawn")
	})
}

// ApproveMember accepts a request to join; stewards only. The requester's commitments
// then bind as their conditions allow.
func (s *Collabs) ApproveMember(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != domain.MembershipRequested {
			return domain.Errorf(domain.CodeConflict, "There is no request to approve.")
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if n, err := liveCommitments(tx, m.ID); err != nil {
			return err
		} else if n == 0 {
			return domain.Errorf(domain.CodeConflict, "This request carries no commitment, and nobody is a member without one.")
		}
		if err := s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipActive, "", "membership.joined"); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// DeclineMember turns a request to join down; stewards only.
func (s *Collabs) DeclineMember(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != domain.MembershipRequested {
			return domain.Errorf(domain.CodeConflict, "There is no request to decline.")
		}
		return s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipDeclined, "", "membership.request_declined")
	})
}

// CountStewards counts the ACTIVE stewards of a collaboration.
func CountStewards(tx *gorm.DB, collabID int64) (int64, error) {
	var n int64
	err := tx.Model(&domain.Membership{}).Where("collaboration_id = ? AND status = ? AND role = ?", collabID, domain.MembershipActive, domain.MembershipSteward).Count(&n).Error
	return n, domain.DBErr(err, "memberships")
}

// RemoveMember removes an ACTIVE member; stewards only, and not themselves (they leave).
func (s *Collabs) RemoveMember(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.PersonID == domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeConflict, "Stewards do not remove themselves; leave instead.")
		}
		if m.Status != domain.MembershipActive {
			return domain.Errorf(domain.CodeConflict, "Only an active member can be removed.")
		}
		return s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipRemoved, "", "membership.removed")
	})
}

// PromoteMember makes an ACTIVE member a steward; stewards only.
func (s *Collabs) PromoteMember(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != domain.MembershipActive || m.Role != domain.MembershipMember {
			return domain.Errorf(domain.CodeConflict, "Only an active member who is not yet a steward can be promoted.")
		}
		return s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipActive, domain.MembershipSteward, "membership.promoted")
	})
}

// DemoteMember makes a steward a plain member; stewards only. The last steward stays.
func (s *Collabs) DemoteMember(ctx context.Context, membershipID int64) (*domain.Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != domain.MembershipActive || m.Role != domain.MembershipSteward {
			return domain.Errorf(domain.CodeConflict, "Only an active steward can be demoted.")
		}
		if n, err := CountStewards(tx, c.ID); err != nil {
			return err
		} else if n <= 1 {
			return domain.Errorf(domain.CodeConflict, "This is the last steward of %q; promote someone else first.", c.Title)
		}
		return s.SetMembership(tx, domain.ViewerID(ctx), m, domain.MembershipActive, domain.MembershipMember, "membership.demoted")
	})
}

// LeaveCollaboration ends the viewer's membership, or withdraws their request to join.
// PENDING commitments are withdrawn; BINDING ones stay in the record. The last steward
// cannot leave.
func (s *Collabs) LeaveCollaboration(ctx context.Context, collabID int64) (*domain.Membership, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *domain.Membership
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		var err error
		if m, err = domain.MembershipOrNil(tx, c.ID, v.ID); err != nil {
			return err
		}
		if m == nil || (m.Status != domain.MembershipActive && m.Status != domain.MembershipRequested) {
			return domain.Errorf(domain.CodeConflict, "You are not a member of %q.", c.Title)
		}
		if m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward {
			if n, err := CountStewards(tx, c.ID); err != nil {
				return err
			} else if n <= 1 {
				return domain.Errorf(domain.CodeConflict, "You are the last steward of %q; make someone else a steward before you leave.", c.Title)
			}
		}
		return s.SetMembership(tx, v.ID, m, domain.MembershipLeft, "", "membership.left")
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}
