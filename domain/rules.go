package domain

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the profile and values rules.
const (
	MaxValuesPerPerson  = 12
	MinStrength         = 1
	MaxStrength         = 5
	MaxDisplayName      = 80
	MaxBio              = 2000
	MaxLocation         = 120
	MaxSkills           = 30
	MaxSkillLength      = 40
	MaxStatement        = 500
	MinValueName        = 2
	MaxValueName        = 40
	MinValueDescription = 10
	MaxValueDescription = 500
	MaxReviewNote       = 500
)

// ValidateLine checks single-line text, such as a name, a title or a location: it trims
// s, then refuses control characters (tabs and line breaks included), text of only
// invisible characters, and a length in characters outside min and max.
func ValidateLine(field, label, s string, min, max int) (string, error) {
	return validateText(field, label, s, min, max, false)
}

// ValidateProse checks multi-line text, such as a bio, a goal, a note or a comment: as
// ValidateLine, but tabs and line breaks are welcome.
func ValidateProse(field, label, s string, min, max int) (string, error) {
	return validateText(field, label, s, min, max, true)
}

func validateText(field, label, s string, min, max int, multiLine bool) (string, error) {
	s = strings.TrimSpace(s)
	if err := CheckCharacters(field, label, s, multiLine); err != nil {
		return "", err
	}
	n := utf8.RuneCountInString(s)
	if n < min {
		if min == 1 {
			return "", Invalid(field, "%s cannot be empty.", Label(label))
		}
		return "", Invalid(field, "%s needs at least %d characters.", Label(label), min)
	}
	if n > max {
		return "", Invalid(field, "%s is at most %d characters; this one has %d.", Label(label), max, n)
	}
	return s, nil
}

// CheckCharacters refuses what no person means in text: invalid UTF-8, control
// characters (a NUL above all, which PostgreSQL cannot store; in multi-line text tabs and
// line breaks are fine), and, when s is not empty, the lack of any visible character.
func CheckCharacters(field, label, s string, multiLine bool) error {
	if !utf8.ValidString(s) {
		return Invalid(field, "%s contains invalid characters.", Label(label))
	}
	visible := false
	for _, r := range s {
		lineBreakOrTab := r == '\n' || r == '\r' || r == '\t'
		if unicode.IsControl(r) && (!multiLine || !lineBreakOrTab) {
			if multiLine {
				return Invalid(field, "%s contains a control character (such as a NUL byte or an escape); only line breaks and tabs may be in it.", Label(label))
			}
			return Invalid(field, "%s is one line of text: no line breaks, tabs or other control characters.", Label(label))
		}
		visible = visible || !invisible(r)
	}
	if s != "" && !visible {
		return Invalid(field, "%s has only invisible characters; write it with letters or signs people can see.", Label(label))
	}
	return nil
}

// invisible reports whether r shows nothing on its own: white space, controls, format
// characters such as U+200B ZERO WIDTH SPACE, combining marks, variation selectors and
// the fillers Unicode says to ignore (U+3164 HANGUL FILLER, U+2800 BRAILLE PATTERN BLANK).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Z, unicode.Mn, unicode.Me,
		unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) || r == '\u2800'
}

// Storable reports whether s can be looked up as text in either database: valid UTF-8
// without control characters. A lookup of anything else finds nothing (PostgreSQL would
// refuse a NUL byte with an error).
func Storable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsControl) < 0
}

// ValidateLookup checks the text of a search or filter: one line of at most max
// characters, with no control characters; an empty one filters nothing.
func ValidateLookup(field, s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if !Storable(s) {
		return "", Invalid(field, "Search for text without control characters (such as a NUL byte or a line break).")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return "", Invalid(field, "Search for at most %d characters.", max)
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
		if err := CheckCharacters("skills", "A skill", s, false); err != nil {
			return nil, err
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

// MaxEmail is the longest email address, as SMTP allows.
const MaxEmail = 254

// NormalizeEmail trims and lower-cases an email address and checks that it is one: a
// single address as net/mail reads it, without a display name, spaces, control or
// invisible format characters, at a domain name of at least two dot-separated labels of
// letters, digits and inner hyphens, the last one not a number (no IP addresses).
func NormalizeEmail(email string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(email))
	if len(e) > MaxEmail {
		return "", Invalid("email", "An email address is at most %d characters.", MaxEmail)
	}
	bad := Invalid("email", "%q is not an email address; write it like name@example.org.", email)
	if !Storable(e) || strings.IndexFunc(e, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) >= 0 {
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
