package domain

import (
	"strings"
	"testing"
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
		if err != nil && ErrorCode(err) != CodeInvalid {
			t.Errorf("ValidateHandle(%q): got code %s, want %s", tt.handle, ErrorCode(err), CodeInvalid)
		}
	}
}

func TestValidateStrength(t *testing.T) {
	for s := -1; s <= 7; s++ {
		err := ValidateStrength(s)
		if want := s >= 1 && s <= 5; (err == nil) != want {
			t.Errorf("ValidateStrength(%d): got %v, want ok %v", s, err, want)
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
	for _, bad := range []string{"", "amara", "amara@", "Amara <amara@example.org>", "a@b"} {
		if _, err := NormalizeEmail(bad); err == nil {
			t.Errorf("NormalizeEmail(%q): got no error, want one", bad)
		}
	}
}

func TestValidateText(t *testing.T) {
	if got, err := ValidateText("bio", "Bio", "  hi  ", 0, 5); err != nil || got != "hi" {
		t.Errorf("got %q, %v, want \"hi\"", got, err)
	}
	if _, err := ValidateText("bio", "Bio", strings.Repeat("é", 6), 0, 5); err == nil {
		t.Error("six characters passed a limit of five")
	}
	if _, err := ValidateText("bio", "Bio", strings.Repeat("é", 5), 0, 5); err != nil {
		t.Errorf("five two-byte characters: got %v, want ok (limits count characters)", err)
	}
	if _, err := ValidateText("name", "Name", "   ", 1, 5); err == nil {
		t.Error("blank passed a minimum of one")
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
