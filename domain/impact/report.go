package impact

import (
	"context"
	"time"

	"kindred/domain"
)

// ImpactReport is a collaboration's impact as exported for funders and spreadsheets: the
// same figures the GraphQL fields give, gathered at once.
type ImpactReport struct {
	Collaboration *domain.Collaboration
	GeneratedAt   time.Time
	Outcomes      []OutcomeReport
	Impact        *CollabImpact
	// People are those of the report whom the viewer may see, by ID; others stay unnamed.
	People map[int64]*domain.Person
	// Labels name the report's people as reports of others do: by name only when they
	// chose to be named in reports, otherwise "Member N".
	Labels *Labels
	// Values are the values the outcomes serve, by ID.
	Values map[int64]*domain.Value
}

// OutcomeReport is one outcome with its standing and every measurement.
type OutcomeReport struct {
	Outcome      *domain.Outcome
	ValueIDs     []int64
	Status       OutcomeStatus
	ElapsedShare *float64
	// Measurements are newest measured first, corrected ones included.
	Measurements []MeasurementReport
}

// MeasurementReport is a measurement with whether a correction supersedes it and how
// many members attested it.
type MeasurementReport struct {
	*domain.Measurement
	Superseded   bool
	Attestations int
}

// FindImpactReport gathers the impact report of the collaboration with slug, if the
// viewer may see it.
func (s *Impact) FindImpactReport(ctx context.Context, slug string) (*ImpactReport, error) {
	c, err := s.collab.FindCollaborationBySlug(ctx, slug)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	r := &ImpactReport{Collaboration: c, GeneratedAt: now, People: map[int64]*domain.Person{}, Values: map[int64]*domain.Value{}}
	outcomes, err := s.OutcomesByCollab(ctx, []int64{c.ID})
	if err != nil {
		return nil, err
	}
	list := outcomes[c.ID]
	ids := make([]int64, len(list))
	for i, o := range list {
		ids[i] = o.ID
	}
	measurements, err := s.MeasurementsByOutcome(ctx, ids)
	if err != nil {
		return nil, err
	}
	valueIDs, err := s.OutcomeValueIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	var mids []int64
	for _, ms := range measurements {
		for _, m := range ms {
			mids = append(mids, m.ID)
		}
	}
	attestations, err := s.AttestationsByMeasurement(ctx, mids)
	if err != nil {
		return nil, err
	}
	impact, err := s.ImpactByCollab(ctx, []int64{c.ID})
	if err != nil {
		return nil, err
	}
	r.Impact = impact[c.ID]
	personIDs := []int64{}
	for _, m := range r.Impact.ByMember {
		personIDs = append(personIDs, m.PersonID)
	}
	var allValueIDs []int64
	for _, o := range list {
		ms := measurements[o.ID]
		sup := Superseded(ms)
		or := OutcomeReport{Outcome: o, ValueIDs: valueIDs[o.ID], Status: StatusOf(o, Latest(ms, sup), now)}
		if share, ok := ElapsedShare(o, now); ok {
			or.ElapsedShare = &share
		}
		for _, m := range ms {
			or.Measurements = append(or.Measurements, MeasurementReport{Measurement: m, Superseded: sup[m.ID], Attestations: len(attestations[m.ID])})
			personIDs = append(personIDs, m.RecordedByID)
		}
		allValueIDs = append(allValueIDs, or.ValueIDs...)
		r.Outcomes = append(r.Outcomes, or)
	}
	people, err := s.accounts.FindPeopleByIDs(ctx, personIDs)
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		r.People[p.ID] = p
	}
	r.Labels = NewLabels(r.People, personIDs)
	values, err := s.catalog.FindValuesByIDs(ctx, allValueIDs)
	if err != nil {
		return nil, err
	}
	for _, v := range values {
		r.Values[v.ID] = v
	}
	return r, nil
}
