package main

import (
	"encoding/json"
	"flag"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"

	"kindred/auth"
	"kindred/clock/clocktest"
	"kindred/domain"
)

// page returns a client that behaves like the web app: same-origin Origin and a cookie jar.
func (s *testServer) page(t *testing.T) *client {
	c := s.client(t)
	jar, _ := cookiejar.New(nil)
	c.http.Jar = jar
	c.origin = s.url
	return c
}

func TestCookieSession(t *testing.T) {
	srv := startServer(t, "sqlite")
	pg := srv.page(t)
	var up struct {
		SignUp struct {
			AccessToken, RefreshToken *string
			Viewer                    struct{ Handle string }
		}
	}
	r := pg.do(`mutation { signUp(input: {handle: "amara", displayName: "Amara", email: "amara@example.org",
		password: "a long passphrase", transport: COOKIE}) { accessToken refreshToken viewer { handle } } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("sign up with cookies: %+v", r.Errors)
	}
	decode(t, r, &up)
	if up.SignUp.AccessToken != nil || up.SignUp.RefreshToken != nil {
		t.Error("cookie sign-up returned tokens to the page")
	}
	var access, refresh *http.Cookie
	for _, ck := range r.header.Values("Set-Cookie") {
		parsed, err := http.ParseSetCookie(ck)
		if err != nil {
			t.Fatal(err)
		}
		if !parsed.HttpOnly || parsed.SameSite != http.SameSiteStrictMode {
			t.Errorf("cookie %s: HttpOnly %v, SameSite %v, want HttpOnly and Strict", parsed.Name, parsed.HttpOnly, parsed.SameSite)
		}
		switch parsed.Name {
		case accessCookie:
			access = parsed
		case refreshCookie:
			refresh = parsed
		}
	}
	if access == nil || refresh == nil || refresh.Path != "/query" {
		t.Fatalf("got cookies %v, %v, want both, the refresh one on /query", access, refresh)
	}

	var v struct{ Viewer *struct{ Handle string } }
	pg.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer == nil || v.Viewer.Handle != "amara" {
		t.Fatalf("viewer by cookie: got %+v", v.Viewer)
	}

	// Another site's page sends the same cookies but not our Origin: they are ignored,
	// and it cannot start a cookie session either.
	evil := srv.page(t)
	evil.http.Jar = pg.http.Jar
	evil.origin = "https://evil.example"
	evil.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer != nil {
		t.Errorf("cross-origin request was signed in as %+v", v.Viewer)
	}
	evil.fails(domain.CodeUnauthenticated, `mutation { logOutEverywhere { sessionsEnded } }`, nil)
	api := srv.client(t)
	api.fails(domain.CodeForbidden, `mutation { logIn(input: {login: "amara", password: "a long passphrase", transport: COOKIE}) { viewer { handle } } }`, nil)

	// When the access cookie has expired the server refreshes it in passing.
	srv.clock.Advance(auth.AccessTokenTTL + time.Minute)
	r = pg.do(`{ viewer { handle } }`, nil)
	decode(t, r, &v)
	if v.Viewer == nil || !strings.Contains(strings.Join(r.header.Values("Set-Cookie"), ";"), accessCookie+"=") {
		t.Fatalf("expired access cookie: got viewer %+v, cookies %v, want a transparent refresh", v.Viewer, r.header.Values("Set-Cookie"))
	}

	// Log out clears the cookies and ends the session.
	var out struct{ LogOut struct{ SessionsEnded int } }
	pg.ok(`mutation { logOut { sessionsEnded } }`, nil, &out)
	if out.LogOut.SessionsEnded != 1 {
		t.Errorf("log out: got %d sessions ended, want 1", out.LogOut.SessionsEnded)
	}
	pg.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer != nil {
		t.Errorf("after log out: got viewer %+v", v.Viewer)
	}
	// A cookie log-in and a cookie refresh work too.
	pg.ok(`mutation { logIn(input: {login: "amara", password: "a long passphrase", transport: COOKIE}) { viewer { handle } } }`, nil, nil)
	pg.ok(`mutation { refreshToken(input: {transport: COOKIE}) { accessToken viewer { handle } } }`, nil, nil)
	pg.ok(`mutation { changePassword(input: {currentPassword: "a long passphrase", newPassword: "a newer passphrase", transport: COOKIE}) { viewer { handle } } }`, nil, nil)
	pg.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer == nil {
		t.Error("after a cookie password change: signed out, want the new session")
	}
}

func TestHTTPBasics(t *testing.T) {
	srv := startServer(t, "sqlite")
	get := func(path string, hdr map[string]string) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, srv.url+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if r := get("/healthz", nil); r.StatusCode != http.StatusOK {
		t.Errorf("/healthz: got %d", r.StatusCode)
	}
	for _, p := range []string{"/", "/people/amara", "/graphiql"} {
		if r := get(p, nil); r.StatusCode != http.StatusOK || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: got %d %s, want the web app", p, r.StatusCode, r.Header.Get("Content-Type"))
		}
	}
	if r := get("/assets/missing.js", nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("missing asset: got %d, want 404", r.StatusCode)
	}
	if r := get("/query?query=%7Bviewer%7Bhandle%7D%7D", nil); r.StatusCode != http.StatusOK || r.Header.Get("X-Request-ID") == "" {
		t.Errorf("GET query: got %d, request ID %q", r.StatusCode, r.Header.Get("X-Request-ID"))
	}
	big := strings.NewReader(`{"query":"{ viewer { handle } }","variables":{"x":"` + strings.Repeat("a", MaxBodyBytes) + `"}}`)
	resp, err := http.Post(srv.url+"/query", "application/json", big)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("over-size body: got %d, want 413", resp.StatusCode)
	}
}

func TestMovableClock(t *testing.T) {
	if _, err := parseConfig(flag.NewFlagSet("t", flag.ContinueOnError), []string{"--env", "production", "--movable-clock"}); err == nil {
		t.Error("production with a movable clock: got no error")
	}
	srv := startServerArgs(t, "sqlite", "--movable-clock")
	resp, err := http.Post(srv.url+"/testing/clock?advance=2h", "", nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("move the clock: %v %v", err, resp)
	}
	resp.Body.Close()
	plain := startServer(t, "sqlite")
	resp, err = http.Post(plain.url+"/testing/clock?advance=2h", "", nil)
	if err != nil || resp.StatusCode == http.StatusOK {
		t.Errorf("without --movable-clock: got %v, want no such route", resp.Status)
	}
}

// TestClockStart: --clock-start sets the date every rule reads (browser tests start the
// server and the browser at one date); production refuses it, and a malformed one says
// what it wants.
func TestClockStart(t *testing.T) {
	for _, args := range [][]string{{"--env", "production", "--clock-start", "2030-01-02T03:04:05Z"}, {"--clock-start", "tomorrow"}} {
		if _, err := parseConfig(flag.NewFlagSet("t", flag.ContinueOnError), args); err == nil {
			t.Errorf("%v: got no error", args)
		}
	}
	start := clocktest.Start().AddDate(3, 1, 2)
	srv := startServerArgs(t, "sqlite", "--movable-clock", "--clock-start", start.Format(time.RFC3339))
	resp, err := http.Post(srv.url+"/testing/clock?advance=1h", "", nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("move the clock: %v %v", err, resp)
	}
	resp.Body.Close()
	resp, err = http.Get(srv.url + "/testing/clock")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct{ Now time.Time }
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || !got.Now.Equal(start.Add(time.Hour)) {
		t.Errorf("got now %v (%v), want %v", got.Now, err, start.Add(time.Hour))
	}
}

// TestAccessTokens: a token is shown once and stored hashed; a read token queries but
// cannot mutate; a write token can; neither manages tokens; revoked, it stops at once.
func TestAccessTokens(t *testing.T) {
	srv := startServer(t, "sqlite")
	owner := srv.client(t)
	signUp(t, owner, "amara")
	make := func(scope string) (string, string) {
		var out struct {
			CreateAccessToken struct {
				Token       string
				AccessToken struct{ ID, Prefix, Scope string }
			}
		}
		owner.ok(`mutation($s: TokenScope!) { createAccessToken(input: {name: "my script", scope: $s}) { token accessToken { id prefix scope } } }`,
			map[string]any{"s": scope}, &out)
		tk := out.CreateAccessToken
		if !strings.HasPrefix(tk.Token, tk.AccessToken.Prefix) || tk.AccessToken.Scope != scope {
			t.Fatalf("created: got %+v", tk)
		}
		return tk.Token, tk.AccessToken.ID
	}
	readTok, readID := make("READ")
	writeTok, _ := make("WRITE")
	var n int64
	srv.db.Raw("SELECT COUNT(*) FROM access_tokens WHERE token_hash = ? OR prefix = ?", readTok, readTok).Scan(&n)
	if n != 0 {
		t.Error("the plain token is stored")
	}
	reader, writer := srv.client(t), srv.client(t)
	reader.token, writer.token = readTok, writeTok
	var v struct{ Viewer struct{ Handle string } }
	reader.ok(`{ viewer { handle } }`, nil, &v)
	if v.Viewer.Handle != "amara" {
		t.Errorf("read token: got viewer %q", v.Viewer.Handle)
	}
	reader.fails(domain.CodeForbidden, `mutation { updateProfile(input: {bio: "x"}) { person { bio } } }`, nil)
	writer.ok(`mutation { updateProfile(input: {bio: "from a script"}) { person { bio } } }`, nil, nil)
	writer.fails(domain.CodeForbidden, `mutation { createAccessToken(input: {name: "more", scope: WRITE}) { token } }`, nil)
	var list struct {
		Viewer struct {
			AccessTokens []struct{ LastUsedAt *string }
		}
	}
	owner.ok(`{ viewer { accessTokens { name lastUsedAt revokedAt } } }`, nil, &list)
	if len(list.Viewer.AccessTokens) != 2 || list.Viewer.AccessTokens[1].LastUsedAt == nil {
		t.Errorf("tokens: got %+v, want two, the read one used", list.Viewer.AccessTokens)
	}
	owner.ok(`mutation($id: ID!) { revokeAccessToken(input: {accessTokenId: $id}) { accessToken { revokedAt } } }`, map[string]any{"id": readID}, nil)
	reader.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)
	// A refresh token is no access token.
	other := srv.client(t)
	tks := signUp(t, other, "bo-chen")
	other.token = tks.RefreshToken
	other.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)
}
