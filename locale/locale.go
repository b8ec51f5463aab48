// Package locale is Kindred's server-side language: the supported languages, the
// request's language (from Accept-Language), and the message catalogs of mail and API
// messages (go-i18n, one file per language in catalog/, embedded). English is the source
// language: a message missing from another catalog falls back to it.
package locale

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Supported are the languages Kindred speaks, English first (the fallback).
var Supported = []language.Tag{language.English, language.Spanish, language.French, language.Dutch}

// Default is the language of a request or person that names none Kindred speaks.
var Default = language.English

//go:embed catalog/*.json
var catalogFS embed.FS

var (
	bundle  *i18n.Bundle
	matcher = language.NewMatcher(Supported)
)

func init() {
	bundle = i18n.NewBundle(Default)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	for _, t := range Supported {
		if _, err := bundle.LoadMessageFileFS(catalogFS, CatalogPath(t)); err != nil {
			panic(fmt.Sprintf("locale: catalog of %s: %v", t, err))
		}
	}
}

// CatalogPath is the embedded path of tag's catalog.
func CatalogPath(tag language.Tag) string { return "catalog/active." + Code(tag) + ".json" }

// CatalogFS is the embedded catalogs, for the test that compares them.
func CatalogFS() embed.FS { return catalogFS }

// Code is tag's base language code ("en", "es", "fr", "nl").
func Code(tag language.Tag) string {
	b, _ := tag.Base()
	return b.String()
}

// Match returns the supported language that best fits an Accept-Language header, or
// Default when none does (or the header is empty or malformed).
func Match(acceptLanguage string) language.Tag {
	if strings.TrimSpace(acceptLanguage) == "" {
		return Default
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return Default
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return Default
	}
	return Supported[i]
}

// Parse returns the supported language of a person's setting ("es"); ok is false for
// anything else, the empty string included.
func Parse(code string) (language.Tag, bool) {
	for _, t := range Supported {
		if Code(t) == code {
			return t, true
		}
	}
	return Default, false
}

// Codes lists the supported languages' codes, for messages that name them.
func Codes() []string {
	out := make([]string, len(Supported))
	for i, t := range Supported {
		out[i] = Code(t)
	}
	return out
}

type requestKey struct{}

// WithRequest returns ctx carrying the language of the request it serves.
func WithRequest(ctx context.Context, tag language.Tag) context.Context {
	return context.WithValue(ctx, requestKey{}, tag)
}

// FromRequest is the language of the request ctx serves, Default outside one.
func FromRequest(ctx context.Context) language.Tag {
	if t, ok := ctx.Value(requestKey{}).(language.Tag); ok {
		return t
	}
	return Default
}

// Middleware puts the language of each request's Accept-Language into its context.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(WithRequest(r.Context(), Match(r.Header.Get("Accept-Language")))))
	})
}

// ForPerson is the language to write to a person in: their setting (a language code,
// nil or empty when they chose none), else fallback.
func ForPerson(setting *string, fallback language.Tag) language.Tag {
	if setting != nil {
		if t, ok := Parse(*setting); ok {
			return t
		}
	}
	return fallback
}

// Localizer writes messages of the catalog in one language.
type Localizer struct {
	Tag language.Tag
	l   *i18n.Localizer
}

var localizers sync.Map // language.Tag → *Localizer

// For returns the localizer of tag.
func For(tag language.Tag) *Localizer {
	if l, ok := localizers.Load(tag); ok {
		return l.(*Localizer)
	}
	l, _ := localizers.LoadOrStore(tag, &Localizer{Tag: tag, l: i18n.NewLocalizer(bundle, tag.String())})
	return l.(*Localizer)
}

// T returns message id filled with data (a map or struct whose fields its template
// names). A message missing from the language falls back to English; one missing
// altogether is returned as its id, which the catalog test keeps from happening.
func (l *Localizer) T(id string, data any) string {
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if s == "" && err != nil {
		return id
	}
	return s
}

// N is T of a message with plural forms, chosen by count; data also gets Count.
func (l *Localizer) N(id string, count int, data map[string]any) string {
	d := map[string]any{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: d})
	if s == "" && err != nil {
		return id
	}
	return s
}

// Sprintf formats args with the translation of format, a message whose id is its English
// text (a domain error's). Without a translation it formats the English.
func (l *Localizer) Sprintf(format string, args ...any) string {
	f := format
	if Code(l.Tag) != Code(Default) {
		if s, tag, err := l.l.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: format}); err == nil && tag != language.Und && s != "" {
			f = s
		}
	}
	return fmt.Sprintf(f, args...)
}

// Has reports whether the catalog of l's language holds id itself (not by falling back).
func (l *Localizer) Has(id string) bool {
	_, tag, err := l.l.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: id})
	return err == nil && Code(tag) == Code(l.Tag)
}
