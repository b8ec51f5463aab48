package kindred_test

import (
	"fmt"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// TestTotalsNeverOverflow: a quantity larger than a person could mean is refused, and every
// total stays exact however many entries it adds. A database written before quantities were
// bounded may hold 8,200 entries of 2^50 hundredths of an hour each; together they pass
// int64, and the collaboration's, the person's, the value's and the network's totals, the
// fulfilment of the commitment they count toward and the pledges to a need still answer,
// exactly, on both databases.
func TestTotalsNeverOverflow(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s, amara := f.SignUp(t, "amara")
		c, needs := f.NewCollab(t, amara)
		_, err := f.Svc.LogContribution(amara, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "11258999068426.24"})
		kindredtest.WantCode(t, err, domain.CodeInvalid)

		const n, huge = 8200, int64(1) << 50
		cm := f.CommitmentsOf(t, f.Membership(t, c, s.Person))[0]
		entries := make([]domain.Contribution, n)
		pledges := make([]domain.Commitment, n)
		for i := range n {
			entries[i] = domain.Contribution{CollaborationID: c.ID, PersonID: s.Person.ID, CommitmentID: &cm.ID, Kind: domain.KindTime,
				Quantity: huge, Unit: domain.HourUnit, OccurredAt: epoch, CreatedAt: epoch}
			pledges[i] = cm
			pledges[i].ID, pledges[i].Quantity = 0, huge
		}
		if err := db.CreateInBatches(entries, 500).Error; err != nil {
			t.Fatal(err)
		}
		if err := db.CreateInBatches(pledges, 500).Error; err != nil {
			t.Fatal(err)
		}
		// 8,200 × 2^50, and the 2 hours the creator committed toward the need.
		const sum, pledged = "9232379236109516800", "9232379236109517000"
		const hours = "92323792361095168.00"
		check := func(what, got, want string) {
			t.Helper()
			if got != want {
				t.Errorf("%s: got %s, want %s", what, got, want)
			}
		}
		byCollab, err := f.Svc.ImpactByCollab(amara, []int64{c.ID})
		if err != nil {
			t.Fatalf("collaboration impact: %v", err)
		}
		im := byCollab[c.ID]
		check("collaboration total", totalsString(im.Totals), "TIME/hours "+sum+"/0 x1 1.000")
		check("collaboration total in hours", domain.FormatSum(domain.KindTime, "", im.Totals[0].All), hours)
		check("collaboration monthly", pointsString(im.Monthly), epoch.Format("2006-01")+" TIME/hours "+sum+"/0 x1")
		check("member given", totalsString(im.ByMember[0].Given), "TIME/hours "+sum+"/0 x1 1.000")
		ledger, err := f.Svc.TotalsByCollab(amara, []int64{c.ID})
		if err != nil {
			t.Fatalf("ledger totals: %v", err)
		}
		check("ledger total", totalsString(ledger[c.ID]), "TIME/hours "+sum+"/0 x1 1.000")
		people, err := f.Svc.ImpactByPerson(amara, []int64{s.Person.ID})
		if err != nil {
			t.Fatalf("person impact: %v", err)
		}
		check("person total", totalsString(people[s.Person.ID].Given), "TIME/hours "+sum+"/0 x1 1.000")
		values, err := f.Svc.ImpactByValue(amara, []int64{f.Values(t, 1)[0].ID})
		if err != nil {
			t.Fatalf("value impact: %v", err)
		}
		for _, ru := range values {
			check("value total", totalsString(ru.Totals), "TIME/hours "+sum+"/0 x1 1.000")
			check("value monthly", pointsString(ru.Monthly), epoch.Format("2006-01")+" TIME/hours "+sum+"/0 x1")
		}
		all, err := f.Svc.ImpactOverview(amara)
		if err != nil {
			t.Fatalf("network impact: %v", err)
		}
		check("network total", totalsString(all.Totals), "TIME/hours "+sum+"/0 x1 1.000")
		ful, err := f.Svc.FulfilmentByCommitment(amara, []int64{cm.ID})
		if err != nil {
			t.Fatalf("fulfilment: %v", err)
		}
		check("fulfilment", fmt.Sprintf("%d/%d", ful[cm.ID].Confirmed, ful[cm.ID].Unconfirmed), "0/"+sum)
		p, err := f.Svc.PledgesByNeed(amara, []int64{needs[0].ID})
		if err != nil {
			t.Fatalf("pledges: %v", err)
		}
		check("pledged", fmt.Sprintf("%d", p[needs[0].ID].All()), pledged)
	})
}
