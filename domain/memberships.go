package domain

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// MaxCommitmentsAtOnce bounds the commitments one join or acceptance may bring.
const MaxCommitmentsAtOnce = 10

func (s *Service) addCommitments(tx *gorm.DB, c *Collaboration, m *Membership, ins []CommitmentInput) error {
	if len(ins) == 0 {
		return Invalid("commitments", "Nobody joins %q without committing something: add at least one commitment.", c.Title)
	}
	if len(ins) > MaxCommitmentsAtOnce {
		return Invalid("commitments", "Make at most %d commitments at once.", MaxCommitmentsAtOnce)
	}
	for i, in := range ins {
		if _, err := s.addCommitment(tx, c, m, in, fmt.Sprintf("commitments.%d", i)); err != nil {
			return err
		}
	}
	return nil
}

// setMembership moves m to status (and role, if given) and records verb.
func (s *Service) setMembership(tx *gorm.DB, actorID int64, m *Membership, status MembershipStatus, role MembershipRole, verb string) error {
	changes := map[string]any{"status": status, "updated_at": s.now()}
	if role != "" {
		changes["role"] = role
	}
	if err := tx.Model(&Membership{ID: m.ID}).Updates(changes).Error; err != nil {
		return dbErr(err, "membership")
	}
	if status != MembershipActive {
		// Leaving, being removed or declined withdraws what was only pending; what was
		// binding stays in the record.
		if err := tx.Model(&Commitment{}).Where("membership_id = ? AND status = ?", m.ID, CommitmentPending).
			Updates(map[string]any{"status": CommitmentWithdrawn, "updated_at": s.now()}).Error; err != nil {
			return dbErr(err, "commitments")
		}
	}
	m.Status = status
	if role != "" {
		m.Role = role
	}
	return s.record(tx, &m.CollaborationID, actorID, verb, "Membership", m.ID)
}

// RequestToJoin asks to join a collaboration with at least one commitment; the
// commitments wait, PENDING, until a steward approves.
func (s *Service) RequestToJoin(ctx context.Context, collabID int64, commitments []CommitmentInput) (*Membership, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *Membership
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "requestToJoin", []any{collabID, commitments}, &m, func() (int64, error) {
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			now := s.now()
			var err error
			if m, err = membershipOrNil(tx, c.ID, v.ID); err != nil {
				return 0, err
			}
			switch {
			case m == nil:
				m = &Membership{CollaborationID: c.ID, PersonID: v.ID, Role: MembershipMember, Status: MembershipRequested, CreatedAt: now, UpdatedAt: now}
				if err := tx.Create(m).Error; err != nil {
					return 0, dbErr(err, "Your membership")
				}
			case m.Status == MembershipActive:
				return 0, Errorf(CodeConflict, "You are already a member of %q.", c.Title)
			case m.Status == MembershipRequested:
				return 0, Errorf(CodeConflict, "You have already asked to join %q; a steward will answer.", c.Title)
			case m.Status == MembershipInvited:
				return 0, Errorf(CodeConflict, "You are invited to %q: accept the invitation instead.", c.Title)
			case m.Status == MembershipRemoved:
				return 0, Errorf(CodeForbidden, "You were removed from %q; only a steward's invitation brings you back.", c.Title)
			default:
				if err := tx.Model(&Membership{ID: m.ID}).Updates(map[string]any{"status": MembershipRequested, "role": MembershipMember, "updated_at": now}).Error; err != nil {
					return 0, dbErr(err, "membership")
				}
				m.Status, m.Role = MembershipRequested, MembershipMember
			}
			if err := s.addCommitments(tx, c, m, commitments); err != nil {
				return 0, err
			}
			return m.ID, s.record(tx, &c.ID, v.ID, "membership.requested", "Membership", m.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// InviteMember invites a person; stewards only.
func (s *Service) InviteMember(ctx context.Context, collabID, personID int64) (*Membership, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *Membership
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "inviteMember", []any{collabID, personID}, &m, func() (int64, error) {
			if _, err := requireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			var p Person
			if err := tx.First(&p, personID).Error; err != nil || !CanSee(v, &p) {
				return 0, &Error{Code: CodeNotFound, Field: "personId", Message: "This person was not found."}
			}
			now := s.now()
			var err error
			if m, err = membershipOrNil(tx, c.ID, p.ID); err != nil {
				return 0, err
			}
			switch {
			case m == nil:
				m = &Membership{CollaborationID: c.ID, PersonID: p.ID, Role: MembershipMember, Status: MembershipInvited, InvitedByID: &v.ID, CreatedAt: now, UpdatedAt: now}
				if err := tx.Create(m).Error; err != nil {
					return 0, dbErr(err, "The membership")
				}
			case m.Status == MembershipActive:
				return 0, Errorf(CodeConflict, "%s is already a member.", p.DisplayName)
			case m.Status == MembershipInvited:
				return 0, Errorf(CodeConflict, "%s is already invited.", p.DisplayName)
			case m.Status == MembershipRequested:
				return 0, Errorf(CodeConflict, "%s has asked to join: approve the request instead.", p.DisplayName)
			default:
				if err := tx.Model(&Membership{ID: m.ID}).Updates(map[string]any{"status": MembershipInvited, "role": MembershipMember, "invited_by_id": v.ID, "updated_at": now}).Error; err != nil {
					return 0, dbErr(err, "membership")
				}
				m.Status, m.Role, m.InvitedByID = MembershipInvited, MembershipMember, &v.ID
			}
			return m.ID, s.record(tx, &c.ID, v.ID, "membership.invited", "Membership", m.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// inMembership loads a membership and runs f under its collaboration's lock.
func (s *Service) inMembership(ctx context.Context, id int64, f func(tx *gorm.DB, c *Collaboration, m *Membership) error) (*Membership, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var m Membership
	if err := s.db.WithContext(ctx).First(&m, id).Error; err != nil {
		return nil, dbErr(err, "This membership")
	}
	err := s.inCollaboration(ctx, m.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if err := tx.First(&m, id).Error; err != nil {
			return dbErr(err, "This membership")
		}
		return f(tx, c, &m)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// AcceptInvitation makes the viewer an ACTIVE member of the collaboration that invited
// them, by committing at least one thing.
func (s *Service) AcceptInvitation(ctx context.Context, membershipID int64, commitments []CommitmentInput) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if m.PersonID != viewerID(ctx) {
			return Errorf(CodeForbidden, "Only the person invited can accept an invitation.")
		}
		if m.Status != MembershipInvited {
			return Errorf(CodeConflict, "There is no open invitation to accept.")
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if err := s.addCommitments(tx, c, m, commitments); err != nil {
			return err
		}
		if err := s.setMembership(tx, m.PersonID, m, MembershipActive, "", "membership.joined"); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// DeclineInvitation turns an invitation down.
func (s *Service) DeclineInvitation(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if m.PersonID != viewerID(ctx) {
			return Errorf(CodeForbidden, "Only the person invited can decline an invitation.")
		}
		if m.Status != MembershipInvited {
			return Errorf(CodeConflict, "There is no open invitation to decline.")
		}
		return s.setMembership(tx, m.PersonID, m, MembershipDeclined, "", "membership.invitation_declined")
	})
}

// WithdrawInvitation takes back an invitation not yet answered; stewards only. It ends
// REMOVED, and the person may be invited again.
func (s *Service) WithdrawInvitation(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != MembershipInvited {
			return Errorf(CodeConflict, "There is no open invitation to withdraw.")
		}
		return s.setMembership(tx, viewerID(ctx), m, MembershipRemoved, "", "membership.invitation_withdrawn")
	})
}

// ApproveMember accepts a request to join; stewards only. The requester's commitments
// then bind as their conditions allow.
func (s *Service) ApproveMember(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != MembershipRequested {
			return Errorf(CodeConflict, "There is no request to approve.")
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		if n, err := liveCommitments(tx, m.ID); err != nil {
			return err
		} else if n == 0 {
			return Errorf(CodeConflict, "This request carries no commitment, and nobody is a member without one.")
		}
		if err := s.setMembership(tx, viewerID(ctx), m, MembershipActive, "", "membership.joined"); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// DeclineMember turns a request to join down; stewards only.
func (s *Service) DeclineMember(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != MembershipRequested {
			return Errorf(CodeConflict, "There is no request to decline.")
		}
		return s.setMembership(tx, viewerID(ctx), m, MembershipDeclined, "", "membership.request_declined")
	})
}

// countStewards counts the ACTIVE stewards of a collaboration.
func countStewards(tx *gorm.DB, collabID int64) (int64, error) {
	var n int64
	err := tx.Model(&Membership{}).Where("collaboration_id = ? AND status = ? AND role = ?", collabID, MembershipActive, MembershipSteward).Count(&n).Error
	return n, dbErr(err, "memberships")
}

// RemoveMember removes an ACTIVE member; stewards only, and not themselves (they leave).
func (s *Service) RemoveMember(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.PersonID == viewerID(ctx) {
			return Errorf(CodeConflict, "Stewards do not remove themselves; leave instead.")
		}
		if m.Status != MembershipActive {
			return Errorf(CodeConflict, "Only an active member can be removed.")
		}
		return s.setMembership(tx, viewerID(ctx), m, MembershipRemoved, "", "membership.removed")
	})
}

// PromoteMember makes an ACTIVE member a steward; stewards only.
func (s *Service) PromoteMember(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != MembershipActive || m.Role != MembershipMember {
			return Errorf(CodeConflict, "Only an active member who is not yet a steward can be promoted.")
		}
		return s.setMembership(tx, viewerID(ctx), m, MembershipActive, MembershipSteward, "membership.promoted")
	})
}

// DemoteMember makes a steward a plain member; stewards only. The last steward stays.
func (s *Service) DemoteMember(ctx context.Context, membershipID int64) (*Membership, error) {
	return s.inMembership(ctx, membershipID, func(tx *gorm.DB, c *Collaboration, m *Membership) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if m.Status != MembershipActive || m.Role != MembershipSteward {
			return Errorf(CodeConflict, "Only an active steward can be demoted.")
		}
		if n, err := countStewards(tx, c.ID); err != nil {
			return err
		} else if n <= 1 {
			return Errorf(CodeConflict, "This is the last steward of %q; promote someone else first.", c.Title)
		}
		return s.setMembership(tx, viewerID(ctx), m, MembershipActive, MembershipMember, "membership.demoted")
	})
}

// LeaveCollaboration ends the viewer's membership, or withdraws their request to join.
// PENDING commitments are withdrawn; BINDING ones stay in the record. The last steward
// cannot leave.
func (s *Service) LeaveCollaboration(ctx context.Context, collabID int64) (*Membership, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m *Membership
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		var err error
		if m, err = membershipOrNil(tx, c.ID, v.ID); err != nil {
			return err
		}
		if m == nil || (m.Status != MembershipActive && m.Status != MembershipRequested) {
			return Errorf(CodeConflict, "You are not a member of %q.", c.Title)
		}
		if m.Status == MembershipActive && m.Role == MembershipSteward {
			if n, err := countStewards(tx, c.ID); err != nil {
				return err
			} else if n <= 1 {
				return Errorf(CodeConflict, "You are the last steward of %q; make someone else a steward before you leave.", c.Title)
			}
		}
		return s.setMembership(tx, v.ID, m, MembershipLeft, "", "membership.left")
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}
