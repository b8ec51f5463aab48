package demo_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/demo"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/kindred"
	"kindred/domain/notify"
)

var fixedNow = clocktest.Start()

const dummyHash = "$argon2id$v=19$m=65536,t=1,p=4$ZGVtbw$ZGVtbw"

func openDB(t *testing.T) *gorm.DB {
	t.Helper()
	ctx := context.Background()
	db, err := database.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), nil, nil)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return db.DB
}

func count(t *testing.T, db *gorm.DB, model any, where ...any) int {
	t.Helper()
	q := db.Model(model)
	if len(where) > 0 {
		q = q.Where(where[0], where[1:]...)
	}
	var n int64
	if err := q.Count(&n).Error; err != nil {
		t.Fatalf("count %T: %v", model, err)
	}
	return int(n)
}

// tableCounts counts the rows of every table.
func tableCounts(t *testing.T, db *gorm.DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, m := range domain.AllModels() {
		stmt := &gorm.Statement{DB: db}
		if err := stmt.Parse(m); err != nil {
			t.Fatalf("parse %T: %v", m, err)
		}
		out[stmt.Schema.Table] = count(t, db, m)
	}
	return out
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)

	sum, err := demo.Load(ctx, db, fixedNow, dummyHash)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}

	t.Run("summary matches the tables", func(t *testing.T) {
		checks := []struct {
			name  string
			got   int
			model any
		}{
			{"people", sum.People, &domain.Person{}},
			{"collaborations", sum.Collaborations, &domain.Collaboration{}},
			{"memberships", sum.Memberships, &domain.Membership{}},
			{"commitments", sum.Commitments, &domain.Commitment{}},
			{"contributions", sum.Contributions, &domain.Contribution{}},
			{"outcomes", sum.Outcomes, &domain.Outcome{}},
			{"measurements", sum.Measurements, &domain.Measurement{}},
		}
		for _, c := range checks {
			if want := count(t, db, c.model); c.got != want {
				t.Errorf("Summary.%s: got %d, want %d", c.name, c.got, want)
			}
			if c.got == 0 {
				t.Errorf("Summary.%s: got 0, want some", c.name)
			}
		}
		if sum.DemoHandle != demo.DemoHandle {
			t.Errorf("Summary.DemoHandle: got %q, want %q", sum.DemoHandle, demo.DemoHandle)
		}
		if sum.People < 25 || sum.People > 40 {
			t.Errorf("people: got %d, want about 30", sum.People)
		}
	})

	t.Run("second load changes nothing", func(t *testing.T) {
		before := tableCounts(t, db)
		again, err := demo.Load(ctx, db, fixedNow.Add(time.Hour), dummyHash)
		if !errors.Is(err, demo.ErrNotEmpty) {
			t.Fatalf("second Load: got error %v, want ErrNotEmpty", err)
		}
		if again != nil {
			t.Errorf("second Load: got summary %+v, want nil", again)
		}
		after := tableCounts(t, db)
		for table, n := range before {
			if after[table] != n {
				t.Errorf("%s after second Load: got %d rows, want %d", table, after[table], n)
			}
		}
	})

	t.Run("nothing is created in the future", func(t *testing.T) {
		for _, m := range domain.AllModels() {
			stmt := &gorm.Statement{DB: db}
			if err := stmt.Parse(m); err != nil {
				t.Fatalf("parse %T: %v", m, err)
			}
			// The values catalog is seeded by a migration at the real time, not by Load.
			if _, seeded := m.(*domain.Value); seeded || stmt.Schema.LookUpField("CreatedAt") == nil {
				continue
			}
			if got := count(t, db, m, "created_at > ?", fixedNow); got != 0 {
				t.Errorf("%s created after now: got %d rows, want 0", stmt.Schema.Table, got)
			}
		}
	})

	t.Run("demo person", func(t *testing.T) {
		var p domain.Person
		if err := db.Where("handle = ?", demo.DemoHandle).First(&p).Error; err != nil {
			t.Fatalf("demo person %q: %v", demo.DemoHandle, err)
		}
		if p.PasswordHash != dummyHash {
			t.Errorf("demo password hash: got %q, want %q", p.PasswordHash, dummyHash)
		}
	})

	// The dashboard and the keyboard-only browser path need something in each list.
	t.Run("demo person's dashboard", func(t *testing.T) {
		var p domain.Person
		if err := db.Where("handle = ?", demo.DemoHandle).First(&p).Error; err != nil {
			t.Fatal(err)
		}
		svc := kindred.New(db, clock.NewManual(fixedNow), nil)
		d, err := svc.FindDashboard(domain.WithViewer(ctx, &p))
		if err != nil {
			t.Fatalf("FindDashboard: %v", err)
		}
		for name, n := range map[string]int{
			"entries to confirm":            len(d.AwaitingConfirmation),
			"proposals awaiting a position": len(d.ProposalsAwaitingPosition),
			"invitations":                   len(d.Invitations),
			"join requests":                 len(d.JoinRequests),
		} {
			if n == 0 {
				t.Errorf("%s: got none, want at least one", name)
			}
		}
		// History tells people what it would have told them live; the recent is unread.
		pctx := domain.WithViewer(ctx, &p)
		page, unread, err := svc.FindNotifications(pctx, notify.NotificationFilter{})
		if err != nil || page.TotalCount < 10 || unread == 0 || unread == page.TotalCount {
			t.Errorf("notifications: got %d, %d unread (%v); want many, the recent ones unread", page.TotalCount, unread, err)
		}
	})

	t.Run("people are well formed", func(t *testing.T) {
		var people []domain.Person
		if err := db.Find(&people).Error; err != nil {
			t.Fatal(err)
		}
		visibility := map[domain.Visibility]int{}
		for _, p := range people {
			visibility[p.Visibility]++
			if err := accounts.ValidateHandle(p.Handle); err != nil {
				t.Errorf("handle %q: %v", p.Handle, err)
			}
			if want := p.Handle + "@example.org"; p.Email != want {
				t.Errorf("email of %s: got %q, want %q", p.Handle, p.Email, want)
			}
			if p.Skills == nil {
				t.Errorf("skills of %s: got nil, want a list", p.Handle)
			}
			for _, s := range p.Skills {
				if s != strings.ToLower(s) {
					t.Errorf("skill %q of %s: want lower case", s, p.Handle)
				}
			}
			if p.Role != domain.RoleMember {
				t.Errorf("role of %s: got %s, want %s", p.Handle, p.Role, domain.RoleMember)
			}
			if p.CreatedAt.After(fixedNow) {
				t.Errorf("%s created at %v, after now %v", p.Handle, p.CreatedAt, fixedNow)
			}
		}
		if got := visibility[domain.VisibilityPrivate]; got != 1 {
			t.Errorf("private people: got %d, want 1", got)
		}
		if got := visibility[domain.VisibilityMembers]; got < 1 {
			t.Errorf("members-only people: got %d, want at least 1", got)
		}
		var nullSkills int64
		if err := db.Model(&domain.Person{}).Where("skills IS NULL OR skills = 'null'").Count(&nullSkills).Error; err != nil {
			t.Fatal(err)
		}
		if nullSkills != 0 {
			t.Errorf("people with null skills: got %d, want 0", nullSkills)
		}
	})

	t.Run("values", func(t *testing.T) {
		var rows []struct {
			PersonID int64
			N        int
		}
		if err := db.Model(&domain.PersonValue{}).Select("person_id, COUNT(*) AS n").Group("person_id").Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		if got, want := len(rows), sum.People; got != want {
			t.Errorf("people holding values: got %d, want %d", got, want)
		}
		for _, r := range rows {
			if r.N > domain.MaxValuesPerPerson {
				t.Errorf("person %d holds %d values: got %d, want at most %d", r.PersonID, r.N, r.N, domain.MaxValuesPerPerson)
			}
			if r.N < 3 {
				t.Errorf("person %d holds values: got %d, want at least 3", r.PersonID, r.N)
			}
		}
		if got := count(t, db, &domain.PersonValue{}, "strength < 1 OR strength > 5"); got != 0 {
			t.Errorf("strengths outside 1..5: got %d, want 0", got)
		}
		if got := count(t, db, &domain.CollaborationValue{}, "weight < 1 OR weight > 5"); got != 0 {
			t.Errorf("weights outside 1..5: got %d, want 0", got)
		}
	})

	t.Run("active members have a live commitment", func(t *testing.T) {
		var ms []domain.Membership
		if err := db.Where("status = ?", domain.MembershipActive).Find(&ms).Error; err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 {
			t.Fatal("active memberships: got 0, want some")
		}
		for _, m := range ms {
			n := count(t, db, &domain.Commitment{}, "membership_id = ? AND status <> ?", m.ID, domain.CommitmentWithdrawn)
			if n == 0 {
				t.Errorf("active membership %d (person %d, collaboration %d): got 0 commitments, want at least 1", m.ID, m.PersonID, m.CollaborationID)
			}
		}
		var requested []domain.Membership
		if err := db.Where("status = ?", domain.MembershipRequested).Find(&requested).Error; err != nil {
			t.Fatal(err)
		}
		for _, m := range requested {
			if n := count(t, db, &domain.Commitment{}, "membership_id = ? AND status = ?", m.ID, domain.CommitmentPending); n == 0 {
				t.Errorf("requested membership %d: got 0 pending commitments, want at least 1", m.ID)
			}
		}
		if got := count(t, db, &domain.Membership{}, "status = ?", domain.MembershipInvited); got < 1 {
			t.Errorf("invited memberships: got %d, want at least 1", got)
		}
	})

	t.Run("ledger", func(t *testing.T) {
		if got := count(t, db, &domain.Contribution{}, "confirmed_by_id = person_id"); got != 0 {
			t.Errorf("self-confirmed contributions: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Contribution{}, "confirmed_by_id IS NOT NULL AND confirmed_at IS NULL"); got != 0 {
			t.Errorf("confirmed contributions without confirmed_at: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Contribution{}, "confirmed_by_id IS NULL"); got == 0 {
			t.Errorf("unconfirmed contributions: got %d, want some", got)
		}
		// Confirmers and contributors are ACTIVE members of the same collaboration.
		for _, col := range []string{"person_id", "confirmed_by_id"} {
			var n int64
			err := db.Raw(`SELECT COUNT(*) FROM contributions c WHERE c.` + col + ` IS NOT NULL AND NOT EXISTS (
				SELECT 1 FROM memberships m WHERE m.collaboration_id = c.collaboration_id
				AND m.person_id = c.` + col + ` AND m.status = 'ACTIVE')`).Scan(&n).Error
			if err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("contributions whose %s is not an active member: got %d, want 0", col, n)
			}
		}
		var reversals []domain.Contribution
		if err := db.Where("reverses_id IS NOT NULL").Find(&reversals).Error; err != nil {
			t.Fatal(err)
		}
		if len(reversals) == 0 {
			t.Errorf("reversing entries: got 0, want at least 1")
		}
		for _, r := range reversals {
			var orig domain.Contribution
			if err := db.First(&orig, *r.ReversesID).Error; err != nil {
				t.Fatalf("reversed entry %d: %v", *r.ReversesID, err)
			}
			if r.PersonID != orig.PersonID || r.Quantity != -orig.Quantity || orig.ID >= r.ID || r.Note == "" {
				t.Errorf("reversal %d of %d: got person %d quantity %d, want person %d quantity %d, a later id and a note",
					r.ID, orig.ID, r.PersonID, r.Quantity, orig.PersonID, -orig.Quantity)
			}
		}
		oldest := fixedNow.AddDate(0, 0, -90)
		if got := count(t, db, &domain.Contribution{}, "occurred_at < ? OR occurred_at > ?", oldest, fixedNow); got != 0 {
			t.Errorf("contributions outside the last 90 days: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Commitment{}, "status = ? AND bound_at IS NULL", domain.CommitmentBinding); got != 0 {
			t.Errorf("binding commitments without bound_at: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Commitment{}, "status = ? AND condition_kind = ? AND condition_threshold IS NOT NULL",
			domain.CommitmentPending, domain.ConditionMembers); got == 0 {
			t.Errorf("conditional pending commitments: got %d, want at least 1", got)
		}
	})

	t.Run("someone is behind", func(t *testing.T) {
		var n int64
		err := db.Raw(`SELECT COUNT(*) FROM commitments k WHERE k.status = 'BINDING' AND k.due_at < ?
			AND k.quantity > (SELECT COALESCE(SUM(c.quantity), 0) FROM contributions c
				WHERE c.commitment_id = k.id AND c.confirmed_by_id IS NOT NULL)`, fixedNow).Scan(&n).Error
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("overdue under-fulfilled binding commitments: got 0, want at least 1")
		}
	})

	t.Run("outcomes", func(t *testing.T) {
		if got := count(t, db, &domain.Outcome{}, "direction = ?", domain.DirectionDecrease); got < 1 {
			t.Errorf("outcomes with direction DECREASE: got %d, want at least 1", got)
		}
		if got := count(t, db, &domain.Outcome{}, "baseline = target"); got != 0 {
			t.Errorf("outcomes whose target equals the baseline: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Attestation{}, "person_id IN (SELECT recorded_by_id FROM measurements m WHERE m.id = attestations.measurement_id)"); got != 0 {
			t.Errorf("self-attested measurements: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Measurement{}, "evidence_url = '' AND evidence_note = ''"); got != 0 {
			t.Errorf("measurements without evidence: got %d, want 0", got)
		}
	})

	t.Run("collaborations", func(t *testing.T) {
		var cs []domain.Collaboration
		if err := db.Find(&cs).Error; err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if got := count(t, db, &domain.Membership{}, "collaboration_id = ? AND person_id = ? AND role = ? AND status = ?",
				c.ID, c.CreatedByID, domain.MembershipSteward, domain.MembershipActive); got != 1 {
				t.Errorf("%s: creator as active steward: got %d, want 1", c.Slug, got)
			}
			if got := count(t, db, &domain.GoalRevision{}, "collaboration_id = ? AND proposal_id IS NULL AND set_by_id = ?", c.ID, c.CreatedByID); got != 1 {
				t.Errorf("%s: initial goal revisions: got %d, want 1", c.Slug, got)
			}
			if got := count(t, db, &domain.CollaborationValue{}, "collaboration_id = ?", c.ID); got < 2 || got > 4 {
				t.Errorf("%s: values: got %d, want 2 to 4", c.Slug, got)
			}
			if got := count(t, db, &domain.Membership{}, "collaboration_id = ?", c.ID); got < 3 || got > 8 {
				t.Errorf("%s: members: got %d, want 3 to 8", c.Slug, got)
			}
		}
		if got := count(t, db, &domain.Proposal{}, "kind = ? AND status = ? AND closes_at > ?", domain.ProposalGoal, domain.ProposalOpen, fixedNow); got < 1 {
			t.Errorf("open goal proposals: got %d, want at least 1", got)
		}
		if got := count(t, db, &domain.Activity{}, "created_at > ?", fixedNow); got != 0 {
			t.Errorf("activities in the future: got %d, want 0", got)
		}
		if got := count(t, db, &domain.Activity{}, "verb = ?", "contribution.logged"); got != sum.Contributions-count(t, db, &domain.Contribution{}, "reverses_id IS NOT NULL") {
			t.Errorf("contribution.logged activities: got %d, want one per non-reversing contribution", got)
		}
	})
}
