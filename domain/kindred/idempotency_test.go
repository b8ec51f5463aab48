package kindred_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/impact"
	"kindred/domain/kindred/kindredtest"
	"kindred/domain/ledger"
)

// keyed returns ctx carrying an idempotency key.
func keyed(ctx context.Context, key string) context.Context {
	return domain.WithIdempotencyKey(ctx, key)
}

// idempotencyScene is a collaboration with a steward (amara) and an active member (bo),
// a proposal, an outcome and a contribution of bo's; cy and di are not members.
type idempotencyScene struct {
	steward, member, cy, di context.Context
	diID                    int64
	collab                  *domain.Collaboration
	proposal                *domain.Proposal
	outcome                 *domain.Outcome
	contribution            *domain.Contribution
}

func (f *fixture) idempotencyScene(t *testing.T) *idempotencyScene {
	t.Helper()
	_, steward := f.SignUp(t, "amara")
	_, member := f.SignUp(t, "bongani")
	_, cy := f.SignUp(t, "cyrus")
	di, diCtx := f.SignUp(t, "dina")
	c, _ := f.NewCollab(t, steward)
	f.Join(t, steward, member, c, kindredtest.Hours("1"))
	p := f.propose(t, member, c, domain.ProposalOther, 24*time.Hour)
	o, err := f.Svc.DefineOutcome(steward, c.ID, impact.OutcomeInput{Name: "Meals served", Unit: "meals", Baseline: 0, Target: 100})
	if err != nil {
		t.Fatalf("define outcome: %v", err)
	}
	e, err := f.Svc.LogContribution(member, c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "2", Note: "sorting"})
	if err != nil {
		t.Fatalf("log contribution: %v", err)
	}
	return &idempotencyScene{steward: steward, member: member, cy: cy, di: diCtx, diID: di.Person.ID,
		collab: c, proposal: p, outcome: o, contribution: e}
}

// creatingOps are the service methods behind the mutations that create something, each
// with the model it creates a row of.
type creatingOp struct {
	name  string
	model any
	do    func() (int64, error)
}

func creatingOps(t *testing.T, f *fixture, s *idempotencyScene) []creatingOp {
	c := s.collab
	vals := f.Values(t, 1)
	closes := f.Clock.Now().Add(48 * time.Hour)
	return []creatingOp{
		{"proposeValue", &domain.Value{}, func() (int64, error) {
			v, err := f.Svc.ProposeValue(keyed(s.member, "k-value"), "Patience", "Waiting well for what matters most.")
			return idOf(v, err)
		}},
		{"createCollaboration", &domain.Collaboration{}, func() (int64, error) {
			cc, err := f.Svc.CreateCollaboration(keyed(s.member, "k-collab"), collab.CollaborationInput{
				Title: "Repair café", Goal: "Fix what would be thrown away.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}},
				Remote: true, Commitment: kindredtest.Hours("3"),
			})
			return idOf(cc, err)
		}},
		{"addNeed", &domain.Need{}, func() (int64, error) {
			n, err := f.Svc.AddNeed(keyed(s.steward, "k-need"), c.ID, collab.NeedInput{Kind: domain.KindTime, Quantity: "4", Skill: "Cooking"})
			return idOf(n, err)
		}},
		{"requestToJoin", &domain.Membership{}, func() (int64, error) {
			m, err := f.Svc.RequestToJoin(keyed(s.cy, "k-join"), c.ID, []collab.CommitmentInput{kindredtest.Hours("1")})
			return idOf(m, err)
		}},
		{"inviteMember", &domain.Membership{}, func() (int64, error) {
			m, err := f.Svc.InviteMember(keyed(s.steward, "k-invite"), c.ID, s.diID)
			return idOf(m, err)
		}},
		{"makeCommitment", &domain.Commitment{}, func() (int64, error) {
			cm, err := f.Svc.MakeCommitment(keyed(s.member, "k-commit"), c.ID, kindredtest.Hours("5"))
			return idOf(cm, err)
		}},
		{"logContribution", &domain.Contribution{}, func() (int64, error) {
			e, err := f.Svc.LogContribution(keyed(s.member, "k-log"), c.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3", Note: "cooking"})
			return idOf(e, err)
		}},
		{"reverseContribution", &domain.Contribution{}, func() (int64, error) {
			e, err := f.Svc.ReverseContribution(keyed(s.member, "k-reverse"), s.contribution.ID, "typo")
			return idOf(e, err)
		}},
		{"createProposal", &domain.Proposal{}, func() (int64, error) {
			p, err := f.Svc.CreateProposal(keyed(s.member, "k-proposal"), c.ID, deciding.ProposalInput{
				Kind: domain.ProposalOther, Title: "Open on Sundays", ClosesAt: closes})
			return idOf(p, err)
		}},
		{"commentOnProposal", &domain.Comment{}, func() (int64, error) {
			cm, err := f.Svc.CommentOnProposal(keyed(s.steward, "k-comment"), s.proposal.ID, "Agreed in principle.")
			return idOf(cm, err)
		}},
		{"defineOutcome", &domain.Outcome{}, func() (int64, error) {
			o, err := f.Svc.DefineOutcome(keyed(s.steward, "k-outcome"), c.ID, impact.OutcomeInput{Name: "Food rescued", Unit: "kg", Baseline: 0, Target: 500})
			return idOf(o, err)
		}},
		{"recordMeasurement", &domain.Measurement{}, func() (int64, error) {
			m, err := f.Svc.RecordMeasurement(keyed(s.member, "k-measure"), s.outcome.ID, impact.MeasurementInput{Value: 12, EvidenceNote: "counted"})
			return idOf(m, err)
		}},
	}
}

// idOf returns the ID of what a service method made.
func idOf[T interface {
	*domain.Value | *domain.Collaboration | *domain.Need | *domain.Membership | *domain.Commitment |
		*domain.Contribution | *domain.Proposal | *domain.Comment | *domain.Outcome | *domain.Measurement
}](v T, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	switch x := any(v).(type) {
	case *domain.Value:
		return x.ID, nil
	case *domain.Collaboration:
		return x.ID, nil
	case *domain.Need:
		return x.ID, nil
	case *domain.Membership:
		return x.ID, nil
	case *domain.Commitment:
		return x.ID, nil
	case *domain.Contribution:
		return x.ID, nil
	case *domain.Proposal:
		return x.ID, nil
	case *domain.Comment:
		return x.ID, nil
	case *domain.Outcome:
		return x.ID, nil
	case *domain.Measurement:
		return x.ID, nil
	}
	return 0, nil
}

// TestIdempotencyKeyStoresOnce: every creating method, called again with the same key by
// the same person, returns what the first call made and stores nothing new, not even an
// activity.
func TestIdempotencyKeyStoresOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s := f.idempotencyScene(t)
		for _, op := range creatingOps(t, f, s) {
			t.Run(op.name, func(t *testing.T) {
				before, activities := f.Count(t, op.model), f.Count(t, &domain.Activity{})
				first, err := op.do()
				if err != nil {
					t.Fatalf("first call: %v", err)
				}
				afterFirst, activitiesAfterFirst := f.Count(t, op.model), f.Count(t, &domain.Activity{})
				if afterFirst != before+1 || activitiesAfterFirst <= activities {
					t.Fatalf("first call: got %d rows and %d activities, want %d rows and more than %d activities", afterFirst, activitiesAfterFirst, before+1, activities)
				}
				f.Clock.Advance(time.Minute)
				again, err := op.do()
				if err != nil {
					t.Fatalf("retry: %v", err)
				}
				if again != first {
					t.Errorf("retry: got ID %d, want the first call's %d", again, first)
				}
				if got, got2 := f.Count(t, op.model), f.Count(t, &domain.Activity{}); got != afterFirst || got2 != activitiesAfterFirst {
					t.Errorf("after retry: got %d rows and %d activities, want %d and %d", got, got2, afterFirst, activitiesAfterFirst)
				}
			})
		}
	})
}

// TestIdempotencyKeyWithOtherInput: a key used again for a different request, or for a
// different mutation, is CONFLICT naming the key, and stores nothing.
func TestIdempotencyKeyWithOtherInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s := f.idempotencyScene(t)
		ctx := keyed(s.member, "retry-1")
		if _, err := f.Svc.LogContribution(ctx, s.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"}); err != nil {
			t.Fatal(err)
		}
		before := f.Count(t, &domain.Contribution{})
		_, err := f.Svc.LogContribution(ctx, s.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "4"})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		if de := err.(*domain.Error); de.Field != "idempotencyKey" || !strings.Contains(de.Message, "new key") {
			t.Errorf("got field %q, message %q; want idempotencyKey and what to do", de.Field, de.Message)
		}
		_, err = f.Svc.MakeCommitment(ctx, s.collab.ID, kindredtest.Hours("3"))
		kindredtest.WantCode(t, err, domain.CodeConflict)
		if got := f.Count(t, &domain.Contribution{}); got != before {
			t.Errorf("got %d contributions, want %d", got, before)
		}
	})
}

// TestIdempotencyKeyIsPerPerson: two people using the same key each get their own entry.
func TestIdempotencyKeyIsPerPerson(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s := f.idempotencyScene(t)
		in := ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"}
		a, err := f.Svc.LogContribution(keyed(s.steward, "same"), s.collab.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		b, err := f.Svc.LogContribution(keyed(s.member, "same"), s.collab.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID == b.ID || a.PersonID == b.PersonID {
			t.Errorf("got entries %d (person %d) and %d (person %d), want two, one each", a.ID, a.PersonID, b.ID, b.PersonID)
		}
	})
}

// TestIdempotencyKeyExpiresAfterADay: a key is remembered for a day; after that the same
// key makes a new entry, and the prune job forgets it.
func TestIdempotencyKeyExpiresAfterADay(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s := f.idempotencyScene(t)
		ctx := keyed(s.member, "daily")
		in := ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"}
		first, err := f.Svc.LogContribution(ctx, s.collab.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		f.Clock.Advance(24*time.Hour - time.Second)
		if again, err := f.Svc.LogContribution(ctx, s.collab.ID, in); err != nil || again.ID != first.ID {
			t.Fatalf("within a day: got %v, %v, want entry %d", again, err, first.ID)
		}
		f.Clock.Advance(2 * time.Second)
		later, err := f.Svc.LogContribution(ctx, s.collab.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		if later.ID == first.ID {
			t.Fatalf("after a day: got the first entry %d again, want a new one", first.ID)
		}
		if again, err := f.Svc.LogContribution(ctx, s.collab.ID, in); err != nil || again.ID != later.ID {
			t.Errorf("retry of the new one: got %v, %v, want entry %d", again, err, later.ID)
		}
		if n, err := f.Svc.PruneIdempotencyKeys(context.Background()); err != nil || n != 0 {
			t.Errorf("prune a fresh key: got %d, %v, want 0", n, err)
		}
		f.Clock.Advance(24*time.Hour + time.Second)
		if n, err := f.Svc.PruneIdempotencyKeys(context.Background()); err != nil || n != 1 {
			t.Errorf("prune after a day: got %d, %v, want 1", n, err)
		}
	})
}

// TestIdempotencyKeyMustBeValid: an empty, long or unprintable key is BAD_USER_INPUT on
// idempotencyKey, and nothing is stored.
func TestIdempotencyKeyMustBeValid(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		s := f.idempotencyScene(t)
		before := f.Count(t, &domain.Contribution{})
		for name, key := range map[string]string{"empty": "", "long": strings.Repeat("k", 201), "control": "a\x00b", "newline": "a\nb"} {
			t.Run(name, func(t *testing.T) {
				_, err := f.Svc.LogContribution(keyed(s.member, key), s.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"})
				kindredtest.WantCode(t, err, domain.CodeInvalid)
				if de := err.(*domain.Error); de.Field != "idempotencyKey" {
					t.Errorf("got field %q, want idempotencyKey", de.Field)
				}
			})
		}
		if _, err := f.Svc.LogContribution(keyed(s.member, strings.Repeat("k", 200)), s.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"}); err != nil {
			t.Errorf("a key of 200 characters: %v", err)
		}
		if got := f.Count(t, &domain.Contribution{}); got != before+1 {
			t.Errorf("got %d contributions, want %d", got, before+1)
		}
	})
}

// TestIdempotencyKeyConcurrentRetries: retries racing each other with one key store once
// and all get the same entry, on PostgreSQL where they really run at once; both for a
// mutation under a collaboration's lock and for one without (createCollaboration).
func TestIdempotencyKeyConcurrentRetries(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	f := newFixture(t, db)
	s := f.idempotencyScene(t)
	vals := f.Values(t, 1)
	const n = 8
	ops := map[string]struct {
		model any
		do    func() (int64, error)
	}{
		"logContribution": {&domain.Contribution{}, func() (int64, error) {
			e, err := f.Svc.LogContribution(keyed(s.member, "race-log"), s.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "3"})
			return idOf(e, err)
		}},
		"makeCommitment": {&domain.Commitment{}, func() (int64, error) {
			cm, err := f.Svc.MakeCommitment(keyed(s.member, "race-commit"), s.collab.ID, kindredtest.Hours("2"))
			return idOf(cm, err)
		}},
		"createCollaboration": {&domain.Collaboration{}, func() (int64, error) {
			c, err := f.Svc.CreateCollaboration(keyed(s.cy, "race-collab"), collab.CollaborationInput{
				Title: "Tool library", Goal: "Lend tools instead of buying them.", Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 3}},
				Remote: true, Commitment: kindredtest.Hours("1"),
			})
			return idOf(c, err)
		}},
	}
	for name, op := range ops {
		t.Run(name, func(t *testing.T) {
			before := f.Count(t, op.model)
			ids := make([]int64, n)
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() { ids[i], errs[i] = op.do() })
			}
			wg.Wait()
			for i := range n {
				if errs[i] != nil {
					t.Errorf("call %d: %v", i, errs[i])
				} else if ids[i] != ids[0] {
					t.Errorf("call %d: got ID %d, want %d like call 0", i, ids[i], ids[0])
				}
			}
			if got := f.Count(t, op.model); got != before+1 {
				t.Errorf("got %d rows, want %d: stored once", got, before+1)
			}
		})
	}
}
