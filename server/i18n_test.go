package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"kindred/domain"
	"kindred/jobs/jobstest"
)

// TestLanguageOfRequests: a sign-up sent with Accept-Language: nl gets its confirmation
// mail in Dutch; an invalid input gets its message in French with Accept-Language: fr,
// and in English with a language Kindred does not speak (de), with the same code and
// field either way; a person's own setting then decides their mail.
func TestLanguageOfRequests(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--dev-mailbox")
	var mails []struct{ ToAddress, Subject, TextBody, HTMLBody string }
	mailTo := func(addr, what string) (subject, text string) {
		t.Helper()
		jobstest.Eventually(t, 10*time.Second, what, func() bool {
			resp, err := http.Get(srv.url + "/dev/mailbox?format=json")
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			mails = nil
			_ = json.NewDecoder(resp.Body).Decode(&mails)
			for _, m := range mails {
				if m.ToAddress == addr {
					subject, text = m.Subject, m.TextBody
				}
			}
			return subject != ""
		})
		return subject, text
	}

	noor := srv.client(t)
	noor.header = http.Header{"Accept-Language": {"nl-NL,nl;q=0.9,en;q=0.5"}}
	signUp(t, noor, "noor")
	if subject, text := mailTo("noor@example.org", "noor's confirmation mail did not arrive"); subject != "Bevestig je e-mailadres voor Kindred" ||
		!strings.Contains(text, "Welkom bij Kindred") {
		t.Errorf("got %q: %s; want the Dutch confirmation mail", subject, text)
	}

	const update = `mutation($in: UpdateProfileInput!) { updateProfile(input: $in) { person { locale } } }`
	bad := map[string]any{"in": map[string]any{"displayName": "   "}}
	noor.header = http.Header{"Accept-Language": {"fr-FR,fr;q=0.9"}}
	fr := noor.fails(domain.CodeInvalid, update, bad)
	noor.header = http.Header{"Accept-Language": {"de-DE,de;q=0.9"}}
	de := noor.fails(domain.CodeInvalid, update, bad)
	if fr.Message != "Le nom affiché ne peut pas être vide." || de.Message != "Display name cannot be empty." {
		t.Errorf("got %q in French and %q in German; want the French message, then the English one", fr.Message, de.Message)
	}
	if fr.Extensions["field"] != "displayName" || de.Extensions["field"] != "displayName" {
		t.Errorf("got fields %v and %v, want displayName", fr.Extensions["field"], de.Extensions["field"])
	}

	// An unsupported language names the supported ones; "" clears the setting.
	if e := noor.fails(domain.CodeInvalid, update, map[string]any{"in": map[string]any{"locale": "de"}}); e.Extensions["field"] != "locale" ||
		!strings.Contains(e.Message, "en, es, fr, nl") {
		t.Errorf("got %q on %v", e.Message, e.Extensions["field"])
	}
	var out struct {
		UpdateProfile struct{ Person struct{ Locale *string } }
	}
	noor.ok(update, map[string]any{"in": map[string]any{"locale": "es"}}, &out)
	if l := out.UpdateProfile.Person.Locale; l == nil || *l != "es" {
		t.Fatalf("got locale %v, want es", l)
	}
	// Her setting, not the request's language, decides her mail from now on.
	noor.ok(`mutation { requestEmailVerification { __typename } }`, nil, nil)
	jobstest.Eventually(t, 10*time.Second, "noor's second confirmation mail did not arrive", func() bool {
		mailTo("noor@example.org", "")
		n := 0
		for _, m := range mails {
			if m.ToAddress == "noor@example.org" {
				n++
			}
		}
		return n == 2
	})
	spanish := false
	for _, m := range mails {
		spanish = spanish || (m.ToAddress == "noor@example.org" && m.Subject == "Confirma tu dirección de correo para Kindred" &&
			strings.Contains(m.TextBody, "Te damos la bienvenida a Kindred"))
	}
	if !spanish {
		t.Errorf("got %+v, want a Spanish confirmation mail to noor", mails)
	}
	// Others do not see it.
	other := srv.client(t)
	signUp(t, other, "other")
	var seen struct{ Person struct{ Locale *string } }
	other.ok(`query { person(handle: "noor") { locale } }`, nil, &seen)
	if seen.Person.Locale != nil {
		t.Errorf("another person sees noor's locale %q", *seen.Person.Locale)
	}
	noor.ok(update, map[string]any{"in": map[string]any{"locale": ""}}, &out)
	if out.UpdateProfile.Person.Locale != nil {
		t.Errorf("got locale %q after clearing it", *out.UpdateProfile.Person.Locale)
	}
}
