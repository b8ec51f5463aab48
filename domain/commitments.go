package domain

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"
)

// MaxConditionThreshold bounds "binds when N active members have committed".
const MaxConditionThreshold = 10000

// CommitmentInput is a pledge: what, how much, by when, toward which need, and on what
// condition. It is always the viewer's own: nobody commits for someone else.
type CommitmentInput struct {
	Kind        ResourceKind
	Quantity    string
	Unit        string
	Currency    string
	Description string
	DueAt       *time.Time
	NeedID      *int64
	Condition   ConditionKind
	Threshold   *int
}

// addCommitment validates in and stores it for membership m of c as PENDING; settle
// decides what binds.
func (s *Service) addCommitment(tx *gorm.DB, c *Collaboration, m *Membership, in CommitmentInput, field string) (*Commitment, error) {
	a, err := ParseAmount(field, in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	desc, err := ValidateProse(field+".description", "The description", in.Description, 0, MaxCommitDescription)
	if err != nil {
		return nil, err
	}
	now := s.now()
	if in.DueAt != nil && !in.DueAt.After(now) {
		return nil, Invalid(field+".dueAt", "The due date has already passed; choose a date in the future.")
	}
	if in.NeedID != nil {
		var n Need
		if err := tx.Where("id = ? AND collaboration_id = ?", *in.NeedID, c.ID).First(&n).Error; err != nil {
			return nil, &Error{Code: CodeNotFound, Field: field + ".needId", Message: "This need is not one of the collaboration's needs."}
		}
		if n.Kind != a.Kind || n.Unit != a.Unit || n.Currency != a.Currency {
			return nil, Invalid(field+".needId", "The need asks for %s in %s; a commitment toward it must be the same.", strings.ToLower(string(n.Kind)), n.Unit)
		}
	}
	cond := in.Condition
	if cond == "" {
		cond = ConditionNone
	}
	var threshold *int
	switch cond {
	case ConditionNone:
		if in.Threshold != nil {
			return nil, Invalid(field+".condition.threshold", "A threshold belongs to an ACTIVE_MEMBERS condition.")
		}
	case ConditionMembers:
		if in.Threshold == nil || *in.Threshold < 2 || *in.Threshold > MaxConditionThreshold {
			return nil, Invalid(field+".condition.threshold", "Say how many active members must have committed: from 2 to %d.", MaxConditionThreshold)
		}
		threshold = in.Threshold
	case ConditionNeedFilled:
		if in.NeedID == nil {
			return nil, Invalid(field+".condition", "A NEED_PLEDGED condition needs the commitment to be toward a need.")
		}
	default:
		return nil, Invalid(field+".condition.kind", "A condition is NONE, ACTIVE_MEMBERS or NEED_PLEDGED.")
	}
	cm := &Commitment{
		CollaborationID: c.ID, MembershipID: m.ID, PersonID: m.PersonID, NeedID: in.NeedID,
		Kind: a.Kind, Quantity: a.Steps, Unit: a.Unit, Currency: a.Currency, Description: desc,
		DueAt: utcPtr(in.DueAt), ConditionKind: cond, ConditionThreshold: threshold,
		Status: CommitmentPending, CreatedAt: now, UpdatedAt: now,
	}
	if err := tx.Create(cm).Error; err != nil {
		return nil, dbErr(err, "commitment")
	}
	if err := s.record(tx, &c.ID, m.PersonID, "commitment.made", "Commitment", cm.ID); err != nil {
		return nil, err
	}
	return cm, nil
}

// settle binds, at once and for good, every PENDING commitment of an ACTIVE member whose
// condition now holds (unconditional ones bind as soon as their member is ACTIVE), and
// marks needs filled that binding commitments cover. It runs in every transaction that
// changes members, commitments or needs, under the collaboration's lock.
func (s *Service) settle(tx *gorm.DB, c *Collaboration) error {
	var pending []*Commitment
	err := tx.Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.collaboration_id = ? AND commitments.status = ? AND memberships.status = ?", c.ID, CommitmentPending, MembershipActive).
		Find(&pending).Error
	if err != nil {
		return dbErr(err, "commitments")
	}
	if len(pending) > 0 {
		var active int64
		if err := tx.Model(&Membership{}).Where("collaboration_id = ? AND status = ?", c.ID, MembershipActive).Count(&active).Error; err != nil {
			return dbErr(err, "memberships")
		}
		pledged, err := pledgedByNeed(tx, c.ID)
		if err != nil {
			return err
		}
		var needs []*Need
		if err := tx.Where("collaboration_id = ?", c.ID).Find(&needs).Error; err != nil {
			return dbErr(err, "needs")
		}
		needQty := map[int64]int64{}
		for _, n := range needs {
			needQty[n.ID] = n.Quantity
		}
		var bind []int64
		for _, cm := range pending {
			holds := false
			switch cm.ConditionKind {
			case ConditionNone:
				holds = true
			case ConditionMembers:
				holds = cm.ConditionThreshold != nil && active >= int64(*cm.ConditionThreshold)
			case ConditionNeedFilled:
				holds = cm.NeedID != nil && !pledged[*cm.NeedID].all.Less(needQty[*cm.NeedID])
			}
			if holds {
				bind = append(bind, cm.ID)
			}
		}
		if len(bind) > 0 {
			now := s.now()
			res := tx.Model(&Commitment{}).Where("id IN ? AND status = ?", bind, CommitmentPending).
				Updates(map[string]any{"status": CommitmentBinding, "bound_at": now, "updated_at": now})
			if res.Error != nil {
				return dbErr(res.Error, "commitments")
			}
			for _, id := range bind {
				if err := s.recordSystem(tx, c.ID, "commitment.bound", "Commitment", id); err != nil {
					return err
				}
			}
		}
	}
	return s.fillCoveredNeeds(tx, c)
}

func (s *Service) fillCoveredNeeds(tx *gorm.DB, c *Collaboration) error {
	pledged, err := pledgedByNeed(tx, c.ID)
	if err != nil {
		return err
	}
	var open []*Need
	if err := tx.Where("collaboration_id = ? AND filled = ?", c.ID, false).Find(&open).Error; err != nil {
		return dbErr(err, "needs")
	}
	for _, n := range open {
		if pledged[n.ID].bound.Less(n.Quantity) {
			continue
		}
		if err := tx.Model(&Need{ID: n.ID}).Updates(map[string]any{"filled": true, "updated_at": s.now()}).Error; err != nil {
			return dbErr(err, "need")
		}
		if err := s.recordSystem(tx, c.ID, "need.filled", "Need", n.ID); err != nil {
			return err
		}
	}
	return nil
}

// Pledge is how much of a need is pledged: by all live commitments of ACTIVE members,
// and by the BINDING ones alone.
type Pledge struct {
	all, bound Sum
}

// All is what ACTIVE members have pledged, PENDING or BINDING.
func (p Pledge) All() Sum { return p.all }

// Bound is what BINDING commitments pledge.
func (p Pledge) Bound() Sum { return p.bound }

func pledgedByNeed(tx *gorm.DB, collabIDs ...int64) (map[int64]Pledge, error) {
	var rows []struct {
		NeedID           int64
		AllHi, AllLo     int64
		BoundHi, BoundLo int64
	}
	err := tx.Model(&Commitment{}).
		Select("commitments.need_id AS need_id, "+sumParts("commitments.quantity", "all")+", "+
			// sumParts writes the expression twice, and with it its placeholder.
			sumParts("CASE WHEN commitments.status = ? THEN commitments.quantity ELSE 0 END", "bound"), CommitmentBinding, CommitmentBinding).
		Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.collaboration_id IN ? AND commitments.need_id IS NOT NULL AND memberships.status = ? AND commitments.status IN ?",
			collabIDs, MembershipActive, []CommitmentStatus{CommitmentPending, CommitmentBinding}).
		Group("commitments.need_id").Scan(&rows).Error
	if err != nil {
		return nil, dbErr(err, "pledges")
	}
	out := make(map[int64]Pledge, len(rows))
	for _, r := range rows {
		out[r.NeedID] = Pledge{all: sumFromParts(r.AllHi, r.AllLo), bound: sumFromParts(r.BoundHi, r.BoundLo)}
	}
	return out, nil
}

// MakeCommitment adds a commitment of the viewer, an ACTIVE member, to a collaboration.
func (s *Service) MakeCommitment(ctx context.Context, collabID int64, in CommitmentInput) (*Commitment, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var out *Commitment
	err := s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "makeCommitment", []any{collabID, in}, &out, func() (int64, error) {
			m, err := requireActive(tx, ctx, c)
			if err != nil {
				return 0, err
			}
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			if out, err = s.addCommitment(tx, c, m, in, "commitment"); err != nil {
				return 0, err
			}
			if err := s.settle(tx, c); err != nil {
				return 0, err
			}
			return out.ID, dbErr(tx.First(out, out.ID).Error, "commitment")
		})
	})
	return out, err
}

// inCommitment loads a commitment and runs f under its collaboration's lock.
func (s *Service) inCommitment(ctx context.Context, id int64, f func(tx *gorm.DB, c *Collaboration, cm *Commitment) error) (*Commitment, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var cm Commitment
	if err := s.db.WithContext(ctx).First(&cm, id).Error; err != nil {
		return nil, dbErr(err, "This commitment")
	}
	err := s.inCollaboration(ctx, cm.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if err := tx.First(&cm, id).Error; err != nil {
			return dbErr(err, "This commitment")
		}
		if err := f(tx, c, &cm); err != nil {
			return err
		}
		return dbErr(tx.First(&cm, id).Error, "commitment")
	})
	if err != nil {
		return nil, err
	}
	return &cm, nil
}

// WithdrawCommitment withdraws the viewer's own PENDING commitment. An active member
// keeps at least one live commitment: to give everything up, they leave.
func (s *Service) WithdrawCommitment(ctx context.Context, id int64) (*Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *Collaboration, cm *Commitment) error {
		if cm.PersonID != viewerID(ctx) {
			return Errorf(CodeForbidden, "Only the person who made a commitment can withdraw it.")
		}
		if cm.Status != CommitmentPending {
			return Errorf(CodeConflict, "Only a pending commitment can be withdrawn; this one is %s.", strings.ToLower(string(cm.Status)))
		}
		live, err := liveCommitments(tx, cm.MembershipID)
		if err != nil {
			return err
		}
		if live <= 1 {
			return Errorf(CodeConflict, "This is your only commitment to %q, and nobody is a member without one. Make another first, or leave.", c.Title)
		}
		if err := tx.Model(&Commitment{ID: cm.ID}).Updates(map[string]any{"status": CommitmentWithdrawn, "updated_at": s.now()}).Error; err != nil {
			return dbErr(err, "commitment")
		}
		return s.record(tx, &c.ID, viewerID(ctx), "commitment.withdrawn", "Commitment", cm.ID)
	})
}

// CommitmentRevision raises a commitment or changes its description or due date.
type CommitmentRevision struct {
	Quantity    *string
	Description *string
	DueAt       *time.Time
}

// ReviseCommitment changes the viewer's own live commitment. Its quantity only goes up:
// what was pledged stays pledged. A later due date is allowed; an earlier one too, but
// never one in the past.
func (s *Service) ReviseCommitment(ctx context.Context, id int64, rev CommitmentRevision) (*Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *Collaboration, cm *Commitment) error {
		if cm.PersonID != viewerID(ctx) {
			return Errorf(CodeForbidden, "Only the person who made a commitment can revise it.")
		}
		if cm.Status != CommitmentPending && cm.Status != CommitmentBinding {
			return Errorf(CodeConflict, "A %s commitment cannot be revised.", strings.ToLower(string(cm.Status)))
		}
		changes := map[string]any{"updated_at": s.now()}
		if rev.Quantity != nil {
			a, err := ParseAmount("quantity", cm.Kind, cm.Unit, cm.Currency, *rev.Quantity)
			if err != nil {
				return err
			}
			if a.Steps < cm.Quantity {
				return Invalid("quantity", "A commitment is only revised upward: it stands at %s %s.", FormatSteps(cm.Kind, cm.Currency, cm.Quantity), cm.Unit)
			}
			changes["quantity"] = a.Steps
		}
		if rev.Description != nil {
			d, err := ValidateProse("description", "The description", *rev.Description, 0, MaxCommitDescription)
			if err != nil {
				return err
			}
			changes["description"] = d
		}
		if rev.DueAt != nil {
			if !rev.DueAt.After(s.now()) {
				return Invalid("dueAt", "The due date has already passed; choose a date in the future.")
			}
			changes["due_at"] = rev.DueAt.UTC()
		}
		if err := tx.Model(&Commitment{ID: cm.ID}).Updates(changes).Error; err != nil {
			return dbErr(err, "commitment")
		}
		if err := s.record(tx, &c.ID, viewerID(ctx), "commitment.revised", "Commitment", cm.ID); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// ReleaseCommitment lets a steward release a member from a BINDING commitment, with a
// reason that stays in the record.
func (s *Service) ReleaseCommitment(ctx context.Context, id int64) (*Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *Collaboration, cm *Commitment) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if cm.Status != CommitmentBinding {
			return Errorf(CodeConflict, "Only a binding commitment is released; this one is %s.", strings.ToLower(string(cm.Status)))
		}
		if n, err := liveCommitments(tx, cm.MembershipID); err != nil {
			return err
		} else if n <= 1 && s.membershipStatus(tx, cm.MembershipID) == MembershipActive {
			return Errorf(CodeConflict, "This is the member's only commitment, and nobody is a member without one: they make another first, or leave.")
		}
		if err := tx.Model(&Commitment{ID: cm.ID}).Updates(map[string]any{"status": CommitmentReleased, "updated_at": s.now()}).Error; err != nil {
			return dbErr(err, "commitment")
		}
		return s.record(tx, &c.ID, viewerID(ctx), "commitment.released", "Commitment", cm.ID)
	})
}

// liveCommitments counts a membership's PENDING and BINDING commitments.
func liveCommitments(tx *gorm.DB, membershipID int64) (int64, error) {
	var n int64
	err := tx.Model(&Commitment{}).Where("membership_id = ? AND status IN ?", membershipID,
		[]CommitmentStatus{CommitmentPending, CommitmentBinding}).Count(&n).Error
	return n, dbErr(err, "commitments")
}

func (s *Service) membershipStatus(tx *gorm.DB, id int64) MembershipStatus {
	var m Membership
	if tx.First(&m, id).Error != nil {
		return ""
	}
	return m.Status
}
