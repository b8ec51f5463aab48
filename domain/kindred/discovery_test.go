package kindred_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/discovery"
	"kindred/domain/kindred"
	"kindred/domain/kindred/kindredtest"
)

// population inserts n people with random profiles over the first 8 catalog values, random
// skills, places, remote flags and visibilities; several have nothing in common with
// anyone, and strengths repeat so that scores tie.
func population(t *testing.T, db *database.DB, n int, seed uint64) ([]*domain.Person, []int64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	var values []domain.Value
	db.Order("id").Limit(10).Find(&values)
	ids := make([]int64, len(values))
	for i, v := range values {
		ids[i] = v.ID
	}
	skills := []string{"design", "cooking", "python", "bookkeeping"}
	places := []string{"Rotterdam", "Lisbon", "Porto", "Berlin", ""}
	vis := []domain.Visibility{domain.VisibilityPublic, domain.VisibilityPublic, domain.VisibilityPublic, domain.VisibilityMembers, domain.VisibilityPrivate}
	now := clocktest.Start()
	people := make([]*domain.Person, n)
	for i := range n {
		p := &domain.Person{Handle: fmt.Sprintf("p%03d", i), DisplayName: fmt.Sprintf("Person %d", i), Email: fmt.Sprintf("p%d@example.org", i),
			PasswordHash: "x", Skills: []string{skills[r.IntN(len(skills))]}, Location: places[r.IntN(len(places))],
			RemoteFriendly: r.IntN(2) == 0, Visibility: vis[r.IntN(len(vis))], Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
		pool := ids[:8]
		if i%10 == 9 {
			pool = ids[8:] // nothing in common with the rest
		}
		for _, v := range pool {
			if r.IntN(3) == 0 {
				db.Create(&domain.PersonValue{PersonID: p.ID, ValueID: v, Strength: 1 + r.IntN(3)*2, CreatedAt: now, UpdatedAt: now})
			}
		}
		people[i] = p
	}
	return people, ids
}

// setValue has the viewer of ctx hold valueID at strength, or fails the test.
func setValue(t *testing.T, svc *kindred.Services, ctx context.Context, valueID int64, strength int) {
	t.Helper()
	if _, err := svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: valueID, Strength: strength}); err != nil {
		t.Fatal(err)
	}
}

// naive ranks the way DESIGN.md says, written apart from the production scoring: it
// reads held values from the database and compares every pair over the union of values.
func naive(t *testing.T, db *database.DB, viewer *domain.Person, f discovery.PeopleFilter) []string {
	t.Helper()
	var all []domain.Person
	db.Order("id").Find(&all)
	var pvs []domain.PersonValue
	db.Find(&pvs)
	profile := map[int64]map[int64]int{}
	for _, pv := range pvs {
		if profile[pv.PersonID] == nil {
			profile[pv.PersonID] = map[int64]int{}
		}
		profile[pv.PersonID][pv.ValueID] = pv.Strength
	}
	type row struct {
		handle string
		id     int64
		score  float64
	}
	var rows []row
	mine := map[int64]int{}
	if viewer != nil {
		mine = profile[viewer.ID]
	}
	for _, p := range all {
		if (viewer != nil && p.ID == viewer.ID) || p.Visibility == domain.VisibilityPrivate || (p.Visibility == domain.VisibilityMembers && viewer == nil) {
			continue
		}
		if f.ValueID != nil && profile[p.ID][*f.ValueID] == 0 {
			continue
		}
		if f.Skill != "" && !slices.Contains(p.Skills, f.Skill) {
			continue
		}
		if f.Place != "" && !strings.Contains(strings.ToLower(p.Location), strings.ToLower(f.Place)) {
			continue
		}
		if f.RemoteFriendly != nil && p.RemoteFriendly != *f.RemoteFriendly {
			continue
		}
		if f.Search != "" && !strings.Contains(p.Handle, f.Search) && !strings.Contains(strings.ToLower(p.DisplayName), f.Search) {
			continue
		}
		var mn, mx int
		union := map[int64]bool{}
		for v := range mine {
			union[v] = true
		}
		for v := range profile[p.ID] {
			union[v] = true
		}
		for v := range union {
			a, b := mine[v], profile[p.ID][v]
			mn += min(a, b)
			mx += max(a, b)
		}
		score := 0.0
		if mx > 0 {
			score = float64(mn) / float64(mx)
		}
		if len(mine) > 0 && (score == 0 || (f.MinScore != nil && score < *f.MinScore)) {
			continue
		}
		rows = append(rows, row{p.Handle, p.ID, score})
	}
	slices.SortFunc(rows, func(a, b row) int {
		if len(mine) > 0 && a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		if len(mine) == 0 && a.handle != b.handle {
			return strings.Compare(a.handle, b.handle)
		}
		return int(a.id - b.id)
	})
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%d:%.9f", r.id, r.score)
		if len(mine) == 0 {
			out[i] = fmt.Sprint(r.id)
		}
	}
	return out
}

// walk pages through DiscoverPeople (7 at a time) and returns every match, calling
// between(page) after each page.
func walk(t *testing.T, svc *kindred.Services, ctx context.Context, f discovery.PeopleFilter, between func(int)) []string {
	t.Helper()
	out, _ := walkCounting(t, svc, ctx, f, between)
	return out
}

// walkCounting is walk, also returning the first page's total count.
func walkCounting(t *testing.T, svc *kindred.Services, ctx context.Context, f discovery.PeopleFilter, between func(int)) (out []string, total int) {
	t.Helper()
	seven := 7
	f.First = &seven
	for page := 0; ; page++ {
		p, err := svc.DiscoverPeople(ctx, f)
		if err != nil {
			t.Fatalf("page %d: %v", page, err)
		}
		if page == 0 {
			total = p.TotalCount
		}
		for _, m := range p.Matches {
			if m.Score == nil {
				out = append(out, fmt.Sprint(m.PersonID))
			} else {
				out = append(out, fmt.Sprintf("%d:%.9f", m.PersonID, *m.Score))
			}
		}
		if !p.HasNextPage {
			return out, total
		}
		f.After = p.EndCursor
		if between != nil {
			between(page)
		}
	}
}

func TestDiscoverPeopleEqualsNaive(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		people, values := population(t, db, 80, 42)
		yes, no, half := true, false, 0.5
		filters := map[string]discovery.PeopleFilter{
			"none": {}, "value": {ValueID: &values[2]}, "skill": {Skill: "design"}, "place": {Place: "lis"},
			"remote": {RemoteFriendly: &yes}, "not_remote": {RemoteFriendly: &no}, "min_score": {MinScore: &half},
			"search": {Search: "p01"}, "combined": {ValueID: &values[0], RemoteFriendly: &yes, Place: "o"},
		}
		viewers := []*domain.Person{nil, people[0], people[1], people[9], people[40]}
		for name, flt := range filters {
			for _, v := range viewers {
				label := "signed_out"
				ctx := context.Background()
				if v != nil {
					label, ctx = v.Handle, domain.WithViewer(ctx, v)
				}
				t.Run(name+"/"+label, func(t *testing.T) {
					want := naive(t, db, v, flt)
					got, total := walkCounting(t, f.Svc, ctx, flt, nil)
					if strings.Join(got, " ") != strings.Join(want, " ") {
						t.Errorf("got  %v\nwant %v", got, want)
					}
					if total != len(want) {
						t.Errorf("total count %d, want %d", total, len(want))
					}
				})
			}
		}
	})
}

// TestWalkWhileProfilesChange pages through a ranking while profiles change between
// pages: every match of the walk's start comes exactly once, in order, except those who
// made themselves private meanwhile.
func TestWalkWhileProfilesChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		people, values := population(t, db, 60, 9)
		viewer := people[0]
		ctx := domain.WithViewer(context.Background(), viewer)
		want := naive(t, db, viewer, discovery.PeopleFilter{})
		var hidden []int64
		got := walk(t, f.Svc, ctx, discovery.PeopleFilter{}, func(page int) {
			// Between pages: others add, re-rate and remove values, one goes private, one
			// joins, and the viewer re-rates their own values.
			for i, p := range people[1+page*5 : 6+page*5] {
				pctx := domain.WithViewer(context.Background(), p)
				switch i {
				case 0:
					setValue(t, f.Svc, pctx, values[page%8], 5)
				case 1:
					// They may not hold it.
					if _, err := f.Svc.RemoveMyValue(pctx, values[(page+1)%8]); err != nil && domain.ErrorCode(err) != domain.CodeNotFound {
						t.Fatal(err)
					}
				case 2:
					priv := domain.VisibilityPrivate
					if _, err := f.Svc.UpdateProfile(pctx, accounts.ProfileUpdate{Visibility: &priv}); err == nil {
						hidden = append(hidden, p.ID)
					}
				case 3:
					setValue(t, f.Svc, pctx, values[(page+3)%8], 1)
				}
			}
			s, _ := f.SignUp(t, fmt.Sprintf("newcomer-%d", page))
			setValue(t, f.Svc, domain.WithViewer(context.Background(), s.Person), values[0], 5)
			setValue(t, f.Svc, ctx, values[page%8], 1+page%5)
		})
		var expect []string
		for _, w := range want {
			keep := true
			for _, h := range hidden {
				if strings.HasPrefix(w, fmt.Sprintf("%d:", h)) {
					keep = false
				}
			}
			if keep {
				expect = append(expect, w)
			}
		}
		if len(hidden) == 0 {
			t.Fatal("nobody went private: the test changes nothing")
		}
		if strings.Join(got, " ") != strings.Join(expect, " ") {
			t.Errorf("got  %v\nwant %v", got, expect)
		}
	})
}

func TestDiscoveryBadInput(t *testing.T) {
	db := dbtest.Open(t, "sqlite")
	f := newFixture(t, db)
	people, _ := population(t, db, 5, 1)
	ctx := domain.WithViewer(context.Background(), people[0])
	big, unknown, score := 101, int64(999999), 1.5
	for name, flt := range map[string]discovery.PeopleFilter{
		"first_over_100": {First: &big}, "unknown_value": {ValueID: &unknown}, "malformed_cursor": {After: "bm9wZQ"},
		"min_score_over_1": {MinScore: &score},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := f.Svc.DiscoverPeople(ctx, flt)
			kindredtest.WantCode(t, err, domain.CodeInvalid)
			_, err = f.Svc.DiscoverCollaborations(ctx, discovery.CollabFilter(flt))
			kindredtest.WantCode(t, err, domain.CodeInvalid)
		})
	}
}

// TestDiscoverWhileProfilesChange ranks from several goroutines while others change
// profiles (for the race detector: rankings share working memory and read the index
// while it changes), and checks each page is in order.
func TestDiscoverWhileProfilesChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		people, values := population(t, db, 40, 5)
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx := domain.WithViewer(context.Background(), people[g])
				for range 15 {
					p, err := f.Svc.DiscoverPeople(ctx, discovery.PeopleFilter{})
					if err != nil {
						t.Error(err)
						return
					}
					for i := 1; i < len(p.Matches); i++ {
						if *p.Matches[i].Score > *p.Matches[i-1].Score {
							t.Errorf("match %d scores %v after %v", i, *p.Matches[i].Score, *p.Matches[i-1].Score)
						}
					}
				}
			}()
		}
		for i, p := range people[10:30] {
			pctx := domain.WithViewer(context.Background(), p)
			if _, err := f.Svc.SetMyValue(pctx, catalog.SetMyValueInput{ValueID: values[i%8], Strength: 1 + i%5}); err != nil {
				t.Error(err)
			}
		}
		wg.Wait()
	})
}

// TestWalkGoesOnOnAnotherInstance: behind a load balancer the pages of one walk may come
// from different instances, each with its own index (or from one restarted): the walk
// still returns every match once, in order.
func TestWalkGoesOnOnAnotherInstance(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		people, _ := population(t, db, 60, 7)
		instances := []*kindred.Services{f.Svc, newFixture(t, db).Svc}
		ctx := domain.WithViewer(context.Background(), people[0])
		// The instances' index versions differ: A applied three changes, B heard of them once.
		if err := f.Svc.BuildIndexes(context.Background()); err != nil {
			t.Fatal(err)
		}
		for _, bio := range []string{"one", "two", "three"} {
			if _, err := f.Svc.UpdateProfile(domain.WithViewer(context.Background(), people[5]), accounts.ProfileUpdate{Bio: &bio}); err != nil {
				t.Fatal(err)
			}
		}
		if err := instances[1].BuildIndexes(context.Background()); err != nil {
			t.Fatal(err)
		}
		want := walk(t, f.Svc, ctx, discovery.PeopleFilter{}, nil)
		var got []string
		seven := 7
		flt := discovery.PeopleFilter{First: &seven}
		for page := 0; ; page++ {
			p, err := instances[page%2].DiscoverPeople(ctx, flt)
			if err != nil {
				t.Fatalf("page %d on instance %d: %v", page, page%2, err)
			}
			for _, m := range p.Matches {
				got = append(got, fmt.Sprintf("%d:%.9f", m.PersonID, *m.Score))
			}
			if !p.HasNextPage {
				break
			}
			flt.After = p.EndCursor
		}
		if len(want) < 20 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("alternating instances got %d matches %v,\nwant %d %v", len(got), got, len(want), want)
		}
	})
}

// A match scoring exactly the minimum counts: the ranking passes over sums of minima that
// cannot reach it, and must not pass over this one.
func TestMinScoreIncludesTheBoundary(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		var values []domain.Value
		db.Order("id").Limit(2).Find(&values)
		_, viewer := f.SignUp(t, "viewer")
		_, exact := f.SignUp(t, "exact")
		_, below := f.SignUp(t, "below")
		for _, v := range values {
			setValue(t, f.Svc, viewer, v.ID, 4)
		}
		// viewer {a:4, b:4}; exact {a:4} scores 4/8 = 0.5; below {a:3} scores 3/8.
		setValue(t, f.Svc, exact, values[0].ID, 4)
		setValue(t, f.Svc, below, values[0].ID, 3)
		half := 0.5
		p, err := f.Svc.DiscoverPeople(viewer, discovery.PeopleFilter{MinScore: &half})
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != 1 || len(p.Matches) != 1 || p.Matches[0].PersonID != domain.ViewerFrom(exact).ID || *p.Matches[0].Score != 0.5 {
			t.Errorf("got %d in all, matches %+v; want exact alone, at 0.5", p.TotalCount, p.Matches)
		}
	})
}
