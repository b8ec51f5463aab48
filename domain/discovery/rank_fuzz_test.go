package discovery

import (
	"testing"

	"kindred/domain"
)

// FuzzRankCursors: any string decodes to a ranking cursor or a BAD_USER_INPUT error, never
// a panic, and never to a cursor without a person.
func FuzzRankCursors(f *testing.F) {
	for _, s := range []string{rankCursor{V: 2, M: 4, D: 10, I: 7}.encode(), "", "e30", "bnVsbA", "W10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := decodeRankCursor(s); err != nil && domain.ErrorCode(err) != domain.CodeInvalid {
			t.Fatalf("decodeRankCursor(%q): code %s", s, domain.ErrorCode(err))
		} else if err == nil && c.I <= 0 {
			t.Fatalf("decodeRankCursor(%q) accepted ID %d", s, c.I)
		}
	})
}
