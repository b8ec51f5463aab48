package impact

import (
	"context"
	"fmt"
	"time"

	"kindred/domain"
)

// OutcomesByCollab returns each visible collaboration's outcomes, oldest first.
func (s *Impact) OutcomesByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*domain.Outcome, error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	var rows []*domain.Outcome
	if err := s.DB.WithContext(ctx).Where("collaboration_id IN ?", domain.Keys(visible)).Order("collaboration_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	out := map[int64][]*domain.Outcome{}
	for _, o := range rows {
		out[o.CollaborationID] = append(out[o.CollaborationID], o)
	}
	return out, nil
}

// FindOutcomesByIDs returns outcomes by ID whose collaboration the viewer may see.
func (s *Impact) FindOutcomesByIDs(ctx context.Context, ids []int64) ([]*domain.Outcome, error) {
	var rows []*domain.Outcome
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(o *domain.Outcome) int64 { return o.CollaborationID })
}

// OutcomeValueIDs returns the IDs of the values each outcome serves. The outcomes are
// assumed visible: callers reach this through one.
func (s *Impact) OutcomeValueIDs(ctx context.Context, outcomeIDs []int64) (map[int64][]int64, error) {
	var rows []*domain.OutcomeValue
	if err := s.DB.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Order("outcome_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcome values")
	}
	out := map[int64][]int64{}
	for _, r := range rows {
		out[r.OutcomeID] = append(out[r.OutcomeID], r.ValueID)
	}
	return out, nil
}

// RevisionsByOutcome returns every definition each outcome has had, newest first.
func (s *Impact) RevisionsByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64][]*domain.OutcomeRevision, error) {
	var rows []*domain.OutcomeRevision
	if err := s.DB.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Order("outcome_id, id DESC").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcome revisions")
	}
	out := map[int64][]*domain.OutcomeRevision{}
	for _, r := range rows {
		out[r.OutcomeID] = append(out[r.OutcomeID], r)
	}
	return out, nil
}

// MeasurementsByOutcome returns each outcome's measurements, corrected ones included,
// newest measured first.
func (s *Impact) MeasurementsByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64][]*domain.Measurement, error) {
	var rows []*domain.Measurement
	if err := s.DB.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "measurements")
	}
	sortMeasurements(rows)
	out := map[int64][]*domain.Measurement{}
	for _, m := range rows {
		out[m.OutcomeID] = append(out[m.OutcomeID], m)
	}
	return out, nil
}

// latestSQL picks each outcome's latest measurement: the most recent by measured at
// (the later recorded on a tie) among those no correction supersedes. Portable between
// PostgreSQL and SQLite; ?-placeholders take the outcome IDs or a condition's arguments.
const latestSQL = `SELECT * FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.outcome_id ORDER BY m.measured_at DESC, m.id DESC) AS rn
	FROM measurements m WHERE %s AND NOT EXISTS (SELECT 1 FROM measurements c WHERE c.supersedes_id = m.id)) latest WHERE rn = 1`

// LatestByOutcome returns each outcome's latest measurement, the one progress counts.
func (s *Impact) LatestByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64]*domain.Measurement, error) {
	return s.latestWhere(ctx, "m.outcome_id IN ?", outcomeIDs)
}

func (s *Impact) latestWhere(ctx context.Context, cond string, args ...any) (map[int64]*domain.Measurement, error) {
	var rows []*domain.Measurement
	if err := s.DB.WithContext(ctx).Raw(fmt.Sprintf(latestSQL, cond), args...).Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "measurements")
	}
	out := make(map[int64]*domain.Measurement, len(rows))
	for _, m := range rows {
		m.MeasuredAt, m.CreatedAt = m.MeasuredAt.UTC(), m.CreatedAt.UTC()
		out[m.OutcomeID] = m
	}
	return out, nil
}

// FindMeasurementsByIDs returns measurements by ID whose collaboration the viewer may see.
func (s *Impact) FindMeasurementsByIDs(ctx context.Context, ids []int64) ([]*domain.Measurement, error) {
	var rows []*domain.Measurement
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "measurements")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(m *domain.Measurement) int64 { return m.CollaborationID })
}

// CorrectionsOf returns the measurement that supersedes each measurement, if any.
func (s *Impact) CorrectionsOf(ctx context.Context, ids []int64) (map[int64]*domain.Measurement, error) {
	var rows []*domain.Measurement
	if err := s.DB.WithContext(ctx).Where("supersedes_id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "measurements")
	}
	out := make(map[int64]*domain.Measurement, len(rows))
	for _, m := range rows {
		out[*m.SupersedesID] = m
	}
	return out, nil
}

// AttestationsByMeasurement returns each measurement's attestations, oldest first.
func (s *Impact) AttestationsByMeasurement(ctx context.Context, ids []int64) (map[int64][]*domain.Attestation, error) {
	var rows []*domain.Attestation
	if err := s.DB.WithContext(ctx).Where("measurement_id IN ?", ids).Order("measurement_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "attestations")
	}
	out := map[int64][]*domain.Attestation{}
	for _, a := range rows {
		out[a.MeasurementID] = append(out[a.MeasurementID], a)
	}
	return out, nil
}

// MeasurementPage is a page of an outcome's measurements, newest measured first.
type MeasurementPage struct {
	Measurements []*domain.Measurement
	Cursors      []string
	HasNextPage  bool
	HasPrevious  bool
	TotalCount   int
}

// PageMeasurements pages through ms (newest measured first); current keeps those no
// correction supersedes.
func PageMeasurements(ms []*domain.Measurement, current bool, first *int, after string) (*MeasurementPage, error) {
	n, err := domain.PageSize(first)
	if err != nil {
		return nil, err
	}
	if current {
		sup := Superseded(ms)
		kept := make([]*domain.Measurement, 0, len(ms))
		for _, m := range ms {
			if !sup[m.ID] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	page := &MeasurementPage{TotalCount: len(ms)}
	if after != "" {
		c, err := domain.DecodeCursor(after)
		if err != nil {
			return nil, err
		}
		at := -1
		for i, m := range ms {
			if m.ID == c.ID {
				at = i
			}
		}
		if at < 0 {
			return nil, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
		}
		ms, page.HasPrevious = ms[at+1:], true
	}
	if len(ms) > n {
		ms, page.HasNextPage = ms[:n], true
	}
	page.Measurements = ms
	for _, m := range ms {
		page.Cursors = append(page.Cursors, domain.EncodeCursor(m.MeasuredAt.Format(time.RFC3339Nano), m.ID))
	}
	return page, nil
}
