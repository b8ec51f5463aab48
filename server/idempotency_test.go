package main

import (
	"testing"
	"time"

	"kindred/database/dbtest"
	"kindred/domain"
)

// TestIdempotencyKeyThroughTheAPI: logContribution and makeCommitment sent again with the
// same idempotencyKey answer with the entity the first request made and store it once;
// the key with other input is CONFLICT on the field; the scheduler forgets keys after a day.
func TestIdempotencyKeyThroughTheAPI(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			amara := srv.client(t)
			signUp(t, amara, "amara")
			cid := fridge(t, amara, "")
			const logDoc = `mutation($in: LogContributionInput!) { logContribution(input: $in) { contribution { id } } }`
			logIn := map[string]any{"collaborationId": cid, "kind": "TIME", "quantity": "1.5", "note": "Sunday shift", "idempotencyKey": "3f1c-log"}
			logged := func() string {
				var out struct {
					LogContribution struct{ Contribution struct{ ID string } }
				}
				amara.ok(logDoc, map[string]any{"in": logIn}, &out)
				return out.LogContribution.Contribution.ID
			}
			before := srv.count(t, &domain.Contribution{})
			first, again := logged(), logged()
			if first == "" || again != first {
				t.Errorf("logContribution retried: got %q, want the first entry %q", again, first)
			}
			if got := srv.count(t, &domain.Contribution{}); got != before+1 {
				t.Errorf("got %d contributions, want %d", got, before+1)
			}

			other := map[string]any{"collaborationId": cid, "kind": "TIME", "quantity": "2", "idempotencyKey": "3f1c-log"}
			e := amara.fails(domain.CodeConflict, logDoc, map[string]any{"in": other})
			if e.Extensions["field"] != "idempotencyKey" {
				t.Errorf("got field %v, want idempotencyKey", e.Extensions["field"])
			}
			amara.fails(domain.CodeInvalid, logDoc, map[string]any{"in": map[string]any{"collaborationId": cid, "kind": "TIME", "quantity": "2", "idempotencyKey": ""}})

			const commitDoc = `mutation($in: MakeCommitmentInput!) { makeCommitment(input: $in) { commitment { id status } } }`
			commitIn := map[string]any{"collaborationId": cid, "commitment": map[string]any{"kind": "TIME", "quantity": "4"}, "idempotencyKey": "3f1c-commit"}
			committed := func() string {
				var out struct {
					MakeCommitment struct{ Commitment struct{ ID string } }
				}
				amara.ok(commitDoc, map[string]any{"in": commitIn}, &out)
				return out.MakeCommitment.Commitment.ID
			}
			commitments := srv.count(t, &domain.Commitment{})
			if first, again := committed(), committed(); first == "" || again != first {
				t.Errorf("makeCommitment retried: got %q, want the first commitment %q", again, first)
			}
			if got := srv.count(t, &domain.Commitment{}); got != commitments+1 {
				t.Errorf("got %d commitments, want %d", got, commitments+1)
			}

			srv.tick(t)
			if got := srv.count(t, &domain.IdempotencyKey{}); got != 2 {
				t.Errorf("got %d idempotency keys, want the 2 of today", got)
			}
			srv.clock.Advance(25 * time.Hour)
			logInAgain(t, amara, "amara")
			srv.tick(t)
			if got := srv.count(t, &domain.IdempotencyKey{}); got != 0 {
				t.Errorf("a day later: got %d idempotency keys, want 0", got)
			}
			if got := logged(); got == first {
				t.Errorf("a day later: got the first entry %q again, want a new one", got)
			}
		})
	}
}
