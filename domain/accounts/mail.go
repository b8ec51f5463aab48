package accounts

import (
	"context"

	"kindred/domain"
	"kindred/locale"
	"kindred/mail"
)

// mailLanguage is the language of account mail to p: theirs, else the request's (a
// sign-up's, or a reset asked for by someone not signed in).
func mailLanguage(ctx context.Context, p *domain.Person) *locale.Localizer {
	return locale.For(locale.ForPerson(p.Locale, locale.FromRequest(ctx)))
}

// The account mails. None carries an unsubscribe link: a person cannot opt out of the
// mail that keeps their account theirs. Each says why it was sent and where to act. Their
// words are the catalog's (package locale): the person's language, else the request's.
var (
	resetMail = mail.NewLayout("password_reset", `{{t "mail.reset.subject" .}}`,
		`{{t "mail.hello" .}}

{{t "mail.reset.asked" .}}

{{t "mail.reset.choose" .}}
{{.Link}}

{{t "mail.reset.signsOut" .}}

{{t "mail.reset.ignore" .}}

{{t "mail.reset.why" .}}
`,
		`<!doctype html>
<html lang="{{lang}}"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>{{t "mail.hello" .}}</p>
<p>{{t "mail.reset.asked" .}}</p>
<p><a href="{{.Link}}" style="font-weight: bold">{{t "mail.reset.link" .}}</a> {{t "mail.reset.linkNote" .}}</p>
<p>{{t "mail.reset.signsOut" .}}</p>
<p>{{t "mail.reset.ignore" .}}</p>
<p style="color: #555; font-size: 0.9em">{{t "mail.reset.why" .}}</p>
</body></html>
`)

	verifyMail = mail.NewLayout("email_verify", `{{if .Change}}{{t "mail.verify.subjectChange" .}}{{else}}{{t "mail.verify.subject" .}}{{end}}`,
		`{{t "mail.hello" .}}

{{if .Change}}{{t "mail.verify.change" .}}{{else}}{{t "mail.verify.welcome" .}}{{end}}
{{.Link}}

{{t "mail.verify.hours" .}}

{{t "mail.verify.ignore" .}}

{{t "mail.verify.why" .}}
`,
		`<!doctype html>
<html lang="{{lang}}"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>{{t "mail.hello" .}}</p>
<p>{{if .Change}}{{t "mail.verify.change" .}}{{else}}{{t "mail.verify.welcome" .}}{{end}}</p>
<p><a href="{{.Link}}" style="font-weight: bold">{{t "mail.verify.link" .}}</a> ({{t "mail.verify.hours" .}})</p>
<p>{{t "mail.verify.ignore" .}}</p>
<p style="color: #555; font-size: 0.9em">{{t "mail.verify.why" .}}</p>
</body></html>
`)

	emailChangeMail = mail.NewLayout("email_change_notice", `{{t "mail.emailChange.subject" .}}`,
		`{{t "mail.hello" .}}

{{t "mail.emailChange.asked" .}}

{{t "mail.emailChange.ifYou" .}}

{{t "mail.emailChange.ifNot" .}}
{{.Link}}

{{t "mail.emailChange.why" .}}
`,
		`<!doctype html>
<html lang="{{lang}}"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>{{t "mail.hello" .}}</p>
<p>{{t "mail.emailChange.asked" .}}</p>
<p>{{t "mail.emailChange.ifYou" .}}</p>
<p>{{t "mail.emailChange.ifNot" .}} <a href="{{.Link}}" style="font-weight: bold">{{t "mail.emailChange.link" .}}</a></p>
<p style="color: #555; font-size: 0.9em">{{t "mail.emailChange.why" .}}</p>
</body></html>
`)
)

// mailData is what the account mails show.
type mailData struct {
	Name, Handle, Email, New, Link string
	Change                         bool
	Hours                          int
}
