package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/kindred"
	"kindred/events"
	"kindred/graph/relay"
)

// activityFeed streams a collaboration's committed activity that the subscriber may see
// at the moment of delivery; with after, the entries after it first.
func (r *Resolver) activityFeed(ctx context.Context, gid string, after *string) (<-chan *domain.Activity, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, gid)
	if err != nil {
		return nil, err
	}
	since, err := decodeAfter(after, relay.TypeActivity)
	if err != nil {
		return nil, err
	}
	if r.Events == nil {
		return nil, domain.Errorf(domain.CodeInternal, "live updates are off")
	}
	visible, err := r.FindCollaborationsByIDs(domain.WithRequestCache(ctx), []int64{id})
	if err != nil {
		return nil, err
	}
	if len(visible) == 0 {
		return nil, domain.Errorf(domain.CodeNotFound, "This collaboration was not found.")
	}
	if after == nil {
		if since, err = r.LatestActivityID(ctx, id); err != nil {
			return nil, err
		}
	}
	return stream(ctx, r.Services, r.Events, feed[*domain.Activity]{
		since: since, backlog: after != nil,
		missed: func(ctx context.Context, after int64) ([]*domain.Activity, error) {
			return r.ActivitySince(ctx, id, after)
		},
		want: func(e events.Event) bool {
			return e.Kind == events.Activity && e.CollaborationID == id && e.ActivityID > since
		},
		load: func(ctx context.Context, e events.Event) (*domain.Activity, error) {
			return r.FindActivityForViewer(ctx, id, e.ActivityID)
		},
		key: func(a *domain.Activity) int64 { return a.ID },
	})
}

// postFeed streams a thread's new posts that the subscriber may read at the moment of
// delivery; with after, the posts after it first. It listens to the activity of the
// thread's collaboration and reads the post each "post.added" entry names.
func (r *Resolver) postFeed(ctx context.Context, gid string, after *string) (<-chan *domain.Post, error) {
	id, err := decodeID("threadId", relay.TypeThread, gid)
	if err != nil {
		return nil, err
	}
	since, err := decodeAfter(after, relay.TypePost)
	if err != nil {
		return nil, err
	}
	if r.Events == nil {
		return nil, domain.Errorf(domain.CodeInternal, "live updates are off")
	}
	th, err := r.FindThreadForViewer(ctx, id)
	if err != nil {
		return nil, err
	}
	if th == nil {
		return nil, domain.Errorf(domain.CodeNotFound, "This thread was not found.")
	}
	if after == nil {
		if since, err = r.LatestPostID(ctx, id); err != nil {
			return nil, err
		}
	}
	return stream(ctx, r.Services, r.Events, feed[*domain.Post]{
		since: since, backlog: after != nil,
		missed: func(ctx context.Context, after int64) ([]*domain.Post, error) {
			return r.PostsSince(ctx, id, after)
		},
		want: func(e events.Event) bool {
			return e.Kind == events.Activity && e.CollaborationID == th.CollaborationID
		},
		load: func(ctx context.Context, e events.Event) (*domain.Post, error) {
			p, err := r.NewPostOf(ctx, id, e.ActivityID)
			if err != nil || p == nil || p.ID <= since {
				return nil, err
			}
			return p, nil
		},
		key: func(p *domain.Post) int64 { return p.ID },
	})
}

// decodeAfter returns the key of an optional `after` ID of type typ, 0 when absent.
func decodeAfter(after *string, typ string) (int64, error) {
	if after == nil {
		return 0, nil
	}
	return decodeID("after", typ, *after)
}

// notificationFeed streams the viewer's new notifications; with after, those written
// after it first. Each is read afresh, as the viewer is now, before it is sent.
func (r *Resolver) notificationFeed(ctx context.Context, after *string) (<-chan *domain.Notification, error) {
	if domain.ViewerFrom(ctx) == nil {
		return nil, domain.ErrUnauthenticated
	}
	if r.Events == nil {
		return nil, domain.Errorf(domain.CodeInternal, "live updates are off")
	}
	since, err := decodeAfter(after, relay.TypeNotification)
	if err != nil {
		return nil, err
	}
	me := domain.ViewerFrom(ctx).ID
	return stream(ctx, r.Services, r.Events, feed[*domain.Notification]{
		since: since, backlog: after != nil,
		missed: r.NotificationsSince,
		want: func(e events.Event) bool {
			return e.Kind == events.Notified && e.PersonID == me && e.NotificationID > since
		},
		load: func(ctx context.Context, e events.Event) (*domain.Notification, error) {
			return r.FindNotificationForViewer(ctx, e.NotificationID)
		},
		key: func(n *domain.Notification) int64 { return n.ID },
	})
}

// feed describes one subscription's stream of T.
type feed[T any] struct {
	// since is the key the subscriber holds (want skips events up to it); backlog,
	// whether it asked for what came after it (else only what comes next).
	since   int64
	backlog bool
	// missed reads, as the subscriber, what came after a key, oldest first.
	missed func(ctx context.Context, after int64) ([]T, error)
	// want picks the events of this stream; load reads one as the subscriber.
	want func(events.Event) bool
	load func(context.Context, events.Event) (T, error)
	key  func(T) int64
}

// stream sends first the backlog, then what load reads for each event the feed wants,
// as the subscriber is at that moment (rights are read afresh for every event; what they
// may no longer see is skipped). When the bus drops it for falling behind, it subscribes
// again and reads what it missed. Nothing is sent twice. It ends with ctx, or when the
// subscriber's session ended since they subscribed.
func stream[T comparable](ctx context.Context, svc *kindred.Services, bus *events.Bus, f feed[T]) (<-chan T, error) {
	// Subscribe before reading what was missed, so nothing falls between the two.
	sub, stop := bus.Subscribe()
	var backlog []T
	if f.backlog {
		var err error
		if backlog, err = f.missed(ctx, f.since); err != nil {
			stop()
			return nil, err
		}
	}
	out := make(chan T, 16)
	go func() {
		defer close(out)
		defer func() { stop() }()
		last := f.since
		// Only what was read from the database can come again as an event; remembering
		// just those keeps a connection of hours small.
		read := map[int64]bool{}
		send := func(x T) bool {
			select {
			case out <- x:
				last = max(last, f.key(x))
				return true
			case <-ctx.Done():
				return false
			}
		}
		sendAll := func(xs []T) bool {
			for _, x := range xs {
				if read[f.key(x)] {
					continue
				}
				read[f.key(x)] = true
				if !send(x) {
					return false
				}
			}
			return true
		}
		// asNow is ctx with the subscriber as they are now; false once their session ended.
		asNow := func() (context.Context, bool) {
			viewer, err := svc.RecheckViewer(ctx)
			if err != nil || (viewer == nil && domain.ViewerFrom(ctx) != nil) {
				return nil, false
			}
			if viewer != nil {
				return domain.WithViewer(ctx, viewer), true
			}
			return ctx, true
		}
		// catchUp sends what came after last, page by page, as the subscriber is now.
		catchUp := func() bool {
			for {
				dctx, on := asNow()
				if !on {
					return false
				}
				missed, err := f.missed(dctx, last)
				if err != nil || !sendAll(missed) {
					return false
				}
				if len(missed) == 0 {
					return true
				}
			}
		}
		if !sendAll(backlog) || (f.backlog && !catchUp()) {
			return
		}
		var zero T
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-sub:
				if !ok {
					// Dropped for falling behind: catch up from the database.
					sub, stop = bus.Subscribe()
					if !catchUp() {
						return
					}
					continue
				}
				if !f.want(e) {
					continue
				}
				dctx, on := asNow()
				if !on {
					return
				}
				x, err := f.load(dctx, e)
				if err != nil || x == zero || read[f.key(x)] {
					continue
				}
				if !send(x) {
					return
				}
			}
		}
	}()
	return out, nil
}
