package accounts

import (
	"errors"
	"strings"
	"testing"

	"kindred/domain"
)

func TestValidateHandle(t *testing.T) {
	tests := []struct {
		handle string
		ok     bool
	}{
		{"amara", true}, {"a_b-c9", true}, {"abc", true}, {strings.Repeat("a", 30), true},
		{"ab", false}, {strings.Repeat("a", 31), false}, {"Amara", false}, {"-amara", false},
		{"am ara", false}, {"amára", false}, {"admin", false}, {"graphiql", false}, {"", false},
	}
	for _, tt := range tests {
		err := ValidateHandle(tt.handle)
		if (err == nil) != tt.ok {
			t.Errorf("ValidateHandle(%q): got error %v, want ok %v", tt.handle, err, tt.ok)
		}
		if err != nil && domain.ErrorCode(err) != domain.CodeInvalid {
			t.Errorf("ValidateHandle(%q): got code %s, want %s", tt.handle, domain.ErrorCode(err), domain.CodeInvalid)
		}
	}
}

func TestValidatePassword(t *testing.T) {
	tests := []struct {
		pw string
		ok bool
	}{
		{"correct horse battery", true}, {"0123456789", true},
		{"short", false}, {"aaaaaaaaaaaa", false}, {"            ", false}, {strings.Repeat("ab", 129), false},
	}
	for _, tt := range tests {
		if err := ValidatePassword("password", tt.pw); (err == nil) != tt.ok {
			t.Errorf("ValidatePassword(%q): got %v, want ok %v", tt.pw, err, tt.ok)
		}
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
		var e *domain.Error
		if !errors.As(err, &e) || e.Code != domain.CodeInvalid || e.Field != "email" {
			t.Errorf("NormalizeEmail(%q): got %v, want BAD_USER_INPUT on email", bad, err)
		}
	}
}
