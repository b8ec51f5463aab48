package domain

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Limits of the profile and values rules.
const (
	MaxValuesPerPerson  = 12
	MinStrength         = 1
	MaxStrength         = 5
	MinPasswordLength   = 10
	MaxPasswordLength   = 256
	MaxDisplayName      = 80
	MaxBio              = 2000
	MaxLocation         = 120
	MaxSkills           = 30
	MaxSkillLength      = 40
	MaxStatement        = 500
	MaxEmail            = 254
	MinValueName        = 2
	MaxValueName        = 40
	MinValueDescription = 10
	MaxValueDescription = 500
	MaxReviewNote       = 500
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
		return Invalid("handle", "A handle is 3 to 30 lower-case letters, digits, '-' or '_', starting with a letter or digit.")
	}
	if reservedHandles[h] {
		return Invalid("handle", "The handle %q is reserved; choose another.", h)
	}
	return nil
}

// NormalizeEmail trims and lower-cases an email address and checks its form.
func NormalizeEmail(email string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(email))
	if len(e) > MaxEmail {
		return "", Invalid("email", "An email address is at most %d characters.", MaxEmail)
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || !strings.Contains(e[strings.LastIndex(e, "@")+1:], ".") {
		return "", Invalid("email", "%q does not look like an email address.", email)
	}
	return e, nil
}

// ValidatePassword checks a new password's length; long passphrases are welcome.
func ValidatePassword(field, pw string) error {
	n := utf8.RuneCountInString(pw)
	if n < MinPasswordLength {
		return Invalid(field, "A password needs at least %d characters; a few words together make a strong one.", MinPasswordLength)
	}
	if len(pw) > MaxPasswordLength {
		return Invalid(field, "A password is at most %d characters.", MaxPasswordLength)
	}
	if strings.TrimSpace(pw) == "" || allSameRune(pw) {
		return Invalid(field, "This password is too easy to guess; choose another.")
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

// ValidateText trims s and checks its length in characters against min and max.
func ValidateText(field, label, s string, min, max int) (string, error) {
	s = strings.TrimSpace(s)
	if !utf8.ValidString(s) {
		return "", Invalid(field, "%s contains invalid characters.", label)
	}
	n := utf8.RuneCountInString(s)
	if n < min {
		if min == 1 {
			return "", Invalid(field, "%s cannot be empty.", label)
		}
		return "", Invalid(field, "%s needs at least %d characters.", label, min)
	}
	if n > max {
		return "", Invalid(field, "%s is at most %d characters; this one has %d.", label, max, n)
	}
	return s, nil
}

// ValidateStrength checks that a value's strength is between 1 and 5.
func ValidateStrength(s int) error {
	if s < MinStrength || s > MaxStrength {
		return Invalid("strength", "Strength is from %d (somewhat) to %d (with all my heart); %d is outside that.", MinStrength, MaxStrength, s)
	}
	return nil
}

// NormalizeSkills trims, lower-cases and de-duplicates skill tags, keeping their order.
func NormalizeSkills(skills []string) ([]string, error) {
	out := make([]string, 0, len(skills))
	seen := map[string]bool{}
	for _, s := range skills {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		if s == "" || seen[s] {
			continue
		}
		if utf8.RuneCountInString(s) > MaxSkillLength {
			return nil, Invalid("skills", "A skill is at most %d characters: %q is longer.", MaxSkillLength, s)
		}
		seen[s] = true
		out = append(out, s)
	}
	if len(out) > MaxSkills {
		return nil, Invalid("skills", "List at most %d skills.", MaxSkills)
	}
	return out, nil
}

// ValidateCoordinates checks a latitude and longitude pair.
func ValidateCoordinates(lat, lng float64) error {
	if lat < -90 || lat > 90 {
		return Invalid("latitude", "Latitude is between -90 and 90 degrees.")
	}
	if lng < -180 || lng > 180 {
		return Invalid("longitude", "Longitude is between -180 and 180 degrees.")
	}
	return nil
}

var slugStrip = regexp.MustCompile(`[^a-z0-9]+`)

// Slugify turns a name into a URL-safe slug.
func Slugify(name string) string {
	return strings.Trim(slugStrip.ReplaceAllString(strings.ToLower(name), "-"), "-")
}

// CanSee reports whether viewer (nil when signed out) may see person p.
func CanSee(viewer *Person, p *Person) bool {
	if viewer != nil && (viewer.ID == p.ID || viewer.Role == RoleAdmin) {
		return true
	}
	if p.SuspendedAt != nil {
		return false
	}
	switch p.Visibility {
	case VisibilityPublic:
		return true
	case VisibilityMembers:
		return viewer != nil
	}
	return false
}
