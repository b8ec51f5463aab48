package graph

import (
	"context"

	"kindred/domain"
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
	events, stop := r.Events.Subscribe()
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
			case e, ok := <-events:
				if !ok {
					return
				}
				if e.CollaborationID != id || e.ActivityID <= since {
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
