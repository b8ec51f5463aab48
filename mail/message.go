// Package mail renders and sends Kindred's mail: each message has a plain-text and an HTML
// part and the one-click unsubscribe headers of RFC 8058, and is delivered over SMTP by a
// job of the kept queue (package jobs), with retries, once per message.
package mail

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	texttemplate "text/template"

	"kindred/locale"
)

// Message is one mail to one person.
type Message struct {
	// PersonID is the recipient's person (0: none), so that deleting an account can
	// withdraw their queued mail.
	PersonID int64  `json:"person_id,omitempty"`
	To       string `json:"to"`
	Subject  string `json:"subject"`
	Text     string `json:"text"`
	HTML     string `json:"html"`
	// Unsubscribe is the one-click unsubscribe URL (RFC 8058); empty for mail a person
	// cannot opt out of (a password reset).
	Unsubscribe string `json:"unsubscribe,omitempty"`
}

// Headers are the message's extra headers: List-Unsubscribe and List-Unsubscribe-Post when
// it can be unsubscribed from.
func (m Message) Headers() map[string]string {
	if m.Unsubscribe == "" {
		return nil
	}
	return map[string]string{
		"List-Unsubscribe":      "<" + m.Unsubscribe + ">",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
	}
}

// Layout is a kind of mail: its subject, text and HTML templates, which share their data.
// The templates write words through the catalog (package locale): {{t "id" .}} is message
// id filled with the data, {{n "id" count .}} one with plural forms, {{lang}} the language
// code. In the HTML part the data is escaped before it fills a message, and the message
// itself (the catalog's, trusted) is not, so a translation may carry markup.
type Layout struct {
	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template
}

// placeholders let the templates parse; Render binds each to the mail's language.
var placeholders = map[string]any{
	"t":    func(string, any) string { return "" },
	"n":    func(string, int, any) string { return "" },
	"lang": func() string { return "" },
}

// NewLayout parses a layout's templates; it panics on a malformed one, which is a
// programming error found by the first test that renders it.
func NewLayout(name, subject, text, html string) *Layout {
	return &Layout{
		subject: texttemplate.Must(texttemplate.New(name + ".subject").Funcs(placeholders).Parse(subject)),
		text:    texttemplate.Must(texttemplate.New(name + ".txt").Funcs(placeholders).Parse(text)),
		html:    htmltemplate.Must(htmltemplate.New(name + ".html").Funcs(placeholders).Parse(html)),
	}
}

// textFuncs are the template functions writing plain text in l's language.
func textFuncs(l *locale.Localizer) map[string]any {
	return map[string]any{
		"t":    func(id string, data any) string { return l.T(id, data) },
		"n":    func(id string, count int, data any) string { return l.N(id, count, asMap(data, false)) },
		"lang": func() string { return locale.Code(l.Tag) },
	}
}

// htmlFuncs are textFuncs for the HTML part: the data is escaped, the message kept.
func htmlFuncs(l *locale.Localizer) map[string]any {
	return map[string]any{
		"t": func(id string, data any) htmltemplate.HTML {
			return htmltemplate.HTML(l.T(id, asMap(data, true))) //nolint:gosec // G203: the data is escaped; the message is the catalog's
		},
		"n": func(id string, count int, data any) htmltemplate.HTML {
			return htmltemplate.HTML(l.N(id, count, asMap(data, true))) //nolint:gosec // G203: the data is escaped; the message is the catalog's
		},
		"lang": func() string { return locale.Code(l.Tag) },
	}
}

// asMap turns a template's data (a map or a struct) into a map for a message, its
// strings HTML-escaped when escape is set.
func asMap(data any, escape bool) map[string]any {
	out := map[string]any{}
	put := func(k string, v any) {
		if s, ok := v.(string); ok && escape {
			v = htmltemplate.HTMLEscapeString(s)
		}
		out[k] = v
	}
	v := reflect.ValueOf(data)
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if k.Kind() == reflect.String {
				put(k.String(), v.MapIndex(k).Interface())
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				put(f.Name, v.Field(i).Interface())
			}
		}
	}
	return out
}

// Render fills the layout with data for to, in l's language; html/template escapes the
// HTML part.
func (l *Layout) Render(to string, lang *locale.Localizer, data any) (Message, error) {
	subject, err := l.subject.Clone()
	if err != nil {
		return Message{}, err
	}
	text, err := l.text.Clone()
	if err != nil {
		return Message{}, err
	}
	html, err := l.html.Clone()
	if err != nil {
		return Message{}, err
	}
	var s, t, h bytes.Buffer
	if err := subject.Funcs(textFuncs(lang)).Execute(&s, data); err != nil {
		return Message{}, fmt.Errorf("mail: subject: %w", err)
	}
	if err := text.Funcs(textFuncs(lang)).Execute(&t, data); err != nil {
		return Message{}, fmt.Errorf("mail: text: %w", err)
	}
	if err := html.Funcs(htmlFuncs(lang)).Execute(&h, data); err != nil {
		return Message{}, fmt.Errorf("mail: html: %w", err)
	}
	return Message{To: to, Subject: s.String(), Text: t.String(), HTML: h.String()}, nil
}
