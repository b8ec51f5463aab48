package kindred_test

import (
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// TestLinkOutcomes checks who links what to which outcomes, and that the stored links,
// the effective-link rule and the ledger's counting rule meet in CostsByCollab.
func TestLinkOutcomes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		hours := func(q string, serves ...int64) ledger.ContributionInput {
			return ledger.ContributionInput{Kind: domain.KindTime, Quantity: q, ServesOutcomeIDs: serves}
		}
		t.Run("same_collaboration_only", func(t *testing.T) {
			_, err := f.Svc.LogContribution(w.member, w.c.ID, hours("1", w.otherO.ID))
			kindredtest.WantField(t, err, "outcomeIds")
			e, err := f.Svc.LogContribution(w.member, w.c.ID, hours("1"))
			if err != nil {
				t.Fatal(err)
			}
			kindredtest.WantField(t, f.Svc.LinkOutcomes(w.member, domain.LinkContribution, e.ID, []int64{w.otherO.ID}), "outcomeIds")
		})
		t.Run("owner_sets_links", func(t *testing.T) {
			e, err := f.Svc.LogContribution(w.member, w.c.ID, hours("1"))
			if err != nil {
				t.Fatal(err)
			}
			kindredtest.WantCode(t, f.Svc.LinkOutcomes(w.steward, domain.LinkContribution, e.ID, []int64{w.o.ID}), domain.CodeForbidden)
			needs, _ := f.Svc.NeedsByCollab(w.steward, []int64{w.c.ID})
			kindredtest.WantCode(t, f.Svc.LinkOutcomes(w.member, domain.LinkNeed, needs[w.c.ID][0].ID, []int64{w.o.ID}), domain.CodeForbidden)
			if err := f.Svc.LinkOutcomes(w.member, domain.LinkContribution, e.ID, []int64{w.o.ID}); err != nil {
				t.Fatal(err)
			}
			got, err := f.Svc.ServedOutcomeIDs(w.member, domain.LinkContribution, []int64{e.ID})
			if err != nil || len(got[e.ID]) != 1 || got[e.ID][0] != w.o.ID {
				t.Errorf("got links %v, %v, want the outcome", got, err)
			}
		})
		t.Run("need_links_count_confirmed_only", func(t *testing.T) {
			// The steward's 2-hour commitment is toward the 10-hour need: linking the need
			// makes the steward's entries against the commitment serve the outcome.
			needs, _ := f.Svc.NeedsByCollab(w.steward, []int64{w.c.ID})
			if err := f.Svc.LinkOutcomes(w.steward, domain.LinkNeed, needs[w.c.ID][0].ID, []int64{w.o.ID}); err != nil {
				t.Fatal(err)
			}
			var cm domain.Commitment
			if err := f.DB.Where("collaboration_id = ? AND need_id = ?", w.c.ID, needs[w.c.ID][0].ID).First(&cm).Error; err != nil {
				t.Fatal(err)
			}
			in := hours("4")
			in.CommitmentID = &cm.ID
			e, err := f.Svc.LogContribution(w.steward, w.c.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			unconfirmed, err := f.Svc.LogContribution(w.steward, w.c.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			_ = unconfirmed
			if _, err := f.Svc.ConfirmContribution(w.member, e.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Svc.RecordMeasurement(w.steward, w.o.ID, impact.MeasurementInput{Value: 18, EvidenceNote: "counted"}); err != nil {
				t.Fatal(err)
			}
			costs, err := f.Svc.CostsByCollab(w.member, []int64{w.c.ID})
			if err != nil {
				t.Fatal(err)
			}
			oc := costs[w.c.ID].ByOutcome[w.o.ID]
			// 4 confirmed hours over 18 − 10 = 8 meals: 0.5 h per meal; the unconfirmed
			// 4 hours and the earlier subtests' unconfirmed hours do not count.
			if len(oc.Resources) != 1 || oc.Resources[0].Amount != 4 || oc.Resources[0].PerResult == nil || *oc.Resources[0].PerResult != 0.5 {
				t.Fatalf("got %+v, want 4 h, 0.5 h per meal", oc)
			}
			if _, err := f.Svc.ReverseContribution(w.steward, e.ID, "wrong day"); err != nil {
				t.Fatal(err)
			}
			costs, _ = f.Svc.CostsByCollab(w.member, []int64{w.c.ID})
			if r := costs[w.c.ID].ByOutcome[w.o.ID].Resources; len(r) != 0 {
				t.Errorf("after the reversal got %+v, want nothing linked", r)
			}
		})
	})
}

// TestPickMetric checks that an outcome picking a catalog metric takes its unit, that an
// unknown code is refused, and that a revision can make it custom again.
func TestPickMetric(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newOutcomeWorld(t, f)
		_, err := f.Svc.DefineOutcome(w.steward, w.c.ID, impact.OutcomeInput{Name: "Fed", Baseline: 0, Target: 10, MetricCode: "NOPE"})
		kindredtest.WantField(t, err, "metricCode")
		o, err := f.Svc.DefineOutcome(w.steward, w.c.ID, impact.OutcomeInput{Name: "Fed", Unit: "mouths", Baseline: 0, Target: 10, MetricCode: "PI-PEOPLE-FED"})
		if err != nil || o.MetricID == nil || o.Unit != "people" {
			t.Fatalf("got %+v, %v, want the metric and its unit", o, err)
		}
		unit := "mouths"
		_, err = f.Svc.ReviseOutcome(w.steward, o.ID, impact.OutcomeRevisionInput{Unit: &unit})
		kindredtest.WantField(t, err, "unit")
		custom := ""
		r, err := f.Svc.ReviseOutcome(w.steward, o.ID, impact.OutcomeRevisionInput{Unit: &unit, MetricCode: &custom})
		if err != nil || r.MetricID != nil || r.Unit != "mouths" {
			t.Fatalf("got %+v, %v, want custom in mouths", r, err)
		}
		all, err := f.Svc.Metrics(w.member)
		if err != nil || len(all) < 10 {
			t.Errorf("got %d metrics, %v, want the seeded catalog", len(all), err)
		}
	})
}
