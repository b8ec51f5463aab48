package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"html/template"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"kindred/domain"
)

// preview is what a shared link shows in chat and social apps: the Open Graph and Twitter
// tags of a PUBLIC collaboration or person, rendered into the web app's head. Anything
// else (MEMBERS, PRIVATE, unknown) keeps the plain "Kindred" head and reveals nothing.
type preview struct {
	Title, Description, Kind, URL, Image string
	// Values are the names the card shows under the title.
	Values []string
}

// previewHead replaces the page's title and description; html/template escapes what
// people wrote.
var previewHead = template.Must(template.New("head").Parse(`<title>{{.Title}} · Kindred</title>
    <meta name="description" content="{{.Description}}" />
    <meta property="og:site_name" content="Kindred" />
    <meta property="og:type" content="{{.Kind}}" />
    <meta property="og:title" content="{{.Title}}" />
    <meta property="og:description" content="{{.Description}}" />
    <meta property="og:url" content="{{.URL}}" />
    <meta property="og:image" content="{{.Image}}" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{{.Title}}" />
    <meta name="twitter:description" content="{{.Description}}" />
    <meta name="twitter:image" content="{{.Image}}" />`))

var (
	plainTitle       = []byte("<title>Kindred</title>")
	plainDescription = regexp.MustCompile(`<meta name="description"[^>]*>\s*`)
)

// withPreview returns the web app's index with p's tags in its head.
func withPreview(index []byte, p *preview) []byte {
	var head bytes.Buffer
	if err := previewHead.Execute(&head, p); err != nil {
		return index
	}
	out := plainDescription.ReplaceAll(index, nil)
	if !bytes.Contains(out, plainTitle) {
		return bytes.Replace(index, []byte("</head>"), append(head.Bytes(), []byte("\n  </head>")...), 1)
	}
	return bytes.Replace(out, plainTitle, head.Bytes(), 1)
}

// maxDescription bounds a preview's description, in characters, as the apps cut longer.
const maxDescription = 200

// clip shortens s to n characters, ending with an ellipsis when it was longer.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// previewFor returns the preview of the page at path, read as nobody signed in: a
// collaboration's sections share its preview, a person's impact page theirs.
func (a *app) previewFor(ctx context.Context, path string) *preview {
	ctx = domain.WithRequestCache(context.WithoutCancel(ctx))
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) < 2 || parts[1] == "" {
		return nil
	}
	switch parts[0] {
	case "c":
		return a.collabPreview(ctx, parts[1])
	case "people":
		return a.personPreview(ctx, parts[1])
	}
	return nil
}

func (a *app) collabPreview(ctx context.Context, slug string) *preview {
	c, err := a.service.FindCollaborationBySlug(ctx, slug)
	if err != nil || c == nil || c.Visibility != domain.VisibilityPublic {
		return nil
	}
	p := &preview{Title: c.Title, Kind: "website", URL: a.service.Mail.Link("/c/" + c.Slug), Image: a.service.Mail.Link("/c/" + c.Slug + "/card.png")}
	cvs, err := a.service.CollaborationValuesByCollab(ctx, []int64{c.ID})
	if err == nil {
		ids := make([]int64, 0, len(cvs[c.ID]))
		for _, cv := range cvs[c.ID] {
			ids = append(ids, cv.ValueID)
		}
		p.Values = a.valueNames(ctx, ids)
	}
	p.Description = describe(c.Goal, p.Values)
	return p
}

func (a *app) personPreview(ctx context.Context, handle string) *preview {
	person, err := a.service.FindPersonByHandle(ctx, handle)
	if err != nil || person == nil || person.Visibility != domain.VisibilityPublic {
		return nil
	}
	p := &preview{Title: person.DisplayName + " (@" + person.Handle + ")", Kind: "profile",
		URL: a.service.Mail.Link("/people/" + person.Handle), Image: a.service.Mail.Link("/people/" + person.Handle + "/card.png")}
	pvs, err := a.service.PersonValuesByPersonIDs(ctx, []int64{person.ID})
	if err == nil {
		ids := make([]int64, 0, len(pvs[person.ID]))
		for _, pv := range pvs[person.ID] {
			ids = append(ids, pv.ValueID)
		}
		p.Values = a.valueNames(ctx, ids)
	}
	bio := person.Bio
	if bio == "" {
		bio = person.DisplayName + " is on Kindred."
	}
	p.Description = describe(bio, p.Values)
	return p
}

// describe is a preview's description: the text, then the values it is about. A long
// text is shortened before the values are: they are what a preview is shared for.
func describe(text string, values []string) string {
	if len(values) == 0 {
		return clip(text, maxDescription)
	}
	suffix := " Values: " + strings.Join(values, ", ") + "."
	room := maxDescription - utf8.RuneCountInString(suffix)
	if room < 40 {
		return clip(strings.TrimRight(strings.TrimSpace(text), ".")+"."+suffix, maxDescription)
	}
	text = clip(text, room)
	if !strings.HasSuffix(text, "…") {
		text = strings.TrimRight(text, ".") + "."
	}
	return text + suffix
}

func (a *app) valueNames(ctx context.Context, ids []int64) []string {
	vs, err := a.service.FindValuesByIDs(ctx, ids)
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(vs))
	for _, v := range vs {
		if v != nil {
			names = append(names, v.Name)
		}
	}
	return names
}

// card serves the preview image of a public collaboration (kind "c") or person ("people"):
// a 1200×630 PNG with the title and values; anything else is not found.
func (a *app) card(kind string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.PathValue("slug")
		p := a.previewFor(r.Context(), "/"+kind+"/"+key)
		if p == nil {
			http.NotFound(w, r)
			return
		}
		img, err := drawCard(p)
		if err != nil {
			http.Error(w, "the card cannot be drawn", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		_, _ = w.Write(img)
	})
}

var cardFaces struct {
	once         sync.Once
	title, small font.Face
	err          error
}

func faces() (title, small font.Face, err error) {
	f := &cardFaces
	f.once.Do(func() {
		bold, err := opentype.Parse(gobold.TTF)
		if err != nil {
			f.err = err
			return
		}
		regular, err := opentype.Parse(goregular.TTF)
		if err != nil {
			f.err = err
			return
		}
		if f.title, err = opentype.NewFace(bold, &opentype.FaceOptions{Size: 64, DPI: 72, Hinting: font.HintingFull}); err != nil {
			f.err = err
			return
		}
		f.small, f.err = opentype.NewFace(regular, &opentype.FaceOptions{Size: 32, DPI: 72, Hinting: font.HintingFull})
	})
	return f.title, f.small, f.err
}

// The card's colours: the web app's theme colour and its light text.
var (
	cardBackground = color.RGBA{0x1f, 0x5b, 0x55, 0xff}
	cardText       = color.RGBA{0xff, 0xff, 0xff, 0xff}
	cardSoft       = color.RGBA{0xd4, 0xe8, 0xe4, 0xff}
)

const cardWidth, cardHeight, cardMargin = 1200, 630, 80

func drawCard(p *preview) ([]byte, error) {
	titleFace, smallFace, err := faces()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, cardWidth, cardHeight))
	draw.Draw(img, img.Bounds(), image.NewUniform(cardBackground), image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.NewUniform(cardText), Face: titleFace}
	y := cardMargin + 64
	for i, line := range wrap(d, p.Title, cardWidth-2*cardMargin) {
		if i == 3 {
			break
		}
		d.Dot = fixed.P(cardMargin, y)
		d.DrawString(line)
		y += 80
	}
	d.Face, d.Src = smallFace, image.NewUniform(cardSoft)
	if len(p.Values) > 0 {
		for i, line := range wrap(d, strings.Join(p.Values, " · "), cardWidth-2*cardMargin) {
			if i == 2 {
				break
			}
			d.Dot = fixed.P(cardMargin, y+20)
			d.DrawString(line)
			y += 44
		}
	}
	d.Src = image.NewUniform(cardText)
	d.Dot = fixed.P(cardMargin, cardHeight-cardMargin+16)
	d.DrawString("Kindred")
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// wrap breaks s into lines no wider than width in d's face.
func wrap(d *font.Drawer, s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		next := strings.TrimSpace(line + " " + w)
		if line != "" && d.MeasureString(next).Ceil() > width {
			lines = append(lines, line)
			next = w
		}
		line = next
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// sitemapLimit bounds each kind of page the sitemap lists (a sitemap holds 50,000).
const sitemapLimit = 25000

// sitemap lists the public collaborations and people.
func (a *app) sitemap(w http.ResponseWriter, r *http.Request) {
	slugs, err := a.service.PublicSlugs(r.Context(), sitemapLimit)
	var handles []string
	if err == nil {
		handles, err = a.service.PublicHandles(r.Context(), sitemapLimit)
	}
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	type url struct {
		Loc string `xml:"loc"`
	}
	set := struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	set.URLs = append(set.URLs, url{a.service.Mail.Link("/")})
	for _, s := range slugs {
		set.URLs = append(set.URLs, url{a.service.Mail.Link("/c/" + s)})
	}
	for _, h := range handles {
		set.URLs = append(set.URLs, url{a.service.Mail.Link("/people/" + h)})
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	_, _ = w.Write([]byte(xml.Header))
	_ = xml.NewEncoder(w).Encode(set)
}

// robots keeps crawlers to the public pages: not the API, the pages of a signed-in
// person, or the steps of joining and editing.
func (a *app) robots(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for _, p := range []string{"/query", "/graphiql", "/login", "/signup", "/onboarding", "/dashboard", "/notifications",
		"/collaborations", "/settings/", "/me/", "/dev/", "/testing/", "/c/*/join", "/c/*/commit", "/c/*/edit", "/c/*/decisions/new", "/c/*/impact/outcomes/"} {
		b.WriteString("Disallow: " + p + "\n")
	}
	b.WriteString("Sitemap: " + a.service.Mail.Link("/sitemap.xml") + "\n")
	_, _ = w.Write([]byte(b.String()))
}
