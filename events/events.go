// Package events carries "something happened in a collaboration" from the transaction
// that did it to every subscriber, on every server instance: PostgreSQL LISTEN/NOTIFY
// when several instances share one database, a poll of the activity table on SQLite,
// where one instance owns the file and commits in ID order.
package events

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"

	"kindred/domain"
	"kindred/events/wire"
)

// Kind tells what an event is about; Event names something that committed (see wire).
type (
	Kind  = wire.Kind
	Event = wire.Event
)

// The kinds of events.
const (
	Activity       = wire.Activity
	Notified       = wire.Notified
	PeopleChanged  = wire.PeopleChanged
	CollabsChanged = wire.CollabsChanged
	Resync         = wire.Resync
)

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
// A subscriber that falls behind by more than the buffer is dropped rather than holding
// everyone up: its channel closes, and it reads what it missed from the database.
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
			delete(b.subs, ch)
			close(ch)
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

// Listener options.
type Listener struct {
	// URL is the PostgreSQL database to listen to.
	URL string
	Log *slog.Logger
	// Wait is called before each attempt to reconnect; nil waits a second.
	Wait func(context.Context) error
}

// catchUpWindow is how far below the highest ID it published a listener back from a
// reconnect reads again: a transaction still open when the connection dropped may commit
// an ID lower than ones already heard of. A thousand IDs covers every transaction then
// in flight short of a thousand others overtaking it.
const catchUpWindow = 1000

// Start publishes what PostgreSQL notifies on wire.Channel, reconnecting when the
// connection drops. Back, it first publishes the activity and notifications committed
// meanwhile, read from the database, then Resync; nothing is published twice.
func (l Listener) Start(ctx context.Context) (*Bus, error) {
	b := newBus()
	conn, err := listen(ctx, l.URL)
	if err != nil {
		return nil, err
	}
	lt := &tracker{seen: map[Kind]*recent{Activity: newRecent(4 * catchUpWindow), Notified: newRecent(4 * catchUpWindow)}, last: map[Kind]int64{}}
	for _, k := range []Kind{Activity, Notified} {
		var last int64
		if err := conn.QueryRow(ctx, "SELECT COALESCE(MAX(id), 0) FROM "+tables[k]).Scan(&last); err != nil {
			_ = conn.Close(ctx) // the error that matters is the query's
			return nil, fmt.Errorf("events: %w", err)
		}
		lt.last[k] = last
	}
	wait := l.Wait
	if wait == nil {
		wait = func(ctx context.Context) error {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		}
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
			if err == nil {
				if e, ok := wire.Parse(n.Payload); ok && lt.first(e) {
					b.publish(e)
				}
				continue
			}
			l.Log.Warn("events: listener lost its connection; reconnecting", "err", err)
			_ = conn.Close(closeCtx)
			for {
				if wait(ctx) != nil {
					return
				}
				if conn, err = listen(ctx, l.URL); err == nil {
					if err = lt.catchUp(ctx, conn, b); err == nil {
						break
					}
					_ = conn.Close(closeCtx)
				}
				l.Log.Warn("events: listener could not reconnect", "err", err)
			}
			l.Log.Info("events: listener reconnected")
			b.publish(Event{Kind: Resync})
		}
	}()
	return b, nil
}

// tables holds the rows of each kind of event a subscriber is told of.
var tables = map[Kind]string{Activity: "activities", Notified: "notifications"}

// tracker remembers what a listener published, so that catching up publishes what
// committed while it was away, and only that.
type tracker struct {
	last map[Kind]int64
	seen map[Kind]*recent
}

// first reports whether e is not an activity or notification already published, and
// remembers it.
func (lt *tracker) first(e Event) bool {
	var id int64
	switch e.Kind {
	case Activity:
		id = e.ActivityID
	case Notified:
		id = e.NotificationID
	default:
		return true
	}
	lt.last[e.Kind] = max(lt.last[e.Kind], id)
	return lt.seen[e.Kind].add(id)
}

// catchUp publishes, in ID order, the activity and notifications from just below the
// highest IDs published that were not published yet.
func (lt *tracker) catchUp(ctx context.Context, conn *pgx.Conn, b *Bus) error {
	for _, k := range []Kind{Activity, Notified} {
		column := map[Kind]string{Activity: "collaboration_id", Notified: "person_id"}[k]
		after := lt.last[k] - catchUpWindow
		for {
			rows, err := conn.Query(ctx, "SELECT id, "+column+" FROM "+tables[k]+" WHERE id > $1 AND "+column+" IS NOT NULL ORDER BY id LIMIT 1000", after)
			if err != nil {
				return fmt.Errorf("events: catch up: %w", err)
			}
			var batch []Event
			for rows.Next() {
				var id, owner int64
				if err := rows.Scan(&id, &owner); err != nil {
					rows.Close()
					return fmt.Errorf("events: catch up: %w", err)
				}
				after = id
				e := Event{Kind: k, ActivityID: id, CollaborationID: owner}
				if k == Notified {
					e = Event{Kind: k, NotificationID: id, PersonID: owner}
				}
				batch = append(batch, e)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("events: catch up: %w", err)
			}
			for _, e := range batch {
				if lt.first(e) {
					b.publish(e)
				}
			}
			if len(batch) < 1000 {
				break
			}
		}
	}
	return nil
}

// recent is a set of the last n IDs added.
type recent struct {
	ids  map[int64]bool
	ring []int64
	next int
}

func newRecent(n int) *recent {
	return &recent{ids: make(map[int64]bool, n), ring: make([]int64, 0, n)}
}

// add adds id, dropping the oldest when full; false when id was there already.
func (r *recent) add(id int64) bool {
	if r.ids[id] {
		return false
	}
	if len(r.ring) < cap(r.ring) {
		r.ring = append(r.ring, id)
	} else {
		delete(r.ids, r.ring[r.next])
		r.ring[r.next] = id
		r.next = (r.next + 1) % len(r.ring)
	}
	r.ids[id] = true
	return true
}

func listen(ctx context.Context, url string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	// Named, so that an operator can tell the listener in pg_stat_activity.
	cfg.RuntimeParams["application_name"] = ListenerName
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+wire.Channel); err != nil {
		_ = conn.Close(ctx) // the error that matters is the LISTEN's
		return nil, fmt.Errorf("events: %w", err)
	}
	return conn, nil
}

// ListenerName is the application_name of a listener's connection.
const ListenerName = "kindred listener"
