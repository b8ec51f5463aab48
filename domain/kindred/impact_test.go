package kindred_test

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// impactWorld is the small hand-computed dataset of the roll-up tests.
//
//	Fridge (PUBLIC, values v1 5, v2 2): amara steward, bo member
//	  amara  2 h    31 Oct 23:30 at UTC−2 = 1 Nov 01:30 UTC   unconfirmed
//	  bo     3 h     1 Nov 00:30 at UTC+2 = 31 Oct 22:30 UTC  confirmed
//	  bo    50 EUR  10 Nov                                     confirmed
//	  amara 20 USD  11 Nov                                     unconfirmed
//	  bo     8 h    12 Nov, reversed: counts for nothing
//	  bo    12 meals 15 Sep                                    unconfirmed
//	  outcomes: Meals rescued 10 → 50, due in 100 days, latest 30 (a correction of 35)
//	            Food waste 100 → 60 kg, no due date, latest 110 (going backwards)
//	Garden (PRIVATE, value v2): amara steward, chen member
//	  chen   4 h     5 Nov  confirmed by amara
//	  amara 30 EUR   6 Nov  unconfirmed
//	  outcome: Beds planted 0 → 10, latest 10 (reached)
//	Choir (MEMBERS, value v3): amara steward, chen member
//	  chen   1 h    20 Oct  unconfirmed
//	  outcome: Concerts 0 → 4 serving v1, no measurement
type impactWorld struct {
	amara, bo, chen, dee   context.Context
	anon                   context.Context
	ids                    map[string]int64 // people by handle
	fridge, garden, choir  *domain.Collaboration
	v1, v2, v3             *domain.Value
	meals, waste, beds, cc *domain.Outcome
}

func (f *fixture) collab(t *testing.T, as context.Context, title string, vis domain.Visibility, values ...collab.ValueWeight) *domain.Collaboration {
	t.Helper()
	c, err := f.Svc.CreateCollaboration(as, collab.CollaborationInput{Title: title, Goal: "A goal worth reaching together.", Values: values,
		Visibility: vis, Remote: true, Commitment: kindredtest.Hours("1")})
	if err != nil {
		t.Fatalf("create %s: %v", title, err)
	}
	return c
}

func newImpactWorld(t *testing.T, f *fixture) *impactWorld {
	t.Helper()
	w := &impactWorld{anon: context.Background(), ids: map[string]int64{}}
	for _, h := range []string{"amara", "bo-chen", "chen", "dee"} {
		s, ctx := f.SignUp(t, h)
		w.ids[h] = s.Person.ID
		switch h {
		case "amara":
			w.amara = ctx
		case "bo-chen":
			w.bo = ctx
		case "chen":
			w.chen = ctx
		case "dee":
			w.dee = ctx
		}
	}
	vals := f.Values(t, 3)
	w.v1, w.v2, w.v3 = vals[0], vals[1], vals[2]
	w.fridge = f.collab(t, w.amara, "Fridge", domain.VisibilityPublic, collab.ValueWeight{ValueID: w.v1.ID, Weight: 5}, collab.ValueWeight{ValueID: w.v2.ID, Weight: 2})
	w.garden = f.collab(t, w.amara, "Garden", domain.VisibilityPrivate, collab.ValueWeight{ValueID: w.v2.ID, Weight: 3})
	w.choir = f.collab(t, w.amara, "Choir", domain.VisibilityMembers, collab.ValueWeight{ValueID: w.v3.ID, Weight: 3})
	join := func(as context.Context, c *domain.Collaboration) {
		t.Helper()
		m, err := f.Svc.RequestToJoin(as, c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.ApproveMember(w.amara, m.ID); err != nil {
			t.Fatal(err)
		}
	}
	join(w.bo, w.fridge)
	join(w.chen, w.choir)
	// The private garden is hidden from chen until invited.
	inv, err := f.Svc.InviteMember(w.amara, w.garden.ID, w.ids["chen"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Svc.AcceptInvitation(w.chen, inv.ID, []collab.CommitmentInput{kindredtest.Hours("1")}); err != nil {
		t.Fatal(err)
	}
	give := func(as context.Context, c *domain.Collaboration, kind domain.ResourceKind, q, unit, currency string, at time.Time) *domain.Contribution {
		t.Helper()
		e, err := f.Svc.LogContribution(as, c.ID, ledger.ContributionInput{Kind: kind, Quantity: q, Unit: unit, Currency: currency, OccurredAt: &at})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	confirm := func(as context.Context, e *domain.Contribution) {
		t.Helper()
		if _, err := f.Svc.ConfirmContribution(as, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	day := func(m time.Month, d int) time.Time { return time.Date(year, m, d, 12, 0, 0, 0, time.UTC) }
	give(w.amara, w.fridge, domain.KindTime, "2", "", "", time.Date(year, 10, 31, 23, 30, 0, 0, time.FixedZone("UTC-2", -2*3600)))
	confirm(w.amara, give(w.bo, w.fridge, domain.KindTime, "3", "", "", time.Date(year, 11, 1, 0, 30, 0, 0, time.FixedZone("UTC+2", 2*3600))))
	confirm(w.amara, give(w.bo, w.fridge, domain.KindMoney, "50", "", "EUR", day(11, 10)))
	give(w.amara, w.fridge, domain.KindMoney, "20", "", "USD", day(11, 11))
	wrong := give(w.bo, w.fridge, domain.KindTime, "8", "", "", day(11, 12))
	confirm(w.amara, wrong)
	if _, err := f.Svc.ReverseContribution(w.bo, wrong.ID, "meant 0.8"); err != nil {
		t.Fatal(err)
	}
	give(w.bo, w.fridge, domain.KindInKind, "12", "meals", "", day(9, 15))
	confirm(w.amara, give(w.chen, w.garden, domain.KindTime, "4", "", "", day(11, 5)))
	give(w.amara, w.garden, domain.KindMoney, "30", "", "EUR", day(11, 6))
	give(w.chen, w.choir, domain.KindTime, "1", "", "", day(10, 20))

	due := epoch.AddDate(0, 0, 100)
	define := func(c *domain.Collaboration, in impact.OutcomeInput) *domain.Outcome {
		t.Helper()
		o, err := f.Svc.DefineOutcome(w.amara, c.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	w.meals = define(w.fridge, impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 10, Target: 50, DueAt: &due})
	w.waste = define(w.fridge, impact.OutcomeInput{Name: "Food waste", Unit: "kg", Baseline: 100, Target: 60})
	w.beds = define(w.garden, impact.OutcomeInput{Name: "Beds planted", Unit: "beds", Baseline: 0, Target: 10})
	w.cc = define(w.choir, impact.OutcomeInput{Name: "Concerts", Unit: "concerts", Baseline: 0, Target: 4, ValueIDs: []int64{w.v1.ID}})
	measure := func(as context.Context, o *domain.Outcome, v float64, at time.Time, supersedes *int64) *domain.Measurement {
		t.Helper()
		m, err := f.Svc.RecordMeasurement(as, o.ID, impact.MeasurementInput{Value: v, MeasuredAt: &at, EvidenceNote: "counted", SupersedesID: supersedes})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	measure(w.bo, w.meals, 20, epoch.AddDate(0, 0, -10), nil)
	wrongM := measure(w.bo, w.meals, 35, epoch.AddDate(0, 0, -1), nil)
	measure(w.bo, w.meals, 30, epoch.AddDate(0, 0, -1), &wrongM.ID)
	measure(w.bo, w.waste, 110, epoch.AddDate(0, 0, -1), nil)
	measure(w.chen, w.beds, 10, epoch.AddDate(0, 0, -1), nil)
	return w
}

// totalsString renders totals compactly: kind/unit all/confirmed ×contributors largest.
func totalsString(ts []ledger.Total) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s/%s %d/%d x%d %.3f", t.Kind, t.Unit, t.All, t.Confirmed, t.Contributors, t.LargestShare)
	}
	return strings.Join(parts, "; ")
}

func pointsString(ps []impact.Point) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		if p.Month.Location() != time.UTC || p.Month.Day() != 1 || p.Month.Hour() != 0 {
			return fmt.Sprintf("point %d has month %v, not the first instant of a UTC month", i, p.Month)
		}
		parts[i] = fmt.Sprintf("%s %s/%s %d/%d x%d", p.Month.Format("2006-01"), p.Kind, p.Unit, p.All, p.Confirmed, p.Contributors)
	}
	return strings.Join(parts, "; ")
}

// year is when the impact fixture's contributions happened: the year before the tests'
// date, so that they are past and within two years whatever that date is.
var year = epoch.Year() - 1

// inYear writes a want's months ("Y-09") in that year.
func inYear(s string) string { return strings.ReplaceAll(s, "Y-", fmt.Sprintf("%d-", year)) }

func TestImpactRollUps(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		w := newImpactWorld(t, f)
		check := func(what, got, want string) {
			t.Helper()
			if got != want {
				t.Errorf("%s:\ngot  %s\nwant %s", what, got, want)
			}
		}

		t.Run("collaboration", func(t *testing.T) {
			im, err := f.Svc.ImpactByCollab(w.dee, []int64{w.fridge.ID, w.garden.ID})
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := im[w.garden.ID]; ok {
				t.Errorf("got the private garden's impact as an outsider")
			}
			fr := im[w.fridge.ID]
			check("fridge totals", totalsString(fr.Totals),
				"IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 500/300 x2 0.600")
			check("fridge monthly", pointsString(fr.Monthly),
				inYear("Y-09 IN_KIND/meals 12/0 x1; Y-10 TIME/hours 300/300 x1; Y-11 MONEY/EUR 5000/5000 x1; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1"))
			var members []string
			for _, m := range fr.ByMember {
				members = append(members, fmt.Sprintf("%d: %s", m.PersonID, totalsString(m.Given)))
			}
			check("fridge by member", strings.Join(members, " | "), fmt.Sprintf("%d: MONEY/USD 2000/0 x1 1.000; TIME/hours 200/0 x1 1.000 | %d: IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; TIME/hours 300/300 x1 1.000",
				w.ids["amara"], w.ids["bo-chen"]))
			// The same totals as the ledger's.
			ledger, err := f.Svc.TotalsByCollab(w.dee, []int64{w.fridge.ID})
			if err != nil {
				t.Fatal(err)
			}
			check("ledger totals", totalsString(ledger[w.fridge.ID]), totalsString(fr.Totals))
		})

		t.Run("person", func(t *testing.T) {
			for _, tc := range []struct {
				name                    string
				as                      context.Context
				collabs, given, monthly string
			}{
				{"as_outsider", w.dee, fmt.Sprint(w.fridge.ID), "MONEY/USD 2000/0 x1 1.000; TIME/hours 200/0 x1 1.000", inYear("Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1")},
				{"as_anonymous", w.anon, fmt.Sprint(w.fridge.ID), "MONEY/USD 2000/0 x1 1.000; TIME/hours 200/0 x1 1.000", inYear("Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1")},
				{"as_herself", w.amara, fmt.Sprint(w.garden.ID, ",", w.fridge.ID), "MONEY/EUR 3000/0 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 200/0 x1 1.000",
					inYear("Y-11 MONEY/EUR 3000/0 x1; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1")},
			} {
				t.Run(tc.name, func(t *testing.T) {
					im, err := f.Svc.ImpactByPerson(tc.as, []int64{w.ids["amara"], w.ids["dee"]})
					if err != nil {
						t.Fatal(err)
					}
					a := im[w.ids["amara"]]
					var cs []string
					for _, c := range a.Collaborations {
						cs = append(cs, fmt.Sprint(c.CollaborationID))
					}
					check("where", strings.Join(cs, ","), tc.collabs)
					check("given", totalsString(a.Given), tc.given)
					check("monthly", pointsString(a.Monthly), tc.monthly)
					if d := im[w.ids["dee"]]; d == nil || len(d.Given) != 0 || len(d.Collaborations) != 0 {
						t.Errorf("dee gave nothing: got %+v", d)
					}
				})
			}
		})

		t.Run("value", func(t *testing.T) {
			for _, tc := range []struct {
				name                            string
				as                              context.Context
				value                           *domain.Value
				collabs, contributors           int
				totals, monthly                 string
				outcomes, measured, on, reached int
			}{
				// v1: the fridge serves it, the choir has an outcome serving it.
				{"v1_as_outsider", w.dee, w.v1, 2, 3, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 600/300 x3 0.500",
					inYear("Y-09 IN_KIND/meals 12/0 x1; Y-10 TIME/hours 400/300 x2; Y-11 MONEY/EUR 5000/5000 x1; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1"), 3, 2, 1, 0},
				// Signed out, the members-only choir is hidden too.
				{"v1_as_anonymous", w.anon, w.v1, 1, 2, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 500/300 x2 0.600",
					inYear("Y-09 IN_KIND/meals 12/0 x1; Y-10 TIME/hours 300/300 x1; Y-11 MONEY/EUR 5000/5000 x1; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1"), 2, 2, 1, 0},
				// v2: the private garden counts only for its members.
				{"v2_as_outsider", w.dee, w.v2, 1, 2, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 500/300 x2 0.600",
					inYear("Y-09 IN_KIND/meals 12/0 x1; Y-10 TIME/hours 300/300 x1; Y-11 MONEY/EUR 5000/5000 x1; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 200/0 x1"), 2, 2, 1, 0},
				{"v2_as_member", w.chen, w.v2, 2, 3, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 8000/5000 x2 0.625; MONEY/USD 2000/0 x1 1.000; TIME/hours 900/700 x3 0.444",
					inYear("Y-09 IN_KIND/meals 12/0 x1; Y-10 TIME/hours 300/300 x1; Y-11 MONEY/EUR 8000/5000 x2; Y-11 MONEY/USD 2000/0 x1; Y-11 TIME/hours 600/400 x2"), 3, 3, 2, 1},
				{"v3_as_anonymous", w.anon, w.v3, 0, 0, "", "", 0, 0, 0, 0},
			} {
				t.Run(tc.name, func(t *testing.T) {
					im, err := f.Svc.ImpactByValue(tc.as, []int64{tc.value.ID})
					if err != nil {
						t.Fatal(err)
					}
					ru := im[tc.value.ID]
					if ru.Collaborations != tc.collabs || ru.Contributors != tc.contributors {
						t.Errorf("got %d collaborations and %d contributors, want %d and %d", ru.Collaborations, ru.Contributors, tc.collabs, tc.contributors)
					}
					check("totals", totalsString(ru.Totals), tc.totals)
					check("monthly", pointsString(ru.Monthly), tc.monthly)
					want := impact.OutcomeSummary{Total: tc.outcomes, Measured: tc.measured, OnTrack: tc.on, Reached: tc.reached}
					if ru.OutcomeSummary != want {
						t.Errorf("outcomes: got %+v, want %+v", ru.OutcomeSummary, want)
					}
				})
			}
		})

		t.Run("overview", func(t *testing.T) {
			for _, tc := range []struct {
				name                  string
				as                    context.Context
				collabs, contributors int
				totals                string
				outcomes              impact.OutcomeSummary
			}{
				{"anonymous", w.anon, 1, 2, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 500/300 x2 0.600",
					impact.OutcomeSummary{Total: 2, Measured: 2, OnTrack: 1}},
				{"outsider", w.dee, 2, 3, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 5000/5000 x1 1.000; MONEY/USD 2000/0 x1 1.000; TIME/hours 600/300 x3 0.500",
					impact.OutcomeSummary{Total: 3, Measured: 2, OnTrack: 1}},
				{"member_of_all", w.amara, 3, 3, "IN_KIND/meals 12/0 x1 1.000; MONEY/EUR 8000/5000 x2 0.625; MONEY/USD 2000/0 x1 1.000; TIME/hours 1000/700 x3 0.500",
					impact.OutcomeSummary{Total: 4, Measured: 3, OnTrack: 2, Reached: 1}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					ru, err := f.Svc.ImpactOverview(tc.as)
					if err != nil {
						t.Fatal(err)
					}
					if ru.Collaborations != tc.collabs || ru.Contributors != tc.contributors {
						t.Errorf("got %d collaborations and %d contributors, want %d and %d", ru.Collaborations, ru.Contributors, tc.collabs, tc.contributors)
					}
					check("totals", totalsString(ru.Totals), tc.totals)
					if ru.OutcomeSummary != tc.outcomes {
						t.Errorf("outcomes: got %+v, want %+v", ru.OutcomeSummary, tc.outcomes)
					}
					// The series adds up to the totals, kind by kind.
					sums := map[string]domain.Sum{}
					for _, p := range ru.Monthly {
						sums[string(p.Kind)+p.Unit] = sums[string(p.Kind)+p.Unit].Plus(p.All)
					}
					for _, tt := range ru.Totals {
						if sums[string(tt.Kind)+tt.Unit] != tt.All {
							t.Errorf("%s/%s: months add to %d, total %d", tt.Kind, tt.Unit, sums[string(tt.Kind)+tt.Unit], tt.All)
						}
					}
				})
			}
		})

		t.Run("report", func(t *testing.T) {
			if _, err := f.Svc.FindImpactReport(w.dee, w.garden.Slug); domain.ErrorCode(err) != domain.CodeNotFound {
				t.Errorf("private report as outsider: got %v, want NOT_FOUND", err)
			}
			r, err := f.Svc.FindImpactReport(w.dee, w.fridge.Slug)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range r.Outcomes {
				s := o.Outcome.Name + ": none"
				if p := o.Status.Progress; p != nil {
					s = fmt.Sprintf("%s: %g raw %g clamped, on track %v, %d measurements", o.Outcome.Name, p.Raw, p.Clamped, *o.Status.OnTrack, len(o.Measurements))
				}
				got = append(got, s)
			}
			sort.Strings(got)
			check("report outcomes", strings.Join(got, " | "),
				"Food waste: -0.25 raw 0 clamped, on track false, 1 measurements | Meals rescued: 0.5 raw 0.5 clamped, on track true, 3 measurements")
			if totalsString(r.Impact.Totals) == "" || len(r.People) != 2 {
				t.Errorf("report: got totals %s and %d people, want the fridge's and amara and bo", totalsString(r.Impact.Totals), len(r.People))
			}
		})

		// Halfway to the due date the meals (halfway there) are still on track; later not.
		f.Clock.Advance(50 * 24 * time.Hour)
		r, _ := f.Svc.FindImpactReport(w.amara, w.fridge.Slug)
		for _, o := range r.Outcomes {
			if o.Outcome.ID == w.meals.ID && (o.ElapsedShare == nil || math.Abs(*o.ElapsedShare-0.5) > 0.01 || !*o.Status.OnTrack) {
				t.Errorf("after 50 of 100 days: got share %v on track %v, want 0.5 and on track", o.ElapsedShare, *o.Status.OnTrack)
			}
		}
		f.Clock.Advance(10 * 24 * time.Hour)
		r, _ = f.Svc.FindImpactReport(w.amara, w.fridge.Slug)
		for _, o := range r.Outcomes {
			if o.Outcome.ID == w.meals.ID && *o.Status.OnTrack {
				t.Errorf("after 60 of 100 days at progress 0.5: got on track, want behind")
			}
		}
	})
}
