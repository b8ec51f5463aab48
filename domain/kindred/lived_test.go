package kindred_test

import (
	"context"
	"math"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/impact"
)

// TestStatedVsLivedByPerson reads stated vs lived from the database on the impact world:
// only confirmed, unreversed entries count, and effort in a collaboration the viewer may
// not see is left out for them.
func TestStatedVsLivedByPerson(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newImpactWorld(t, f)
		setValue(t, f.Svc, w.bo, w.v1.ID, 4)
		setValue(t, f.Svc, w.bo, w.v3.ID, 1)
		of := func(as context.Context, who string) *impact.StatedVsLived {
			t.Helper()
			m, err := f.Svc.StatedVsLivedByPerson(as, []int64{w.ids[who]})
			if err != nil {
				t.Fatal(err)
			}
			return m[w.ids[who]]
		}
		near := func(what string, got, want float64) {
			t.Helper()
			if math.Abs(got-want) > 1e-9 {
				t.Errorf("%s = %v, want %v", what, got, want)
			}
		}

		t.Run("confirmed_unreversed_only", func(t *testing.T) {
			// bo: stated v1 4, v3 1 → 80%, 20%. Lived: 3 h and €50 confirmed in the fridge
			// (v1 5, v2 2 → 5/7, 2/7); the 8 h reversed and the unconfirmed meals count for nothing.
			got := of(w.dee, "bo-chen")
			if len(got.Stated) != 2 || got.Stated[0].ValueID != w.v1.ID {
				t.Fatalf("stated = %+v", got.Stated)
			}
			near("stated v1", got.Stated[0].Share, 0.8)
			if len(got.Lived) != 2 {
				t.Fatalf("lived = %+v, want hours and euros", got.Lived)
			}
			for _, l := range got.Lived {
				if l.Contributions != 1 {
					t.Errorf("%s: %d contributions counted, want 1", l.Kind, l.Contributions)
				}
				want := domain.SumOf(300)
				if l.Kind == domain.KindMoney {
					want = domain.SumOf(5000)
				}
				if l.Amount.Cmp(want) != 0 {
					t.Errorf("%s: counted %v, want %v", l.Kind, l.Amount, want)
				}
				for _, v := range l.Values {
					switch v.ValueID {
					case w.v1.ID:
						near("lived v1", v.Lived, 5.0/7)
						near("difference v1", v.Difference, 5.0/7-0.8)
					case w.v2.ID:
						near("lived v2", v.Lived, 2.0/7)
					case w.v3.ID:
						near("lived v3", v.Lived, 0)
						near("stated v3", v.Stated, 0.2)
					}
				}
				near("overlap", l.Overlap, 5.0/7)
			}
		})

		t.Run("private_effort_only_to_who_may_see_it", func(t *testing.T) {
			// chen: 4 h confirmed in the PRIVATE garden, 1 h unconfirmed in the choir.
			if got := of(w.dee, "chen"); len(got.Lived) != 0 {
				t.Errorf("an outsider sees chen's private effort: %+v", got.Lived)
			}
			got := of(w.chen, "chen")
			if len(got.Lived) != 1 || len(got.Lived[0].Values) != 1 || got.Lived[0].Values[0].ValueID != w.v2.ID {
				t.Fatalf("chen's own lived = %+v, want all 4 h to v2", got.Lived)
			}
			near("lived v2", got.Lived[0].Values[0].Lived, 1)
		})
	})
}
