package clocktest

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"", DefaultStart, false},
		{"2028-11-26T12:00:00Z", time.Date(2028, 11, 26, 12, 0, 0, 0, time.UTC), false},
		{"2028-02-29T23:30:00+02:00", time.Date(2028, 2, 29, 21, 30, 0, 0, time.UTC), false},
		{"2028-12-31", time.Date(2028, 12, 31, 12, 0, 0, 0, time.UTC), false},
		{"tomorrow", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
			t.Errorf("Parse(%q): got %v, %v; want %v (error: %v)", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
