// Package mail renders and sends Kindred's mail: each message has a plain-text and an HTML
// part and the one-click unsubscribe headers of RFC 8058, and is delivered over SMTP by a
// job of the kept queue (package jobs), with retries, once per message.
package mail

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	texttemplate "text/template"
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
type Layout struct {
	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template
}

// NewLayout parses a layout's templates; it panics on a malformed one, which is a
// programming error found by the first test that renders it.
func NewLayout(name, subject, text, html string) *Layout {
	return &Layout{
		subject: texttemplate.Must(texttemplate.New(name + ".subject").Parse(subject)),
		text:    texttemplate.Must(texttemplate.New(name + ".txt").Parse(text)),
		html:    htmltemplate.Must(htmltemplate.New(name + ".html").Parse(html)),
	}
}

// Render fills the layout with data for to; html/template escapes the HTML part.
func (l *Layout) Render(to string, data any) (Message, error) {
	var s, t, h bytes.Buffer
	if err := l.subject.Execute(&s, data); err != nil {
		return Message{}, fmt.Errorf("mail: subject: %w", err)
	}
	if err := l.text.Execute(&t, data); err != nil {
		return Message{}, fmt.Errorf("mail: text: %w", err)
	}
	if err := l.html.Execute(&h, data); err != nil {
		return Message{}, fmt.Errorf("mail: html: %w", err)
	}
	return Message{To: to, Subject: s.String(), Text: t.String(), HTML: h.String()}, nil
}
