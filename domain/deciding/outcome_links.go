package deciding

import (
	"gorm.io/gorm"

	"kindred/domain"
)

// storeOutcomeLinks keeps, with an OUTCOME proposal p, the needs of its collaboration and
// the proposer's own live commitments that serve the outcome it puts forward.
func storeOutcomeLinks(tx *gorm.DB, p *domain.Proposal, needIDs, commitmentIDs []int64) error {
	const field = "proposedOutcome.servedByIds"
	if len(needIDs)+len(commitmentIDs) > domain.MaxServedOutcomes {
		return domain.Invalid(field, "Name at most %d needs and commitments that serve the outcome.", domain.MaxServedOutcomes)
	}
	if err := requireDistinct(field, needIDs); err != nil {
		return err
	}
	if err := requireDistinct(field, commitmentIDs); err != nil {
		return err
	}
	var n int64
	if len(needIDs) > 0 {
		if err := tx.Model(&domain.Need{}).Where("id IN ? AND collaboration_id = ?", needIDs, p.CollaborationID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "needs")
		}
		if int(n) != len(needIDs) {
			return domain.Invalid(field, "Name needs of this collaboration only; one of these is not.")
		}
	}
	if len(commitmentIDs) > 0 {
		err := tx.Model(&domain.Commitment{}).Where("id IN ? AND collaboration_id = ? AND person_id = ? AND status IN ?", commitmentIDs,
			p.CollaborationID, p.AuthorID, []domain.CommitmentStatus{domain.CommitmentPending, domain.CommitmentBinding}).Count(&n).Error
		if err != nil {
			return domain.DBErr(err, "commitments")
		}
		if int(n) != len(commitmentIDs) {
			return domain.Invalid(field, "Name your own live commitments to this collaboration only; one of these is not.")
		}
	}
	for _, id := range needIDs {
		if err := tx.Create(&domain.ProposalOutcomeLink{CollaborationID: p.CollaborationID, ProposalID: p.ID, NeedID: &id}).Error; err != nil {
			return domain.DBErr(err, "proposal links")
		}
	}
	for _, id := range commitmentIDs {
		if err := tx.Create(&domain.ProposalOutcomeLink{CollaborationID: p.CollaborationID, ProposalID: p.ID, CommitmentID: &id}).Error; err != nil {
			return domain.DBErr(err, "proposal links")
		}
	}
	return nil
}

func requireDistinct(field string, ids []int64) error {
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			return domain.Invalid(field, "Name each need or commitment once.")
		}
		seen[id] = true
	}
	return nil
}

// linkAdoptedOutcome links the needs and commitments adopted proposal p named to the
// outcome its adoption defined, in the transaction that closes it. One that serves as many
// outcomes as it may already keeps its links: the decision stands without that one.
func linkAdoptedOutcome(tx *gorm.DB, p *domain.Proposal, outcomeID int64) error {
	var links []domain.ProposalOutcomeLink
	if err := tx.Where("proposal_id = ?", p.ID).Order("id").Find(&links).Error; err != nil {
		return domain.DBErr(err, "proposal links")
	}
	for _, l := range links {
		kind, owner := domain.LinkNeed, l.NeedID
		if l.CommitmentID != nil {
			kind, owner = domain.LinkCommitment, l.CommitmentID
		}
		if err := domain.AddOutcomeLink(tx, kind, p.CollaborationID, *owner, outcomeID); err != nil && domain.ErrorCode(err) == domain.CodeInternal {
			return err
		}
	}
	return nil
}
