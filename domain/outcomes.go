package domain

import (
	"context"
	"errors"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// Limits of outcomes and measurements.
const (
	MaxOutcomes         = 30
	MaxOutcomeName      = 120
	MaxOutcomeUnit      = 40
	MaxOutcomeValues    = MaxCollabValues
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
	Direction Direction
	DueAt     *time.Time
	ValueIDs  []int64
}

// OutcomeRevisionInput holds the fields of an outcome to change; nil leaves a field as
// it is. Reason says why, for the history.
type OutcomeRevisionInput struct {
	Name, Unit       *string
	Baseline, Target *float64
	Direction        *Direction
	DueAt            *time.Time
	ClearDueAt       bool
	ValueIDs         []int64
	Reason           string
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

// checkDefinition validates an outcome's definition as a whole: texts, numbers, the
// direction against target and baseline, and the due date (future when set anew).
func checkDefinition(o *Outcome, dueChanged bool, now time.Time) error {
	var err error
	if o.Name, err = ValidateLine("name", "The outcome's name", o.Name, 3, MaxOutcomeName); err != nil {
		return err
	}
	if o.Unit, err = ValidateLine("unit", "The unit", o.Unit, 1, MaxOutcomeUnit); err != nil {
		return err
	}
	if strings.ContainsAny(o.Unit, "\n\r\t") {
		return Invalid("unit", "A unit is one short word or phrase, such as meals or households.")
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"baseline", o.Baseline}, {"target", o.Target}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return Invalid(f.name, "The %s must be a finite number.", f.name)
		}
	}
	if o.Target == o.Baseline {
		return Invalid("target", "The target must differ from the baseline, or there is nothing to measure.")
	}
	want := DirectionIncrease
	if o.Target < o.Baseline {
		want = DirectionDecrease
	}
	switch o.Direction {
	case "":
		o.Direction = want
	case DirectionIncrease, DirectionDecrease:
		if o.Direction != want {
			return Invalid("direction", "A target of %g from a baseline of %g is a %s, not a %s.", o.Target, o.Baseline, strings.ToLower(string(want)), strings.ToLower(string(o.Direction)))
		}
	default:
		return Invalid("direction", "Direction is INCREASE or DECREASE.")
	}
	if dueChanged && o.DueAt != nil && !o.DueAt.After(now) {
		return Invalid("dueAt", "The due date must be in the future.")
	}
	return nil
}

// outcomeValueIDs checks the values an outcome serves: approved catalog values, each once,
// at most MaxOutcomeValues; none means the collaboration's own values.
func outcomeValueIDs(tx *gorm.DB, c *Collaboration, ids []int64) ([]int64, error) {
	if len(ids) == 0 {
		var own []int64
		err := tx.Model(&CollaborationValue{}).Where("collaboration_id = ?", c.ID).Order("weight DESC, id").Pluck("value_id", &own).Error
		return own, dbErr(err, "collaboration values")
	}
	if len(ids) > MaxOutcomeValues {
		return nil, Invalid("valueIds", "An outcome serves at most %d values.", MaxOutcomeValues)
	}
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			return nil, Invalid("valueIds", "Each value may be named once.")
		}
		seen[id] = true
	}
	var n int64
	if err := tx.Model(&Value{}).Where("id IN ? AND status = ?", ids, ValueApproved).Count(&n).Error; err != nil {
		return nil, dbErr(err, "values")
	}
	if int(n) != len(ids) {
		return nil, Invalid("valueIds", "One of the values is not in the catalog.")
	}
	return ids, nil
}

// requireChangeable refuses changes to an archived collaboration.
func requireChangeable(c *Collaboration) error {
	if c.Status == CollaborationArchived {
		return Errorf(CodeConflict, "%q is archived; it can no longer change.", c.Title)
	}
	return nil
}

// DefineOutcome adds an outcome to a collaboration; stewards only.
func (s *Service) DefineOutcome(ctx context.Context, collabID int64, in OutcomeInput) (*Outcome, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	o := &Outcome{Name: in.Name, Unit: in.Unit, Baseline: in.Baseline, Target: in.Target, Direction: in.Direction,
		DueAt: utcPtr(in.DueAt), CreatedByID: v.ID, CreatedAt: now, UpdatedAt: now}
	if err := checkDefinition(o, true, now); err != nil {
		return nil, err
	}
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "defineOutcome", []any{collabID, in}, &o, func() (int64, error) {
			if _, err := requireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := s.createOutcome(tx, c, v.ID, o, in.ValueIDs); err != nil {
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

// createOutcome stores a checked outcome with its values and first revision, and records
// the activity, within the collaboration's transaction. An adopted OUTCOME proposal can
// create its outcome through it too.
func (s *Service) createOutcome(tx *gorm.DB, c *Collaboration, actorID int64, o *Outcome, valueIDs []int64) error {
	if err := requireChangeable(c); err != nil {
		return err
	}
	var count int64
	if err := tx.Model(&Outcome{}).Where("collaboration_id = ?", c.ID).Count(&count).Error; err != nil {
		return dbErr(err, "outcomes")
	}
	if count >= MaxOutcomes {
		return Invalid("collaborationId", "A collaboration measures at most %d outcomes; revise one instead.", MaxOutcomes)
	}
	ids, err := outcomeValueIDs(tx, c, valueIDs)
	if err != nil {
		return err
	}
	o.CollaborationID = c.ID
	if err := tx.Create(o).Error; err != nil {
		return dbErr(err, "outcome")
	}
	if err := s.setOutcomeValues(tx, o, ids); err != nil {
		return err
	}
	if err := s.addRevision(tx, o, ids, "", actorID); err != nil {
		return err
	}
	return s.record(tx, &c.ID, actorID, "outcome.defined", "Outcome", o.ID)
}

func (s *Service) setOutcomeValues(tx *gorm.DB, o *Outcome, ids []int64) error {
	if err := tx.Where("outcome_id = ?", o.ID).Delete(&OutcomeValue{}).Error; err != nil {
		return dbErr(err, "outcome values")
	}
	for _, id := range ids {
		if err := tx.Create(&OutcomeValue{CollaborationID: o.CollaborationID, OutcomeID: o.ID, ValueID: id}).Error; err != nil {
			return dbErr(err, "outcome value")
		}
	}
	return nil
}

func (s *Service) addRevision(tx *gorm.DB, o *Outcome, valueIDs []int64, reason string, actorID int64) error {
	r := &OutcomeRevision{CollaborationID: o.CollaborationID, OutcomeID: o.ID, Name: o.Name, Unit: o.Unit, Baseline: o.Baseline,
		Target: o.Target, Direction: o.Direction, DueAt: o.DueAt, ValueIDs: valueIDs, Reason: reason, RevisedByID: actorID, CreatedAt: s.now()}
	if r.ValueIDs == nil {
		r.ValueIDs = []int64{}
	}
	return dbErr(tx.Create(r).Error, "outcome revision")
}

// inOutcome loads an outcome and runs f under its collaboration's lock.
func (s *Service) inOutcome(ctx context.Context, id int64, f func(tx *gorm.DB, c *Collaboration, o *Outcome) error) error {
	var o Outcome
	if err := s.db.WithContext(ctx).First(&o, id).Error; err != nil {
		return dbErr(err, "This outcome")
	}
	return s.inCollaboration(ctx, o.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if err := tx.First(&o, id).Error; err != nil {
			return dbErr(err, "This outcome")
		}
		return f(tx, c, &o)
	})
}

// ReviseOutcome changes an outcome's definition; stewards only. The earlier definition
// stays in the history; measurements stay and count against the new definition. A
// revision that changes nothing is not recorded.
func (s *Service) ReviseOutcome(ctx context.Context, id int64, in OutcomeRevisionInput) (*Outcome, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	reason, err := ValidateProse("reason", "The reason", in.Reason, 0, MaxRevisionReason)
	if err != nil {
		return nil, err
	}
	var out *Outcome
	err = s.inOutcome(ctx, id, func(tx *gorm.DB, c *Collaboration, o *Outcome) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
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
			next.Unit = *in.Unit
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
			next.DueAt, dueChanged = utcPtr(in.DueAt), true
		}
		if err := checkDefinition(&next, dueChanged, s.now()); err != nil {
			return err
		}
		var oldIDs []int64
		if err := tx.Model(&OutcomeValue{}).Where("outcome_id = ?", o.ID).Order("id").Pluck("value_id", &oldIDs).Error; err != nil {
			return dbErr(err, "outcome values")
		}
		ids := oldIDs
		if in.ValueIDs != nil {
			if len(in.ValueIDs) == 0 {
				return Invalid("valueIds", "Name at least one value the outcome serves, or leave the values out to keep them.")
			}
			if ids, err = outcomeValueIDs(tx, c, in.ValueIDs); err != nil {
				return err
			}
		}
		sameDue := (before.DueAt == nil) == (next.DueAt == nil) && (next.DueAt == nil || before.DueAt.Equal(*next.DueAt))
		if next.Name == before.Name && next.Unit == before.Unit && next.Baseline == before.Baseline && next.Target == before.Target &&
			next.Direction == before.Direction && sameDue && sameIDs(oldIDs, ids) {
			out = o
			return nil
		}
		next.UpdatedAt = s.now()
		err := tx.Model(&Outcome{ID: o.ID}).Select("name", "unit", "baseline", "target", "direction", "due_at", "updated_at").Updates(&next).Error
		if err != nil {
			return dbErr(err, "outcome")
		}
		if !sameIDs(oldIDs, ids) {
			if err := s.setOutcomeValues(tx, &next, ids); err != nil {
				return err
			}
		}
		if err := s.addRevision(tx, &next, ids, reason, v.ID); err != nil {
			return err
		}
		if err := s.record(tx, &c.ID, v.ID, "outcome.revised", "Outcome", o.ID); err != nil {
			return err
		}
		out = &Outcome{}
		return dbErr(tx.First(out, o.ID).Error, "outcome")
	})
	if err != nil {
		return nil, err
	}
	return out, nil
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
	if err := checkCharacters("evidenceUrl", "An evidence link", u, false); err != nil {
		return "", err
	}
	if utf8.RuneCountInString(u) > MaxEvidenceURL {
		return "", Invalid("evidenceUrl", "An evidence link is at most %d characters.", MaxEvidenceURL)
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || strings.ContainsAny(u, " \t\r\n") {
		return "", Invalid("evidenceUrl", "Evidence links start with http:// or https://, such as https://example.org/report.pdf.")
	}
	return u, nil
}

// RecordMeasurement records a reading of an outcome with its evidence, as an ACTIVE
// member. With SupersedesID it corrects an earlier measurement of the same outcome (its
// recorder or a steward may): both stay, and only the correction counts.
func (s *Service) RecordMeasurement(ctx context.Context, outcomeID int64, in MeasurementInput) (*Measurement, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(in.Value) || math.IsInf(in.Value, 0) {
		return nil, Invalid("value", "The value must be a finite number.")
	}
	evURL, err := ValidateEvidenceURL(in.EvidenceURL)
	if err != nil {
		return nil, err
	}
	note, err := ValidateProse("evidenceNote", "The evidence note", in.EvidenceNote, 0, MaxEvidenceNote)
	if err != nil {
		return nil, err
	}
	if evURL == "" && note == "" {
		return nil, Invalid("evidenceUrl", "Give evidence: a link to it, a note saying how it was measured, or both.")
	}
	now := s.now()
	if in.MeasuredAt != nil && in.MeasuredAt.UTC().After(now.Add(measurementClockLag)) {
		return nil, Invalid("measuredAt", "A measurement is recorded once it is taken; this date is in the future.")
	}
	var out *Measurement
	err = s.inOutcome(ctx, outcomeID, func(tx *gorm.DB, c *Collaboration, o *Outcome) error {
		return once(ctx, s, tx, "recordMeasurement", []any{outcomeID, in}, &out, func() (int64, error) {
			me, err := requireActive(tx, ctx, c)
			if err != nil {
				return 0, err
			}
			if err := requireChangeable(c); err != nil {
				return 0, err
			}
			m := &Measurement{CollaborationID: c.ID, OutcomeID: o.ID, Value: in.Value, MeasuredAt: now, EvidenceURL: evURL,
				EvidenceNote: note, RecordedByID: v.ID, CreatedAt: now}
			verb := "measurement.recorded"
			if in.SupersedesID != nil {
				var old Measurement
				if err := tx.Where("id = ? AND outcome_id = ?", *in.SupersedesID, o.ID).First(&old).Error; err != nil {
					return 0, &Error{Code: CodeNotFound, Field: "supersedesId", Message: "The measurement to correct is not one of this outcome's."}
				}
				if old.RecordedByID != v.ID && me.Role != MembershipSteward {
					return 0, &Error{Code: CodeForbidden, Field: "supersedesId", Message: "Only the member who recorded a measurement, or a steward, can correct it."}
				}
				var n int64
				if err := tx.Model(&Measurement{}).Where("supersedes_id = ?", old.ID).Count(&n).Error; err != nil {
					return 0, dbErr(err, "measurements")
				}
				if n > 0 {
					return 0, &Error{Code: CodeConflict, Field: "supersedesId", Message: "This measurement is already corrected; correct the correction instead."}
				}
				m.SupersedesID, m.MeasuredAt, verb = &old.ID, old.MeasuredAt, "measurement.corrected"
			}
			if in.MeasuredAt != nil {
				m.MeasuredAt = in.MeasuredAt.UTC()
			}
			if err := tx.Create(m).Error; err != nil {
				if errors.Is(err, gorm.ErrDuplicatedKey) {
					return 0, &Error{Code: CodeConflict, Field: "supersedesId", Message: "This measurement is already corrected; correct the correction instead."}
				}
				return 0, dbErr(err, "measurement")
			}
			out = m
			return m.ID, s.record(tx, &c.ID, v.ID, verb, "Measurement", m.ID)
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
func CanAttest(viewer *Person, mine *Membership, m *Measurement, corrected bool, attestations []*Attestation) bool {
	if viewer == nil || viewer.ID == m.RecordedByID || mine == nil || mine.Status != MembershipActive || corrected {
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
func (s *Service) AttestMeasurement(ctx context.Context, id int64) (*Measurement, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var m Measurement
	if err := s.db.WithContext(ctx).First(&m, id).Error; err != nil {
		return nil, dbErr(err, "This measurement")
	}
	err = s.inCollaboration(ctx, m.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if _, err := requireActive(tx, ctx, c); err != nil {
			return err
		}
		if err := requireChangeable(c); err != nil {
			return err
		}
		if m.RecordedByID == v.ID {
			return Errorf(CodeForbidden, "Nobody attests their own measurement; another member does.")
		}
		var n int64
		if err := tx.Model(&Measurement{}).Where("supersedes_id = ?", m.ID).Count(&n).Error; err != nil {
			return dbErr(err, "measurements")
		}
		if n > 0 {
			return Errorf(CodeConflict, "This measurement was corrected; attest the correction instead.")
		}
		if err := tx.Model(&Attestation{}).Where("measurement_id = ? AND person_id = ?", m.ID, v.ID).Count(&n).Error; err != nil {
			return dbErr(err, "attestations")
		}
		if n > 0 {
			return Errorf(CodeConflict, "You have already attested this measurement.")
		}
		a := &Attestation{CollaborationID: c.ID, MeasurementID: m.ID, PersonID: v.ID, CreatedAt: s.now()}
		if err := tx.Create(a).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return Errorf(CodeConflict, "You have already attested this measurement.")
			}
			return dbErr(err, "attestation")
		}
		return s.record(tx, &c.ID, v.ID, "measurement.attested", "Measurement", m.ID)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}
