package impact

import (
	"context"
	"errors"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Limits of outcomes and measurements.
const (
	MaxOutcomes         = 30
	MaxOutcomeName      = 120
	MaxOutcomeUnit      = 40
	MaxOutcomeValues    = collab.MaxCollabValues
	MaxRevisionReason   = 500
	MaxEvidenceURL      = 2000
	MaxEvidenceNote     = 1000
	measurementClockLag = 5 * time.Minute
)

// OutcomeInput defines an outcome. Direction may be left empty: it follows from target
// and baseline. ValueIDs empty means the collaboration's own values.
type OutcomeInput struct {
	Name      string
	Unit      string
	Baseline  float64
	Target    float64
	Direction domain.Direction
	DueAt     *time.Time
	ValueIDs  []int64
	// MetricCode picks a catalog metric; the outcome is then counted in the metric's
	// unit (Unit may be left empty). Empty keeps the outcome custom.
	MetricCode string
}

// OutcomeRevisionInput holds the fields of an outcome to change; nil leaves a field as
// it is. Reason says why, for the history.
type OutcomeRevisionInput struct {
	Name, Unit       *string
	Baseline, Target *float64
	Direction        *domain.Direction
	DueAt            *time.Time
	ClearDueAt       bool
	ValueIDs         []int64
	// MetricCode picks a catalog metric (the unit follows it); an empty string makes the
	// outcome custom again; nil keeps it.
	MetricCode *string
	Reason     string
}

// MeasurementInput is a reading of an outcome with its evidence; SupersedesID makes it
// the correction of an earlier measurement of the same outcome.
type MeasurementInput struct {
	Value        float64
	MeasuredAt   *time.Time
	EvidenceURL  string
	EvidenceNote string
	SupersedesID *int64
}

// CheckDefinition validates an outcome's definition as a whole: texts, numbers, the
// direction against target and baseline, and the due date (future when set anew).
func CheckDefinition(o *domain.Outcome, dueChanged bool, now time.Time) error {
	var err error
	if o.Name, err = domain.ValidateLine("name", "The outcome's name", o.Name, 3, MaxOutcomeName); err != nil {
		return err
	}
	if o.Unit, err = domain.ValidateLine("unit", "The unit", o.Unit, 1, MaxOutcomeUnit); err != nil {
		return err
	}
	if strings.ContainsAny(o.Unit, "\n\r\t") {
		return domain.Invalid("unit", "A unit is one short word or phrase, such as meals or households.")
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"baseline", o.Baseline}, {"target", o.Target}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return domain.Invalid(f.name, "The %s must be a finite number.", f.name)
		}
	}
	if o.Target == o.Baseline {
		return domain.Invalid("target", "The target must differ from the baseline, or there is nothing to measure.")
	}
	want := domain.DirectionIncrease
	if o.Target < o.Baseline {
		want = domain.DirectionDecrease
	}
	switch o.Direction {
	case "":
		o.Direction = want
	case domain.DirectionIncrease, domain.DirectionDecrease:
		if o.Direction != want {
			return domain.Invalid("direction", "A target of %g from a baseline of %g is a %s, not a %s.", o.Target, o.Baseline, strings.ToLower(string(want)), strings.ToLower(string(o.Direction)))
		}
	default:
		return domain.Invalid("direction", "Direction is INCREASE or DECREASE.")
	}
	if dueChanged && o.DueAt != nil && !o.DueAt.After(now) {
		return domain.Invalid("dueAt", "The due date must be in the future.")
	}
	return nil
}

// outcomeValueIDs checks the values an outcome serves: approved catalog values, each once,
// at most MaxOutcomeValues; none means the collaboration's own values.
func outcomeValueIDs(tx *gorm.DB, c *domain.Collaboration, ids []int64) ([]int64, error) {
	if len(ids) == 0 {
		var own []int64
		err := tx.Model(&domain.CollaborationValue{}).Where("collaboration_id = ?", c.ID).Order("weight DESC, id").Pluck("value_id", &own).Error
		return own, domain.DBErr(err, "collaboration values")
	}
	if len(ids) > MaxOutcomeValues {
		return nil, domain.Invalid("valueIds", "An outcome serves at most %d values.", MaxOutcomeValues)
	}
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			return nil, domain.Invalid("valueIds", "Each value may be named once.")
		}
		seen[id] = true
	}
	var n int64
	if err := tx.Model(&domain.Value{}).Where("id IN ? AND status = ?", ids, domain.ValueApproved).Count(&n).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	if int(n) != len(ids) {
		return nil, domain.Invalid("valueIds", "One of the values is not in the catalog.")
	}
	return ids, nil
}

// requireChangeable refuses changes to an archived collaboration.
func requireChangeable(c *domain.Collaboration) error {
	if c.Status == domain.CollaborationArchived {
		return domain.Errorf(domain.CodeConflict, "%q is archived; it can no longer change.", c.Title)
	}
	return nil
}

// DefineOutcome adds an outcome to a collaboration; stewards only.
func (s *Impact) DefineOutcome(ctx context.Context, collabID int64, in OutcomeInput) (*domain.Outcome, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	o := &domain.Outcome{Name: in.Name, Unit: in.Unit, Baseline: in.Baseline, Target: in.Target, Direction: in.Direction,
		DueAt: domain.UTCPtr(in.DueAt), CreatedByID: v.ID, CreatedAt: now, UpdatedAt: now}
	if err := pickMetric(s.DB.WithContext(ctx), o, in.MetricCode); err != nil {
		return nil, err
	}
	if err := CheckDefinition(o, true, now); err != nil {
		return nil, err
	}
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "defineOutcome", []any{collabID, in}, &o, func() (int64, error) {
			if _, err := collab.RequireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := s.CreateOutcome(tx, c, v.ID, o, in.ValueIDs); err != nil {
				return 0, err
			}
			return o.ID, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// CreateOutcome stores a checked outcome with its values and first revision, and records
// the activity, within the collaboration's transaction. An adopted OUTCOME proposal can
// create its outcome through it too.
func (s *Impact) CreateOutcome(tx *gorm.DB, c *domain.Collaboration, actorID int64, o *domain.Outcome, valueIDs []int64) error {
	if err := requireChangeable(c); err != nil {
		return err
	}
	var count int64
	if err := tx.Model(&domain.Outcome{}).Where("collaboration_id = ?", c.ID).Count(&count).Error; err != nil {
		return domain.DBErr(err, "outcomes")
	}
	if count >= MaxOutcomes {
		return domain.Invalid("collaborationId", "A collaboration measures at most %d outcomes; revise one instead.", MaxOutcomes)
	}
	ids, err := outcomeValueIDs(tx, c, valueIDs)
	if err != nil {
		return err
	}
	o.CollaborationID = c.ID
	if err := tx.Create(o).Error; err != nil {
		return domain.DBErr(err, "outcome")
	}
	if err := s.setOutcomeValues(tx, o, ids); err != nil {
		return err
	}
	if err := s.addRevision(tx, o, ids, "", actorID); err != nil {
		return err
	}
	return s.Record(tx, &c.ID, actorID, "outcome.defined", "Outcome", o.ID)
}

func (s *Impact) setOutcomeValues(tx *gorm.DB, o *domain.Outcome, ids []int64) error {
	if err := tx.Where("outcome_id = ?", o.ID).Delete(&domain.OutcomeValue{}).Error; err != nil {
		return domain.DBErr(err, "outcome values")
	}
	for _, id := range ids {
		if err := tx.Create(&domain.OutcomeValue{CollaborationID: o.CollaborationID, OutcomeID: o.ID, ValueID: id}).Error; err != nil {
			return domain.DBErr(err, "outcome value")
		}
	}
	return nil
}

func (s *Impact) addRevision(tx *gorm.DB, o *domain.Outcome, valueIDs []int64, reason string, actorID int64) error {
	r := &domain.OutcomeRevision{CollaborationID: o.CollaborationID, OutcomeID: o.ID, Name: o.Name, Unit: o.Unit, Baseline: o.Baseline,
		Target: o.Target, Direction: o.Direction, DueAt: o.DueAt, ValueIDs: valueIDs, Reason: reason, RevisedByID: actorID, CreatedAt: s.Now()}
	if r.ValueIDs == nil {
		r.ValueIDs = []int64{}
	}
	return domain.DBErr(tx.Create(r).Error, "outcome revision")
}

// inOutcome loads an outcome and runs f under its collaboration's lock.
func (s *Impact) inOutcome(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, o *domain.Outcome) error) error {
	_, err := domain.InOwner(ctx, s.Core, id, "This outcome", f)
	return err
}

// ReviseOutcome changes an outcome's definition; stewards only. The earlier definition
// stays in the history; measurements stay and count against the new definition. A
// revision that changes nothing is not recorded.
func (s *Impact) ReviseOutcome(ctx context.Context, id int64, in OutcomeRevisionInput) (*domain.Outcome, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	reason, err := domain.ValidateProse("reason", "The reason", in.Reason, 0, MaxRevisionReason)
	if err != nil {
		return nil, err
	}
	var out *domain.Outcome
	err = s.inOutcome(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, o *domain.Outcome) error {
		if _, err := collab.RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if err := requireChangeable(c); err != nil {
			return err
		}
		before := *o
		next := *o
		if in.Name != nil {
			next.Name = *in.Name
		}
		if in.Unit != nil {
			if o.MetricID != nil && *in.Unit != o.Unit && (in.MetricCode == nil || *in.MetricCode != "") {
				return domain.Invalid("unit", "This outcome counts a catalog metric in its unit; make it custom to change the unit.")
			}
			next.Unit = *in.Unit
		}
		if in.MetricCode != nil {
			if err := pickMetric(tx, &next, *in.MetricCode); err != nil {
				return err
			}
		}
		if in.Baseline != nil {
			next.Baseline = *in.Baseline
		}
		if in.Target != nil {
			next.Target = *in.Target
		}
		// The direction follows target and baseline unless it is given.
		next.Direction = ""
		if in.Direction != nil {
			next.Direction = *in.Direction
		}
		dueChanged := false
		switch {
		case in.ClearDueAt:
			next.DueAt = nil
		case in.DueAt != nil:
			next.DueAt, dueChanged = domain.UTCPtr(in.DueAt), true
		}
		if err := CheckDefinition(&next, dueChanged, s.Now()); err != nil {
			return err
		}
		var oldIDs []int64
		if err := tx.Model(&domain.OutcomeValue{}).Where("outcome_id = ?", o.ID).Order("id").Pluck("value_id", &oldIDs).Error; err != nil {
			return domain.DBErr(err, "outcome values")
		}
		ids := oldIDs
		if in.ValueIDs != nil {
			if len(in.ValueIDs) == 0 {
				return domain.Invalid("valueIds", "Name at least one value the outcome serves, or leave the values out to keep them.")
			}
			if ids, err = outcomeValueIDs(tx, c, in.ValueIDs); err != nil {
				return err
			}
		}
		sameDue := (before.DueAt == nil) == (next.DueAt == nil) && (next.DueAt == nil || before.DueAt.Equal(*next.DueAt))
		sameMetric := (before.MetricID == nil) == (next.MetricID == nil) && (next.MetricID == nil || *before.MetricID == *next.MetricID)
		if sameMetric && next.Name == before.Name && next.Unit == before.Unit && next.Baseline == before.Baseline && next.Target == before.Target &&
			next.Direction == before.Direction && sameDue && sameIDs(oldIDs, ids) {
			out = o
			return nil
		}
		next.UpdatedAt = s.Now()
		err := tx.Model(&domain.Outcome{ID: o.ID}).Select("name", "unit", "metric_id", "baseline", "target", "direction", "due_at", "updated_at").Updates(&next).Error
		if err != nil {
			return domain.DBErr(err, "outcome")
		}
		if !sameIDs(oldIDs, ids) {
			if err := s.setOutcomeValues(tx, &next, ids); err != nil {
				return err
			}
		}
		if err := s.addRevision(tx, &next, ids, reason, v.ID); err != nil {
			return err
		}
		if err := s.Record(tx, &c.ID, v.ID, "outcome.revised", "Outcome", o.ID); err != nil {
			return err
		}
		out = &domain.Outcome{}
		return domain.DBErr(tx.First(out, o.ID).Error, "outcome")
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// pickMetric is the rule for an outcome's metric: a catalog code sets the metric and the
// outcome's unit to the metric's; an empty code leaves the outcome custom (no metric).
func pickMetric(db *gorm.DB, o *domain.Outcome, code string) error {
	code = strings.TrimSpace(code)
	if code == "" {
		o.MetricID = nil
		return nil
	}
	var m domain.Metric
	if err := db.Where("code = ?", strings.ToUpper(code)).First(&m).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return domain.Invalid("metricCode", "%q is not in the metric catalog; pick one of the catalog's codes or leave it empty for a custom outcome.", code)
		}
		return domain.DBErr(err, "metric")
	}
	o.MetricID, o.Unit = &m.ID, m.Unit
	return nil
}

func sameIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[int64]bool{}
	for _, id := range a {
		in[id] = true
	}
	for _, id := range b {
		if !in[id] {
			return false
		}
	}
	return true
}

// ValidateEvidenceURL checks that u is an absolute http(s) URL with a host.
func ValidateEvidenceURL(u string) (string, error) {
	u = strings.TrimSpace(u)
	if u == "" {
		return "", nil
	}
	if err := domain.CheckCharacters("evidenceUrl", "An evidence link", u, false); err != nil {
		return "", err
	}
	if utf8.RuneCountInString(u) > MaxEvidenceURL {
		return "", domain.Invalid("evidenceUrl", "An evidence link is at most %d characters.", MaxEvidenceURL)
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || strings.ContainsAny(u, " \t\r\n") {
		return "", domain.Invalid("evidenceUrl", "Evidence links start with http:// or https://, such as https://example.org/report.pdf.")
	}
	return u, nil
}

// RecordMeasurement records a reading of an outcome with its evidence, as an ACTIVE
// member. With SupersedesID it corrects an earlier measurement of the same outcome (its
// recorder or a steward may): both stay, and only the correction counts.
func (s *Impact) RecordMeasurement(ctx context.Context, outcomeID int64, in MeasurementInput) (*domain.Measurement, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(in.Value) || math.IsInf(in.Value, 0) {
		return nil, domain.Invalid("value", "The value must be a finite number.")
	}
	evURL, err := ValidateEvidenceURL(in.EvidenceURL)
	if err != nil {
		return nil, err
	}
	note, err := domain.ValidateProse("evidenceNote", "The evidence note", in.EvidenceNote, 0, MaxEvidenceNote)
	if err != nil {
		return nil, err
	}
	if evURL == "" && note == "" {
		return nil, domain.Invalid("evidenceUrl", "Give evidence: a link to it, a note saying how it was measured, or both.")
	}
	now := s.Now()
	if in.MeasuredAt != nil && in.MeasuredAt.UTC().After(now.Add(measurementClockLag)) {
		return nil, domain.Invalid("measuredAt", "A measurement is recorded once it is taken; this date is in the future.")
	}
	var out *domain.Measurement
	err = s.inOutcome(ctx, outcomeID, func(tx *gorm.DB, c *domain.Collaboration, o *domain.Outcome) error {
		return domain.Once(ctx, s.Core, tx, "recordMeasurement", []any{outcomeID, in}, &out, func() (int64, error) {
			me, err := collab.RequireActive(tx, ctx, c)
			if err != nil {
				return 0, err
			}
			if err := requireChangeable(c); err != nil {
				return 0, err
			}
			m := &domain.Measurement{CollaborationID: c.ID, OutcomeID: o.ID, Value: in.Value, MeasuredAt: now, EvidenceURL: evURL,
				EvidenceNote: note, RecordedByID: v.ID, CreatedAt: now}
			verb := "measurement.recorded"
			if in.SupersedesID != nil {
				var old domain.Measurement
				if err := tx.Where("id = ? AND outcome_id = ?", *in.SupersedesID, o.ID).First(&old).Error; err != nil {
					return 0, &domain.Error{Code: domain.CodeNotFound, Field: "supersedesId", Message: "The measurement to correct is not one of this outcome's."}
				}
				if old.RecordedByID != v.ID && me.Role != domain.MembershipSteward {
					return 0, &domain.Error{Code: domain.CodeForbidden, Field: "supersedesId", Message: "Only the member who recorded a measurement, or a steward, can correct it."}
				}
				var n int64
				if err := tx.Model(&domain.Measurement{}).Where("supersedes_id = ?", old.ID).Count(&n).Error; err != nil {
					return 0, domain.DBErr(err, "measurements")
				}
				if n > 0 {
					return 0, &domain.Error{Code: domain.CodeConflict, Field: "supersedesId", Message: "This measurement is already corrected; correct the correction instead."}
				}
				m.SupersedesID, m.MeasuredAt, verb = &old.ID, old.MeasuredAt, "measurement.corrected"
			}
			if in.MeasuredAt != nil {
				m.MeasuredAt = in.MeasuredAt.UTC()
			}
			if err := tx.Create(m).Error; err != nil {
				if errors.Is(err, gorm.ErrDuplicatedKey) {
					return 0, &domain.Error{Code: domain.CodeConflict, Field: "supersedesId", Message: "This measurement is already corrected; correct the correction instead."}
				}
				return 0, domain.DBErr(err, "measurement")
			}
			out = m
			return m.ID, s.Record(tx, &c.ID, v.ID, verb, "Measurement", m.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// CanAttest reports whether viewer (with membership mine in the measurement's
// collaboration, nil if none) may attest m now, given whether a correction supersedes m
// and who has attested it: the rules AttestMeasurement enforces.
func CanAttest(viewer *domain.Person, mine *domain.Membership, m *domain.Measurement, corrected bool, attestations []*domain.Attestation) bool {
	if viewer == nil || viewer.ID == m.RecordedByID || mine == nil || mine.Status != domain.MembershipActive || corrected {
		return false
	}
	for _, a := range attestations {
		if a.PersonID == viewer.ID {
			return false
		}
	}
	return true
}

// AttestMeasurement confirms another member's measurement, as an ACTIVE member: nobody
// attests their own, each member attests a measurement once, and a corrected measurement
// is not attested (its correction is).
func (s *Impact) AttestMeasurement(ctx context.Context, id int64) (*domain.Measurement, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m domain.Measurement
	if err := s.DB.WithContext(ctx).First(&m, id).Error; err != nil {
		return nil, domain.DBErr(err, "This measurement")
	}
	err = s.InCollaboration(ctx, m.CollaborationID, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := collab.RequireActive(tx, ctx, c); err != nil {
			return err
		}
		if err := requireChangeable(c); err != nil {
			return err
		}
		if m.RecordedByID == v.ID {
			return domain.Errorf(domain.CodeForbidden, "Nobody attests their own measurement; another member does.")
		}
		var n int64
		if err := tx.Model(&domain.Measurement{}).Where("supersedes_id = ?", m.ID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "measurements")
		}
		if n > 0 {
			return domain.Errorf(domain.CodeConflict, "This measurement was corrected; attest the correction instead.")
		}
		if err := tx.Model(&domain.Attestation{}).Where("measurement_id = ? AND person_id = ?", m.ID, v.ID).Count(&n).Error; err != nil {
			return domain.DBErr(err, "attestations")
		}
		if n > 0 {
			return domain.Errorf(domain.CodeConflict, "You have already attested this measurement.")
		}
		a := &domain.Attestation{CollaborationID: c.ID, MeasurementID: m.ID, PersonID: v.ID, CreatedAt: s.Now()}
		if err := tx.Create(a).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return domain.Errorf(domain.CodeConflict, "You have already attested this measurement.")
			}
			return domain.DBErr(err, "attestation")
		}
		return s.Record(tx, &c.ID, v.ID, "measurement.attested", "Measurement", m.ID)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}
