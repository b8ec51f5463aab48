package graph

import (
	"context"

	"kindred/domain"
	"kindred/events"
	"kindred/graph/relay"
)

// activityFeed streams a collaboration's committed activity that the subscriber may see
// at the moment of delivery.
func (r *Resolver) activityFeed(ctx context.Context, gid string) (<-chan *domain.Activity, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, gid)
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
	feed, stop := r.Events.Subscribe()
	since, err := r.Service.LatestActivityID(ctx, id)
	if err != nil {
		stop()
		return nil, err
	}
	out := make(chan *domain.Activity, 16)
	go func() {
		defer close(out)
		defer stop()
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-feed:
				if !ok {
					return
				}
				if e.Kind != events.Activity || e.CollaborationID != id || e.ActivityID <= since {
					continue
				}
				// The subscriber's rights are read afresh for every event.
				viewer, err := r.Service.RecheckViewer(ctx)
				if err != nil || (viewer == nil && domain.ViewerFrom(ctx) != nil) {
					return // their session ended: the stream ends with it
				}
				dctx := ctx
				if viewer != nil {
					dctx = domain.WithViewer(ctx, viewer)
				}
				a, err := r.Service.FindActivityForViewer(dctx, id, e.ActivityID)
				if err != nil || a == nil {
					continue
				}
				select {
				case out <- a:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
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
	var since int64
	if after != nil {
		id, err := decodeID("after", relay.TypeNotification, *after)
		if err != nil {
			return nil, err
		}
		since = id
	}
	// Subscribe before reading what was missed, so nothing falls between the two.
	feed, stop := r.Events.Subscribe()
	var missed []*domain.Notification
	if after != nil {
		var err error
		if missed, err = r.Service.NotificationsSince(ctx, since); err != nil {
			stop()
			return nil, err
		}
	}
	out := make(chan *domain.Notification, 16)
	go func() {
		defer close(out)
		defer stop()
		sent := map[int64]bool{}
		send := func(n *domain.Notification) bool {
			if sent[n.ID] {
				return true
			}
			sent[n.ID] = true
			select {
			case out <- n:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, n := range missed {
			if !send(n) {
				return
			}
		}
		me := domain.ViewerFrom(ctx).ID
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-feed:
				if !ok {
					return
				}
				if e.Kind != events.Notified || e.PersonID != me || e.NotificationID <= since || sent[e.NotificationID] {
					continue
				}
				viewer, err := r.Service.RecheckViewer(ctx)
				if err != nil || viewer == nil {
					return // their session ended: the stream ends with it
				}
				n, err := r.Service.FindNotificationForViewer(domain.WithViewer(ctx, viewer), e.NotificationID)
				if err != nil || n == nil {
					continue
				}
				if !send(n) {
					return
				}
			}
		}
	}()
	return out, nil
}
