package kindred_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred/kindredtest"
)

// TestLapseEndsAMembershipLeftWithoutCommitment: nobody is ACTIVE without a live
// commitment, so a member whose only commitment lapses at its deadline leaves, as if they
// had left (recorded, pending ones withdrawn), and is told so; a member with another
// commitment stays, and so does the last steward.
func TestLapseEndsAMembershipLeftWithoutCommitment(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, steward := f.SignUp(t, "amara")
		c, _ := f.NewCollab(t, steward)
		by := f.Clock.Now().Add(time.Hour)
		conditional := collab.CommitmentInput{Kind: domain.KindTime, Quantity: "3", Condition: domain.ConditionMembers,
			Threshold: kindredtest.Ptr(9), ConditionDeadline: &by}
		boP, bo := f.SignUp(t, "bo-chen")
		only := f.Join(t, steward, bo, c, conditional)
		_, cy := f.SignUp(t, "cy-ra")
		both := f.Join(t, steward, cy, c, conditional, kindredtest.Hours("1"))

		// The only steward gives up her first commitment for a conditional one.
		stewardP := mustPerson(t, f, "amara")
		own := f.CommitmentsOf(t, f.Membership(t, c, stewardP))[0]
		if _, err := f.Svc.MakeCommitment(steward, c.ID, conditional); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.ReleaseCommitment(steward, own.ID); err != nil {
			t.Fatal(err)
		}

		f.Clock.Set(by)
		if n, err := f.Svc.LapseDueConditions(t.Context()); err != nil || n != 3 {
			t.Fatalf("lapse: got %d, %v, want 3 lapsed", n, err)
		}
		if got := f.Membership(t, c, stewardP).Status; got != domain.MembershipActive {
			t.Errorf("the last steward: got %s, want ACTIVE (a collaboration keeps a steward)", got)
		}
		m := f.Membership(t, c, boP.Person)
		if m.Status != domain.MembershipLeft {
			t.Errorf("bo, whose only commitment lapsed: got %s, want LEFT", m.Status)
		}
		if v := f.verbs(t, "Membership", only.ID); !slices.Contains(v, "membership.left") {
			t.Errorf("bo's membership: got verbs %v, want membership.left recorded", v)
		}
		lapsed := f.CommitmentsOf(t, m)[0]
		if lapsed.Status != domain.CommitmentLapsed || !strings.Contains(lapsed.LapseReason, "no longer a member") {
			t.Errorf("bo's commitment: got %s (%q), want LAPSED saying the membership ended", lapsed.Status, lapsed.LapseReason)
		}
		if got := f.inbox(t, bo); !slices.Contains(got, "COMMITMENT_LAPSED Commitment") {
			t.Errorf("bo's notifications: got %v, want COMMITMENT_LAPSED", got)
		}
		if got := f.Membership(t, c, mustPerson(t, f, "cy-ra")).Status; got != domain.MembershipActive {
			t.Errorf("cy, who keeps a binding commitment: got %s, want ACTIVE", got)
		}
		if cs := f.CommitmentsOf(t, both); cs[0].Status != domain.CommitmentLapsed || strings.Contains(cs[0].LapseReason, "no longer a member") {
			t.Errorf("cy's conditional: got %s (%q), want LAPSED with the plain reason", cs[0].Status, cs[0].LapseReason)
		}
		// Running again changes nothing.
		if n, err := f.Svc.LapseDueConditions(t.Context()); err != nil || n != 0 {
			t.Errorf("again: got %d, %v, want none", n, err)
		}
	})
}
