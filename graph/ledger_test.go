package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/kindred"
	"kindred/domain/ledger"
)

// seedLedger makes a collaboration with n members who each committed 2 h and logged 1 h,
// confirmed by the steward; it returns the steward and the slug.
func seedLedger(t *testing.T, db *database.DB, svc *kindred.Services, n int) (*domain.Person, string) {
	t.Helper()
	now := clocktest.Start()
	person := func(h string) *domain.Person {
		p := &domain.Person{Handle: h, DisplayName: h, Email: h + "@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
		return p
	}
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	steward := person(fmt.Sprintf("steward-%d", n))
	var val domain.Value
	db.First(&val)
	c, err := svc.CreateCollaboration(as(steward), collab.CollaborationInput{Title: fmt.Sprintf("Ledger %d", n), Goal: "A goal worth reaching.",
		Remote: true, Values: []collab.ValueWeight{{ValueID: val.ID, Weight: 3}}, Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1"}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		p := person(fmt.Sprintf("m%d-%02d", n, i))
		m, err := svc.RequestToJoin(as(p), c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "2"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ApproveMember(as(steward), m.ID); err != nil {
			t.Fatal(err)
		}
		var cm domain.Commitment
		db.Where("membership_id = ?", m.ID).First(&cm)
		e, err := svc.LogContribution(as(p), c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", CommitmentID: &cm.ID})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.ConfirmContribution(as(steward), e.ID); err != nil {
			t.Fatal(err)
		}
	}
	return steward, c.Slug
}

// TestLedgerQueryStatements checks that the ledger and fulfilment of 50 members cost the
// same statements as those of 5.
func TestLedgerQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		const q = `query($s: String!) { collaboration(slug: $s) { totals { all { amount unit } confirmed { amount } contributors largestShare }
			members { reciprocity behind person { handle giverRecord { reciprocity behind bindingCommitments given { all { amount } } } }
				commitments { behind fulfilment { committed { amount } confirmed { amount } unconfirmed { amount } confirmedRatio withUnconfirmedRatio } } }
			ledger(first: 100) { totalCount edges { node { id status note occurredAt confirmedAt createdAt viewerCanConfirm quantity { amount unit }
				person { handle } confirmedBy { handle } commitment { id } reverses { id } reversedBy { id } collaboration { id } } } } } }`
		count := func(n int) int64 {
			steward, slug := seedLedger(t, db, svc, n)
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, steward)).RawPost(q, client.Var("s", slug))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			if got := strings.Count(string(data), `"status":"CONFIRMED"`); got != n {
				t.Fatalf("got %d confirmed entries, want %d", got, n)
			}
			return counter.Load()
		}
		few, many := count(5), count(50)
		t.Logf("%d statements for 5 members, %d for 50", few, many)
		if few != many {
			t.Errorf("got %d statements for 50 members and %d for 5, want the same", many, few)
		}
	})
}
