package auth

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// A token verified once is taken again without parsing, but only within its life: past
// its expiry, or before its issue, it fails as it did the first time.
func TestVerifyKeepsVerifiedTokensWithinTheirLife(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	s, _ := NewSigner([]byte(strings.Repeat("k", 32)), func() time.Time { return now })
	token, exp, err := s.Issue(7, 3)
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string, wantOK bool) {
		t.Helper()
		id, epoch, err := s.Verify(token)
		if wantOK && (err != nil || id != 7 || epoch != 3) {
			t.Fatalf("%s: %d %d %v, want person 7 at epoch 3", when, id, epoch, err)
		}
		if !wantOK && !errors.Is(err, ErrInvalidToken) {
			t.Fatalf("%s: %d %v, want an invalid token", when, id, err)
		}
	}
	check("issued", true)
	if len(s.verified) != 1 {
		t.Fatalf("kept %d tokens, want 1", len(s.verified))
	}
	check("again", true)
	now = exp.Add(-500 * time.Millisecond)
	check("just before expiry", true)
	now = exp.Add(time.Millisecond)
	check("expired", false)
	now = time.Unix(1_800_000_000, 0).Add(-time.Minute)
	check("before its issue", false)
	if _, _, err := s.Verify(token + "x"); !errors.Is(err, ErrInvalidToken) {
		t.Fatalf("a changed token: %v", err)
	}
}
