package relay

import "testing"

// FuzzParse: any string parses or is refused without a panic, and what parses is a
// global ID of its own type and key.
func FuzzParse(f *testing.F) {
	for _, s := range []string{ID(TypePerson, 1), ID(TypeCollab, 9223372036854775807), "", "UGVyc29uOi0x", "Og", "%%%", "UGVyc29uOjE6Mg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		typ, id, ok := Parse(s)
		if !ok {
			return
		}
		if id <= 0 || typ == "" {
			t.Fatalf("Parse(%q) = %q, %d, accepted", s, typ, id)
		}
		if t2, id2, ok2 := Parse(ID(typ, id)); !ok2 || t2 != typ || id2 != id {
			t.Fatalf("round trip of %q, %d: got %q, %d, %v", typ, id, t2, id2, ok2)
		}
	})
}
