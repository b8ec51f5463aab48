package impact

import (
	"testing"

	"kindred/domain"
)

// TestLabels checks how reports of others name people: by name only when they chose to be
// named (and the viewer may see them), otherwise "Member N", the same N throughout.
func TestLabels(t *testing.T) {
	named := &domain.Person{ID: 7, DisplayName: "Bo Chen", NamedInReports: true}
	quiet := &domain.Person{ID: 3, DisplayName: "Amara"}
	people := map[int64]*domain.Person{7: named, 3: quiet}

	t.Run("named_only_when_chosen", func(t *testing.T) {
		l := NewLabels(people, []int64{7, 3})
		if got := l.Of(7); got != "Bo Chen" || l.Named(7) != named {
			t.Errorf("chose to be named: got %q, want Bo Chen", got)
		}
		if got := l.Of(3); got != "Member 1" || l.Named(3) != nil {
			t.Errorf("did not choose: got %q, want Member 1", got)
		}
	})
	t.Run("same_person_same_label", func(t *testing.T) {
		l := NewLabels(people, []int64{12, 3, 12, 9})
		want := map[int64]string{3: "Member 1", 9: "Member 2", 12: "Member 3"}
		for range 2 {
			for id, w := range want {
				if got := l.Of(id); got != w {
					t.Errorf("person %d: got %q, want %q (numbered by ID, stable)", id, got, w)
				}
			}
		}
		if got := l.Of(40); got != "Member 4" {
			t.Errorf("asked later: got %q, want Member 4", got)
		}
	})
	t.Run("hidden_person_anonymous", func(t *testing.T) {
		// Person 7 chose to be named but the viewer may not see them: not in people.
		l := NewLabels(map[int64]*domain.Person{}, []int64{7})
		if got := l.Of(7); got != "Member 1" || l.Named(7) != nil {
			t.Errorf("unseen person: got %q, want Member 1", got)
		}
	})
}
