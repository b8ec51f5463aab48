package collab

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// MaxConditionThreshold bounds "binds when N active members have committed".
const MaxConditionThreshold = 10000

// CommitmentInput is a pledge: what, how much, by when, toward which need, and on what
// condition. It is always the viewer's own: nobody commits for someone else.
type CommitmentInput struct {
	Kind        domain.ResourceKind
	Quantity    string
	Unit        string
	Currency    string
	Description string
	DueAt       *time.Time
	NeedID      *int64
	Condition   domain.ConditionKind
	Threshold   *int
	// ConditionDeadline, for a conditional commitment: it lapses if its condition has
	// not held by then.
	ConditionDeadline *time.Time
	// Period makes it recurring: Quantity each week or month from StartsOn (default
	// today) to EndsOn (default: until cancelled), local dates in the collaboration's zone.
	Period           domain.Recurrence
	StartsOn, EndsOn *string
	// ServesOutcomeIDs names outcomes of the collaboration it serves (see
	// domain.SetOutcomeLinks), stored with it.
	ServesOutcomeIDs []int64
}

// addCommitment validates in and stores it for membership m of c as PENDING; settle
// decides what binds.
func (s *Collabs) addCommitment(tx *gorm.DB, c *domain.Collaboration, m *domain.Membership, in CommitmentInput, field string) (*domain.Commitment, error) {
	a, err := domain.ParseAmount(field, in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	desc, err := domain.ValidateProse(field+".description", "The description", in.Description, 0, MaxCommitDescription)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	if in.DueAt != nil && !in.DueAt.After(now) {
		return nil, domain.Invalid(field+".dueAt", "The due date has already passed; choose a date in the future.")
	}
	if in.NeedID != nil {
		var n domain.Need
		if err := tx.Where("id = ? AND collaboration_id = ?", *in.NeedID, c.ID).First(&n).Error; err != nil {
			return nil, &domain.Error{Code: domain.CodeNotFound, Field: field + ".needId", Message: "This need is not one of the collaboration's needs."}
		}
		if n.Kind != a.Kind || n.Unit != a.Unit || n.Currency != a.Currency {
			return nil, domain.Invalid(field+".needId", "The need asks for %s in %s; a commitment toward it must be the same.", strings.ToLower(string(n.Kind)), n.Unit)
		}
	}
	cond := in.Condition
	if cond == "" {
		cond = domain.ConditionNone
	}
	var threshold *int
	switch cond {
	case domain.ConditionNone:
		if in.Threshold != nil {
			return nil, domain.Invalid(field+".condition.threshold", "A threshold belongs to an ACTIVE_MEMBERS condition.")
		}
	case domain.ConditionMembers:
		if in.Threshold == nil || *in.Threshold < 2 || *in.Threshold > MaxConditionThreshold {
			return nil, domain.Invalid(field+".condition.threshold", "Say how many active members must have committed: from 2 to %d.", MaxConditionThreshold)
		}
		threshold = in.Threshold
	case domain.ConditionNeedFilled:
		if in.NeedID == nil {
			return nil, domain.Invalid(field+".condition", "A NEED_PLEDGED condition needs the commitment to be toward a need.")
		}
	case domain.ConditionAllNeeds:
		if c.Status != domain.CollaborationForming {
			return nil, domain.Invalid(field+".condition.kind", "Every need pledged is a condition of a team forming: %q is already %s.", c.Title, strings.ToLower(string(c.Status)))
		}
	case domain.ConditionProposalAdopted:
		return nil, domain.Invalid(field+".condition.kind", "A pledge toward a proposal is made on the proposal (pledgeToProposal), toward one of its needs.")
	default:
		return nil, domain.Invalid(field+".condition.kind", "A condition is NONE, ACTIVE_MEMBERS, NEED_PLEDGED or ALL_NEEDS_PLEDGED.")
	}
	if in.ConditionDeadline != nil {
		if cond == domain.ConditionNone {
			return nil, domain.Invalid(field+".condition.by", "Only a conditional commitment has a deadline: without a condition it binds at once.")
		}
		if !in.ConditionDeadline.After(now) {
			return nil, domain.Invalid(field+".condition.by", "The deadline for the condition has already passed; choose a time in the future.")
		}
	}
	startsOn, endsOn, err := recurrence(field, c, in, now)
	if err != nil {
		return nil, err
	}
	cm := &domain.Commitment{
		CollaborationID: c.ID, MembershipID: m.ID, PersonID: m.PersonID, NeedID: in.NeedID,
		Kind: a.Kind, Quantity: a.Steps, Unit: a.Unit, Currency: a.Currency, Description: desc,
		DueAt: domain.UTCPtr(in.DueAt), ConditionKind: cond, ConditionThreshold: threshold,
		ConditionDeadline: domain.UTCPtr(in.ConditionDeadline), Period: in.Period, StartsOn: startsOn, EndsOn: endsOn,
		Status: domain.CommitmentPending, CreatedAt: now, UpdatedAt: now,
	}
	if err := tx.Create(cm).Error; err != nil {
		return nil, domain.DBErr(err, "commitment")
	}
	if _, err := domain.SetOutcomeLinks(tx, domain.LinkCommitment, c.ID, cm.ID, in.ServesOutcomeIDs); err != nil {
		return nil, domain.LinkFieldAs(err, "servesOutcomeIds")
	}
	if err := s.Record(tx, &c.ID, m.PersonID, "commitment.made", "Commitment", cm.ID); err != nil {
		return nil, err
	}
	return cm, nil
}

// settle binds, at once and for good, every PENDING commitment of an ACTIVE member whose
// condition now holds (unconditional ones bind as soon as their member is ACTIVE), and
// marks needs filled that binding commitments cover. It runs in every transaction that
// changes members, commitments or needs, under the collaboration's lock.
func (s *Collabs) settle(tx *gorm.DB, c *domain.Collaboration) error {
	var pending []*domain.Commitment
	err := tx.Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.collaboration_id = ? AND commitments.status = ? AND memberships.status = ?", c.ID, domain.CommitmentPending, domain.MembershipActive).
		Find(&pending).Error
	if err != nil {
		return domain.DBErr(err, "commitments")
	}
	if len(pending) > 0 {
		var active int64
		if err := tx.Model(&domain.Membership{}).Where("collaboration_id = ? AND status = ?", c.ID, domain.MembershipActive).Count(&active).Error; err != nil {
			return domain.DBErr(err, "memberships")
		}
		pledged, err := pledgedByNeed(tx, c.ID)
		if err != nil {
			return err
		}
		var needs []*domain.Need
		if err := tx.Where("collaboration_id = ?", c.ID).Find(&needs).Error; err != nil {
			return domain.DBErr(err, "needs")
		}
		needQty := map[int64]int64{}
		for _, n := range needs {
			needQty[n.ID] = n.Quantity
		}
		allPledged := len(Uncovered(needs, pledged)) == 0
		var bind []int64
		now := s.Now()
		for _, cm := range pending {
			if cm.ConditionDeadline != nil && !now.Before(*cm.ConditionDeadline) {
				continue // too late: it lapses (LapseDueConditions)
			}
			holds := false
			switch cm.ConditionKind {
			case domain.ConditionNone:
				holds = true
			case domain.ConditionMembers:
				holds = cm.ConditionThreshold != nil && active >= int64(*cm.ConditionThreshold)
			case domain.ConditionNeedFilled:
				holds = cm.NeedID != nil && !pledged[*cm.NeedID].all.Less(needQty[*cm.NeedID])
			case domain.ConditionAllNeeds:
				// Every such commitment binds in this one UPDATE, or none does.
				holds = allPledged
			}
			if holds {
				bind = append(bind, cm.ID)
			}
		}
		if len(bind) > 0 {
			res := tx.Model(&domain.Commitment{}).Where("id IN ? AND status = ?", bind, domain.CommitmentPending).
				Updates(map[string]any{"status": domain.CommitmentBinding, "bound_at": now, "updated_at": now})
			if res.Error != nil {
				return domain.DBErr(res.Error, "commitments")
			}
			for _, id := range bind {
				if err := s.RecordSystem(tx, c.ID, "commitment.bound", "Commitment", id); err != nil {
					return err
				}
			}
		}
	}
	return s.fillCoveredNeeds(tx, c)
}

// Covers reports whether p covers need n: n is filled, or what ACTIVE members pledged
// (pending or binding) reaches its quantity.
func (p Pledge) Covers(n *domain.Need) bool { return n.Filled || !p.all.Less(n.Quantity) }

// Uncovered returns the needs of needs that pledges do not yet cover, in their order:
// what a team forming at once still waits for.
func Uncovered(needs []*domain.Need, pledged map[int64]Pledge) []*domain.Need {
	var out []*domain.Need
	for _, n := range needs {
		if !pledged[n.ID].Covers(n) {
			out = append(out, n)
		}
	}
	return out
}

// UncoveredNeeds returns the needs of a collaboration that pledges do not yet cover,
// oldest first.
func UncoveredNeeds(tx *gorm.DB, collabID int64) ([]*domain.Need, error) {
	pledged, err := pledgedByNeed(tx, collabID)
	if err != nil {
		return nil, err
	}
	var open []*domain.Need
	if err := tx.Where("collaboration_id = ? AND filled = ?", collabID, false).Order("id").Find(&open).Error; err != nil {
		return nil, domain.DBErr(err, "needs")
	}
	return Uncovered(open, pledged), nil
}

func (s *Collabs) fillCoveredNeeds(tx *gorm.DB, c *domain.Collaboration) error {
	pledged, err := pledgedByNeed(tx, c.ID)
	if err != nil {
		return err
	}
	var open []*domain.Need
	if err := tx.Where("collaboration_id = ? AND filled = ?", c.ID, false).Find(&open).Error; err != nil {
		return domain.DBErr(err, "needs")
	}
	for _, n := range open {
		if pledged[n.ID].bound.Less(n.Quantity) {
			continue
		}
		if err := tx.Model(&domain.Need{ID: n.ID}).Updates(map[string]any{"filled": true, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "need")
		}
		if err := s.RecordSystem(tx, c.ID, "need.filled", "Need", n.ID); err != nil {
			return err
		}
	}
	return nil
}

// Pledge is how much of a need is pledged: by all live commitments of ACTIVE members,
// and by the BINDING ones alone.
type Pledge struct {
	all, bound domain.Sum
}

// All is what ACTIVE members have pledged, PENDING or BINDING.
func (p Pledge) All() domain.Sum { return p.all }

// Bound is what BINDING commitments pledge.
func (p Pledge) Bound() domain.Sum { return p.bound }

func pledgedByNeed(tx *gorm.DB, collabIDs ...int64) (map[int64]Pledge, error) {
	var rows []struct {
		NeedID           int64
		AllHi, AllLo     int64
		BoundHi, BoundLo int64
	}
	err := tx.Model(&domain.Commitment{}).
		Select("commitments.need_id AS need_id, "+domain.SumParts("commitments.quantity", "all")+", "+
			// sumParts writes the expression twice, and with it its placeholder.
			domain.SumParts("CASE WHEN commitments.status = ? THEN commitments.quantity ELSE 0 END", "bound"), domain.CommitmentBinding, domain.CommitmentBinding).
		Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.collaboration_id IN ? AND commitments.need_id IS NOT NULL AND memberships.status = ? AND commitments.status IN ?",
			collabIDs, domain.MembershipActive, []domain.CommitmentStatus{domain.CommitmentPending, domain.CommitmentBinding}).
		Group("commitments.need_id").Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "pledges")
	}
	out := make(map[int64]Pledge, len(rows))
	for _, r := range rows {
		out[r.NeedID] = Pledge{all: domain.SumFromParts(r.AllHi, r.AllLo), bound: domain.SumFromParts(r.BoundHi, r.BoundLo)}
	}
	return out, nil
}

// MakeCommitment adds a commitment of the viewer, an ACTIVE member, to a collaboration.
func (s *Collabs) MakeCommitment(ctx context.Context, collabID int64, in CommitmentInput) (*domain.Commitment, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var out *domain.Commitment
	err := s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "makeCommitment", []any{collabID, in}, &out, func() (int64, error) {
			m, err := RequireActive(tx, ctx, c)
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
			return out.ID, domain.DBErr(tx.First(out, out.ID).Error, "commitment")
		})
	})
	return out, err
}

// inCommitment loads a commitment and runs f under its collaboration's lock.
func (s *Collabs) inCommitment(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error) (*domain.Commitment, error) {
	return domain.InOwner(ctx, s.Core, id, "This commitment", f)
}

// WithdrawCommitment withdraws the viewer's own PENDING commitment. An active member
// keeps at least one live commitment: to give everything up, they leave.
func (s *Collabs) WithdrawCommitment(ctx context.Context, id int64) (*domain.Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error {
		if cm.PersonID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the person who made a commitment can withdraw it.")
		}
		if cm.Status != domain.CommitmentPending {
			return domain.Errorf(domain.CodeConflict, "Only a pending commitment can be withdrawn; this one is %s.", strings.ToLower(string(cm.Status)))
		}
		if cm.ProposalNeedID != nil {
			// A pledge is not what makes a member, so withdrawing one leaves the others be;
			// but once its proposal's closing time has come, it is being counted.
			if err := s.requirePledgeOpen(tx, cm); err != nil {
				return err
			}
		} else if live, err := liveCommitments(tx, cm.MembershipID); err != nil {
			return err
		} else if live <= 1 {
			return domain.Errorf(domain.CodeConflict, "This is your only commitment to %q, and nobody is a member without one. Make another first, or leave.", c.Title)
		}
		if err := tx.Model(&domain.Commitment{ID: cm.ID}).Updates(map[string]any{"status": domain.CommitmentWithdrawn, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "commitment")
		}
		return s.Record(tx, &c.ID, domain.ViewerID(ctx), "commitment.withdrawn", "Commitment", cm.ID)
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
func (s *Collabs) ReviseCommitment(ctx context.Context, id int64, rev CommitmentRevision) (*domain.Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error {
		if cm.PersonID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the person who made a commitment can revise it.")
		}
		if cm.Status != domain.CommitmentPending && cm.Status != domain.CommitmentBinding {
			return domain.Errorf(domain.CodeConflict, "A %s commitment cannot be revised.", strings.ToLower(string(cm.Status)))
		}
		if cm.Status == domain.CommitmentPending && cm.ProposalNeedID != nil {
			if err := s.requirePledgeOpen(tx, cm); err != nil {
				return err
			}
		}
		changes := map[string]any{"updated_at": s.Now()}
		if rev.Quantity != nil {
			a, err := domain.ParseAmount("quantity", cm.Kind, cm.Unit, cm.Currency, *rev.Quantity)
			if err != nil {
				return err
			}
			if a.Steps < cm.Quantity {
				return domain.Invalid("quantity", "A commitment is only revised upward: it stands at %s %s.", domain.FormatSteps(cm.Kind, cm.Currency, cm.Quantity), cm.Unit)
			}
			if cm.Period != domain.RecurNone {
				if err := s.reviseAmount(tx, c, cm, a.Steps); err != nil {
					return err
				}
			}
			changes["quantity"] = a.Steps
		}
		if rev.Description != nil {
			d, err := domain.ValidateProse("description", "The description", *rev.Description, 0, MaxCommitDescription)
			if err != nil {
				return err
			}
			changes["description"] = d
		}
		if rev.DueAt != nil {
			if !rev.DueAt.After(s.Now()) {
				return domain.Invalid("dueAt", "The due date has already passed; choose a date in the future.")
			}
			changes["due_at"] = rev.DueAt.UTC()
		}
		if err := tx.Model(&domain.Commitment{ID: cm.ID}).Updates(changes).Error; err != nil {
			return domain.DBErr(err, "commitment")
		}
		if err := s.Record(tx, &c.ID, domain.ViewerID(ctx), "commitment.revised", "Commitment", cm.ID); err != nil {
			return err
		}
		return s.settle(tx, c)
	})
}

// ReleaseCommitment lets a steward release a member from a BINDING commitment, with a
// reason that stays in the record.
func (s *Collabs) ReleaseCommitment(ctx context.Context, id int64) (*domain.Commitment, error) {
	return s.inCommitment(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if cm.Status != domain.CommitmentBinding {
			return domain.Errorf(domain.CodeConflict, "Only a binding commitment is released; this one is %s.", strings.ToLower(string(cm.Status)))
		}
		if n, err := liveCommitments(tx, cm.MembershipID); err != nil {
			return err
		} else if n <= 1 && s.membershipStatus(tx, cm.MembershipID) == domain.MembershipActive {
			return domain.Errorf(domain.CodeConflict, "This is the member's only commitment, and nobody is a member without one: they make another first, or leave.")
		}
		if err := tx.Model(&domain.Commitment{ID: cm.ID}).Updates(map[string]any{"status": domain.CommitmentReleased, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "commitment")
		}
		return s.Record(tx, &c.ID, domain.ViewerID(ctx), "commitment.released", "Commitment", cm.ID)
	})
}

// liveCommitments counts a membership's PENDING and BINDING commitments, leaving out
// pending pledges toward proposals: they may lapse, so they do not make a member.
func liveCommitments(tx *gorm.DB, membershipID int64) (int64, error) {
	var n int64
	err := tx.Model(&domain.Commitment{}).Where("membership_id = ? AND (status = ? OR (status = ? AND condition_kind <> ?))", membershipID,
		domain.CommitmentBinding, domain.CommitmentPending, domain.ConditionProposalAdopted).Count(&n).Error
	return n, domain.DBErr(err, "commitments")
}

// requirePledgeOpen refuses to change a pending pledge once its proposal is no longer
// open or its closing time has come.
func (s *Collabs) requirePledgeOpen(tx *gorm.DB, cm *domain.Commitment) error {
	var p domain.Proposal
	err := tx.Select("proposals.id", "proposals.status", "proposals.closes_at").
		Joins("JOIN proposal_needs ON proposal_needs.proposal_id = proposals.id").
		Where("proposal_needs.id = ?", *cm.ProposalNeedID).First(&p).Error
	if err != nil {
		return domain.DBErr(err, "proposal")
	}
	if p.Status != domain.ProposalOpen || !s.Now().Before(p.ClosesAt) {
		return domain.Errorf(domain.CodeConflict, "The proposal this pledge is toward has closed; its pledges are being counted.")
	}
	return nil
}

func (s *Collabs) membershipStatus(tx *gorm.DB, id int64) domain.MembershipStatus {
	var m domain.Membership
	if tx.First(&m, id).Error != nil {
		return ""
	}
	return m.Status
}
