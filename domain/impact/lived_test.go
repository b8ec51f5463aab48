package impact_test

import (
	"math"
	"testing"

	"kindred/domain"
	"kindred/domain/impact"
)

// TestStatedVsLived works the rule "stated vs lived values" by hand.
func TestStatedVsLived(t *testing.T) {
	const justice, community, creativity, ecology = 1, 2, 3, 4
	const a, b = 10, 20 // two collaborations
	weights := map[int64][]domain.Strength{
		a: {{ValueID: justice, Strength: 3}, {ValueID: community, Strength: 1}},
		b: {{ValueID: creativity, Strength: 1}, {ValueID: ecology, Strength: 1}},
	}
	served := func(e *domain.Contribution) []domain.Strength { return weights[e.CollaborationID] }
	stated := []domain.Strength{{ValueID: justice, Strength: 5}, {ValueID: community, Strength: 3}, {ValueID: creativity, Strength: 2}}
	by := int64(99)
	entry := func(collab int64, kind domain.ResourceKind, unit, currency string, q int64, confirmed bool) *domain.Contribution {
		e := &domain.Contribution{CollaborationID: collab, Kind: kind, Unit: unit, Currency: currency, Quantity: q}
		if confirmed {
			e.ConfirmedByID = &by
		}
		return e
	}
	near := func(t *testing.T, what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}

	t.Run("person_in_two_collaborations", func(t *testing.T) {
		// Stated: justice 5, community 3, creativity 2 of 10 → 0.5, 0.3, 0.2.
		// Hours: 6 h confirmed in A (justice 3, community 1 → 4.5 h and 1.5 h) and 4 h in B
		// (creativity 1, ecology 1 → 2 h each); 10 h unconfirmed in B count for nothing.
		// Lived of 10 h: justice 0.45, community 0.15, creativity 0.2, ecology 0.2.
		// Overlap: 0.45 + 0.15 + 0.2 + 0 = 0.8.
		// Money: €50 in A alone → justice 0.75, community 0.25; overlap 0.5 + 0.25 = 0.75.
		entries := []*domain.Contribution{
			entry(a, domain.KindTime, "hours", "", 600, true),
			entry(b, domain.KindTime, "hours", "", 400, true),
			entry(b, domain.KindTime, "hours", "", 1000, false),
			entry(a, domain.KindMoney, "EUR", "EUR", 5000, true),
		}
		got := impact.StatedAgainstLived(stated, entries, served)
		wantStated := []impact.ValueShare{{ValueID: justice, Share: 0.5}, {ValueID: community, Share: 0.3}, {ValueID: creativity, Share: 0.2}}
		if len(got.Stated) != len(wantStated) {
			t.Fatalf("stated = %+v", got.Stated)
		}
		for i, w := range wantStated {
			if got.Stated[i].ValueID != w.ValueID {
				t.Fatalf("stated = %+v, want %+v", got.Stated, wantStated)
			}
			near(t, "stated share", got.Stated[i].Share, w.Share)
		}
		if len(got.Lived) != 2 {
			t.Fatalf("lived = %+v, want hours and euros apart", got.Lived)
		}
		// In the order of totals: by kind, then unit and currency.
		money, hours := got.Lived[0], got.Lived[1]
		if hours.Kind != domain.KindTime || money.Kind != domain.KindMoney {
			t.Fatalf("lived kinds = %s, %s", hours.Kind, money.Kind)
		}
		if hours.Amount.Cmp(domain.SumOf(1000)) != 0 || hours.Contributions != 2 {
			t.Errorf("hours counted = %v in %d entries, want 10 h in 2", hours.Amount, hours.Contributions)
		}
		want := []impact.LivedValue{
			{ValueID: justice, Stated: 0.5, Lived: 0.45, Difference: -0.05},
			{ValueID: community, Stated: 0.3, Lived: 0.15, Difference: -0.15},
			{ValueID: creativity, Stated: 0.2, Lived: 0.2, Difference: 0},
			{ValueID: ecology, Stated: 0, Lived: 0.2, Difference: 0.2},
		}
		if len(hours.Values) != len(want) {
			t.Fatalf("hours values = %+v", hours.Values)
		}
		for i, w := range want {
			g := hours.Values[i]
			if g.ValueID != w.ValueID {
				t.Fatalf("hours values = %+v, want in the order %+v", hours.Values, want)
			}
			near(t, "stated", g.Stated, w.Stated)
			near(t, "lived", g.Lived, w.Lived)
			near(t, "difference", g.Difference, w.Difference)
		}
		near(t, "hours overlap", hours.Overlap, 0.8)
		near(t, "money overlap", money.Overlap, 0.75)
		for _, v := range money.Values {
			switch v.ValueID {
			case justice:
				near(t, "money justice", v.Lived, 0.75)
			case community:
				near(t, "money community", v.Lived, 0.25)
			default:
				near(t, "money elsewhere", v.Lived, 0)
			}
		}
	})

	t.Run("no_effort_yet", func(t *testing.T) {
		// Only unconfirmed effort: stated shares stand, lived ones are absent, not zero.
		got := impact.StatedAgainstLived(stated, []*domain.Contribution{entry(a, domain.KindTime, "hours", "", 300, false)}, served)
		if len(got.Stated) != 3 {
			t.Errorf("stated = %+v, want three shares", got.Stated)
		}
		if got.Lived == nil || len(got.Lived) != 0 {
			t.Errorf("lived = %+v, want none (an empty list)", got.Lived)
		}
	})

	t.Run("collaboration_without_links_lives_its_weights", func(t *testing.T) {
		// A collaboration's own entries serve its values by weight: lived = stated.
		got := impact.StatedAgainstLived(weights[a], []*domain.Contribution{entry(a, domain.KindTime, "hours", "", 300, true)}, served)
		if len(got.Lived) != 1 {
			t.Fatalf("lived = %+v", got.Lived)
		}
		near(t, "overlap", got.Lived[0].Overlap, 1)
		for _, v := range got.Lived[0].Values {
			near(t, "difference", v.Difference, 0)
		}
	})
}
