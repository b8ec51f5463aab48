package deciding

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// MaxProposalNeeds bounds what one proposal may say it needs.
const MaxProposalNeeds = 10

// parseProposalNeeds validates what a proposal says it needs.
func parseProposalNeeds(in []collab.NeedInput) ([]*domain.ProposalNeed, error) {
	if len(in) > MaxProposalNeeds {
		return nil, domain.Invalid("needs", "A proposal names at most %d needs; group the smaller ones.", MaxProposalNeeds)
	}
	out := make([]*domain.ProposalNeed, 0, len(in))
	for i, n := range in {
		need, err := collab.ParseNeed(fmt.Sprintf("needs.%d", i), n)
		if err != nil {
			return nil, err
		}
		out = append(out, &domain.ProposalNeed{Kind: need.Kind, Quantity: need.Quantity, Unit: need.Unit, Currency: need.Currency,
			Skill: need.Skill, Description: need.Description})
	}
	return out, nil
}

// Coverage is one of a proposal's needs against what the pledges of ACTIVE members toward
// it add up to.
type Coverage struct {
	Need    *domain.ProposalNeed
	Pledged domain.Sum
}

// Covered reports whether the pledges reach what is needed.
func (c Coverage) Covered() bool { return !c.Pledged.Less(c.Need.Quantity) }

// CoverNeeds is the closing rule of decisions that carry their resources: a proposal that
// the members would adopt (quorum and consent) is adopted only when the pledges toward each
// of its needs cover it; otherwise it closes NOT_COVERED. A proposal without needs, or not
// adopted anyway, keeps its result. Example: 5 hours needed, 3 pledged, consent given →
// NOT_COVERED, "pledges cover 3 of 5 hours of time".
func CoverNeeds(r Result, needs []Coverage) Result {
	if r.Status != domain.ProposalAdopted {
		return r
	}
	var short []string
	for _, c := range needs {
		if !c.Covered() {
			short = append(short, fmt.Sprintf("%s of %s", domain.SayAmount(c.Need.Kind, c.Need.Currency, c.Pledged), describeNeed(c.Need)))
		}
	}
	if len(short) == 0 {
		if len(needs) > 0 {
			r.Reason = strings.TrimSuffix(r.Reason, ".") + "; its pledges cover what it needs."
		}
		return r
	}
	r.Status = domain.ProposalNotCovered
	r.Reason = "Not adopted: " + strings.TrimSuffix(strings.TrimPrefix(r.Reason, "Adopted: "), ".") +
		", but its pledges fall short: " + strings.Join(short, "; ") + "."
	return r
}

func describeNeed(n *domain.ProposalNeed) string {
	return domain.DescribeNeed(&domain.Need{Kind: n.Kind, Quantity: n.Quantity, Unit: n.Unit, Currency: n.Currency, Skill: n.Skill})
}

// PledgeInput is a pledge toward one of an open proposal's needs: how much, and
// optionally what and by when.
type PledgeInput struct {
	NeedID      int64
	Quantity    string
	Description string
	DueAt       *time.Time
}

// Pledge makes a commitment of the viewer, an ACTIVE member, toward a need of an OPEN
// proposal. It is PENDING with the condition PROPOSAL_ADOPTED: it binds when the proposal
// is adopted, in the transaction that closes it, and lapses otherwise.
func (s *Deciding) Pledge(ctx context.Context, in PledgeInput) (*domain.Commitment, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var need domain.ProposalNeed
	if err := s.DB.WithContext(ctx).First(&need, in.NeedID).Error; err != nil {
		return nil, domain.Errorf(domain.CodeNotFound, "This proposal's need was not found.")
	}
	var out *domain.Commitment
	_, err := s.inProposal(ctx, need.ProposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		return domain.Once(ctx, s.Core, tx, "pledge", []any{in}, &out, func() (int64, error) {
			m, err := collab.RequireActive(tx, ctx, c)
			if err != nil {
				return 0, err
			}
			if err := requireNotArchived(c); err != nil {
				return 0, err
			}
			if err := s.requireOpenProposal(p); err != nil {
				return 0, err
			}
			a, err := domain.ParseAmount("quantity", need.Kind, need.Unit, need.Currency, in.Quantity)
			if err != nil {
				return 0, err
			}
			desc, err := domain.ValidateProse("description", "The description", in.Description, 0, collab.MaxCommitDescription)
			if err != nil {
				return 0, err
			}
			now := s.Now()
			if in.DueAt != nil && !in.DueAt.After(now) {
				return 0, domain.Invalid("dueAt", "The due date has already passed; choose a date in the future.")
			}
			out = &domain.Commitment{
				CollaborationID: c.ID, MembershipID: m.ID, PersonID: m.PersonID, ProposalNeedID: &need.ID,
				Kind: a.Kind, Quantity: a.Steps, Unit: a.Unit, Currency: a.Currency, Description: desc,
				DueAt: domain.UTCPtr(in.DueAt), ConditionKind: domain.ConditionProposalAdopted,
				Status: domain.CommitmentPending, CreatedAt: now, UpdatedAt: now,
			}
			if err := tx.Create(out).Error; err != nil {
				return 0, domain.DBErr(err, "commitment")
			}
			return out.ID, s.Record(tx, &c.ID, m.PersonID, "commitment.pledged", "Commitment", out.ID)
		})
	})
	return out, err
}

// coverage reads, under the collaboration's lock, a proposal's needs and the PENDING
// pledges of ACTIVE members toward them; pledges are the IDs counted.
func coverage(tx *gorm.DB, proposalID int64) (cov []Coverage, pledges []int64, err error) {
	var needs []*domain.ProposalNeed
	if err := tx.Where("proposal_id = ?", proposalID).Order("id").Find(&needs).Error; err != nil {
		return nil, nil, domain.DBErr(err, "proposal needs")
	}
	if len(needs) == 0 {
		return nil, nil, nil
	}
	ids := make([]int64, len(needs))
	for i, n := range needs {
		ids[i] = n.ID
	}
	var rows []*domain.Commitment
	err = tx.Select("commitments.id", "commitments.proposal_need_id", "commitments.quantity").
		Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.proposal_need_id IN ? AND commitments.status = ? AND memberships.status = ?", ids, domain.CommitmentPending, domain.MembershipActive).
		Order("commitments.id").Find(&rows).Error
	if err != nil {
		return nil, nil, domain.DBErr(err, "pledges")
	}
	sums := map[int64]domain.Sum{}
	for _, r := range rows {
		sums[*r.ProposalNeedID] = sums[*r.ProposalNeedID].Add(r.Quantity)
		pledges = append(pledges, r.ID)
	}
	for _, n := range needs {
		cov = append(cov, Coverage{Need: n, Pledged: sums[n.ID]})
	}
	return cov, pledges, nil
}

// settlePledges binds the counted pledges of an adopted proposal, or lets every pending
// pledge toward it lapse with reason, in the transaction that closes or withdraws it.
func (s *Deciding) settlePledges(tx *gorm.DB, p *domain.Proposal, adopted bool, counted []int64, reason string) error {
	now := s.Now()
	needs := tx.Model(&domain.ProposalNeed{}).Select("id").Where("proposal_id = ?", p.ID)
	if adopted && len(counted) > 0 {
		res := tx.Model(&domain.Commitment{}).Where("id IN ? AND status = ?", counted, domain.CommitmentPending).
			Updates(map[string]any{"status": domain.CommitmentBinding, "bound_at": now, "updated_at": now})
		if res.Error != nil {
			return domain.DBErr(res.Error, "pledges")
		}
		if res.RowsAffected != int64(len(counted)) {
			// Under the collaboration's lock nothing else moves them; should it, the close
			// is undone rather than bind what was not counted.
			return domain.Errorf(domain.CodeConflict, "The pledges toward this proposal changed while it closed; it will close again.")
		}
		for _, id := range counted {
			if err := s.RecordSystem(tx, p.CollaborationID, "commitment.bound", "Commitment", id); err != nil {
				return err
			}
		}
	}
	// Whatever was not bound lapses: every pledge when not adopted, and pending pledges of
	// members no longer ACTIVE (none, as leaving withdraws them) when adopted.
	var lapsing []int64
	if err := tx.Model(&domain.Commitment{}).Where("proposal_need_id IN (?) AND status = ?", needs, domain.CommitmentPending).
		Order("id").Pluck("id", &lapsing).Error; err != nil {
		return domain.DBErr(err, "pledges")
	}
	if len(lapsing) == 0 {
		return nil
	}
	if err := tx.Model(&domain.Commitment{}).Where("id IN ?", lapsing).
		Updates(map[string]any{"status": domain.CommitmentLapsed, "lapse_reason": reason, "updated_at": now}).Error; err != nil {
		return domain.DBErr(err, "pledges")
	}
	for _, id := range lapsing {
		if err := s.RecordSystem(tx, p.CollaborationID, "commitment.lapsed", "Commitment", id); err != nil {
			return err
		}
	}
	return nil
}

// lapseReason says why the pledges toward p lapsed.
func lapseReason(p *domain.Proposal, status domain.ProposalStatus) string {
	switch status {
	case domain.ProposalWithdrawn:
		return fmt.Sprintf("The proposal %q was withdrawn by its author.", p.Title)
	case domain.ProposalQuorumNotReached:
		return fmt.Sprintf("The proposal %q closed without quorum.", p.Title)
	case domain.ProposalNotCovered:
		return fmt.Sprintf("The proposal %q closed with its pledges short of what it needs.", p.Title)
	}
	return fmt.Sprintf("The proposal %q was not adopted.", p.Title)
}

// NeedsOfProposals returns each proposal's needs, in the order stated.
func (s *Deciding) NeedsOfProposals(ctx context.Context, ids []int64) (map[int64][]*domain.ProposalNeed, error) {
	var rows []*domain.ProposalNeed
	if err := s.DB.WithContext(ctx).Where("proposal_id IN ?", ids).Order("id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "proposal needs")
	}
	out := map[int64][]*domain.ProposalNeed{}
	for _, r := range rows {
		out[r.ProposalID] = append(out[r.ProposalID], r)
	}
	return out, nil
}

// PledgesOfNeeds returns the pledges toward each proposal need that count or counted: PENDING
// ones of ACTIVE members while the proposal is open, BINDING ones once adopted, LAPSED
// ones after it failed (so the page shows what was offered), oldest first.
func (s *Deciding) PledgesOfNeeds(ctx context.Context, ids []int64) (map[int64][]*domain.Commitment, error) {
	var rows []*domain.Commitment
	err := s.DB.WithContext(ctx).Joins("JOIN memberships ON memberships.id = commitments.membership_id").
		Where("commitments.proposal_need_id IN ? AND (commitments.status IN ? OR (commitments.status = ? AND memberships.status = ?))", ids,
			[]domain.CommitmentStatus{domain.CommitmentBinding, domain.CommitmentLapsed, domain.CommitmentReleased}, domain.CommitmentPending, domain.MembershipActive).
		Order("commitments.id").Find(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "pledges")
	}
	out := map[int64][]*domain.Commitment{}
	for _, r := range rows {
		out[*r.ProposalNeedID] = append(out[*r.ProposalNeedID], r)
	}
	return out, nil
}

// FindProposalNeedsByIDs returns proposal needs by ID whose proposal the viewer may see.
func (s *Deciding) FindProposalNeedsByIDs(ctx context.Context, ids []int64) ([]*domain.ProposalNeed, error) {
	var rows []*domain.ProposalNeed
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "proposal needs")
	}
	pids := make([]int64, len(rows))
	for i, r := range rows {
		pids[i] = r.ProposalID
	}
	visible, err := s.FindProposalsByIDs(ctx, pids)
	if err != nil {
		return nil, err
	}
	seen := make(map[int64]bool, len(visible))
	for _, p := range visible {
		seen[p.ID] = true
	}
	out := rows[:0]
	for _, r := range rows {
		if seen[r.ProposalID] {
			out = append(out, r)
		}
	}
	return out, nil
}
