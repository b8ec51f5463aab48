package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"kindred/auth"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
)

const (
	signUpDoc = `mutation($in: SignUpInput!) { signUp(input: $in) {
		accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt viewer { id handle email } } }`
	logInDoc    = `mutation($in: LogInInput!) { logIn(input: $in) { accessToken refreshToken viewer { handle } } }`
	refreshDoc  = `mutation($t: String!) { refreshToken(input: {refreshToken: $t}) { accessToken refreshToken } }`
	setValueDoc = `mutation($in: SetMyValueInput!) { setMyValue(input: $in) {
		personValue { id strength statement value { slug } person { handle } } person { values { value { slug } } } } }`
	viewerDoc = `{ viewer { id handle displayName email role values { id strength statement updatedAt value { id slug name } } } }`
)

type tokens struct {
	AccessToken, RefreshToken string
}

func signUp(t *testing.T, c *client, handle string) tokens {
	t.Helper()
	var out struct{ SignUp tokens }
	c.ok(signUpDoc, map[string]any{"in": map[string]any{
		"handle": handle, "displayName": "Person " + handle, "email": handle + "@example.org", "password": "a long passphrase"}}, &out)
	if out.SignUp.AccessToken == "" || out.SignUp.RefreshToken == "" {
		t.Fatalf("sign up %s: got no tokens", handle)
	}
	c.token = out.SignUp.AccessToken
	return out.SignUp
}

func valueIDs(t *testing.T, c *client, n int) []string {
	t.Helper()
	var out struct {
		Values struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	c.ok(`query($n: Int) { values(first: $n) { edges { node { id } } } }`, map[string]any{"n": n}, &out)
	ids := make([]string, len(out.Values.Edges))
	for i, e := range out.Values.Edges {
		ids[i] = e.Node.ID
	}
	if len(ids) != n {
		t.Fatalf("got %d values, want %d", len(ids), n)
	}
	return ids
}

// TestAccountJourney walks sign-up to log-out-everywhere through the real server.
func TestAccountJourney(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			c := srv.client(t)
			signUp(t, c, "amara")

			var login struct{ LogIn tokens }
			c.ok(logInDoc, map[string]any{"in": map[string]any{"login": "Amara@Example.org", "password": "a long passphrase"}}, &login)
			c.token = login.LogIn.AccessToken

			for i, id := range valueIDs(t, c, 3) {
				c.ok(setValueDoc, map[string]any{"in": map[string]any{"valueId": id, "strength": i + 3, "statement": fmt.Sprintf("reason %d", i)}}, nil)
			}
			var v struct {
				Viewer struct {
					Handle, Email string
					Values        []struct {
						Strength int
						Value    struct{ Slug string }
					}
				}
			}
			c.ok(viewerDoc, nil, &v)
			if v.Viewer.Handle != "amara" || v.Viewer.Email != "amara@example.org" || len(v.Viewer.Values) != 3 || v.Viewer.Values[0].Strength != 5 {
				t.Fatalf("viewer: got %+v, want amara with 3 values, strongest first", v.Viewer)
			}

			// Rotation: each refresh gives a new pair.
			var r1 struct{ RefreshToken tokens }
			c.ok(refreshDoc, map[string]any{"t": login.LogIn.RefreshToken}, &r1)
			if r1.RefreshToken.RefreshToken == login.LogIn.RefreshToken {
				t.Fatal("refresh token was not rotated")
			}
			// Two refreshes within the grace window (two tabs) both succeed.
			var r2a, r2b struct{ RefreshToken tokens }
			c.ok(refreshDoc, map[string]any{"t": r1.RefreshToken.RefreshToken}, &r2a)
			srv.clock.Advance(accounts.RefreshGrace / 2)
			c.ok(refreshDoc, map[string]any{"t": r1.RefreshToken.RefreshToken}, &r2b)
			// Reuse after the grace window revokes the whole family.
			srv.clock.Advance(accounts.RefreshGrace)
			c.fails(domain.CodeUnauthenticated, refreshDoc, map[string]any{"t": r1.RefreshToken.RefreshToken})
			c.fails(domain.CodeUnauthenticated, refreshDoc, map[string]any{"t": r2a.RefreshToken.RefreshToken})
			c.fails(domain.CodeUnauthenticated, refreshDoc, map[string]any{"t": r2b.RefreshToken.RefreshToken})

			// Change password: old sessions end, the new one works.
			var cp struct{ ChangePassword tokens }
			c.ok(`mutation { changePassword(input: {currentPassword: "a long passphrase", newPassword: "a newer passphrase"}) { accessToken refreshToken } }`, nil, &cp)
			old := c.token
			c.token = old
			c.fails(domain.CodeUnauthenticated, viewerDoc, nil)
			c.token = cp.ChangePassword.AccessToken
			c.ok(viewerDoc, nil, nil)

			var out struct{ LogOutEverywhere struct{ SessionsEnded int } }
			c.ok(`mutation { logOutEverywhere { sessionsEnded } }`, nil, &out)
			if out.LogOutEverywhere.SessionsEnded != 1 {
				t.Errorf("got %d sessions ended, want 1", out.LogOutEverywhere.SessionsEnded)
			}
			c.fails(domain.CodeUnauthenticated, viewerDoc, nil)
			c.fails(domain.CodeUnauthenticated, refreshDoc, map[string]any{"t": cp.ChangePassword.RefreshToken})

			// Log out of one session.
			var l2 struct{ LogIn tokens }
			c.token = ""
			c.ok(logInDoc, map[string]any{"in": map[string]any{"login": "amara", "password": "a newer passphrase"}}, &l2)
			var lo struct{ LogOut struct{ SessionsEnded int } }
			c.ok(`mutation($t: String) { logOut(input: {refreshToken: $t}) { sessionsEnded } }`, map[string]any{"t": l2.LogIn.RefreshToken}, &lo)
			if lo.LogOut.SessionsEnded != 1 {
				t.Errorf("log out: got %d sessions ended, want 1", lo.LogOut.SessionsEnded)
			}
			c.fails(domain.CodeUnauthenticated, refreshDoc, map[string]any{"t": l2.LogIn.RefreshToken})
		})
	}
}

// TestBadInput sends every kind of bad input and checks its code and that nothing was stored.
func TestBadInput(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			c := srv.client(t)
			signUp(t, c, "amara")
			ids := valueIDs(t, c, 13)
			for _, id := range ids[:12] {
				c.ok(setValueDoc, map[string]any{"in": map[string]any{"valueId": id, "strength": 3}}, nil)
			}
			signUpWith := func(handle, email, password string) map[string]any {
				return map[string]any{"in": map[string]any{"handle": handle, "displayName": "X", "email": email, "password": password}}
			}
			people, values, activities := srv.count(t, &domain.Person{}), srv.count(t, &domain.PersonValue{}), srv.count(t, &domain.Activity{})
			tests := []struct {
				name  string
				code  domain.Code
				field string
				doc   string
				vars  map[string]any
			}{
				{"duplicate_handle", domain.CodeConflict, "handle", signUpDoc, signUpWith("amara", "new@example.org", "a long passphrase")},
				{"duplicate_email", domain.CodeConflict, "email", signUpDoc, signUpWith("newbie", "AMARA@example.org", "a long passphrase")},
				{"weak_password", domain.CodeInvalid, "password", signUpDoc, signUpWith("newbie", "new@example.org", "secret")},
				{"bad_email", domain.CodeInvalid, "email", signUpDoc, signUpWith("newbie", "not-an-email", "a long passphrase")},
				{"strength_0", domain.CodeInvalid, "strength", setValueDoc, map[string]any{"in": map[string]any{"valueId": ids[0], "strength": 0}}},
				{"strength_6", domain.CodeInvalid, "strength", setValueDoc, map[string]any{"in": map[string]any{"valueId": ids[0], "strength": 6}}},
				{"13th_value", domain.CodeInvalid, "valueId", setValueDoc, map[string]any{"in": map[string]any{"valueId": ids[12], "strength": 3}}},
				{"unknown_value", domain.CodeInvalid, "valueId", setValueDoc, map[string]any{"in": map[string]any{"valueId": "VmFsdWU6OTk5OTk", "strength": 3}}},
				{"malformed_value_id", domain.CodeInvalid, "valueId", setValueDoc, map[string]any{"in": map[string]any{"valueId": "nonsense", "strength": 3}}},
				{"long_statement", domain.CodeInvalid, "statement", setValueDoc, map[string]any{"in": map[string]any{"valueId": ids[0], "strength": 3, "statement": strings.Repeat("s", 501)}}},
				{"long_bio", domain.CodeInvalid, "bio", `mutation($b: String) { updateProfile(input: {bio: $b}) { person { bio } } }`, map[string]any{"b": strings.Repeat("b", 2001)}},
				{"long_display_name", domain.CodeInvalid, "displayName", `mutation($n: String) { updateProfile(input: {displayName: $n}) { person { bio } } }`, map[string]any{"n": strings.Repeat("n", 81)}},
				{"too_many_skills", domain.CodeInvalid, "skills", `mutation($s: [String!]) { updateProfile(input: {skills: $s}) { person { skills } } }`, map[string]any{"s": manySkills(31)}},
				{"first_over_100", domain.CodeInvalid, "first", `{ values(first: 101) { totalCount } }`, nil},
				{"non_admin_review", domain.CodeForbidden, "", `mutation($id: ID!) { reviewValue(input: {valueId: $id, decision: APPROVE}) { value { status } } }`, map[string]any{"id": ids[0]}},
				{"unknown_person", domain.CodeNotFound, "", `{ person(handle: "nobody-here") { handle } }`, nil},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					c.t = t
					e := c.fails(tt.code, tt.doc, tt.vars)
					if tt.field != "" && e.Extensions["field"] != tt.field {
						t.Errorf("got field %v, want %s", e.Extensions["field"], tt.field)
					}
					if e.Message == "" {
						t.Error("got an empty message")
					}
				})
			}
			c.t = t
			if got := srv.count(t, &domain.Person{}); got != people {
				t.Errorf("got %d people, want %d: a refused sign-up stored something", got, people)
			}
			if got := srv.count(t, &domain.PersonValue{}); got != values {
				t.Errorf("got %d held values, want %d", got, values)
			}
			if got := srv.count(t, &domain.Activity{}); got != activities {
				t.Errorf("got %d activities, want %d: a refused change left a trace", got, activities)
			}
		})
	}
}

func TestAuthentication(t *testing.T) {
	srv := startServer(t, "sqlite")
	anon := srv.client(t)
	var v struct{ Viewer *struct{ Handle string } }
	anon.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer != nil {
		t.Errorf("signed out: got viewer %+v, want null", v.Viewer)
	}
	anon.fails(domain.CodeUnauthenticated, `mutation { logOutEverywhere { sessionsEnded } }`, nil)
	anon.fails(domain.CodeUnauthenticated, setValueDoc, map[string]any{"in": map[string]any{"valueId": "VmFsdWU6MQ", "strength": 3}})

	bad := srv.client(t)
	bad.token = "not.a.jwt"
	r := bad.do(`{ viewer { handle } }`, nil)
	if r.status != http.StatusUnauthorized || len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Errorf("bad token: got status %d, errors %+v, want 401 UNAUTHENTICATED", r.status, r.Errors)
	}

	c := srv.client(t)
	signUp(t, c, "amara")
	// A token signed with another key, and one with alg none, are refused.
	other, _ := auth.NewSigner([]byte(strings.Repeat("x", 32)), srv.clock.Now)
	forged, _, _ := other.Issue(1, 0)
	bad.token = forged
	bad.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)
	parts := strings.Split(c.token, ".")
	bad.token = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + parts[1] + "."
	bad.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)

	srv.clock.Advance(auth.AccessTokenTTL + time.Second)
	c.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)
}

func TestProfilesAndVisibility(t *testing.T) {
	srv := startServer(t, "sqlite")
	amara, bo, anon := srv.client(t), srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	signUp(t, bo, "bo-chen")
	var upd struct {
		UpdateProfile struct {
			Person struct {
				Handle, Location string
				Latitude         *float64
				Skills           []string
				RemoteFriendly   bool
				Visibility       string
			}
		}
	}
	amara.ok(`mutation { updateProfile(input: {bio: "Gardener", location: "Lisbon", latitude: 38.7, longitude: -9.1,
		remoteFriendly: true, skills: ["Design", "carpentry"], visibility: MEMBERS}) {
		person { handle location latitude longitude skills remoteFriendly visibility } } }`, nil, &upd)
	p := upd.UpdateProfile.Person
	if p.Location != "Lisbon" || p.Latitude == nil || !p.RemoteFriendly || strings.Join(p.Skills, ",") != "design,carpentry" || p.Visibility != "MEMBERS" {
		t.Errorf("update profile: got %+v", p)
	}
	var seen struct {
		Person struct {
			Handle string
			Email  *string
			Role   string
			Values []any
		}
	}
	bo.ok(`{ person(handle: "amara") { handle email role values { id } } }`, nil, &seen)
	if seen.Person.Handle != "amara" || seen.Person.Email != nil {
		t.Errorf("another member sees %+v, want amara without email", seen.Person)
	}
	anon.fails(domain.CodeNotFound, `{ person(handle: "amara") { handle } }`, nil)
	amara.ok(`mutation { updateProfile(input: {visibility: PRIVATE, handle: "amara-p"}) { person { handle } } }`, nil, nil)
	bo.fails(domain.CodeNotFound, `{ person(handle: "amara-p") { handle } }`, nil)
	amara.ok(`{ person(handle: "amara-p") { handle email } }`, nil, nil)
	// node refuses to reveal a private person too: null without an error.
	var me struct{ Viewer struct{ ID string } }
	amara.ok(`{ viewer { id } }`, nil, &me)
	var n struct{ Node *struct{ ID string } }
	bo.ok(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": me.Viewer.ID}, &n)
	if n.Node != nil {
		t.Errorf("node of a private person: got %+v, want null", n.Node)
	}
}

func TestValuesCatalogAndReview(t *testing.T) {
	srv := startServer(t, "sqlite")
	amara, admin, anon := srv.client(t), srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	signUp(t, admin, "root-admin")
	var buf bytes.Buffer
	if err := run(context.Background(), []string{"admin", "grant", "root-admin", "--database-url", dbPath(t, srv)}, &buf, io.Discard, srv.clock); err != nil {
		t.Fatalf("admin grant: %v", err)
	}

	var page struct {
		Values struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct {
				Cursor string
				Node   struct {
					Slug, Name, Description, Status string
					HolderCount                     int
				}
			}
		}
	}
	anon.ok(`{ values(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id slug name description status holderCount } } } }`, nil, &page)
	if page.Values.TotalCount < 40 || len(page.Values.Edges) != 5 || !page.Values.PageInfo.HasNextPage {
		t.Fatalf("first page: got %+v", page.Values)
	}
	first := page.Values.Edges[0].Node.Slug
	anon.ok(`query($a: String) { values(first: 5, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } } }`,
		map[string]any{"a": page.Values.PageInfo.EndCursor}, &page)
	if page.Values.Edges[0].Node.Slug == first {
		t.Error("second page starts where the first did")
	}
	anon.ok(`{ values(search: "food") { edges { node { slug } } } }`, nil, &page)
	if len(page.Values.Edges) != 1 || page.Values.Edges[0].Node.Slug != "food-security" {
		t.Errorf("search food: got %+v", page.Values.Edges)
	}

	var prop struct {
		ProposeValue struct{ Value struct{ ID, Status string } }
	}
	amara.ok(`mutation { proposeValue(input: {name: "Quiet places", description: "Room to think, rest and hear each other."}) { value { id status proposedBy { handle } } } }`, nil, &prop)
	amara.fails(domain.CodeConflict, `mutation { proposeValue(input: {name: "quiet PLACES", description: "Room to think, rest and hear each other."}) { value { id } } }`, nil)
	anon.fails(domain.CodeNotFound, `{ value(slug: "quiet-places") { name } }`, nil)
	anon.fails(domain.CodeUnauthenticated, `{ values(status: PROPOSED) { totalCount } }`, nil)
	var pending struct{ Values struct{ TotalCount int } }
	admin.ok(`{ values(status: PROPOSED) { totalCount } }`, nil, &pending)
	if pending.Values.TotalCount != 1 {
		t.Errorf("admin sees %d proposed values, want 1", pending.Values.TotalCount)
	}
	amara.fails(domain.CodeForbidden, `mutation($id: ID!) { reviewValue(input: {valueId: $id, decision: APPROVE}) { value { status } } }`, map[string]any{"id": prop.ProposeValue.Value.ID})
	var rev struct {
		ReviewValue struct {
			Value struct{ Status, ReviewNote string }
		}
	}
	admin.ok(`mutation($id: ID!) { reviewValue(input: {valueId: $id, decision: APPROVE, note: "Welcome"}) { value { status reviewNote } } }`, map[string]any{"id": prop.ProposeValue.Value.ID}, &rev)
	if rev.ReviewValue.Value.Status != "APPROVED" {
		t.Errorf("got status %s, want APPROVED", rev.ReviewValue.Value.Status)
	}
	var one struct{ Value struct{ Name string } }
	anon.ok(`{ value(slug: "quiet-places") { name } }`, nil, &one)
	if one.Value.Name != "Quiet places" {
		t.Errorf("got %q, want Quiet places", one.Value.Name)
	}
	// Remove a held value, and hold it through the GraphQL API.
	var set struct {
		SetMyValue struct{ PersonValue struct{ ID string } }
	}
	amara.ok(setValueDoc, map[string]any{"in": map[string]any{"valueId": prop.ProposeValue.Value.ID, "strength": 2}}, &set)
	var rm struct {
		RemoveMyValue struct {
			RemovedPersonValueID string
			Person               struct{ Values []any }
		}
	}
	amara.ok(`mutation($id: ID!) { removeMyValue(input: {valueId: $id}) { removedPersonValueId person { values { id } } } }`, map[string]any{"id": prop.ProposeValue.Value.ID}, &rm)
	if rm.RemoveMyValue.RemovedPersonValueID != set.SetMyValue.PersonValue.ID || len(rm.RemoveMyValue.Person.Values) != 0 {
		t.Errorf("remove: got %+v", rm.RemoveMyValue)
	}
	amara.fails(domain.CodeNotFound, `mutation($id: ID!) { removeMyValue(input: {valueId: $id}) { removedPersonValueId } }`, map[string]any{"id": prop.ProposeValue.Value.ID})
}

func dbPath(t *testing.T, srv *testServer) string {
	t.Helper()
	var path string
	// The server's SQLite file: PRAGMA database_list names it.
	row := srv.db.Raw("SELECT file FROM pragma_database_list WHERE name = 'main'").Row()
	if err := row.Scan(&path); err != nil {
		t.Fatal(err)
	}
	return path
}

func manySkills(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("skill %d", i)
	}
	return out
}
