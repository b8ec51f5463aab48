package kindred_test

import (
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// TestNamedInReports: people are not named in reports and exports of others until they
// choose to be; the choice is theirs, in their data export, and the collaboration's
// report and their person export follow it.
func TestNamedInReports(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := kindredtest.NewScene(t, db)
		if _, err := s.Svc.LogContribution(s.Bo, s.C.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"}); err != nil {
			t.Fatal(err)
		}
		labelOfBo := func() (string, *domain.Person) {
			t.Helper()
			byCollab, err := s.Svc.ImpactByCollab(s.Stranger, []int64{s.C.ID})
			if err != nil {
				t.Fatal(err)
			}
			rc, err := s.Svc.ReportContributors(s.Stranger, byCollab[s.C.ID])
			if err != nil || len(rc) != 1 {
				t.Fatalf("got %v, %v, want bo's contribution", rc, err)
			}
			return rc[0].Label, rc[0].Person
		}
		t.Run("off_by_default", func(t *testing.T) {
			if label, p := labelOfBo(); label != "Member 1" || p != nil {
				t.Errorf("got %q, %v, want Member 1 and no person", label, p)
			}
			e, err := s.Svc.ExportPerson(s.Stranger, "bo-chen")
			if err != nil || e.Label != "Member 1" || len(e.Contributions) != 1 {
				t.Errorf("person export: got %+v, %v, want Member 1 with one contribution", e, err)
			}
			if own, err := s.Svc.ExportPerson(s.Bo, "bo-chen"); err != nil || own.Label != "Bo-chen" {
				t.Errorf("own export: got %+v, %v, want their own name", own, err)
			}
		})
		t.Run("named_when_chosen", func(t *testing.T) {
			on := true
			p, err := s.Svc.UpdateProfile(s.Bo, accounts.ProfileUpdate{NamedInReports: &on})
			if err != nil || !p.NamedInReports {
				t.Fatalf("got %+v, %v, want named in reports", p, err)
			}
			if label, p := labelOfBo(); label != "Bo-chen" || p == nil {
				t.Errorf("got %q, %v, want their name and person", label, p)
			}
			d, err := s.Svc.ExportMyData(s.Bo)
			if err != nil || !d.Profile.NamedInReports {
				t.Errorf("data export: got %+v, %v, want the setting in it", d, err)
			}
		})
		t.Run("private_profile_not_exported", func(t *testing.T) {
			priv := domain.VisibilityPrivate
			if _, err := s.Svc.UpdateProfile(s.Bo, accounts.ProfileUpdate{Visibility: &priv}); err != nil {
				t.Fatal(err)
			}
			_, err := s.Svc.ExportPerson(s.Stranger, "bo-chen")
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
	})
}
