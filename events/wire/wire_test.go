package wire

import (
	"fmt"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	sent := time.UnixMicro(1764158400000000)
	for payload, want := range map[string]string{
		"a:3:41:1764158400000000":         "a collab=3 activity=41 person=0 notification=0 ids=[] origin=",
		"n:7:12:1764158400000000":         "n collab=0 activity=0 person=7 notification=12 ids=[] origin=",
		"p:xYz-_9:1,2,3:1764158400000000": "p collab=0 activity=0 person=0 notification=0 ids=[1 2 3] origin=xYz-_9",
		"c:xYz:5:1764158400000000":        "c collab=0 activity=0 person=0 notification=0 ids=[5] origin=xYz",
	} {
		e, ok := Parse(payload)
		got := fmt.Sprintf("%c collab=%d activity=%d person=%d notification=%d ids=%v origin=%s", e.Kind, e.CollaborationID, e.ActivityID, e.PersonID, e.NotificationID, e.IDs, e.Origin)
		if !ok || got != want || !e.Sent.Equal(sent) {
			t.Errorf("Parse(%q) = %s (ok %v, sent %v), want %s", payload, got, ok, e.Sent, want)
		}
	}
	for _, bad := range []string{"", "a:3:41", "a:x:41:1", "z:1:2:3", "p:o:1,x:3", "a:3:41:now", "ab:3:41:1"} {
		if _, ok := Parse(bad); ok {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

// TestEncodeParses: what a sender encodes, every listener parses back whole.
func TestEncodeParses(t *testing.T) {
	sent := time.UnixMicro(1764158400000000)
	for _, e := range []Event{
		{Kind: Activity, CollaborationID: 3, ActivityID: 41, Sent: sent},
		{Kind: Notified, PersonID: 7, NotificationID: 12, Sent: sent},
		{Kind: PeopleChanged, Origin: "xYz-_9", IDs: []int64{1, 2, 3}, Sent: sent},
		{Kind: CollabsChanged, Origin: "xYz", IDs: []int64{5}, Sent: sent},
	} {
		got, ok := Parse(Encode(e))
		if !ok || fmt.Sprint(got) != fmt.Sprint(e) {
			t.Errorf("Parse(Encode(%v)) = %v, %v; want it back", e, got, ok)
		}
	}
}
