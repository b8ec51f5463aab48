package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"gorm.io/gorm"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred"
	"kindred/graph/relay"
)

// seedCollabs creates n collaborations, each with a need and three active members who
// all committed, and returns the viewer to query as.
func seedCollabs(t *testing.T, db *database.DB, svc *kindred.Services, n int) *domain.Person {
	t.Helper()
	now := clocktest.Start()
	var people []*domain.Person
	for i := range 3 {
		p := &domain.Person{Handle: fmt.Sprintf("p-%d", i), DisplayName: "P", Email: fmt.Sprintf("p%d@example.org", i), PasswordHash: "x",
			Skills: []string{}, Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	var vals []*domain.Value
	db.Order("id").Limit(2).Find(&vals)
	zero := 0
	for i := range n {
		c, err := svc.CreateCollaboration(as(people[0]), collab.CollaborationInput{
			Title: fmt.Sprintf("Collab %d", i), Goal: "A goal worth reaching.", Remote: true,
			Values:     []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 4}, {ValueID: vals[1].ID, Weight: 2}},
			Needs:      []collab.NeedInput{{Kind: domain.KindTime, Quantity: "10"}},
			Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "2"}, CommitmentNeedIndex: &zero,
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range people[1:] {
			m, err := svc.RequestToJoin(as(p), c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "1"}})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := svc.ApproveMember(as(people[0]), m.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	return people[1]
}

// TestCollaborationsQueryStatements checks that a nested query over collaborations with
// members and commitments costs no more statements for 50 than for 5.
func TestCollaborationsQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 50)
		const q = `query($n: Int) { collaborations(first: $n) { totalCount edges { cursor node { id slug title status memberCount
			createdBy { handle } viewerMembership { role status }
			values { weight value { name } }
			goalHistory { goal setBy { handle } proposal { id } }
			committeeSignal { talk do flagged windowDays }
			proposals(first: 3) { totalCount edges { node { title tally { agree } comments { totalCount } } } }
			activity(first: 3) { totalCount edges { cursor node { verb createdAt } } }
			needs { id filled covered quantity { amount unit } pledged { amount } bound { amount } pledgedShare commitments { id } }
			members { id role status person { handle } invitedBy { handle }
				commitments { id status quantity { amount unit currency } condition { kind threshold } need { id } membership { id } } } } } } }`
		statements := func(n int) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, viewer)).RawPost(q, client.Var("n", n))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			if got := strings.Count(string(data), `"memberCount":3`); got != n {
				t.Fatalf("got %d collaborations with 3 members, want %d", got, n)
			}
			return counter.Load()
		}
		few, many := statements(5), statements(50)
		t.Logf("%d statements for 5 collaborations, %d for 50", few, many)
		// The later query may need fewer (approved values are cached), never more.
		if many > few {
			t.Errorf("got %d statements for 50 collaborations and %d for 5, want no more", many, few)
		}
	})
}

// TestCollaborationBadInput sends bad input to each collaboration mutation and checks
// the code and that nothing was stored.
func TestCollaborationBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		steward := seedCollabs(t, db, svc, 1)
		outsider := &domain.Person{Handle: "outsider", DisplayName: "O", Email: "o@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: svc.Clock().Now(), UpdatedAt: svc.Clock().Now()}
		db.Create(outsider)
		var owner domain.Person
		db.Where("handle = ?", "p-0").First(&owner)
		var c domain.Collaboration
		db.First(&c)
		var need domain.Need
		db.First(&need)
		var commit domain.Commitment
		db.Where("person_id = ?", steward.ID).First(&commit)
		var val domain.Value
		db.First(&val)
		cid, nid, vid := relay.ID(relay.TypeCollab, c.ID), relay.ID(relay.TypeNeed, need.ID), relay.ID(relay.TypeValue, val.ID)
		past := svc.Clock().Now().Add(-48 * time.Hour).Format(time.RFC3339)
		long := strings.Repeat("x", 2001)
		create := func(commit string) string {
			return `mutation { createCollaboration(input: {title: "New one", goal: "A goal worth reaching.", remote: true,
				values: [{valueId: "` + vid + `", weight: 3}], commitment: ` + commit + `}) { collaboration { id } } }`
		}
		tests := []struct {
			name, code, doc string
			as              *domain.Person
		}{
			{"zero_quantity", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "0"}`), steward},
			{"negative_quantity", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "-3"}`), steward},
			{"not_a_number", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "lots"}`), steward},
			{"quantity_not_a_decimal", "BAD_USER_INPUT", create(`{kind: TIME, quantity: true}`), steward},
			{"due_date_not_a_time", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "1", dueAt: "next Tuesday"}`), steward},
			{"unknown_unit", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "1", unit: "fortnights"}`), steward},
			{"unknown_currency", "BAD_USER_INPUT", create(`{kind: MONEY, quantity: "1", currency: "ZZZ"}`), steward},
			{"money_without_currency", "BAD_USER_INPUT", create(`{kind: MONEY, quantity: "1"}`), steward},
			{"past_due_date", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "1", dueAt: "` + past + `"}`), steward},
			{"long_description", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "1", description: "` + long[:501] + `"}`), steward},
			{"wrong_need_id", "BAD_USER_INPUT", create(`{kind: TIME, quantity: "1", needId: "nonsense"}`), steward},
			{"long_goal", "BAD_USER_INPUT", `mutation { createCollaboration(input: {title: "T T T", goal: "` + long + `", remote: true,
				values: [{valueId: "` + vid + `", weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id } } }`, steward},
			{"unknown_value", "BAD_USER_INPUT", `mutation { createCollaboration(input: {title: "T T T", goal: "A goal worth reaching.", remote: true,
				values: [{valueId: "VmFsdWU6OTk5OTk", weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id } } }`, steward},
			{"make_commitment_zero", "BAD_USER_INPUT", `mutation { makeCommitment(input: {collaborationId: "` + cid + `", commitment: {kind: TIME, quantity: "0"}}) { commitment { id } } }`, steward},
			{"commit_toward_other_kind", "BAD_USER_INPUT", `mutation { makeCommitment(input: {collaborationId: "` + cid + `", commitment: {kind: MONEY, quantity: "5", currency: "EUR", needId: "` + nid + `"}}) { commitment { id } } }`, steward},
			{"commit_toward_unknown_need", "NOT_FOUND", `mutation { makeCommitment(input: {collaborationId: "` + cid + `", commitment: {kind: TIME, quantity: "1", needId: "TmVlZDo5OTk5"}}) { commitment { id } } }`, steward},
			{"threshold_missing", "BAD_USER_INPUT", `mutation { makeCommitment(input: {collaborationId: "` + cid + `", commitment: {kind: TIME, quantity: "1", condition: {kind: ACTIVE_MEMBERS}}}) { commitment { id } } }`, steward},
			{"unknown_collaboration", "NOT_FOUND", `mutation { makeCommitment(input: {collaborationId: "Q29sbGFib3JhdGlvbjo5OTk5", commitment: {kind: TIME, quantity: "1"}}) { commitment { id } } }`, steward},
			{"join_without_commitment", "BAD_USER_INPUT", `mutation { requestToJoin(input: {collaborationId: "` + cid + `", commitments: []}) { membership { id } } }`, outsider},
			{"revise_down", "BAD_USER_INPUT", `mutation { reviseCommitment(input: {commitmentId: "` + relay.ID(relay.TypeCommitment, commit.ID) + `", quantity: "0.5"}) { commitment { id } } }`, steward},
			{"revise_past_due", "BAD_USER_INPUT", `mutation { reviseCommitment(input: {commitmentId: "` + relay.ID(relay.TypeCommitment, commit.ID) + `", dueAt: "` + past + `"}) { commitment { id } } }`, steward},
			{"withdraw_unknown", "NOT_FOUND", `mutation { withdrawCommitment(input: {commitmentId: "Q29tbWl0bWVudDo5OTk5"}) { commitment { id } } }`, steward},
			{"approve_unknown", "NOT_FOUND", `mutation { approveMember(input: {membershipId: "TWVtYmVyc2hpcDo5OTk5"}) { membership { id } } }`, &owner},
			{"need_negative", "BAD_USER_INPUT", `mutation { addNeed(input: {collaborationId: "` + cid + `", need: {kind: TIME, quantity: "-1"}}) { need { id } } }`, &owner},
			{"need_long_description", "BAD_USER_INPUT", `mutation { addNeed(input: {collaborationId: "` + cid + `", need: {kind: TIME, quantity: "1", description: "` + long[:501] + `"}}) { need { id } } }`, &owner},
			{"update_need_zero", "BAD_USER_INPUT", `mutation { updateNeed(input: {needId: "` + nid + `", quantity: "0"}) { need { id } } }`, &owner},
			{"update_long_title", "BAD_USER_INPUT", `mutation { updateCollaboration(input: {collaborationId: "` + cid + `", title: "` + long[:121] + `"}) { collaboration { id } } }`, &owner},
			{"update_ends_before_start", "BAD_USER_INPUT", `mutation { updateCollaboration(input: {collaborationId: "` + cid + `", startsAt: "2030-01-02T00:00:00Z", endsAt: "2030-01-01T00:00:00Z"}) { collaboration { id } } }`, &owner},
			{"update_start_and_clear_it", "BAD_USER_INPUT", `mutation { updateCollaboration(input: {collaborationId: "` + cid + `", startsAt: "2030-01-02T00:00:00Z", clearStartsAt: true}) { collaboration { id } } }`, &owner},
			{"invite_unknown_person", "NOT_FOUND", `mutation { inviteMember(input: {collaborationId: "` + cid + `", personId: "UGVyc29uOjk5OTk"}) { membership { id } } }`, &owner},
			{"invite_wrong_id_type", "BAD_USER_INPUT", `mutation { inviteMember(input: {collaborationId: "` + cid + `", personId: "` + cid + `"}) { membership { id } } }`, &owner},
		}
		counts := func() [4]int64 {
			var out [4]int64
			for i, m := range []any{&domain.Collaboration{}, &domain.Membership{}, &domain.Commitment{}, &domain.Need{}} {
				db.Model(m).Count(&out[i])
			}
			return out
		}
		before := counts()
		var acts int64
		db.Model(&domain.Activity{}).Count(&acts)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if got := outcome(t, h, tt.as, tt.doc, nil); got != tt.code {
					t.Errorf("got %s, want %s", got, tt.code)
				}
			})
		}
		if after := counts(); after != before {
			t.Errorf("got rows %v after refused changes, want %v", after, before)
		}
		var actsAfter int64
		db.Model(&domain.Activity{}).Count(&actsAfter)
		if actsAfter != acts {
			t.Errorf("got %d activities after refused changes, want %d", actsAfter, acts)
		}
	})
}

// TestCollaborationRowsReadOnce: a membership's collaboration comes from the rows read to
// decide whether the viewer may see it, not from a second read of the same rows.
func TestCollaborationRowsReadOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 3)
		var reads atomic.Int64
		err := db.Callback().Query().After("gorm:query").Register("test:collab_reads", func(tx *gorm.DB) {
			if tx.Statement.Table == "collaborations" {
				reads.Add(1)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := db.Callback().Query().Remove("test:collab_reads"); err != nil {
				t.Error(err)
			}
		}()
		resp, err := client.New(asViewer(h, viewer)).RawPost(`{ viewer { memberships { role collaboration { title status } } } }`)
		if err != nil || len(resp.Errors) > 0 {
			t.Fatalf("query: %v %s", err, resp.Errors)
		}
		if data, _ := json.Marshal(resp.Data); strings.Count(string(data), `"title"`) != 3 {
			t.Fatalf("got %s, want 3 collaborations", data)
		}
		if got := reads.Load(); got != 1 {
			t.Errorf("got %d reads of collaborations, want 1", got)
		}
	})
}
