package domain

import (
	"errors"
	"math"

	"gorm.io/gorm"
)

// Metric is a standard measure from the seeded catalog (in the spirit of IRIS+) that an
// outcome may pick: an outcome with a metric is counted in the metric's unit, so outcomes
// of the same metric add up across collaborations.
type Metric struct {
	ID         int64
	Code       string
	Name       string
	Unit       string
	Definition string
}

// NeedOutcome links a need to an outcome it serves.
type NeedOutcome struct {
	ID              int64
	CollaborationID int64
	NeedID          int64
	OutcomeID       int64
}

// CommitmentOutcome links a commitment to an outcome it serves.
type CommitmentOutcome struct {
	ID              int64
	CollaborationID int64
	CommitmentID    int64
	OutcomeID       int64
}

// ContributionOutcome links a ledger entry to an outcome it serves.
type ContributionOutcome struct {
	ID              int64
	CollaborationID int64
	ContributionID  int64
	OutcomeID       int64
}

// ProposalOutcomeLink is a need or a commitment (exactly one of the two) that an OUTCOME
// proposal says serves the outcome it puts forward; adoption links it to that outcome.
type ProposalOutcomeLink struct {
	ID              int64
	CollaborationID int64
	ProposalID      int64
	NeedID          *int64
	CommitmentID    *int64
}

// AddOutcomeLink adds outcomeID to the outcomes a need or commitment (ownerID of kind)
// serves, keeping the ones it names already; within tx, by the rules of SetOutcomeLinks.
func AddOutcomeLink(tx *gorm.DB, kind LinkOwner, collabID, ownerID, outcomeID int64) error {
	model, column := LinkTable(kind)
	var ids []int64
	if err := tx.Model(model).Where(column+" = ?", ownerID).Order("id").Pluck("outcome_id", &ids).Error; err != nil {
		return DBErr(err, "outcome links")
	}
	for _, id := range ids {
		if id == outcomeID {
			return nil
		}
	}
	_, err := SetOutcomeLinks(tx, kind, collabID, ownerID, append(ids, outcomeID))
	return err
}

// OwnerID is the collaboration a need belongs to.
func (n *Need) OwnerID() int64 { return n.CollaborationID }

// LinkOwner is what may serve outcomes: a need, a commitment or a contribution.
type LinkOwner string

// The owners of outcome links.
const (
	LinkNeed         LinkOwner = "need"
	LinkCommitment   LinkOwner = "commitment"
	LinkContribution LinkOwner = "contribution"
)

// MaxServedOutcomes is how many outcomes one need, commitment or contribution may serve.
const MaxServedOutcomes = 8

// LinkTable returns the model and owner column of kind's links.
func LinkTable(kind LinkOwner) (model any, column string) {
	switch kind {
	case LinkNeed:
		return &NeedOutcome{}, "need_id"
	case LinkCommitment:
		return &CommitmentOutcome{}, "commitment_id"
	}
	return &ContributionOutcome{}, "contribution_id"
}

// SetOutcomeLinks replaces the outcomes a need, commitment or contribution (ownerID of
// kind, in collaboration collabID) serves with outcomeIDs, within tx: each named once, at
// most MaxServedOutcomes, all outcomes of the same collaboration. An empty list clears the
// links. It reports whether anything changed.
func SetOutcomeLinks(tx *gorm.DB, kind LinkOwner, collabID, ownerID int64, outcomeIDs []int64) (bool, error) {
	if len(outcomeIDs) > MaxServedOutcomes {
		return false, Invalid("outcomeIds", "Name at most %d outcomes it serves.", MaxServedOutcomes)
	}
	seen := map[int64]bool{}
	for _, id := range outcomeIDs {
		if seen[id] {
			return false, Invalid("outcomeIds", "Each outcome may be named once.")
		}
		seen[id] = true
	}
	if len(outcomeIDs) > 0 {
		var n int64
		if err := tx.Model(&Outcome{}).Where("id IN ? AND collaboration_id = ?", outcomeIDs, collabID).Count(&n).Error; err != nil {
			return false, DBErr(err, "outcomes")
		}
		if int(n) != len(outcomeIDs) {
			return false, Invalid("outcomeIds", "A %s serves outcomes of its own collaboration only; one of these is not.", kind)
		}
	}
	model, column := LinkTable(kind)
	var old []int64
	if err := tx.Model(model).Where(column+" = ?", ownerID).Pluck("outcome_id", &old).Error; err != nil {
		return false, DBErr(err, "outcome links")
	}
	if len(old) == len(outcomeIDs) {
		same := true
		for _, id := range old {
			same = same && seen[id]
		}
		if same {
			return false, nil
		}
	}
	if err := tx.Where(column+" = ?", ownerID).Delete(model).Error; err != nil {
		return false, DBErr(err, "outcome links")
	}
	for _, id := range outcomeIDs {
		var row any
		switch kind {
		case LinkNeed:
			row = &NeedOutcome{CollaborationID: collabID, NeedID: ownerID, OutcomeID: id}
		case LinkCommitment:
			row = &CommitmentOutcome{CollaborationID: collabID, CommitmentID: ownerID, OutcomeID: id}
		default:
			row = &ContributionOutcome{CollaborationID: collabID, ContributionID: ownerID, OutcomeID: id}
		}
		if err := tx.Create(row).Error; err != nil {
			return false, DBErr(err, "outcome link")
		}
	}
	return true, nil
}

// UnitsOf converts an amount in smallest steps of kind (and currency) to its unit, such as
// 250 steps of TIME to 2.5 hours; fractions of a step stay (a split amount has them).
func UnitsOf(kind ResourceKind, currency string, steps float64) float64 {
	return steps / math.Pow10(scale(kind, currency))
}

// LinkFieldAs names field on a SetOutcomeLinks error about the listed outcomes, for
// inputs that call the list otherwise (such as servesOutcomeIds).
func LinkFieldAs(err error, field string) error {
	var de *Error
	if errors.As(err, &de) && de.Field == "outcomeIds" {
		de.Field = field
	}
	return err
}
