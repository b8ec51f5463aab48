package domain

import (
	"encoding/base64"
	"encoding/json"
	"testing"
)

// TestRankCursorEncode checks the hand-written encoding against encoding/json's.
func TestRankCursorEncode(t *testing.T) {
	for _, c := range []rankCursor{
		{V: 1, I: 2},
		{V: 18446744073709551615, M: 12, D: 40, I: 9223372036854775807},
		{V: 3, K: `a "title" <with> \\ & ünïcode`, I: 5},
		{V: 7, N: "Xy_-09ab", M: 1, D: 2, I: 6},
	} {
		b, _ := json.Marshal(c)
		if got, want := c.encode(), base64.RawURLEncoding.EncodeToString(b); got != want {
			t.Errorf("encode(%+v) = %s, want %s", c, got, want)
		}
		if got, err := decodeRankCursor(c.encode()); err != nil || got != c {
			t.Errorf("decode(encode(%+v)) = %+v, %v", c, got, err)
		}
	}
}
