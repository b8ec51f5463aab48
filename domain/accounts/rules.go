package accounts

import (
	"regexp"
	"strings"
	_ "time/tzdata" // time zone names resolve on machines without a zoneinfo database
	"unicode/utf8"

	"kindred/domain"
	"kindred/locale"
)

// Limits of the account rules.
const (
	MinPasswordLength = 10
	MaxPasswordLength = 256
)

var handlePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{2,29}$`)

// reservedHandles are paths of the web app or words that would mislead if taken.
var reservedHandles = map[string]bool{
	"admin": true, "api": true, "graphiql": true, "query": true, "login": true, "logout": true,
	"signup": true, "settings": true, "kindred": true, "me": true, "people": true, "values": true,
	"healthz": true, "readyz": true, "metrics": true, "support": true, "root": true, "system": true,
}

// ValidateHandle checks a handle: 3–30 lower-case letters, digits, '-' or '_', starting
// with a letter or digit, and not reserved.
func ValidateHandle(h string) error {
	if !handlePattern.MatchString(h) {
		return domain.Invalid("handle", "A handle is 3 to 30 lower-case letters, digits, '-' or '_', starting with a letter or digit.")
	}
	if reservedHandles[h] {
		return domain.Invalid("handle", "The handle %q is reserved; choose another.", h)
	}
	return nil
}

// ValidatePassword checks a new password's length; long passphrases are welcome.
func ValidatePassword(field, pw string) error {
	n := utf8.RuneCountInString(pw)
	if n < MinPasswordLength {
		return domain.Invalid(field, "A password needs at least %d characters; a few words together make a strong one.", MinPasswordLength)
	}
	if len(pw) > MaxPasswordLength {
		return domain.Invalid(field, "A password is at most %d characters.", MaxPasswordLength)
	}
	if strings.TrimSpace(pw) == "" || allSameRune(pw) {
		return domain.Invalid(field, "This password is too easy to guess; choose another.")
	}
	return nil
}

func allSameRune(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	for _, r := range s {
		if r != first {
			return false
		}
	}
	return true
}

// ValidateTimeZone checks an IANA time zone name ("Europe/Paris") and returns it; empty
// is UTC.
func ValidateTimeZone(name string) (string, error) { return domain.ValidateZone("timeZone", name) }

// ValidateLocale checks a person's language setting and returns what to store: nil for
// "" (no choice: mail follows the request, else English), else one of locale.Codes.
func ValidateLocale(code string) (*string, error) {
	code = strings.ToLower(strings.TrimSpace(code))
	if code == "" {
		return nil, nil
	}
	if _, ok := locale.Parse(code); !ok {
		return nil, domain.Invalid("locale", "%q is not a language Kindred speaks; choose one of %s, or an empty string for none.", code, strings.Join(locale.Codes(), ", "))
	}
	return &code, nil
}
