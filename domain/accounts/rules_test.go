package accounts

import (
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
