package kindred_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"

	"gorm.io/gorm"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/discovery"
	"kindred/domain/kindred"
)

// needWorld inserts n collaborations with random statuses, visibilities, value weights and
// needs (some filled, some naming a skill), and the viewer's memberships in some of them,
// and tells the service's views, as its own writes do.
func needWorld(t *testing.T, svc *kindred.Services, db *database.DB, viewer *domain.Person, n int, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 11))
	var values []domain.Value
	db.Order("id").Limit(8).Find(&values)
	skills := []string{"", "", "design", "cooking", "logistics"}
	statuses := []domain.CollaborationStatus{domain.CollaborationForming, domain.CollaborationActive, domain.CollaborationActive, domain.CollaborationCompleted}
	vis := []domain.Visibility{domain.VisibilityPublic, domain.VisibilityPublic, domain.VisibilityMembers, domain.VisibilityPrivate}
	member := []domain.MembershipStatus{"", "", "", "", domain.MembershipActive, domain.MembershipRequested, domain.MembershipInvited, domain.MembershipLeft, domain.MembershipRemoved}
	now := clocktest.Start()
	var offset int64
	db.Model(&domain.Collaboration{}).Count(&offset)
	for i := range n {
		c := &domain.Collaboration{Slug: fmt.Sprintf("w%d-%03d", offset, i), Title: fmt.Sprintf("World %d", i), Goal: "A goal.",
			Status: statuses[r.IntN(len(statuses))], Visibility: vis[r.IntN(len(vis))], CreatedByID: viewer.ID, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(c).Error; err != nil {
			t.Fatal(err)
		}
		for _, v := range values {
			if r.IntN(3) == 0 {
				db.Create(&domain.CollaborationValue{CollaborationID: c.ID, ValueID: v.ID, Weight: 1 + r.IntN(5), CreatedAt: now})
			}
		}
		for range r.IntN(4) {
			db.Create(&domain.Need{CollaborationID: c.ID, Kind: domain.KindTime, Quantity: 100 * int64(1+r.IntN(20)), Unit: "hours",
				Skill: skills[r.IntN(len(skills))], Description: "help", Filled: r.IntN(4) == 0, CreatedAt: now, UpdatedAt: now})
		}
		if st := member[r.IntN(len(member))]; st != "" {
			db.Create(&domain.Membership{CollaborationID: c.ID, PersonID: viewer.ID, Role: domain.MembershipMember, Status: st, CreatedAt: now, UpdatedAt: now})
		}
		svc.RefreshCollabs(context.Background(), c.ID)
	}
}

// bruteNeeds orders the needs for viewer the way the rule says, written apart from the
// production code: every need, every condition read from the database, the alignment
// over the union of values with exact fractions compared by cross-multiplying.
func bruteNeeds(t *testing.T, db *database.DB, viewer *domain.Person) []string {
	t.Helper()
	var me domain.Person
	db.First(&me, viewer.ID)
	var pvs []domain.PersonValue
	db.Where("person_id = ?", viewer.ID).Find(&pvs)
	mine := map[int64]int{}
	for _, pv := range pvs {
		mine[pv.ValueID] = pv.Strength
	}
	var needs []domain.Need
	db.Find(&needs)
	type row struct {
		id    int64
		skill bool
		m, d  int
	}
	var rows []row
	for _, n := range needs {
		var c domain.Collaboration
		db.First(&c, n.CollaborationID)
		var ms []domain.Membership
		db.Where("collaboration_id = ? AND person_id = ?", c.ID, viewer.ID).Find(&ms)
		part := false
		for _, m := range ms {
			part = part || m.Status == domain.MembershipActive || m.Status == domain.MembershipRequested || m.Status == domain.MembershipRemoved
		}
		open := c.Status == domain.CollaborationForming || c.Status == domain.CollaborationActive
		if n.Filled || !open || c.Visibility == domain.VisibilityPrivate || part {
			continue
		}
		if n.Skill != "" && !slices.Contains(me.Skills, n.Skill) {
			continue
		}
		var cvs []domain.CollaborationValue
		db.Where("collaboration_id = ?", c.ID).Find(&cvs)
		theirs := map[int64]int{}
		for _, cv := range cvs {
			theirs[cv.ValueID] = cv.Weight
		}
		m, d := 0, 0
		for v, s := range mine {
			m += min(s, theirs[v])
			d += max(s, theirs[v])
		}
		for v, w := range theirs {
			if _, ok := mine[v]; !ok {
				d += w
			}
		}
		if d == 0 {
			d = 1
		}
		rows = append(rows, row{n.ID, n.Skill != "", m, d})
	}
	slices.SortFunc(rows, func(a, b row) int {
		switch {
		case a.skill != b.skill:
			if a.skill {
				return -1
			}
			return 1
		case a.m*b.d != b.m*a.d:
			if a.m*b.d > b.m*a.d {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%d:%.9f", r.id, float64(r.m)/float64(r.d))
	}
	return out
}

// walkNeeds pages through NeedsForYou, 7 at a time.
func walkNeeds(t *testing.T, svc *kindred.Services, ctx context.Context) (out []string, total int) {
	t.Helper()
	seven := 7
	after := ""
	for page := 0; ; page++ {
		p, err := svc.NeedsForYou(ctx, &seven, after)
		if err != nil {
			t.Fatalf("page %d: %v", page, err)
		}
		total = p.TotalCount
		for _, m := range p.Matches {
			out = append(out, fmt.Sprintf("%d:%.9f", m.Need.ID, m.Score))
		}
		if !p.HasNextPage {
			return out, total
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}

// statementsOf counts the SQL statements f runs.
func statementsOf(t *testing.T, db *gorm.DB, f func()) int64 {
	t.Helper()
	var n atomic.Int64
	inc := func(*gorm.DB) { n.Add(1) }
	name := "test:needs_" + t.Name()
	for _, err := range []error{
		db.Callback().Query().After("gorm:query").Register(name+"_q", inc),
		db.Callback().Row().After("gorm:row").Register(name+"_r", inc),
		db.Callback().Raw().After("gorm:raw").Register(name+"_w", inc),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	f()
	_ = db.Callback().Query().Remove(name + "_q")
	_ = db.Callback().Row().Remove(name + "_r")
	_ = db.Callback().Raw().Remove(name + "_w")
	return n.Load()
}

func TestNeedsForYou(t *testing.T) {
	t.Run("ranking_matches_brute_force", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			s, ctx := f.SignUp(t, "volunteer")
			vals := f.Values(t, 8)
			for i, v := range vals {
				if i%2 == 0 {
					setValue(t, f.Svc, ctx, v.ID, 1+i%5)
				}
			}
			db.Model(&domain.Person{ID: s.Person.ID}).Select("skills").Updates(&domain.Person{Skills: []string{"design", "logistics"}})
			f.Svc.RefreshPeople(ctx, s.Person.ID)
			needWorld(t, f.Svc, db, s.Person, 60, 42)
			want := bruteNeeds(t, db, s.Person)
			if len(want) < 15 {
				t.Fatalf("the generated world suggests only %d needs; make it larger", len(want))
			}
			// The discovery indexes are built on first use; count what a page costs after.
			if _, err := f.Svc.NeedsForYou(ctx, nil, ""); err != nil {
				t.Fatal(err)
			}
			var got []string
			var total int
			before := statementsOf(t, db.DB, func() { got, total = walkNeeds(t, f.Svc, ctx) })
			if !slices.Equal(got, want) {
				t.Errorf("needs for you:\n got %v\nwant %v", got, want)
			}
			if total != len(want) {
				t.Errorf("total count = %d, want %d", total, len(want))
			}
			pages := int64((len(want) + 6) / 7)
			// Statements do not grow with the number of needs: a page costs the same with
			// three times as many.
			one := func() int64 {
				return statementsOf(t, db.DB, func() {
					if _, err := f.Svc.NeedsForYou(ctx, nil, ""); err != nil {
						t.Fatal(err)
					}
				})
			}
			small := one()
			needWorld(t, f.Svc, db, s.Person, 120, 43)
			if big := one(); big != small || before != pages*small {
				t.Errorf("statements: %d for a page of %d needs, %d with more, %d for %d pages", small, len(want), big, before, pages)
			}
			if got, _ := walkNeeds(t, f.Svc, ctx); !slices.Equal(got, bruteNeeds(t, db, s.Person)) {
				t.Errorf("needs for you after more were added differ from the brute force")
			}
		})
	})

	t.Run("private_never_suggested", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			_, steward := f.SignUp(t, "priv-steward")
			_, outsider := f.SignUp(t, "priv-outsider")
			c, needs := f.NewCollab(t, steward)
			p, err := f.Svc.NeedsForYou(outsider, nil, "")
			if err != nil || !suggests(p.Matches, needs[1].ID) {
				t.Fatalf("before: the public collaboration's money need is not suggested (%v)", err)
			}
			db.Model(&domain.Collaboration{ID: c.ID}).Update("visibility", domain.VisibilityPrivate)
			f.Svc.RefreshCollabs(outsider, c.ID)
			// Even invited, an outsider is not offered a private collaboration's needs.
			db.Create(&domain.Membership{CollaborationID: c.ID, PersonID: domain.ViewerFrom(outsider).ID, Role: domain.MembershipMember,
				Status: domain.MembershipInvited, CreatedAt: f.Clock.Now(), UpdatedAt: f.Clock.Now()})
			p, err = f.Svc.NeedsForYou(outsider, nil, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range needs {
				if suggests(p.Matches, n.ID) {
					t.Errorf("need %d of a private collaboration was suggested", n.ID)
				}
			}
		})
	})

	t.Run("filled_not_suggested", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db)
			_, steward := f.SignUp(t, "fill-steward")
			_, giver := f.SignUp(t, "fill-giver")
			_, outsider := f.SignUp(t, "fill-outsider")
			c, needs := f.NewCollab(t, steward)
			money := needs[1]
			p, err := f.Svc.NeedsForYou(outsider, nil, "")
			if err != nil || !suggests(p.Matches, money.ID) {
				t.Fatalf("before: the open money need is not suggested (%v)", err)
			}
			// A need with a skill the outsider does not list is not suggested either.
			if suggests(p.Matches, needs[0].ID) {
				t.Errorf("the logistics need was suggested to someone without that skill")
			}
			f.Join(t, steward, giver, c, collab.CommitmentInput{Kind: domain.KindMoney, Quantity: "100", Currency: "EUR", Description: "all of it", NeedID: &money.ID})
			var n domain.Need
			db.First(&n, money.ID)
			if !n.Filled {
				t.Fatalf("the need is not filled by a binding 100 EUR")
			}
			if p, err = f.Svc.NeedsForYou(outsider, nil, ""); err != nil || suggests(p.Matches, money.ID) {
				t.Errorf("a filled need was suggested (%v)", err)
			}
		})
	})
}

func suggests(ms []discovery.NeedMatch, needID int64) bool {
	return slices.ContainsFunc(ms, func(m discovery.NeedMatch) bool { return m.Need.ID == needID })
}
