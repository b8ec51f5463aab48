package accounts

import (
	"kindred/mail"
)

// The account mails. None carries an unsubscribe link: a person cannot opt out of the
// mail that keeps their account theirs. Each says why it was sent and where to act.
var (
	resetMail = mail.NewLayout("password_reset", "Reset your Kindred password",
		`Hello {{.Name}},

Someone, we hope you, asked to reset the password of the Kindred account for this
address ({{.Email}}).

Choose a new password here (the link works once, for an hour):
{{.Link}}

Setting a new password signs you out everywhere else.

If you did not ask, ignore this mail: your password stays as it is.

You get this mail because a password reset was asked for on Kindred for {{.Email}}.
`,
		`<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>Hello {{.Name}},</p>
<p>Someone, we hope you, asked to reset the password of the Kindred account for this address ({{.Email}}).</p>
<p><a href="{{.Link}}" style="font-weight: bold">Choose a new password</a> (the link works once, for an hour).</p>
<p>Setting a new password signs you out everywhere else.</p>
<p>If you did not ask, ignore this mail: your password stays as it is.</p>
<p style="color: #555; font-size: 0.9em">You get this mail because a password reset was asked for on Kindred for {{.Email}}.</p>
</body></html>
`)

	verifyMail = mail.NewLayout("email_verify", "{{if .Change}}Confirm your new email address for Kindred{{else}}Confirm your email address for Kindred{{end}}",
		`Hello {{.Name}},

{{if .Change}}You asked to change the email address of your Kindred account @{{.Handle}}
to {{.Email}}. The change takes effect once you confirm it:{{else}}Welcome to Kindred. Confirm that {{.Email}} is your address, so that Kindred can
mail you about invitations and what waits for you:{{end}}
{{.Link}}

The link works for {{.Hours}} hours.

If you did not ask for this, ignore this mail: nothing changes.

You get this mail because {{.Email}} was given for the Kindred account @{{.Handle}}.
`,
		`<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>Hello {{.Name}},</p>
{{if .Change}}<p>You asked to change the email address of your Kindred account @{{.Handle}} to {{.Email}}. The change takes effect once you confirm it.</p>
{{else}}<p>Welcome to Kindred. Confirm that {{.Email}} is your address, so that Kindred can mail you about invitations and what waits for you.</p>
{{end}}<p><a href="{{.Link}}" style="font-weight: bold">Confirm {{.Email}}</a> (the link works for {{.Hours}} hours).</p>
<p>If you did not ask for this, ignore this mail: nothing changes.</p>
<p style="color: #555; font-size: 0.9em">You get this mail because {{.Email}} was given for the Kindred account @{{.Handle}}.</p>
</body></html>
`)

	emailChangeMail = mail.NewLayout("email_change_notice", "Your Kindred email address is being changed",
		`Hello {{.Name}},

Someone signed in to your Kindred account @{{.Handle}} asked to change its email
address from {{.Email}} to {{.New}}. The new address takes effect once it is
confirmed from a link mailed to it.

If this was you, there is nothing to do.

If it was not, reset your password now: that signs everyone else out and cancels
the change.
{{.Link}}

You get this mail because {{.Email}} is the address of the Kindred account @{{.Handle}}.
`,
		`<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">
<p>Hello {{.Name}},</p>
<p>Someone signed in to your Kindred account @{{.Handle}} asked to change its email address from {{.Email}} to <strong>{{.New}}</strong>. The new address takes effect once it is confirmed from a link mailed to it.</p>
<p>If this was you, there is nothing to do.</p>
<p>If it was not, <a href="{{.Link}}" style="font-weight: bold">reset your password now</a>: that signs everyone else out and cancels the change.</p>
<p style="color: #555; font-size: 0.9em">You get this mail because {{.Email}} is the address of the Kindred account @{{.Handle}}.</p>
</body></html>
`)
)

// mailData is what the account mails show.
type mailData struct {
	Name, Handle, Email, New, Link string
	Change                         bool
	Hours                          int
}
