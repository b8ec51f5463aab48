package domain

import (
	"encoding/json"
	"slices"
	"testing"
)

// FuzzCursors: any string decodes to a cursor or a BAD_USER_INPUT error, never a panic.
func FuzzCursors(f *testing.F) {
	for _, s := range []string{EncodeCursor("justice", 3), "", "e30", "bnVsbA", "W10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := DecodeCursor(s); err != nil && ErrorCode(err) != CodeInvalid {
			t.Fatalf("decodeCursor(%q): code %s", s, ErrorCode(err))
		}
	})
}

// FuzzParseAmount: any quantity is refused with BAD_USER_INPUT or parsed to a positive
// amount that formats back to itself.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1", "2.5", "0.01", "-1", "1e3", "1/2", "99999999999999999999", " 3 ", "0x10", "."} {
		f.Add(s, uint8(0))
	}
	kinds := []struct {
		kind           ResourceKind
		unit, currency string
	}{{KindTime, "", ""}, {KindMoney, "", "EUR"}, {KindMoney, "", "JPY"}, {KindInKind, "meals", ""}}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		kd := kinds[int(k)%len(kinds)]
		a, err := ParseAmount("q", kd.kind, kd.unit, kd.currency, s)
		if err != nil {
			if ErrorCode(err) != CodeInvalid {
				t.Fatalf("ParseAmount(%q): code %s", s, ErrorCode(err))
			}
			return
		}
		if a.Steps <= 0 {
			t.Fatalf("ParseAmount(%q) = %d steps, accepted", s, a.Steps)
		}
		back, err := ParseAmount("q", kd.kind, a.Unit, a.Currency, FormatSteps(a.Kind, a.Currency, a.Steps))
		if err != nil || back.Steps != a.Steps {
			t.Fatalf("round trip of %q: %+v, %v", s, back, err)
		}
	})
}

// FuzzStringList: parseStringList reads what encoding/json reads, and fails where it fails.
func FuzzStringList(f *testing.F) {
	for _, s := range []string{`[]`, `["design"]`, `["design", "first aid"]`, ` [ "a" , "b" ] `, `null`, `["caf\u00e9"]`,
		`["café"]`, `["a\"b"]`, `["a",]`, `[,"a"]`, `["a" "b"]`, `["a"`, `[1]`, `"a"`, `[""]`, "[\"\x01\"]", "\u00a0[]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var got, want []string
		gotErr, wantErr := parseStringList(b, &got), json.Unmarshal(b, &want)
		if (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("%q: error %v, encoding/json's %v", b, gotErr, wantErr)
		}
		if gotErr == nil && (!slices.Equal(got, want) || (got == nil) != (want == nil)) {
			t.Fatalf("%q: %q, encoding/json's %q", b, got, want)
		}
	})
}
