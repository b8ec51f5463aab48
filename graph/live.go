package graph

import (
	"context"

	"kindred/domain"
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
	visible, err := r.Service.FindCollaborationsByIDs(domain.WithRequestCache(ctx), []int64{id})
	if err != nil {
		return nil, err
	}
	if len(visible) == 0 {
		return nil, domain.Errorf(domain.CodeNotFound, "This collaboration was not found.")
	}
	// Subscribe before reading what was missed, so nothing falls between the two.
	feed, stop := r.Events.Subscribe()
	var missed []*domain.Activity
	if after != nil {
		missed, err = r.Service.ActivitySince(ctx, id, since)
	} else {
		since, err = r.Service.LatestActivityID(ctx, id)
	}
	if err != nil {
		stop()
		return nil, err
	}
	return stream(ctx, r.Service, feed, stop, missed,
		func(e events.Event) bool {
			return e.Kind == events.Activity && e.CollaborationID == id && e.ActivityID > since
		},
		func(ctx context.Context, e events.Event) (*domain.Activity, error) {
			return r.Service.FindActivityForViewer(ctx, id, e.ActivityID)
		},
		func(a *domain.Activity) int64 { return a.ID }), nil
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
	// Subscribe before reading what was missed, so nothing falls between the two.
	feed, stop := r.Events.Subscribe()
	var missed []*domain.Notification
	if after != nil {
		if missed, err = r.Service.NotificationsSince(ctx, since); err != nil {
			stop()
			return nil, err
		}
	}
	me := domain.ViewerFrom(ctx).ID
	return stream(ctx, r.Service, feed, stop, missed,
		func(e events.Event) bool {
			return e.Kind == events.Notified && e.PersonID == me && e.NotificationID > since
		},
		func(ctx context.Context, e events.Event) (*domain.Notification, error) {
			return r.Service.FindNotificationForViewer(ctx, e.NotificationID)
		},
		func(n *domain.Notification) int64 { return n.ID }), nil
}

// stream sends first the backlog, then what load reads for each event of feed that want
// accepts, as the subscriber is at that moment (rights are read afresh for every event;
// what they may no longer see is skipped). Nothing is sent twice. It ends with ctx, or
// when the subscriber's session ended since they subscribed; then it calls stop.
func stream[T any](ctx context.Context, svc *domain.Service, feed <-chan events.Event, stop func(), backlog []*T,
	want func(events.Event) bool, load func(context.Context, events.Event) (*T, error), key func(*T) int64) <-chan *T {
	out := make(chan *T, 16)
	go func() {
		defer close(out)
		defer stop()
		// Only the backlog can come again as an event; remembering just it keeps a
		// connection of hours small.
		inBacklog := make(map[int64]bool, len(backlog))
		for _, x := range backlog {
			inBacklog[key(x)] = true
		}
		send := func(x *T) bool {
			select {
			case out <- x:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, x := range backlog {
			if !send(x) {
				return
			}
		}
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-feed:
				if !ok {
					return
				}
				if !want(e) {
					continue
				}
				viewer, err := svc.RecheckViewer(ctx)
				if err != nil || (viewer == nil && domain.ViewerFrom(ctx) != nil) {
					return
				}
				dctx := ctx
				if viewer != nil {
					dctx = domain.WithViewer(ctx, viewer)
				}
				x, err := load(dctx, e)
				if err != nil || x == nil || inBacklog[key(x)] {
					continue
				}
				if !send(x) {
					return
				}
			}
		}
	}()
	return out
}
