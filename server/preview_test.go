package main

import (
	"bytes"
	"image/png"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// crawl fetches path as a link-preview crawler does: no cookies, no JavaScript.
func crawl(t *testing.T, srv *testServer, path string) (int, http.Header, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srv.url+path, nil)
	req.Header.Set("User-Agent", "facebookexternalhit/1.1")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(body)
}

func createCollab(t *testing.T, c *client, title, goal, visibility string) string {
	t.Helper()
	vals := valueIDs(t, c, 1)
	var out struct {
		CreateCollaboration struct{ Collaboration struct{ Slug string } }
	}
	c.ok(`mutation($t: String!, $g: String!, $vis: Visibility, $v: ID!) { createCollaboration(input: {title: $t, goal: $g, visibility: $vis,
		remote: true, values: [{valueId: $v, weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { slug } } }`,
		map[string]any{"t": title, "g": goal, "vis": visibility, "v": vals[0]}, &out)
	return out.CreateCollaboration.Collaboration.Slug
}

// TestSharedPagesPreview: a PUBLIC collaboration or person shows its title, description and
// card to a crawler, escaped; a PRIVATE or MEMBERS one shows only "Kindred"; the sitemap
// lists the public ones and robots.txt keeps private routes out.
func TestSharedPagesPreview(t *testing.T) {
	srv := startServer(t, "sqlite")
	c := srv.client(t)
	signUp(t, c, "amara")
	c.ok(`mutation { updateProfile(input: {bio: "I cook for the street.", visibility: PUBLIC}) { person { handle } } }`, nil, nil)
	public := createCollab(t, c, `Fridge <script>alert(1)</script>`, "Rescue surplus food for the neighbourhood.", "PUBLIC")
	private := createCollab(t, c, "Secret garden", "A goal nobody outside may read.", "PRIVATE")
	members := createCollab(t, c, "Members garden", "A goal only signed-in people read.", "MEMBERS")

	for _, path := range []string{"/c/" + public, "/c/" + public + "/ledger"} {
		status, _, body := crawl(t, srv, path)
		for _, want := range []string{
			`<title>Fridge &lt;script&gt;alert(1)&lt;/script&gt; · Kindred</title>`,
			`<meta property="og:title" content="Fridge &lt;script&gt;alert(1)&lt;/script&gt;" />`,
			`<meta property="og:description" content="Rescue surplus food for the neighbourhood. Values: `,
			`<meta property="og:image" content="` + srv.url + `/c/` + public + `/card.png" />`,
			`<meta name="twitter:card" content="summary_large_image" />`,
		} {
			if status != http.StatusOK || !strings.Contains(body, want) {
				t.Errorf("%s: got HTTP %d, want %s in:\n%s", path, status, want, head(body))
			}
		}
		if strings.Contains(body, "<script>alert") {
			t.Errorf("%s: the title went into the page unescaped", path)
		}
	}
	for _, slug := range []string{private, members} {
		_, _, body := crawl(t, srv, "/c/"+slug)
		if !strings.Contains(body, "<title>Kindred</title>") || strings.Contains(body, "og:") || strings.Contains(body, "garden") {
			t.Errorf("/c/%s (not public): the head reveals it:\n%s", slug, head(body))
		}
		if status, _, _ := crawl(t, srv, "/c/"+slug+"/card.png"); status != http.StatusNotFound {
			t.Errorf("/c/%s/card.png: got HTTP %d, want 404", slug, status)
		}
	}
	if _, _, body := crawl(t, srv, "/people/amara"); !strings.Contains(body, `<meta property="og:description" content="I cook for the street." />`) {
		t.Errorf("a public person's page: got head\n%s", head(body))
	}

	status, h, body := crawl(t, srv, "/c/"+public+"/card.png")
	img, err := png.Decode(bytes.NewReader([]byte(body)))
	if status != http.StatusOK || h.Get("Content-Type") != "image/png" || err != nil || img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 630 {
		t.Errorf("card: got HTTP %d %s, %v", status, h.Get("Content-Type"), err)
	}

	_, _, sitemap := crawl(t, srv, "/sitemap.xml")
	if !strings.Contains(sitemap, "<loc>"+srv.url+"/c/"+public+"</loc>") || !strings.Contains(sitemap, "<loc>"+srv.url+"/people/amara</loc>") ||
		strings.Contains(sitemap, private) || strings.Contains(sitemap, members) {
		t.Errorf("sitemap: got\n%s", sitemap)
	}
	_, _, robots := crawl(t, srv, "/robots.txt")
	for _, want := range []string{"Disallow: /query\n", "Disallow: /settings/\n", "Sitemap: " + srv.url + "/sitemap.xml\n"} {
		if !strings.Contains(robots, want) {
			t.Errorf("robots.txt lacks %q:\n%s", want, robots)
		}
	}
}

// head is the page up to its body, for failure messages.
func head(page string) string {
	if i := strings.Index(page, "<body"); i >= 0 {
		return page[:i]
	}
	return page
}

// TestWithPreviewReplacesTheHead: the web app's own head loses its title and generic
// description for the preview's, once.
func TestWithPreviewReplacesTheHead(t *testing.T) {
	index, err := os.ReadFile("../frontend/index.html")
	if err != nil {
		t.Fatal(err)
	}
	out := string(withPreview(index, &preview{Title: "Fridge", Description: "Rescue food.", Kind: "website", URL: "https://k.example/c/fridge", Image: "https://k.example/c/fridge/card.png"}))
	if strings.Count(out, "<title>") != 1 || !strings.Contains(out, "<title>Fridge · Kindred</title>") ||
		strings.Count(out, `name="description"`) != 1 || !strings.Contains(out, `<meta name="description" content="Rescue food." />`) {
		t.Errorf("got head\n%s", head(out))
	}
}

// TestPreviewDescriptionKeepsValues: a long goal is shortened so that the values it is
// about still show.
func TestPreviewDescriptionKeepsValues(t *testing.T) {
	goal := strings.Repeat("Keep the fridge stocked every day. ", 20)
	got := describe(goal, []string{"Community", "Sustainability"})
	if !strings.HasSuffix(got, "… Values: Community, Sustainability.") || utf8.RuneCountInString(got) > maxDescription {
		t.Errorf("got %q (%d characters)", got, utf8.RuneCountInString(got))
	}
	if got := describe("Short goal.", []string{"Care"}); got != "Short goal. Values: Care." {
		t.Errorf("got %q", got)
	}
	if got := describe("A goal", nil); got != "A goal" {
		t.Errorf("got %q", got)
	}
}
