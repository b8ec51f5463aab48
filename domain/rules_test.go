package domain

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateStrength(t *testing.T) {
	for s := -1; s <= 7; s++ {
		err := ValidateStrength(s)
		if want := s >= 1 && s <= 5; (err == nil) != want {
			t.Errorf("ValidateStrength(%d): got %v, want ok %v", s, err, want)
		}
	}
}

// TestTextLengthCountsCharacters: text is trimmed and its length is counted in
// characters, not bytes.
func TestTextLengthCountsCharacters(t *testing.T) {
	if got, err := ValidateProse("bio", "Bio", "  hi  ", 0, 5); err != nil || got != "hi" {
		t.Errorf("got %q, %v, want \"hi\"", got, err)
	}
	if _, err := ValidateProse("bio", "Bio", strings.Repeat("é", 6), 0, 5); err == nil {
		t.Error("six characters passed a limit of five")
	}
	if _, err := ValidateLine("name", "Name", strings.Repeat("é", 5), 0, 5); err != nil {
		t.Errorf("five two-byte characters: got %v, want ok (limits count characters)", err)
	}
	if _, err := ValidateLine("name", "Name", "   ", 1, 5); err == nil {
		t.Error("blank passed a minimum of one")
	}
}

// TestTextRefusesControlCharacters: no text holds a control character (PostgreSQL cannot
// store a NUL; an escape repaints a terminal); single-line text refuses line breaks and
// tabs too, naming the field.
func TestTextRefusesControlCharacters(t *testing.T) {
	for _, s := range []string{"Ama\x00ra", "\x00", "bell\a", "esc\x1b[31m", "del\x7f", "c1\u0085next", "c1\u009b", "bad\xffutf8"} {
		for name, validate := range map[string]func(string, string, string, int, int) (string, error){"line": ValidateLine, "prose": ValidateProse} {
			_, err := validate("title", "The title", s, 0, 100)
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "title" {
				t.Errorf("%s %q: got %v, want BAD_USER_INPUT on title", name, s, err)
			}
		}
	}
	for _, s := range []string{"two\nlines", "a\ttab", "cr\rlf"} {
		if _, err := ValidateLine("displayName", "Display name", s, 0, 100); err == nil {
			t.Errorf("line %q: got no error, want one", s)
		}
	}
}

// TestProseKeepsTabsAndLineBreaks: multi-line text keeps its line breaks and tabs inside.
func TestProseKeepsTabsAndLineBreaks(t *testing.T) {
	in := "I mend bikes.\r\n\r\n\tOn Sundays:\n- tyres\n- chains"
	got, err := ValidateProse("bio", "Bio", "\n"+in+"\n\n", 0, 200)
	if err != nil || got != in {
		t.Errorf("got %q, %v, want %q", got, err, in)
	}
}

// TestTextOfOnlyInvisibleCharactersIsRefused: a name, a title or any text that is not
// empty needs a character people can see; zero-width and format characters, fillers and
// combining marks alone are not.
func TestTextOfOnlyInvisibleCharactersIsRefused(t *testing.T) {
	for _, s := range []string{"\u200b", "\u200b\u200b\u200b", "\u200c\u200d\u2060\ufeff", "\u3164\u3164", "\u115f", "\u2800\u2800",
		"\u00ad", "\u0301\u0301", "\ufe0f", "\u202e\u202d", "\u200b \u3000 \u200b", "\U000e0041"} {
		_, err := ValidateLine("title", "The title", s, 0, 100)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "title" {
			t.Errorf("%+q: got %v, want BAD_USER_INPUT on title", s, err)
		}
		if _, err := ValidateProse("bio", "Bio", s, 0, 100); err == nil {
			t.Errorf("prose %+q: got no error, want one", s)
		}
	}
	for _, s := range []string{"Ana\u200bMaria", "👩\u200d🔧 crew", "é", "e\u0301", "・", "★", "لا\u200cیه"} {
		if _, err := ValidateLine("title", "The title", s, 0, 100); err != nil {
			t.Errorf("%+q: got %v, want ok", s, err)
		}
	}
	if got, err := ValidateLine("location", "The location", "", 0, 100); err != nil || got != "" {
		t.Errorf("empty optional text: got %q, %v, want it allowed", got, err)
	}
}

// TestLookupTextIsStorable: text that is only looked up (a search, a handle, a slug, a
// login) with a control character finds nothing or is refused, never sent to a database.
func TestLookupTextIsStorable(t *testing.T) {
	for s, want := range map[string]bool{"justice": true, "café": true, "": true, "a\x00": false, "a\nb": false, "bad\xff": false, "a\u0085": false} {
		if got := Storable(s); got != want {
			t.Errorf("Storable(%q): got %v, want %v", s, got, want)
		}
	}
	if got, err := ValidateLookup("search", "  Fridge ", 10); err != nil || got != "Fridge" {
		t.Errorf("got %q, %v, want Fridge", got, err)
	}
	for _, s := range []string{"fri\x00", strings.Repeat("é", 11)} {
		_, err := ValidateLookup("search", s, 10)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "search" {
			t.Errorf("%q: got %v, want BAD_USER_INPUT on search", s, err)
		}
	}
	if _, err := DecodeCursor(EncodeCursor("a\x00", 3)); ErrorCode(err) != CodeInvalid {
		t.Errorf("cursor with a NUL key: got %v, want BAD_USER_INPUT", err)
	}
}

func TestNormalizeSkills(t *testing.T) {
	got, err := NormalizeSkills([]string{" Design ", "design", "grant   writing", ""})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"design", "grant writing"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	many := make([]string, MaxSkills+1)
	for i := range many {
		many[i] = strings.Repeat("x", i+1)
	}
	if _, err := NormalizeSkills(many); err == nil {
		t.Errorf("%d skills: got no error", len(many))
	}
	if _, err := NormalizeSkills([]string{strings.Repeat("x", MaxSkillLength+1)}); err == nil {
		t.Error("over-long skill: got no error")
	}
}

func TestCanSee(t *testing.T) {
	owner := &Person{ID: 1, Visibility: VisibilityPrivate}
	other := &Person{ID: 2, Role: RoleMember}
	admin := &Person{ID: 3, Role: RoleAdmin}
	tests := []struct {
		name   string
		viewer *Person
		vis    Visibility
		want   bool
	}{
		{"public_signed_out", nil, VisibilityPublic, true},
		{"members_signed_out", nil, VisibilityMembers, false},
		{"members_signed_in", other, VisibilityMembers, true},
		{"private_other", other, VisibilityPrivate, false},
		{"private_owner", owner, VisibilityPrivate, true},
		{"private_admin", admin, VisibilityPrivate, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Person{ID: 1, Visibility: tt.vis}
			if got := CanSee(tt.viewer, p); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	if got := Slugify("  Open Knowledge & Data! "); got != "open-knowledge-data" {
		t.Errorf("got %q, want open-knowledge-data", got)
	}
}

func TestNormalizeEmail(t *testing.T) {
	got, err := NormalizeEmail("  Amara@Example.ORG ")
	if err != nil || got != "amara@example.org" {
		t.Errorf("NormalizeEmail: got %q, %v, want amara@example.org", got, err)
	}
}

// TestEmailIsOneValidAddress: an email address is one address, without a display name,
// at a domain name with a dot; not an IP address, and without spaces, controls or
// invisible format characters.
func TestEmailIsOneValidAddress(t *testing.T) {
	for _, good := range []string{"amara@example.org", "a.b+tag@mail.example.co.uk", "é@bücher.de", "x@xn--bcher-kva.de", "o'neil@example.org"} {
		if _, err := NormalizeEmail(good); err != nil {
			t.Errorf("NormalizeEmail(%q): got %v, want ok", good, err)
		}
	}
	for _, bad := range []string{
		"", "amara", "amara@", "Amara <amara@example.org>", "a@b", "a@b.org, c@d.org", "<a@b.org>", "a@b.org (c)",
		"a@[127.0.0.1]", "a@127.0.0.1", "a@-example.org", "a@example-.org", "a@exa_mple.org", "a@example.123",
		"\"a b\"@example.org", "a\x00@example.org", "a@example.org\x00", "a\u202e@example.org", "a@exam\u200bple.org",
		"a\u00a0b@example.org", "a@b..org", ".a@b.org",
	} {
		_, err := NormalizeEmail(bad)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "email" {
			t.Errorf("NormalizeEmail(%q): got %v, want BAD_USER_INPUT on email", bad, err)
		}
	}
}
