package domain

import (
	"context"
	"fmt"
	"time"
)

// OutcomesByCollab returns each visible collaboration's outcomes, oldest first.
func (s *Service) OutcomesByCollab(ctx context.Context, collabIDs []int64) (map[int64][]*Outcome, error) {
	visible, _, err := s.visibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	var rows []*Outcome
	if err := s.db.WithContext(ctx).Where("collaboration_id IN ?", keys(visible)).Order("collaboration_id, id").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "outcomes")
	}
	out := map[int64][]*Outcome{}
	for _, o := range rows {
		out[o.CollaborationID] = append(out[o.CollaborationID], o)
	}
	return out, nil
}

// FindOutcomesByIDs returns outcomes by ID whose collaboration the viewer may see.
func (s *Service) FindOutcomesByIDs(ctx context.Context, ids []int64) ([]*Outcome, error) {
	var rows []*Outcome
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "outcomes")
	}
	return visibleByCollab(s, ctx, rows, func(o *Outcome) int64 { return o.CollaborationID })
}

// OutcomeValueIDs returns the IDs of the values each outcome serves. The outcomes are
// assumed visible: callers reach this through one.
func (s *Service) OutcomeValueIDs(ctx context.Context, outcomeIDs []int64) (map[int64][]int64, error) {
	var rows []*OutcomeValue
	if err := s.db.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Order("outcome_id, id").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "outcome values")
	}
	out := map[int64][]int64{}
	for _, r := range rows {
		out[r.OutcomeID] = append(out[r.OutcomeID], r.ValueID)
	}
	return out, nil
}

// RevisionsByOutcome returns every definition each outcome has had, newest first.
func (s *Service) RevisionsByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64][]*OutcomeRevision, error) {
	var rows []*OutcomeRevision
	if err := s.db.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Order("outcome_id, id DESC").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "outcome revisions")
	}
	out := map[int64][]*OutcomeRevision{}
	for _, r := range rows {
		out[r.OutcomeID] = append(out[r.OutcomeID], r)
	}
	return out, nil
}

// MeasurementsByOutcome returns each outcome's measurements, corrected ones included,
// newest measured first.
func (s *Service) MeasurementsByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64][]*Measurement, error) {
	var rows []*Measurement
	if err := s.db.WithContext(ctx).Where("outcome_id IN ?", outcomeIDs).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "measurements")
	}
	sortMeasurements(rows)
	out := map[int64][]*Measurement{}
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
func (s *Service) LatestByOutcome(ctx context.Context, outcomeIDs []int64) (map[int64]*Measurement, error) {
	return s.latestWhere(ctx, "m.outcome_id IN ?", outcomeIDs)
}

func (s *Service) latestWhere(ctx context.Context, cond string, args ...any) (map[int64]*Measurement, error) {
	var rows []*Measurement
	if err := s.db.WithContext(ctx).Raw(fmt.Sprintf(latestSQL, cond), args...).Scan(&rows).Error; err != nil {
		return nil, dbErr(err, "measurements")
	}
	out := make(map[int64]*Measurement, len(rows))
	for _, m := range rows {
		m.MeasuredAt, m.CreatedAt = m.MeasuredAt.UTC(), m.CreatedAt.UTC()
		out[m.OutcomeID] = m
	}
	return out, nil
}

// FindMeasurementsByIDs returns measurements by ID whose collaboration the viewer may see.
func (s *Service) FindMeasurementsByIDs(ctx context.Context, ids []int64) ([]*Measurement, error) {
	var rows []*Measurement
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "measurements")
	}
	return visibleByCollab(s, ctx, rows, func(m *Measurement) int64 { return m.CollaborationID })
}

// CorrectionsOf returns the measurement that supersedes each measurement, if any.
func (s *Service) CorrectionsOf(ctx context.Context, ids []int64) (map[int64]*Measurement, error) {
	var rows []*Measurement
	if err := s.db.WithContext(ctx).Where("supersedes_id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, dbErr(err, "measurements")
	}
	out := make(map[int64]*Measurement, len(rows))
	for _, m := range rows {
		out[*m.SupersedesID] = m
	}
	return out, nil
}

// AttestationsByMeasurement returns each measurement's attestations, oldest first.
func (s *Service) AttestationsByMeasurement(ctx context.Context, ids []int64) (map[int64][]*Attestation, error) {
	var rows []*Attestation
	if err := s.db.WithContext(ctx).Where("measurement_id IN ?", ids).Order("measurement_id, id").Find(&rows).Error; err != nil {
		return nil, dbErr(err, "attestations")
	}
	out := map[int64][]*Attestation{}
	for _, a := range rows {
		out[a.MeasurementID] = append(out[a.MeasurementID], a)
	}
	return out, nil
}

// MeasurementPage is a page of an outcome's measurements, newest measured first.
type MeasurementPage struct {
	Measurements []*Measurement
	Cursors      []string
	HasNextPage  bool
	HasPrevious  bool
	TotalCount   int
}

// PageMeasurements pages through ms (newest measured first); current keeps those no
// correction supersedes.
func PageMeasurements(ms []*Measurement, current bool, first *int, after string) (*MeasurementPage, error) {
	n, err := PageSize(first)
	if err != nil {
		return nil, err
	}
	if current {
		sup := Superseded(ms)
		kept := make([]*Measurement, 0, len(ms))
		for _, m := range ms {
			if !sup[m.ID] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	page := &MeasurementPage{TotalCount: len(ms)}
	if after != "" {
		c, err := decodeCursor(after)
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
			return nil, Invalid("after", "The cursor is not one this API gave out; start again without after.")
		}
		ms, page.HasPrevious = ms[at+1:], true
	}
	if len(ms) > n {
		ms, page.HasNextPage = ms[:n], true
	}
	page.Measurements = ms
	for _, m := range ms {
		page.Cursors = append(page.Cursors, encodeCursor(m.MeasuredAt.Format(time.RFC3339Nano), m.ID))
	}
	return page, nil
}
