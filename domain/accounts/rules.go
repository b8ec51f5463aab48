package accounts

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // time zone names resolve on machines without a zoneinfo database
	"unicode"
	"unicode/utf8"

	"kindred/domain"
)

// Limits of the account rules.
const (
	MinPasswordLength = 10
	MaxPasswordLength = 256
	MaxEmail          = 254
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

// NormalizeEmail trims and lower-cases an email address and checks that it is one: a
// single address as net/mail reads it, without a display name, spaces, control or
// invisible format characters, at a domain name of at least two dot-separated labels of
// letters, digits and inner hyphens, the last one not a number (no IP addresses).
func NormalizeEmail(email string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(email))
	if len(e) > MaxEmail {
		return "", domain.Invalid("email", "An email address is at most %d characters.", MaxEmail)
	}
	bad := domain.Invalid("email", "%q is not an email address; write it like name@example.org.", email)
	if !domain.Storable(e) || strings.IndexFunc(e, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) >= 0 {
		return "", bad
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Name != "" || a.Address != e || !isMailDomain(e[strings.LastIndex(e, "@")+1:]) {
		return "", bad
	}
	return e, nil
}

// isMailDomain reports whether d is a domain name mail can go to: labels of 1–63 letters,
// digits and hyphens (not first or last), at least two, the last with a letter.
func isMailDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return strings.IndexFunc(labels[len(labels)-1], unicode.IsLetter) >= 0
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
func ValidateTimeZone(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "UTC", nil
	}
	// LoadLocation also reads files; a name is letters, digits and _ + - / only.
	if len(name) > 64 || strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return "", domain.Invalid("timeZone", "%q is not a time zone; use an IANA name such as Europe/Paris.", name)
	}
	if _, err := time.LoadLocation(name); err != nil || strings.EqualFold(name, "local") {
		return "", domain.Invalid("timeZone", "%q is not a time zone; use an IANA name such as Europe/Paris.", name)
	}
	return name, nil
}
