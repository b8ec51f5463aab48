package kindred_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
)

// outcomeWorld is a collaboration with a steward, a member and an outsider, another
// collaboration of the outsider's, and an outcome in each.
type outcomeWorld struct {
	steward, member, outsider context.Context
	c, other                  *domain.Collaboration
	o, otherO                 *domain.Outcome
}

func newOutcomeWorld(t *testing.T, f *fixture) *outcomeWorld {
	t.Helper()
	w := &outcomeWorld{}
	_, w.steward = f.SignUp(t, "amara")
	_, w.member = f.SignUp(t, "bo-chen")
	_, w.outsider = f.SignUp(t, "dee")
	w.c, _ = f.NewCollab(t, w.steward)
	f.Join(t, w.steward, w.member, w.c, kindredtest.Hours("3"))
	w.other, _ = f.NewCollab(t, w.outsider)
	var err error
	if w.o, err = f.Svc.DefineOutcome(w.steward, w.c.ID, impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 10, Target: 50}); err != nil {
		t.Fatal(err)
	}
	if w.otherO, err = f.Svc.DefineOutcome(w.outsider, w.other.ID, impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 0, Target: 5}); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestDefineAndReviseOutcome(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		if w.o.Direction != domain.DirectionIncrease {
			t.Errorf("got direction %s, want INCREASE inferred from 10 → 50", w.o.Direction)
		}
		vals, err := f.Svc.OutcomeValueIDs(w.steward, []int64{w.o.ID})
		if err != nil || len(vals[w.o.ID]) != 2 {
			t.Errorf("got values %v, %v, want the collaboration's two values by default", vals, err)
		}
		due := epoch.AddDate(0, 6, 0)
		down, err := f.Svc.DefineOutcome(w.steward, w.c.ID, impact.OutcomeInput{Name: "Food waste", Unit: "kg", Baseline: 100, Target: 60,
			Direction: domain.DirectionDecrease, DueAt: &due, ValueIDs: vals[w.o.ID][:1]})
		if err != nil || down.Direction != domain.DirectionDecrease || !down.DueAt.Equal(due) {
			t.Fatalf("define a decrease: got %+v, %v", down, err)
		}
		f.Clock.Advance(time.Hour)
		target, reason := 80.0, "We found a second supermarket."
		revised, err := f.Svc.ReviseOutcome(w.steward, w.o.ID, impact.OutcomeRevisionInput{Target: &target, Reason: reason})
		if err != nil || revised.Target != 80 || revised.Baseline != 10 || !revised.CreatedAt.Equal(w.o.CreatedAt) {
			t.Fatalf("revise: got %+v, %v, want target 80 and the creation date kept", revised, err)
		}
		// Revising the target below the baseline turns the direction.
		low := 5.0
		if r, err := f.Svc.ReviseOutcome(w.steward, w.o.ID, impact.OutcomeRevisionInput{Target: &low}); err != nil || r.Direction != domain.DirectionDecrease {
			t.Fatalf("revise below baseline: got %+v, %v, want DECREASE", r, err)
		}
		// A revision that changes nothing is not recorded.
		if _, err := f.Svc.ReviseOutcome(w.steward, w.o.ID, impact.OutcomeRevisionInput{Target: &low, Reason: "again"}); err != nil {
			t.Fatal(err)
		}
		hist, err := f.Svc.RevisionsByOutcome(w.steward, []int64{w.o.ID})
		if err != nil {
			t.Fatal(err)
		}
		h := hist[w.o.ID]
		if len(h) != 3 || h[0].Target != 5 || h[1].Target != 80 || h[1].Reason != reason || h[2].Target != 50 || h[2].Name != "Meals rescued" || len(h[2].ValueIDs) != 2 {
			t.Errorf("history: got %d revisions %+v, want 5, 80, 50 newest first", len(h), h)
		}
		var acts []domain.Activity
		f.DB.Where("subject_type = ? AND subject_id = ?", "Outcome", w.o.ID).Order("id").Find(&acts)
		if len(acts) != 3 || acts[0].Verb != "outcome.defined" || acts[1].Verb != "outcome.revised" || acts[2].Verb != "outcome.revised" {
			t.Errorf("activity: got %+v, want defined and two revisions", acts)
		}
	})
}

func TestMeasurementsAttestationsAndCorrections(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		at := func(days int) *time.Time { v := epoch.AddDate(0, 0, days); return &v }
		m1, err := f.Svc.RecordMeasurement(w.member, w.o.ID, impact.MeasurementInput{Value: 20, MeasuredAt: at(-10), EvidenceURL: "https://example.org/week1.pdf"})
		if err != nil {
			t.Fatal(err)
		}
		m2, err := f.Svc.RecordMeasurement(w.steward, w.o.ID, impact.MeasurementInput{Value: 35, MeasuredAt: at(-2), EvidenceNote: "Counted the crates, Tuesday."})
		if err != nil {
			t.Fatal(err)
		}
		// Recorded later but measured earlier: it does not become the latest.
		if _, err := f.Svc.RecordMeasurement(w.member, w.o.ID, impact.MeasurementInput{Value: 25, MeasuredAt: at(-5), EvidenceNote: "late entry"}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.AttestMeasurement(w.steward, m1.ID); err != nil {
			t.Fatal(err)
		}
		kindredtest.WantCode(t, func() error { _, err := f.Svc.AttestMeasurement(w.steward, m1.ID); return err }(), domain.CodeConflict)
		latest := func() *domain.Measurement {
			t.Helper()
			l, err := f.Svc.LatestByOutcome(w.steward, []int64{w.o.ID})
			if err != nil {
				t.Fatal(err)
			}
			all, _ := f.Svc.MeasurementsByOutcome(w.steward, []int64{w.o.ID})
			ms := all[w.o.ID]
			inGo := impact.Latest(ms, impact.Superseded(ms))
			if (inGo == nil) != (l[w.o.ID] == nil) || (inGo != nil && inGo.ID != l[w.o.ID].ID) {
				t.Fatalf("latest: SQL says %+v, Go says %+v", l[w.o.ID], inGo)
			}
			return l[w.o.ID]
		}
		if l := latest(); l.ID != m2.ID || !l.MeasuredAt.Equal(*at(-2)) {
			t.Fatalf("got latest %+v, want m2", l)
		}
		// m2 was 35, not 30: the steward corrects it; the correction keeps m2's date.
		fix, err := f.Svc.RecordMeasurement(w.steward, w.o.ID, impact.MeasurementInput{Value: 30, EvidenceNote: "Recounted.", SupersedesID: &m2.ID})
		if err != nil {
			t.Fatal(err)
		}
		if !fix.MeasuredAt.Equal(m2.MeasuredAt) || fix.SupersedesID == nil || *fix.SupersedesID != m2.ID {
			t.Errorf("correction: got %+v, want m2's date and supersedes m2", fix)
		}
		l := latest()
		if l.ID != fix.ID {
			t.Fatalf("got latest %d, want the correction %d", l.ID, fix.ID)
		}
		if p, ok := impact.ProgressOf(w.o, l); !ok || math.Abs(p.Raw-0.5) > 1e-9 {
			t.Errorf("got progress %+v, want 0.5 (30 between 10 and 50)", p)
		}
		// Both stay; the member may attest the correction but not the corrected one.
		kindredtest.WantCode(t, func() error { _, err := f.Svc.AttestMeasurement(w.member, m2.ID); return err }(), domain.CodeConflict)
		if _, err := f.Svc.AttestMeasurement(w.member, fix.ID); err != nil {
			t.Fatal(err)
		}
		// The member may not correct the steward's reading; nobody corrects twice.
		kindredtest.WantCode(t, func() error {
			_, err := f.Svc.RecordMeasurement(w.member, w.o.ID, impact.MeasurementInput{Value: 31, EvidenceNote: "x", SupersedesID: &fix.ID})
			return err
		}(), domain.CodeForbidden)
		kindredtest.WantCode(t, func() error {
			_, err := f.Svc.RecordMeasurement(w.steward, w.o.ID, impact.MeasurementInput{Value: 31, EvidenceNote: "x", SupersedesID: &m2.ID})
			return err
		}(), domain.CodeConflict)
		all, _ := f.Svc.MeasurementsByOutcome(w.steward, []int64{w.o.ID})
		if n := len(all[w.o.ID]); n != 4 {
			t.Errorf("got %d measurements, want 4: corrections keep what they correct", n)
		}
		page, err := impact.PageMeasurements(all[w.o.ID], true, nil, "")
		if err != nil || page.TotalCount != 3 || page.Measurements[0].ID != fix.ID {
			t.Errorf("current measurements: got %+v, %v, want 3 with the correction first", page, err)
		}
		two := 2
		p1, _ := impact.PageMeasurements(all[w.o.ID], false, &two, "")
		p2, err := impact.PageMeasurements(all[w.o.ID], false, &two, p1.Cursors[1])
		if err != nil || !p1.HasNextPage || p2.HasNextPage || len(p2.Measurements) != 2 || p2.Measurements[1].ID != m1.ID {
			t.Errorf("pages: got %+v then %+v, %v", p1, p2, err)
		}
		var verbs []string
		f.DB.Model(&domain.Activity{}).Where("subject_type = ?", "Measurement").Order("id").Pluck("verb", &verbs)
		if got := strings.Join(verbs, ","); got != "measurement.recorded,measurement.recorded,measurement.recorded,measurement.attested,measurement.corrected,measurement.attested" {
			t.Errorf("activity: got %s", got)
		}
	})
}

// TestOutcomeBadInput checks that each refused change gets its code and stores nothing.
func TestOutcomeBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		m, err := f.Svc.RecordMeasurement(w.member, w.o.ID, impact.MeasurementInput{Value: 20, EvidenceNote: "counted"})
		if err != nil {
			t.Fatal(err)
		}
		otherM, err := f.Svc.RecordMeasurement(w.outsider, w.otherO.ID, impact.MeasurementInput{Value: 1, EvidenceNote: "counted"})
		if err != nil {
			t.Fatal(err)
		}
		past, future := epoch.Add(-time.Hour), epoch.Add(time.Hour)
		long := strings.Repeat("é", 2001)
		good := impact.OutcomeInput{Name: "Trees planted", Unit: "trees", Baseline: 0, Target: 100}
		with := func(change func(*impact.OutcomeInput)) impact.OutcomeInput { in := good; change(&in); return in }
		define := func(as context.Context, in impact.OutcomeInput) func() error {
			return func() error { _, err := f.Svc.DefineOutcome(as, w.c.ID, in); return err }
		}
		record := func(as context.Context, o int64, in impact.MeasurementInput) func() error {
			return func() error { _, err := f.Svc.RecordMeasurement(as, o, in); return err }
		}
		reading := func(change func(*impact.MeasurementInput)) impact.MeasurementInput {
			in := impact.MeasurementInput{Value: 30, EvidenceURL: "https://example.org/r"}
			change(&in)
			return in
		}
		tests := []struct {
			name string
			code domain.Code
			run  func() error
		}{
			{"target_equals_baseline", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Target = 0 }))},
			{"direction_against_target", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Direction = domain.DirectionDecrease }))},
			{"unknown_direction", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Direction = "SIDEWAYS" }))},
			{"not_a_number", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Baseline = math.NaN() }))},
			{"infinite_target", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Target = math.Inf(1) }))},
			{"due_in_the_past", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.DueAt = &past }))},
			{"long_name", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Name = long[:2*121] }))},
			{"empty_name", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Name = "  " }))},
			{"long_unit", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.Unit = long[:2*41] }))},
			{"unknown_value", domain.CodeInvalid, define(w.steward, with(func(in *impact.OutcomeInput) { in.ValueIDs = []int64{99999} }))},
			{"member_defines", domain.CodeForbidden, define(w.member, good)},
			{"outsider_defines", domain.CodeForbidden, define(w.outsider, good)},
			{"signed_out_defines", domain.CodeUnauthenticated, define(context.Background(), good)},
			{"revise_to_target_equal_baseline", domain.CodeInvalid, func() error {
				ten := 10.0
				_, err := f.Svc.ReviseOutcome(w.steward, w.o.ID, impact.OutcomeRevisionInput{Target: &ten})
				return err
			}},
			{"revise_long_reason", domain.CodeInvalid, func() error {
				name := "Meals"
				_, err := f.Svc.ReviseOutcome(w.steward, w.o.ID, impact.OutcomeRevisionInput{Name: &name, Reason: long[:2*501]})
				return err
			}},
			{"member_revises", domain.CodeForbidden, func() error {
				name := "Meals"
				_, err := f.Svc.ReviseOutcome(w.member, w.o.ID, impact.OutcomeRevisionInput{Name: &name})
				return err
			}},
			{"evidence_ftp", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceURL = "ftp://example.org/r" }))},
			{"evidence_javascript", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceURL = "javascript:alert(1)" }))},
			{"evidence_no_scheme", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceURL = "example.org/report" }))},
			{"evidence_long_url", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceURL = "https://example.org/" + strings.Repeat("a", 2000) }))},
			{"no_evidence", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceURL = " " }))},
			{"long_note", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.EvidenceNote = long[:2*1001] }))},
			{"measured_in_the_future", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.MeasuredAt = &future }))},
			{"value_not_a_number", domain.CodeInvalid, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.Value = math.NaN() }))},
			{"another_collaborations_outcome", domain.CodeForbidden, record(w.member, w.otherO.ID, reading(func(*impact.MeasurementInput) {}))},
			{"correcting_another_outcomes_measurement", domain.CodeNotFound, record(w.member, w.o.ID, reading(func(in *impact.MeasurementInput) { in.SupersedesID = &otherM.ID }))},
			{"outsider_records", domain.CodeForbidden, record(w.outsider, w.o.ID, reading(func(*impact.MeasurementInput) {}))},
			{"unknown_outcome", domain.CodeNotFound, record(w.member, 99999, reading(func(*impact.MeasurementInput) {}))},
			{"self_attestation", domain.CodeForbidden, func() error { _, err := f.Svc.AttestMeasurement(w.member, m.ID); return err }},
			{"outsider_attests", domain.CodeForbidden, func() error { _, err := f.Svc.AttestMeasurement(w.outsider, m.ID); return err }},
			{"unknown_measurement", domain.CodeNotFound, func() error { _, err := f.Svc.AttestMeasurement(w.steward, 99999); return err }},
		}
		models := []any{&domain.Outcome{}, &domain.OutcomeRevision{}, &domain.OutcomeValue{}, &domain.Measurement{}, &domain.Attestation{}, &domain.Activity{}}
		counts := func() []int64 {
			out := make([]int64, len(models))
			for i, m := range models {
				out[i] = f.Count(t, m)
			}
			return out
		}
		before := counts()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) { kindredtest.WantCode(t, tt.run(), tt.code) })
		}
		if after := counts(); !slices.Equal(after, before) {
			t.Errorf("got rows %v after refused changes, want %v", after, before)
		}
		var o domain.Outcome
		f.DB.First(&o, w.o.ID)
		if o.Target != 50 || o.Name != "Meals rescued" {
			t.Errorf("refused revisions changed the outcome: %+v", o)
		}
	})
}

// TestConcurrentCorrectionsAndAttestations has a steward correct one measurement many
// times at once and members attest one measurement twice each at once: exactly one
// correction stands, each member attests once, and nothing else is stored. Run it with
// -race.
func TestConcurrentCorrectionsAndAttestations(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		const n = 6
		members := make([]context.Context, n)
		for i := range n {
			_, members[i] = f.SignUp(t, fmt.Sprintf("member-%02d", i))
			f.Join(t, w.steward, members[i], w.c, kindredtest.Hours("1"))
		}
		m, err := f.Svc.RecordMeasurement(w.member, w.o.ID, impact.MeasurementInput{Value: 20, EvidenceNote: "counted"})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		corrections := make([]error, n)
		attests := make([]error, 2*n)
		for i := range n {
			wg.Add(3)
			go func() {
				defer wg.Done()
				_, corrections[i] = f.Svc.RecordMeasurement(w.steward, w.o.ID, impact.MeasurementInput{Value: float64(21 + i), EvidenceNote: "recount", SupersedesID: &m.ID})
			}()
			for j := range 2 {
				go func() {
					defer wg.Done()
					_, attests[2*i+j] = f.Svc.AttestMeasurement(members[i], m.ID)
				}()
			}
		}
		wg.Wait()
		ok := 0
		for _, err := range corrections {
			if err == nil {
				ok++
			} else if domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("correction: got %v, want success or CONFLICT", err)
			}
		}
		if ok != 1 {
			t.Errorf("got %d corrections standing, want exactly 1", ok)
		}
		var corrected int64
		f.DB.Model(&domain.Measurement{}).Where("supersedes_id = ?", m.ID).Count(&corrected)
		if corrected != 1 {
			t.Errorf("got %d stored corrections, want 1", corrected)
		}
		// Attestations race the correction: each member attests at most once, and a
		// refusal is a CONFLICT (already attested, or corrected meanwhile).
		for _, err := range attests {
			if err != nil && domain.ErrorCode(err) != domain.CodeConflict {
				t.Errorf("attest: got %v, want success or CONFLICT", err)
			}
		}
		var dup []struct {
			PersonID int64
			N        int
		}
		f.DB.Model(&domain.Attestation{}).Select("person_id, COUNT(*) AS n").Where("measurement_id = ?", m.ID).Group("person_id").Scan(&dup)
		for _, d := range dup {
			if d.N != 1 {
				t.Errorf("person %d attested %d times, want once", d.PersonID, d.N)
			}
		}
		var acts int64
		f.DB.Model(&domain.Activity{}).Where("verb = ? AND subject_id = ?", "measurement.attested", m.ID).Count(&acts)
		if int(acts) != len(dup) {
			t.Errorf("got %d attested activities for %d attestations", acts, len(dup))
		}
	})
}
