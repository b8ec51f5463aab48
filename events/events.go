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

// Event names a committed activity of a collaboration; subscribers read it themselves,
// with their own permissions.
type Event struct {
	CollaborationID int64
	ActivityID      int64
}

// Bus fans events out to subscribers. Implementations differ only in where events come
// from.
type Bus struct {
	mu   sync.Mutex
	subs map[chan Event]bool
}

func newBus() *Bus { return &Bus{subs: map[chan Event]bool{}} }

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
	defer b.mu.Unlock()
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

// StartPoller publishes each new activity row of db, checking every interval. On SQLite
// rows commit in ID order, so "after the last ID seen" misses none.
func StartPoller(ctx context.Context, db *gorm.DB, interval time.Duration, log *slog.Logger) (*Bus, error) {
	b := newBus()
	var last int64
	if err := db.WithContext(ctx).Model(&domain.Activity{}).Select("COALESCE(MAX(id), 0)").Scan(&last).Error; err != nil {
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
			var rows []domain.Activity
			if err := db.WithContext(ctx).Select("id", "collaboration_id").Where("id > ? AND collaboration_id IS NOT NULL", last).
				Order("id").Limit(1000).Find(&rows).Error; err != nil {
				if ctx.Err() == nil {
					log.Warn("events: poll", "err", err)
				}
				continue
			}
			for _, a := range rows {
				last = a.ID
				b.publish(Event{CollaborationID: *a.CollaborationID, ActivityID: a.ID})
			}
		}
	}()
	return b, nil
}

// StartListener publishes what PostgreSQL notifies on domain.ActivityChannel, reconnecting
// when the connection drops.
func StartListener(ctx context.Context, url string, log *slog.Logger) (*Bus, error) {
	b := newBus()
	conn, err := listen(ctx, url)
	if err != nil {
		return nil, err
	}
	go func() {
		for {
			n, err := conn.WaitForNotification(ctx)
			if ctx.Err() != nil {
				conn.Close(context.Background())
				return
			}
			if err != nil {
				log.Warn("events: listener lost its connection; reconnecting", "err", err)
				conn.Close(context.Background())
				for {
					if conn, err = listen(ctx, url); err == nil || ctx.Err() != nil {
						break
					}
					time.Sleep(time.Second)
				}
				if ctx.Err() != nil {
					return
				}
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
	if _, err := conn.Exec(ctx, "LISTEN "+domain.ActivityChannel); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("events: %w", err)
	}
	return conn, nil
}

func parse(payload string) (Event, bool) {
	c, a, ok := strings.Cut(payload, ":")
	if !ok {
		return Event{}, false
	}
	cid, err1 := strconv.ParseInt(c, 10, 64)
	aid, err2 := strconv.ParseInt(a, 10, 64)
	return Event{CollaborationID: cid, ActivityID: aid}, err1 == nil && err2 == nil
}
