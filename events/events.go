// Package events carries "something happened in a collaboration" from the transaction
// that did it to every subscriber, on every server instance: PostgreSQL LISTEN/NOTIFY
// when several instances share one database, a poll of the activity table on SQLite,
// where one instance owns the file and commits in ID order.
package events

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"

	"kindred/domain"
)

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
	// Resync: the listener lost its connection and may have missed events.
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
	// Sent is when the event was sent, by the sender's wall clock; zero when unknown.
	Sent time.Time
}

// Bus fans events out to subscribers. Implementations differ only in where events come
// from.
type Bus struct {
	mu   sync.Mutex
	subs map[chan Event]bool
	// handlers see every event, in order, before subscribers do.
	handlers []func(Event)
	// lag observes how long events took to arrive, when known, by now.
	lag func(time.Duration)
	now func() time.Time
}

func newBus() *Bus { return &Bus{subs: map[chan Event]bool{}} }

// Handle calls f with every event, in order, on the bus's goroutine; f must be quick.
// Unlike a subscription it never misses an event. Add handlers before events flow.
func (b *Bus) Handle(f func(Event)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers = append(b.handlers, f)
}

// ObserveLag calls f with each event's delay from sending to arrival, where known, as
// now tells it (the sender stamps events with its own clock).
func (b *Bus) ObserveLag(now func() time.Time, f func(time.Duration)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.lag, b.now = f, now
}

// Subscribe returns a channel of every event from now on and a function to stop.
// A subscriber that falls behind by more than the buffer loses events rather than
// holding everyone up; subscribers re-read state from the database anyway.
func (b *Bus) Subscribe() (<-chan Event, func()) {
	ch := make(chan Event, 64)
	b.mu.Lock()
	b.subs[ch] = true
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.subs[ch] {
			delete(b.subs, ch)
			close(ch)
		}
	}
}

func (b *Bus) publish(e Event) {
	b.mu.Lock()
	handlers, lag, now := b.handlers, b.lag, b.now
	b.mu.Unlock()
	if lag != nil && !e.Sent.IsZero() {
		lag(now().Sub(e.Sent))
	}
	for _, h := range handlers {
		h(e)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.Kind != Activity && e.Kind != Notified {
		return
	}
	for ch := range b.subs {
		select {
		case ch <- e:
		default:
		}
	}
}

// Subscribers reports how many subscriptions are open.
func (b *Bus) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// StartPoller publishes each new activity and notification row of db, checking every
// interval. On SQLite rows commit in ID order, so "after the last ID seen" misses none;
// the one instance keeps its own index up to date, so no index events are needed.
func StartPoller(ctx context.Context, db *gorm.DB, interval time.Duration, log *slog.Logger) (*Bus, error) {
	b := newBus()
	var lastActivity, lastNotification int64
	if err := db.WithContext(ctx).Model(&domain.Activity{}).Select("COALESCE(MAX(id), 0)").Scan(&lastActivity).Error; err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := db.WithContext(ctx).Model(&domain.Notification{}).Select("COALESCE(MAX(id), 0)").Scan(&lastNotification).Error; err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			var acts []domain.Activity
			var notes []domain.Notification
			err := db.WithContext(ctx).Select("id", "collaboration_id").Where("id > ? AND collaboration_id IS NOT NULL", lastActivity).
				Order("id").Limit(1000).Find(&acts).Error
			if err == nil {
				err = db.WithContext(ctx).Select("id", "person_id").Where("id > ?", lastNotification).Order("id").Limit(1000).Find(&notes).Error
			}
			if err != nil {
				if ctx.Err() == nil {
					log.Warn("events: poll", "err", err)
				}
				continue
			}
			for _, a := range acts {
				lastActivity = a.ID
				b.publish(Event{Kind: Activity, CollaborationID: *a.CollaborationID, ActivityID: a.ID})
			}
			for _, n := range notes {
				lastNotification = n.ID
				b.publish(Event{Kind: Notified, PersonID: n.PersonID, NotificationID: n.ID})
			}
		}
	}()
	return b, nil
}

// StartListener publishes what PostgreSQL notifies on domain.EventChannel, reconnecting
// when the connection drops.
func StartListener(ctx context.Context, url string, log *slog.Logger) (*Bus, error) {
	b := newBus()
	conn, err := listen(ctx, url)
	if err != nil {
		return nil, err
	}
	// Closing says goodbye to the server even after ctx has ended; a close that fails
	// leaves nothing to undo, the connection being dropped either way.
	closeCtx := context.WithoutCancel(ctx)
	go func() {
		for {
			n, err := conn.WaitForNotification(ctx)
			if ctx.Err() != nil {
				_ = conn.Close(closeCtx)
				return
			}
			if err != nil {
				log.Warn("events: listener lost its connection; reconnecting", "err", err)
				_ = conn.Close(closeCtx)
				for {
					if conn, err = listen(ctx, url); err == nil || ctx.Err() != nil {
						break
					}
					time.Sleep(time.Second)
				}
				if ctx.Err() != nil {
					return
				}
				b.publish(Event{Kind: Resync})
				continue
			}
			if e, ok := parse(n.Payload); ok {
				b.publish(e)
			}
		}
	}()
	return b, nil
}

func listen(ctx context.Context, url string) (*pgx.Conn, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+domain.EventChannel); err != nil {
		_ = conn.Close(ctx) // the error that matters is the LISTEN's
		return nil, fmt.Errorf("events: %w", err)
	}
	return conn, nil
}

// parse reads a payload of domain.EventChannel: "a:collab:activity:sent",
// "n:person:notification:sent", or "p|c:origin:id,id,…:sent".
func parse(payload string) (Event, bool) {
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
