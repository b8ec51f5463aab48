package locale_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"kindred/locale"
)

// TestCatalogsHoldTheSameMessages fails when a message is in one language's catalog and
// not in another's, or when a translation drops or adds a placeholder ({{.Name}}, %s),
// or lacks a plural form its language needs.
func TestCatalogsHoldTheSameMessages(t *testing.T) {
	t.Parallel()
	placeholders := regexp.MustCompile(`\{\{\s*\.[A-Za-z]+\s*\}\}|%\[?\d*\]?[-+# 0]*\d*[sdqvf]`)
	type entry struct {
		forms map[string]string
	}
	read := func(tag language.Tag) map[string]entry {
		buf, err := locale.CatalogFS().ReadFile(locale.CatalogPath(tag))
		if err != nil {
			t.Fatal(err)
		}
		f, err := i18n.ParseMessageFileBytes(buf, locale.CatalogPath(tag), map[string]i18n.UnmarshalFunc{"json": jsonUnmarshal})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]entry{}
		for _, m := range f.Messages {
			forms := map[string]string{"other": m.Other}
			if m.One != "" {
				forms["one"] = m.One
			}
			out[m.ID] = entry{forms}
		}
		return out
	}
	sortedPlaceholders := func(s string) []string {
		p := placeholders.FindAllString(s, -1)
		for i := range p {
			p[i] = strings.ReplaceAll(p[i], " ", "")
		}
		slices.Sort(p)
		return slices.Compact(p)
	}
	en := read(language.English)
	if len(en) < 100 {
		t.Fatalf("the English catalog holds %d messages; it should hold every mail and API message", len(en))
	}
	for _, tag := range locale.Supported[1:] {
		other := read(tag)
		for id, e := range en {
			o, ok := other[id]
			if !ok {
				t.Errorf("%s: %q is missing", tag, id)
				continue
			}
			if want, got := sortedPlaceholders(e.forms["other"]), sortedPlaceholders(o.forms["other"]); !slices.Equal(want, got) {
				t.Errorf("%s: %q has placeholders %v, English %v", tag, id, got, want)
			}
			if _, plural := e.forms["one"]; plural {
				if _, ok := o.forms["one"]; !ok {
					t.Errorf("%s: %q lacks its singular (one) form", tag, id)
				}
			}
		}
		for id := range other {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: %q is not in the English catalog", tag, id)
			}
		}
	}
}

// TestMatch: Accept-Language picks the best supported language, else English.
func TestMatch(t *testing.T) {
	t.Parallel()
	for header, want := range map[string]string{
		"":                        "en",
		"fr":                      "fr",
		"fr-CA,fr;q=0.9,en;q=0.5": "fr",
		"de-DE,de;q=0.9":          "en",
		"de,nl;q=0.8,en;q=0.5":    "nl",
		"es-419":                  "es",
		"nl-BE":                   "nl",
		"en-GB,en;q=0.9":          "en",
		"*":                       "en",
		"not a ;;; header =,":     "en",
		"pt-BR,pt;q=0.9,es;q=0.8": "es",
	} {
		if got := locale.Code(locale.Match(header)); got != want {
			t.Errorf("Match(%q) = %s, want %s", header, got, want)
		}
	}
}

// TestMiddleware: a request's context carries the language of its Accept-Language.
func TestMiddleware(t *testing.T) {
	t.Parallel()
	var got language.Tag
	h := locale.Middleware(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { got = locale.FromRequest(r.Context()) }))
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Accept-Language", "nl-NL,nl;q=0.9")
	h.ServeHTTP(httptest.NewRecorder(), r)
	if locale.Code(got) != "nl" {
		t.Errorf("got %s, want nl", got)
	}
	if locale.Code(locale.FromRequest(context.Background())) != "en" {
		t.Error("outside a request the language is not English")
	}
}

// TestLocalizer: messages, plurals, formats and dates in each language.
func TestLocalizer(t *testing.T) {
	t.Parallel()
	es, fr, nl, en := locale.For(language.Spanish), locale.For(language.French), locale.For(language.Dutch), locale.For(language.English)
	if got := es.T("mail.hello", map[string]any{"Name": "Ana"}); got != "Hola, Ana:" {
		t.Errorf("got %q", got)
	}
	if got := nl.N("mail.waiting.contributions", 1, nil); got != "1 bijdrage om te bevestigen" {
		t.Errorf("got %q", got)
	}
	if got := nl.N("mail.waiting.contributions", 3, nil); got != "3 bijdragen om te bevestigen" {
		t.Errorf("got %q", got)
	}
	if got := fr.Sprintf("A password is at most %d characters.", 256); got != "Un mot de passe compte au plus 256 caractères." {
		t.Errorf("got %q", got)
	}
	if got := fr.Sprintf("Not in any catalog: %d.", 3); got != "Not in any catalog: 3." {
		t.Errorf("got %q", got)
	}
	at := time.Date(2026, 12, 12, 9, 0, 0, 0, time.UTC)
	paris, _ := time.LoadLocation("Europe/Paris")
	for l, want := range map[*locale.Localizer]string{
		en: "Sat 12 Dec 2026, 10:00 (Europe/Paris)",
		es: "sáb 12 dic 2026, 10:00 (Europe/Paris)",
		fr: "sam. 12 déc. 2026, 10:00 (Europe/Paris)",
		nl: "za 12 dec 2026, 10:00 (Europe/Paris)",
	} {
		if got := l.DateTime(at, paris); got != want {
			t.Errorf("%s: got %q, want %q", l.Tag, got, want)
		}
	}
	if _, ok := locale.Parse("de"); ok {
		t.Error("de parses as supported")
	}
	setting := "fr"
	if locale.Code(locale.ForPerson(&setting, language.Dutch)) != "fr" || locale.Code(locale.ForPerson(nil, language.Dutch)) != "nl" {
		t.Error("ForPerson does not prefer the person's setting over the fallback")
	}
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
