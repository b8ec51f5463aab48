package impact

import (
	"context"
	"time"

	"kindred/domain"
	"kindred/domain/ledger"
)

// PersonExport is a person's own impact as downloaded: their contributions, their
// commitments and the outcomes of the collaborations they are in. Downloaded by the person
// themselves it covers every collaboration they may see; by anyone else only PUBLIC
// collaborations of a PUBLIC profile.
type PersonExport struct {
	Person      *domain.Person
	GeneratedAt time.Time
	// Own is whether the viewer is the person.
	Own bool
	// Label names the person: their display name to themselves, otherwise as Labels does.
	Label          string
	Collaborations map[int64]*domain.Collaboration
	Contributions  []*domain.Contribution
	Commitments    []*domain.Commitment
	Outcomes       []OutcomeLine
}

// OutcomeLine is an outcome with where it stands now.
type OutcomeLine struct {
	Outcome *domain.Outcome
	Status  OutcomeStatus
}

// RollUpExport is impact rolled up over many collaborations as downloaded: for one value
// (the collaborations the viewer may see that work in its name) or for the whole community
// (PUBLIC collaborations only, whoever asks).
type RollUpExport struct {
	GeneratedAt time.Time
	// Values are the roll-ups per value: the one value, or every value with a collaboration.
	Values         []ValueRollUp
	Collaborations []CollabRollUp
	Outcomes       []OutcomeLine
	// CollabByID holds Collaborations' collaborations by ID.
	CollabByID map[int64]*domain.Collaboration
}

// ValueRollUp is one value's roll-up.
type ValueRollUp struct {
	Value  *domain.Value
	RollUp *RollUp
}

// CollabRollUp is what was given to one collaboration, per kind, unit and currency.
type CollabRollUp struct {
	Collaboration *domain.Collaboration
	Totals        []ledger.Total
}

// ExportPerson gathers the export of the person with handle. Another person's export holds
// only public data: a profile that is not PUBLIC is not found.
func (s *Impact) ExportPerson(ctx context.Context, handle string) (*PersonExport, error) {
	p, err := s.accounts.FindPersonByHandle(ctx, handle)
	if err != nil {
		return nil, err
	}
	v := domain.ViewerFrom(ctx)
	own := v != nil && v.ID == p.ID
	if !own && p.Visibility != domain.VisibilityPublic {
		return nil, domain.Errorf(domain.CodeNotFound, "No public profile %q to export.", handle)
	}
	db := s.DB.WithContext(ctx)
	e := &PersonExport{Person: p, GeneratedAt: s.Now(), Own: own, Collaborations: map[int64]*domain.Collaboration{}}
	if own {
		e.Label = p.DisplayName
	} else {
		e.Label = NewLabels(map[int64]*domain.Person{p.ID: p}, []int64{p.ID}).Of(p.ID)
	}
	// The collaborations the export may cover: where they are an active member or gave.
	var ids []int64
	err = db.Raw(`SELECT collaboration_id FROM memberships WHERE person_id = ? AND status = ?
		UNION SELECT collaboration_id FROM contributions WHERE person_id = ?
		UNION SELECT collaboration_id FROM commitments WHERE person_id = ?`, p.ID, domain.MembershipActive, p.ID, p.ID).Scan(&ids).Error
	if err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	q := db.Where("id IN ?", ids)
	if !own {
		q = q.Where("visibility = ?", domain.VisibilityPublic)
	}
	var collabs []*domain.Collaboration
	if err := q.Find(&collabs).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	if own {
		seen, _, err := s.VisibleCollabs(ctx, ids)
		if err != nil {
			return nil, err
		}
		collabs = filter(collabs, func(c *domain.Collaboration) bool { return seen[c.ID] })
	}
	allowed := make([]int64, 0, len(collabs))
	for _, c := range collabs {
		e.Collaborations[c.ID] = c
		allowed = append(allowed, c.ID)
	}
	if err := db.Where("person_id = ? AND collaboration_id IN ?", p.ID, allowed).Order("id").Find(&e.Contributions).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	if err := db.Where("person_id = ? AND collaboration_id IN ?", p.ID, allowed).Order("id").Find(&e.Commitments).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	var outcomes []*domain.Outcome
	err = db.Where("collaboration_id IN ? AND collaboration_id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status = ?)",
		allowed, p.ID, domain.MembershipActive).Order("id").Find(&outcomes).Error
	if err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	e.Outcomes, err = s.outcomeLines(ctx, outcomes)
	return e, err
}

// outcomeLines pairs outcomes with their standing, reading their latest measurements at once.
func (s *Impact) outcomeLines(ctx context.Context, outcomes []*domain.Outcome) ([]OutcomeLine, error) {
	ids := make([]int64, len(outcomes))
	for i, o := range outcomes {
		ids[i] = o.ID
	}
	latest := map[int64]*domain.Measurement{}
	if len(ids) > 0 {
		var err error
		if latest, err = s.latestWhere(ctx, "m.outcome_id IN ?", ids); err != nil {
			return nil, err
		}
	}
	now := s.Now()
	out := make([]OutcomeLine, 0, len(outcomes))
	for _, o := range outcomes {
		out = append(out, OutcomeLine{Outcome: o, Status: StatusOf(o, latest[o.ID], now)})
	}
	return out, nil
}

// ExportValue gathers the roll-up of the value with slug over the collaborations the
// viewer may see.
func (s *Impact) ExportValue(ctx context.Context, slug string) (*RollUpExport, error) {
	v, err := s.catalog.FindValueBySlug(ctx, slug)
	if err != nil {
		return nil, err
	}
	return s.exportRollUp(ctx, []*domain.Value{v}, "vc.value_id = ?", v.ID)
}

// ExportCommunity gathers the whole community's roll-ups per value, over PUBLIC
// collaborations only: whoever asks, nothing PRIVATE (or members-only) is in it.
func (s *Impact) ExportCommunity(ctx context.Context) (*RollUpExport, error) {
	ctx = domain.WithViewer(ctx, nil)
	var values []*domain.Value
	err := s.DB.WithContext(ctx).Where("id IN (SELECT vc.value_id FROM "+valuePairs+" vc JOIN collaborations c ON c.id = vc.collaboration_id WHERE c.visibility = ?)",
		domain.VisibilityPublic).Order("slug").Find(&values).Error
	if err != nil {
		return nil, domain.DBErr(err, "values")
	}
	return s.exportRollUp(ctx, values, "1 = 1")
}

// exportRollUp gathers the roll-ups of values and the collaborations working in their
// name (pairs of valuePairs vc matching cond) that the viewer may see, with their outcomes.
// Its statements do not grow with the number of values, collaborations or outcomes.
func (s *Impact) exportRollUp(ctx context.Context, values []*domain.Value, cond string, args ...any) (*RollUpExport, error) {
	db := s.DB.WithContext(ctx)
	e := &RollUpExport{GeneratedAt: s.Now(), CollabByID: map[int64]*domain.Collaboration{}}
	valueIDs := make([]int64, len(values))
	for i, v := range values {
		valueIDs[i] = v.ID
	}
	if len(valueIDs) == 0 {
		return e, nil
	}
	byValue, err := s.ImpactByValue(ctx, valueIDs)
	if err != nil {
		return nil, err
	}
	for _, v := range values {
		e.Values = append(e.Values, ValueRollUp{Value: v, RollUp: byValue[v.ID]})
	}
	vis, vargs := visibleCollabCond(ctx, "vc.collaboration_id")
	var collabs []*domain.Collaboration
	err = db.Where("id IN (SELECT vc.collaboration_id FROM "+valuePairs+" vc WHERE "+cond+" AND "+vis+")", append(args, vargs...)...).
		Order("id").Find(&collabs).Error
	if err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	ids := make([]int64, len(collabs))
	for i, c := range collabs {
		ids[i] = c.ID
		e.CollabByID[c.ID] = c
	}
	byCollab, err := s.rollUp(ctx, scope{key: "contributions.collaboration_id", from: "contributions", where: "contributions.collaboration_id IN ?", args: []any{ids}})
	if err != nil {
		return nil, err
	}
	for _, c := range collabs {
		cr := CollabRollUp{Collaboration: c, Totals: []ledger.Total{}}
		if ru := byCollab[c.ID]; ru != nil {
			cr.Totals = ru.Totals
		}
		e.Collaborations = append(e.Collaborations, cr)
	}
	// The outcomes serving the values, in the collaborations above.
	var outcomes []*domain.Outcome
	err = db.Where("collaboration_id IN ? AND id IN (SELECT outcome_id FROM outcome_values WHERE value_id IN ?)", ids, valueIDs).
		Order("id").Find(&outcomes).Error
	if err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	e.Outcomes, err = s.outcomeLines(ctx, outcomes)
	return e, err
}

func filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
