package impact

import (
	"context"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/ledger"
)

// CollabCosts is what a collaboration's outcomes took: per outcome the linked resources
// and resources per unit of result, how much of the confirmed effort serves any outcome,
// and the outcomes rolled up by unit.
type CollabCosts struct {
	ByOutcome map[int64]OutcomeCosts
	Linked    []LinkedShare
	RollUp    []CostRollUp
}

// LinkOutcomes sets the outcomes a need, a commitment or a contribution serves (an empty
// list clears them): a steward sets a need's, the member who committed a commitment's,
// the contributor an entry's. Outcomes must be the same collaboration's.
func (s *Impact) LinkOutcomes(ctx context.Context, kind domain.LinkOwner, ownerID int64, outcomeIDs []int64) error {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return err
	}
	set := func(tx *gorm.DB, c *domain.Collaboration, entity string) error {
		if err := requireChangeable(c); err != nil {
			return err
		}
		changed, err := domain.SetOutcomeLinks(tx, kind, c.ID, ownerID, outcomeIDs)
		if err != nil || !changed {
			return err
		}
		return s.Record(tx, &c.ID, v.ID, "outcomes.linked", entity, ownerID)
	}
	switch kind {
	case domain.LinkNeed:
		_, err = domain.InOwner(ctx, s.Core, ownerID, "This need", func(tx *gorm.DB, c *domain.Collaboration, n *domain.Need) error {
			if _, err := collab.RequireSteward(tx, ctx, c); err != nil {
				return err
			}
			return set(tx, c, "Need")
		})
	case domain.LinkCommitment:
		_, err = domain.InOwner(ctx, s.Core, ownerID, "This commitment", func(tx *gorm.DB, c *domain.Collaboration, cm *domain.Commitment) error {
			if cm.PersonID != v.ID {
				return domain.Errorf(domain.CodeForbidden, "Only the member who made a commitment says which outcomes it serves.")
			}
			return set(tx, c, "Commitment")
		})
	case domain.LinkContribution:
		_, err = domain.InOwner(ctx, s.Core, ownerID, "This contribution", func(tx *gorm.DB, c *domain.Collaboration, e *domain.Contribution) error {
			if e.PersonID != v.ID {
				return domain.Errorf(domain.CodeForbidden, "Only the member who logged a contribution says which outcomes it serves.")
			}
			if e.ReversesID != nil {
				return domain.Invalid("subjectId", "A reversal serves nothing by itself; link the entry it corrects instead.")
			}
			return set(tx, c, "Contribution")
		})
	default:
		err = domain.Invalid("subjectId", "Needs, commitments and contributions serve outcomes; this is none of them.")
	}
	return err
}

// ServedOutcomeIDs returns, for each need, commitment or contribution of kind, the IDs of
// the outcomes it names itself (a contribution's effective links may come from its
// commitment or need: see EffectiveLinks). The owners are assumed visible.
func (s *Impact) ServedOutcomeIDs(ctx context.Context, kind domain.LinkOwner, ownerIDs []int64) (map[int64][]int64, error) {
	model, column := domain.LinkTable(kind)
	var rows []struct {
		Owner     int64
		OutcomeID int64
	}
	err := s.DB.WithContext(ctx).Model(model).Select(column+" AS owner, outcome_id").Where(column+" IN ?", ownerIDs).Order("id").Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "outcome links")
	}
	out := map[int64][]int64{}
	for _, r := range rows {
		out[r.Owner] = append(out[r.Owner], r.OutcomeID)
	}
	return out, nil
}

// servedByCollab returns each collaboration's confirmed counted entries with their
// effective links, in five statements whatever the number of collaborations or entries.
func (s *Impact) servedByCollab(ctx context.Context, collabIDs []int64) (map[int64][]Served, error) {
	db := s.DB.WithContext(ctx)
	var entries []*domain.Contribution
	err := db.Select("id", "collaboration_id", "commitment_id", "kind", "unit", "currency", "quantity").
		Where("collaboration_id IN ? AND confirmed_by_id IS NOT NULL AND "+ledger.CountedEntries, collabIDs).Order("id").Find(&entries).Error
	if err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	links := func(model any, column string) (map[int64][]int64, error) {
		var rows []struct {
			Owner     int64
			OutcomeID int64
		}
		err := db.Model(model).Select(column+" AS owner, outcome_id").Where("collaboration_id IN ?", collabIDs).Order("id").Scan(&rows).Error
		out := map[int64][]int64{}
		for _, r := range rows {
			out[r.Owner] = append(out[r.Owner], r.OutcomeID)
		}
		return out, domain.DBErr(err, "outcome links")
	}
	own, err := links(&domain.ContributionOutcome{}, "contribution_id")
	if err != nil {
		return nil, err
	}
	byCommitment, err := links(&domain.CommitmentOutcome{}, "commitment_id")
	if err != nil {
		return nil, err
	}
	byNeed, err := links(&domain.NeedOutcome{}, "need_id")
	if err != nil {
		return nil, err
	}
	var cms []*domain.Commitment
	if err := db.Select("id", "need_id").Where("collaboration_id IN ? AND need_id IS NOT NULL", collabIDs).Find(&cms).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	needOf := make(map[int64]int64, len(cms))
	for _, c := range cms {
		needOf[c.ID] = *c.NeedID
	}
	out := map[int64][]Served{}
	for _, e := range entries {
		var cm, nd []int64
		if e.CommitmentID != nil {
			cm = byCommitment[*e.CommitmentID]
			if n, ok := needOf[*e.CommitmentID]; ok {
				nd = byNeed[n]
			}
		}
		out[e.CollaborationID] = append(out[e.CollaborationID], Served{Kind: e.Kind, Unit: e.Unit, Currency: e.Currency, Steps: e.Quantity,
			Outcomes: EffectiveLinks(own[e.ID], cm, nd)})
	}
	return out, nil
}

// CostsByCollab returns what each visible collaboration's outcomes took (see
// ResourcesPerResult), in a fixed number of statements.
func (s *Impact) CostsByCollab(ctx context.Context, collabIDs []int64) (map[int64]*CollabCosts, error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	return s.costsOf(ctx, domain.Keys(visible))
}

// costsOf is CostsByCollab for collaborations already known to be visible.
func (s *Impact) costsOf(ctx context.Context, ids []int64) (map[int64]*CollabCosts, error) {
	var outcomes []*domain.Outcome
	if err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", ids).Order("id").Find(&outcomes).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	latest, err := s.latestWhere(ctx, "m.collaboration_id IN ?", ids)
	if err != nil {
		return nil, err
	}
	served, err := s.servedByCollab(ctx, ids)
	if err != nil {
		return nil, err
	}
	byCollab := map[int64][]*domain.Outcome{}
	for _, o := range outcomes {
		byCollab[o.CollaborationID] = append(byCollab[o.CollaborationID], o)
	}
	out := make(map[int64]*CollabCosts, len(ids))
	for _, id := range ids {
		costs, linked := ResourcesPerResult(byCollab[id], latest, served[id])
		out[id] = &CollabCosts{ByOutcome: costs, Linked: linked, RollUp: RollUpCosts(byCollab[id], costs)}
	}
	return out, nil
}

// CostsByValue rolls resources per unit of result up over the outcomes serving each value
// in the collaborations the viewer may see.
func (s *Impact) CostsByValue(ctx context.Context, valueIDs []int64) (map[int64][]CostRollUp, error) {
	db := s.DB.WithContext(ctx)
	ovis, oargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	var rows []keyedOutcome
	err := db.Model(&domain.Outcome{}).Select("outcomes.*, ov.value_id AS k").Joins("JOIN outcome_values ov ON ov.outcome_id = outcomes.id").
		Where("ov.value_id IN ? AND "+ovis, append([]any{valueIDs}, oargs...)...).Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	collabs := map[int64]bool{}
	for _, r := range rows {
		collabs[r.CollaborationID] = true
	}
	// The outcomes were read under the visibility condition: their collaborations are visible.
	costs, err := s.costsOf(ctx, domain.Keys(collabs))
	if err != nil {
		return nil, err
	}
	all := map[int64]OutcomeCosts{}
	for _, cc := range costs {
		for id, oc := range cc.ByOutcome {
			all[id] = oc
		}
	}
	byValue := map[int64][]*domain.Outcome{}
	for _, r := range rows {
		o := r.Outcome
		byValue[r.K] = append(byValue[r.K], &o)
	}
	out := make(map[int64][]CostRollUp, len(valueIDs))
	for _, id := range valueIDs {
		out[id] = RollUpCosts(byValue[id], all)
	}
	return out, nil
}

// Metrics returns the metric catalog, by code.
func (s *Impact) Metrics(ctx context.Context) ([]*domain.Metric, error) {
	var rows []*domain.Metric
	err := s.DB.WithContext(ctx).Order("code").Find(&rows).Error
	return rows, domain.DBErr(err, "metrics")
}

// FindMetricsByIDs returns catalog metrics by ID.
func (s *Impact) FindMetricsByIDs(ctx context.Context, ids []int64) ([]*domain.Metric, error) {
	var rows []*domain.Metric
	err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error
	return rows, domain.DBErr(err, "metrics")
}

// MetricByCode returns the catalog metric with code, or NOT_FOUND.
func (s *Impact) MetricByCode(ctx context.Context, code string) (*domain.Metric, error) {
	var m domain.Metric
	if err := s.DB.WithContext(ctx).Where("code = ?", code).First(&m).Error; err != nil {
		return nil, domain.DBErr(err, "This metric")
	}
	return &m, nil
}

// MetricImpact returns what the outcomes of each metric achieved across the collaborations
// the viewer may see, one total per unit (see MetricRollUp).
func (s *Impact) MetricImpact(ctx context.Context, metricIDs []int64) (map[int64][]MetricTotal, error) {
	ovis, oargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	var outcomes []*domain.Outcome
	if err := s.DB.WithContext(ctx).Where("metric_id IN ? AND "+ovis, append([]any{metricIDs}, oargs...)...).Find(&outcomes).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	latest, err := s.latestWhere(ctx, "m.outcome_id IN (SELECT id FROM outcomes WHERE metric_id IN ?)", metricIDs)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]MetricTotal, len(metricIDs))
	for _, t := range MetricRollUp(outcomes, latest) {
		out[t.MetricID] = append(out[t.MetricID], t)
	}
	for _, id := range metricIDs {
		if out[id] == nil {
			out[id] = []MetricTotal{}
		}
	}
	return out, nil
}

// MetricTotals returns what the outcomes of every catalog metric achieved across the
// collaborations the viewer may see, one total per metric and unit (see MetricRollUp).
func (s *Impact) MetricTotals(ctx context.Context) ([]MetricTotal, error) {
	ovis, oargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	var outcomes []*domain.Outcome
	if err := s.DB.WithContext(ctx).Where("metric_id IS NOT NULL AND "+ovis, oargs...).Find(&outcomes).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	latest, err := s.latestWhere(ctx, "m.outcome_id IN (SELECT id FROM outcomes WHERE metric_id IS NOT NULL)")
	if err != nil {
		return nil, err
	}
	return MetricRollUp(outcomes, latest), nil
}
