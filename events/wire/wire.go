// Package wire is how an event travels between instances: the PostgreSQL channel and the
// payload, encoded by the transaction that did something and parsed by every listener.
package wire

import (
	"strconv"
	"strings"
	"time"
)

// Channel is the PostgreSQL channel that tells every instance what committed.
const Channel = "kindred_events"

// Kind tells what an event is about.
type Kind byte

// The kinds of events.
const (
	// Activity: ActivityID of collaboration CollaborationID committed.
	Activity Kind = 'a'
	// Notified: NotificationID was written for person PersonID.
	Notified Kind = 'n'
	// PeopleChanged and CollabsChanged: the index entries IDs changed on instance Origin.
	PeopleChanged  Kind = 'p'
	CollabsChanged Kind = 'c'
	// Resync: the listener lost its connection and may have missed events; never sent.
	Resync Kind = 'r'
)

// Event names something that committed; subscribers read it themselves, with their own
// permissions.
type Event struct {
	Kind            Kind
	CollaborationID int64
	ActivityID      int64
	PersonID        int64
	NotificationID  int64
	IDs             []int64
	Origin          string
	// Sent is when the event was sent, by the sender's clock; zero when unknown.
	Sent time.Time
}

// Encode writes e as a payload of Channel: "a:collab:activity:sent",
// "n:person:notification:sent", or "p|c:origin:id,id,…:sent", sent in microseconds.
func Encode(e Event) string {
	var b strings.Builder
	b.WriteByte(byte(e.Kind))
	b.WriteByte(':')
	switch e.Kind {
	case Activity:
		b.WriteString(strconv.FormatInt(e.CollaborationID, 10) + ":" + strconv.FormatInt(e.ActivityID, 10))
	case Notified:
		b.WriteString(strconv.FormatInt(e.PersonID, 10) + ":" + strconv.FormatInt(e.NotificationID, 10))
	default:
		b.WriteString(e.Origin + ":")
		for i, id := range e.IDs {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(id, 10))
		}
	}
	b.WriteString(":" + strconv.FormatInt(e.Sent.UnixMicro(), 10))
	return b.String()
}

// Parse reads a payload that Encode wrote; false for anything else.
func Parse(payload string) (Event, bool) {
	f := strings.Split(payload, ":")
	if len(f) != 4 || len(f[0]) != 1 {
		return Event{}, false
	}
	sent, err := strconv.ParseInt(f[3], 10, 64)
	if err != nil {
		return Event{}, false
	}
	e := Event{Kind: Kind(f[0][0]), Sent: time.UnixMicro(sent)}
	switch e.Kind {
	case Activity, Notified:
		a, err1 := strconv.ParseInt(f[1], 10, 64)
		b, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil {
			return Event{}, false
		}
		if e.Kind == Activity {
			e.CollaborationID, e.ActivityID = a, b
		} else {
			e.PersonID, e.NotificationID = a, b
		}
	case PeopleChanged, CollabsChanged:
		e.Origin = f[1]
		for _, s := range strings.Split(f[2], ",") {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return Event{}, false
			}
			e.IDs = append(e.IDs, id)
		}
	default:
		return Event{}, false
	}
	return e, true
}
