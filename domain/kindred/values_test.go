package kindred_test

import (
	"context"
	"strings"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/kindred/kindredtest"
)

func TestSetMyValue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, ctx := f.SignUp(t, "amara")
		vals := f.Values(t, domain.MaxValuesPerPerson+1)
		why := "It is why I get up."
		pv, err := f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: 4, Statement: &why})
		if err != nil || pv.Strength != 4 || pv.Statement != why {
			t.Fatalf("set: got %+v, %v", pv, err)
		}
		// Re-rating keeps the statement when none is given.
		pv, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: 5})
		if err != nil || pv.Strength != 5 || pv.Statement != why {
			t.Fatalf("re-rate: got %+v, %v", pv, err)
		}
		for _, s := range []int{0, 6} {
			_, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[1].ID, Strength: s})
			kindredtest.WantCode(t, err, domain.CodeInvalid)
		}
		long := strings.Repeat("x", domain.MaxStatement+1)
		_, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[1].ID, Strength: 3, Statement: &long})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: 999999, Strength: 3})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		for _, v := range vals[1:domain.MaxValuesPerPerson] {
			if _, err := f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: v.ID, Strength: 3}); err != nil {
				t.Fatalf("value %s: %v", v.Slug, err)
			}
		}
		_, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: vals[domain.MaxValuesPerPerson].ID, Strength: 3})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		if got := f.Count(t, &domain.PersonValue{}); got != domain.MaxValuesPerPerson {
			t.Errorf("got %d held values, want %d", got, domain.MaxValuesPerPerson)
		}
		removed, err := f.Svc.RemoveMyValue(ctx, vals[0].ID)
		if err != nil || removed.ValueID != vals[0].ID {
			t.Fatalf("remove: got %+v, %v", removed, err)
		}
		_, err = f.Svc.RemoveMyValue(ctx, vals[0].ID)
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		_, err = f.Svc.SetMyValue(context.Background(), catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: 3})
		kindredtest.WantCode(t, err, domain.CodeUnauthenticated)
	})
}

func TestProposeAndReviewValue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, ctx := f.SignUp(t, "amara")
		adminSession, _ := f.SignUp(t, "root-admin")
		admin, err := f.Svc.GrantAdmin(context.Background(), adminSession.Person.Handle)
		if err != nil {
			t.Fatal(err)
		}
		adminCtx := domain.WithViewer(context.Background(), admin)
		admin.Role = domain.RoleAdmin
		_, err = f.Svc.ProposeValue(ctx, "JUSTICE", "Fairness for all people everywhere.")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		v, err := f.Svc.ProposeValue(ctx, "Quiet  Places", "Room to think, rest and hear each other.")
		if err != nil || v.Status != domain.ValueProposed || v.Slug != "quiet-places" || v.Name != "Quiet Places" {
			t.Fatalf("propose: got %+v, %v", v, err)
		}
		_, err = f.Svc.ProposeValue(ctx, "quiet places", "Room to think, rest and hear each other.")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		// Not yet in the catalog: nobody may hold it, others may not see it.
		_, err = f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: v.ID, Strength: 3})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.FindValueBySlug(context.Background(), "quiet-places")
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		// Read once by its proposer, a proposed value stays hidden from others.
		if got, _ := f.Svc.FindValuesByIDs(ctx, []int64{v.ID}); len(got) != 1 {
			t.Fatalf("proposer reads the proposal: got %d values, want 1", len(got))
		}
		if got, _ := f.Svc.FindValuesByIDs(context.Background(), []int64{v.ID}); len(got) != 0 {
			t.Fatalf("signed out, read a proposal: got %+v, want none", got[0])
		}
		_, err = f.Svc.ReviewValue(ctx, v.ID, true, "")
		kindredtest.WantCode(t, err, domain.CodeForbidden)
		got, err := f.Svc.ReviewValue(adminCtx, v.ID, true, "Welcome.")
		if err != nil || got.Status != domain.ValueApproved {
			t.Fatalf("review: got %+v, %v", got, err)
		}
		_, err = f.Svc.ReviewValue(adminCtx, v.ID, false, "")
		kindredtest.WantCode(t, err, domain.CodeConflict)
		for range 2 { // read, then from the cache of approved values
			if got, _ := f.Svc.FindValuesByIDs(context.Background(), []int64{v.ID}); len(got) != 1 || got[0].Status != domain.ValueApproved {
				t.Fatalf("signed out, read an approved value: got %+v, want it approved", got)
			}
		}
		if f.Svc.ApprovedValue(v.ID) == nil {
			t.Errorf("ApprovedValue(%d) = nil after reading it approved", v.ID)
		}
		if _, err := f.Svc.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: v.ID, Strength: 3}); err != nil {
			t.Fatalf("hold approved value: %v", err)
		}
	})
}

func TestFindValuesPaging(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		var seen []string
		after := ""
		for {
			n := 7
			page, err := f.Svc.FindValues(ctx, catalog.ValueFilter{First: &n, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range page.Values {
				seen = append(seen, v.NameKey)
			}
			if !page.HasNextPage {
				if page.TotalCount != len(seen) {
					t.Errorf("got %d values over all pages, want totalCount %d", len(seen), page.TotalCount)
				}
				break
			}
			after = page.Cursors[len(page.Cursors)-1]
		}
		for i := 1; i < len(seen); i++ {
			if seen[i-1] >= seen[i] {
				t.Errorf("values out of order or repeated: %q then %q", seen[i-1], seen[i])
			}
		}
		page, err := f.Svc.FindValues(ctx, catalog.ValueFilter{Search: "CLIMATE"})
		if err != nil || len(page.Values) != 1 || page.Values[0].Slug != "climate-action" {
			t.Errorf("search: got %v, %v, want climate-action", page, err)
		}
		page, err = f.Svc.FindValues(ctx, catalog.ValueFilter{Search: "100%_"})
		if err != nil || len(page.Values) != 0 {
			t.Errorf("search with wildcards: got %v, %v, want none", page, err)
		}
		tooMany := 101
		_, err = f.Svc.FindValues(ctx, catalog.ValueFilter{First: &tooMany})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		_, err = f.Svc.FindValues(ctx, catalog.ValueFilter{After: "garbage"})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
	})
}

func TestUpdateProfileAndVisibility(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, ctx := f.SignUp(t, "amara")
		_, otherCtx := f.SignUp(t, "bo-chen")
		bio, loc, lat, lng, priv := "Gardener.", "Lisbon", 38.72, -9.14, domain.VisibilityPrivate
		remote := true
		p, err := f.Svc.UpdateProfile(ctx, accounts.ProfileUpdate{Bio: &bio, Location: &loc, Latitude: &lat, Longitude: &lng,
			RemoteFriendly: &remote, Skills: []string{"Design", "design", "Carpentry"}, SkillsSet: true, Visibility: &priv})
		if err != nil {
			t.Fatal(err)
		}
		if p.Bio != bio || p.Location != loc || p.Latitude == nil || *p.Latitude != lat || !p.RemoteFriendly ||
			strings.Join(p.Skills, ",") != "design,carpentry" || p.Visibility != priv {
			t.Errorf("got %+v", p)
		}
		remote = false
		empty := ""
		p, err = f.Svc.UpdateProfile(ctx, accounts.ProfileUpdate{RemoteFriendly: &remote, Bio: &empty, ClearCoordinates: true})
		if err != nil || p.RemoteFriendly || p.Bio != "" || p.Latitude != nil || len(p.Skills) != 2 {
			t.Errorf("zero values: got %+v, %v", p, err)
		}
		taken := "bo-chen"
		_, err = f.Svc.UpdateProfile(ctx, accounts.ProfileUpdate{Handle: &taken})
		kindredtest.WantCode(t, err, domain.CodeConflict)
		_, err = f.Svc.UpdateProfile(ctx, accounts.ProfileUpdate{Latitude: &lat})
		kindredtest.WantCode(t, err, domain.CodeInvalid)
		// PRIVATE: the owner sees it; others and strangers do not.
		if _, err := f.Svc.FindPersonByHandle(ctx, "amara"); err != nil {
			t.Errorf("owner: %v", err)
		}
		_, err = f.Svc.FindPersonByHandle(otherCtx, "amara")
		kindredtest.WantCode(t, err, domain.CodeNotFound)
		members := domain.VisibilityMembers
		if _, err := f.Svc.UpdateProfile(ctx, accounts.ProfileUpdate{Visibility: &members}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Svc.FindPersonByHandle(otherCtx, "amara"); err != nil {
			t.Errorf("MEMBERS to a member: %v", err)
		}
		_, err = f.Svc.FindPersonByHandle(context.Background(), "amara")
		kindredtest.WantCode(t, err, domain.CodeNotFound)
	})
}
