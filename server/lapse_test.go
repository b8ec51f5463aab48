package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/graph/relay"
)

// TestConditionLapsesAtItsDeadline: a conditional commitment whose condition has not held
// by its deadline is lapsed by the job queue once the clock reaches the deadline (moved,
// never slept), with its reason, a notification and a mail; one whose condition holds one
// second before its deadline binds and stays binding.
func TestConditionLapsesAtItsDeadline(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			s := startServerArgs(t, dialect, "--dev-mailbox")
			steward := s.client(t)
			signUp(t, steward, "amara")
			cid := fridge(t, steward, "")
			t0 := s.clock.Now()
			early, late := t0.Add(24*time.Hour), t0.Add(48*time.Hour)
			// Four active members are needed; amara, bo and dee make three.
			join := func(handle string, by time.Time) *client {
				c := s.client(t)
				signUp(t, c, handle)
				commits := []map[string]any{{"kind": "TIME", "quantity": "2"}}
				if !by.IsZero() {
					commits = append(commits, map[string]any{"kind": "TIME", "quantity": "3",
						"condition": map[string]any{"kind": "ACTIVE_MEMBERS", "threshold": 4, "by": by.Format(time.RFC3339)}})
				}
				var req struct {
					RequestToJoin struct{ Membership struct{ ID string } }
				}
				c.ok(`mutation($c: ID!, $cs: [CommitmentInput!]!) { requestToJoin(input: {collaborationId: $c, commitments: $cs}) { membership { id } } }`,
					map[string]any{"c": cid, "cs": commits}, &req)
				logInAgain(t, steward, "amara")
				steward.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`,
					map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
				return c
			}
			bo := join("bo-chen", early)
			bo.ok(`mutation { setMailPreference(input: {kind: COMMITMENT_DUE, cadence: IMMEDIATE}) { mailPreferences { kind } } }`, nil, nil)
			// Mail goes to confirmed addresses only; confirming by link is tested elsewhere.
			if err := s.db.DB.Model(&domain.Person{}).Where("handle = ?", "bo-chen").Update("email_verified_at", t0).Error; err != nil {
				t.Fatal(err)
			}
			join("dee", late)
			conditional := func(handle string) domain.Commitment {
				t.Helper()
				var cm domain.Commitment
				if err := s.db.DB.Joins("JOIN people ON people.id = commitments.person_id").
					Where("people.handle = ? AND commitments.condition_kind = ?", handle, domain.ConditionMembers).First(&cm).Error; err != nil {
					t.Fatal(err)
				}
				return cm
			}
			status := func(handle string) domain.CommitmentStatus { return conditional(handle).Status }

			s.clock.Set(early.Add(-time.Second))
			s.tick(t)
			if got := status("bo-chen"); got != domain.CommitmentPending {
				t.Fatalf("a second before the deadline: got %s, want PENDING", got)
			}
			s.clock.Set(early)
			s.tick(t)
			lapsed := conditional("bo-chen")
			if lapsed.Status != domain.CommitmentLapsed || !strings.Contains(lapsed.LapseReason, "4 active members") {
				t.Fatalf("at the deadline: got %s (%q), want LAPSED saying which condition", lapsed.Status, lapsed.LapseReason)
			}
			// The API shows it, and bo was told.
			logInAgain(t, bo, "bo-chen")
			var got struct {
				Node struct {
					Status      string
					LapseReason string
					Condition   struct{ By time.Time }
				}
				Notifications struct {
					Edges []struct{ Node struct{ Kind string } }
				}
			}
			bo.ok(`query($id: ID!) { node(id: $id) { ... on Commitment { status lapseReason condition { by } } }
				notifications { edges { node { kind } } } }`, map[string]any{"id": relay.ID(relay.TypeCommitment, lapsed.ID)}, &got)
			if got.Node.Status != "LAPSED" || got.Node.LapseReason == "" || !got.Node.Condition.By.Equal(early) {
				t.Errorf("over the API: got %+v, want LAPSED with its reason and deadline", got.Node)
			}
			if len(got.Notifications.Edges) == 0 || got.Notifications.Edges[0].Node.Kind != "COMMITMENT_LAPSED" {
				t.Errorf("notifications: got %+v, want COMMITMENT_LAPSED first", got.Notifications.Edges)
			}
			waitFor(t, "the lapse mail in the mailbox", func() bool {
				for _, m := range mailbox(t, s) {
					if m.ToAddress == "bo-chen@example.org" && strings.Contains(m.Subject, "lapsed") {
						return true
					}
				}
				return false
			})

			// Dee's condition holds one second before her deadline: it binds, and the
			// deadline passing changes nothing.
			s.clock.Set(late.Add(-time.Second))
			join("cy-ra", time.Time{})
			if got := conditional("dee"); got.Status != domain.CommitmentBinding || got.BoundAt == nil || !got.BoundAt.Equal(late.Add(-time.Second)) {
				t.Fatalf("a second before the deadline: got %s bound at %v, want BINDING then", got.Status, got.BoundAt)
			}
			s.clock.Set(late.Add(time.Minute))
			s.tick(t)
			if got := status("dee"); got != domain.CommitmentBinding {
				t.Errorf("after the deadline: got %s, want BINDING for good", got)
			}
			if got := status("bo-chen"); got != domain.CommitmentLapsed {
				t.Errorf("bo's after cy joined: got %s, want LAPSED for good", got)
			}
		})
	}
}

type devMail struct{ ToAddress, Subject string }

func mailbox(t *testing.T, s *testServer) []devMail {
	t.Helper()
	resp, err := http.Get(s.url + "/dev/mailbox?format=json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []devMail
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}
