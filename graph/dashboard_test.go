package graph_test

import (
	"encoding/json"
	"os"
	"testing"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
)

// dashboardDocument is the web app's dashboard query with its sections' fragments, as
// make bench sends it (bench/report's test keeps the file equal to the web app's).
func dashboardDocument(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../bench/queries/dashboard.operation.graphql")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// enlist makes viewer a steward of each of stewarded with something in every section of
// the dashboard there: a commitment of theirs due soon and partly delivered, a weekly one
// whose running week is short, another
// member's entry to confirm, a request to join, an open proposal and a measured outcome;
// and invites them to each of invitedTo.
func enlist(t *testing.T, db *database.DB, viewer *domain.Person, stewarded, invitedTo []domain.Collaboration, members map[int64][]*domain.Person) {
	t.Helper()
	now := clocktest.Start()
	due, closes := now.AddDate(0, 0, 3), now.AddDate(0, 0, 5)
	for i, c := range stewarded {
		other := members[c.ID][0]
		m := domain.Membership{CollaborationID: c.ID, PersonID: viewer.ID, Role: domain.MembershipSteward, Status: domain.MembershipActive, CreatedAt: now, UpdatedAt: now}
		must(t, db.Create(&m).Error)
		cm := domain.Commitment{CollaborationID: c.ID, MembershipID: m.ID, PersonID: viewer.ID, Kind: domain.KindTime, Quantity: 1000,
			Unit: domain.HourUnit, Description: "Due soon.", DueAt: &due, ConditionKind: domain.ConditionNone,
			Status: domain.CommitmentBinding, BoundAt: &now, CreatedAt: now, UpdatedAt: now}
		must(t, db.Create(&cm).Error)
		startsOn := now.AddDate(0, -1, 0).Format(domain.DateLayout)
		must(t, db.Create(&domain.Commitment{CollaborationID: c.ID, MembershipID: m.ID, PersonID: viewer.ID, Kind: domain.KindTime, Quantity: 400,
			Unit: domain.HourUnit, Description: "Weekly.", Period: domain.RecurWeek, StartsOn: &startsOn, ConditionKind: domain.ConditionNone,
			Status: domain.CommitmentBinding, BoundAt: &now, CreatedAt: now, UpdatedAt: now}).Error)
		confirmer := other.ID
		must(t, db.Create(&domain.Contribution{CollaborationID: c.ID, PersonID: viewer.ID, CommitmentID: &cm.ID, Kind: cm.Kind, Quantity: 300,
			Unit: cm.Unit, Note: "Part of it.", OccurredAt: now.AddDate(0, -i%4, -1), ConfirmedByID: &confirmer, ConfirmedAt: &now, CreatedAt: now}).Error)
		must(t, db.Create(&domain.Contribution{CollaborationID: c.ID, PersonID: other.ID, Kind: domain.KindTime, Quantity: 200,
			Unit: domain.HourUnit, Note: "To confirm.", OccurredAt: now.AddDate(0, 0, -1), CreatedAt: now}).Error)
		var outsider domain.Person
		must(t, db.Where("id <> ? AND id NOT IN (SELECT person_id FROM memberships WHERE collaboration_id = ?)", viewer.ID, c.ID).Order("id DESC").First(&outsider).Error)
		req := domain.Membership{CollaborationID: c.ID, PersonID: outsider.ID, Role: domain.MembershipMember, Status: domain.MembershipRequested, CreatedAt: now, UpdatedAt: now}
		must(t, db.Create(&req).Error)
		must(t, db.Create(&domain.Commitment{CollaborationID: c.ID, MembershipID: req.ID, PersonID: outsider.ID, Kind: domain.KindTime, Quantity: 500,
			Unit: domain.HourUnit, Description: "Offered.", ConditionKind: domain.ConditionNone, Status: domain.CommitmentPending, CreatedAt: now, UpdatedAt: now}).Error)
		must(t, db.Create(&domain.Proposal{CollaborationID: c.ID, AuthorID: other.ID, Kind: domain.ProposalOther, Title: "Open question",
			Body: "Shall we?", ClosesAt: closes, Status: domain.ProposalOpen, Options: []domain.PollOption{}, CreatedAt: now, UpdatedAt: now}).Error)
		o := domain.Outcome{CollaborationID: c.ID, Name: "Meals", Unit: "meals", Baseline: 0, Target: 100, Direction: domain.DirectionIncrease,
			CreatedByID: viewer.ID, CreatedAt: now.AddDate(0, -1, 0), UpdatedAt: now}
		must(t, db.Create(&o).Error)
		must(t, db.Create(&domain.Measurement{CollaborationID: c.ID, OutcomeID: o.ID, Value: float64(10 * (i + 1)), MeasuredAt: now,
			EvidenceNote: "Counted.", RecordedByID: viewer.ID, CreatedAt: now}).Error)
	}
	for _, c := range invitedTo {
		by := c.CreatedByID
		must(t, db.Create(&domain.Membership{CollaborationID: c.ID, PersonID: viewer.ID, Role: domain.MembershipMember, Status: domain.MembershipInvited,
			InvitedByID: &by, CreatedAt: now, UpdatedAt: now}).Error)
	}
}

// TestDashboardStatements: the web app's dashboard, one query for all its sections, costs
// a person in twelve collaborations (with twelve of everything it lists) no more
// statements than a person in three, and no more than its bound.
func TestDashboardStatements(t *testing.T) {
	const bound = 40
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		collabs, members := generated(t, db, 600)
		if len(collabs) < 30 {
			t.Fatalf("the generated community has %d collaborations, want 30 to share out", len(collabs))
		}
		// Two people in no collaboration yet who hold values, so that discovery ranks.
		var viewers []*domain.Person
		db.Where("id NOT IN (SELECT person_id FROM memberships) AND id IN (SELECT person_id FROM person_values)").Order("id").Limit(2).Find(&viewers)
		if len(viewers) < 2 {
			t.Fatal("no two people outside every collaboration")
		}
		few, many := viewers[0], viewers[1]
		enlist(t, db, few, collabs[:3], collabs[3:6], members)
		enlist(t, db, many, collabs[6:18], collabs[18:30], members)
		h, _ := newHandler(t, db)
		doc := dashboardDocument(t)
		type dashboard struct {
			Viewer struct {
				Impact struct {
					Collaborations []struct{ Outcomes []struct{ OnTrack *bool } }
				}
				NeedsForYou struct{ Edges []json.RawMessage }
			}
			Dashboard struct {
				AwaitingMyConfirmation, CommitmentsDue, ProposalsAwaitingMyPosition, Invitations, JoinRequests []json.RawMessage
			}
			DiscoverPeople struct{ Edges []json.RawMessage }
		}
		statements := func(viewer *domain.Person, want int) int64 {
			t.Helper()
			counter, stop := countStatements(t, db.DB)
			body := post(t, h, viewer, doc, nil)
			stop()
			var got struct{ Data dashboard }
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			d := got.Data.Dashboard
			for name, n := range map[string]int{"awaitingMyConfirmation": len(d.AwaitingMyConfirmation), "commitmentsDue": len(d.CommitmentsDue) / 2,
				"proposalsAwaitingMyPosition": len(d.ProposalsAwaitingMyPosition), "invitations": len(d.Invitations), "joinRequests": len(d.JoinRequests),
				"impact.collaborations": len(got.Data.Viewer.Impact.Collaborations)} {
				if n < want {
					t.Errorf("%s: %d, want at least %d:\n%s", name, n, want, body)
				}
			}
			if len(got.Data.Viewer.NeedsForYou.Edges) == 0 || len(got.Data.DiscoverPeople.Edges) == 0 {
				t.Errorf("no needs or no people matched:\n%s", body)
			}
			return counter.Load()
		}
		// The first request of a process builds the discovery indexes; pages after it do not.
		post(t, h, few, doc, nil)
		nFew, nMany := statements(few, 3), statements(many, 12)
		t.Logf("%d statements in 3 collaborations, %d in 12", nFew, nMany)
		if nMany > nFew {
			t.Errorf("got %d statements in 12 collaborations and %d in 3, want no more", nMany, nFew)
		}
		if nMany > bound {
			t.Errorf("got %d statements, want at most %d", nMany, bound)
		}
	})
}
