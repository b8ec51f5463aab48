package domain

import (
	"context"

	"gorm.io/gorm"

	"kindred/events/wire"
)

// changeHooks are what keeps in-memory views (the discovery index, the viewer cache) in
// step with committed changes to people and collaborations. They are added at start-up,
// before the service is shared.
type changeHooks struct {
	people  []func(context.Context, []int64)
	collabs []func(context.Context, []int64)
	// notified run in the transaction of each new notification.
	notified []func(*gorm.DB, *Notification) error
}

// OnPeopleChanged calls f with the IDs of people after each committed change to them,
// here or (on PostgreSQL) on another instance.
func (s *Core) OnPeopleChanged(f func(ctx context.Context, ids []int64)) {
	s.hooks.people = append(s.hooks.people, f)
}

// OnCollabsChanged calls f with the IDs of collaborations after each committed change to
// them, here or (on PostgreSQL) on another instance.
func (s *Core) OnCollabsChanged(f func(ctx context.Context, ids []int64)) {
	s.hooks.collabs = append(s.hooks.collabs, f)
}

func run(hooks []func(context.Context, []int64), ctx context.Context, ids []int64) {
	if len(ids) == 0 {
		return
	}
	for _, f := range hooks {
		f(ctx, ids)
	}
}

// RefreshPeople tells this instance's views, after a committed change, that people
// changed, and the other instances too.
func (s *Core) RefreshPeople(ctx context.Context, ids ...int64) {
	s.RefreshPeopleHere(ctx, ids...)
	s.announceChange(ctx, wire.PeopleChanged, ids)
}

// RefreshCollabs tells this instance's views, after a committed change, that
// collaborations changed, and the other instances too.
func (s *Core) RefreshCollabs(ctx context.Context, ids ...int64) {
	s.refreshCollabsHere(ctx, ids...)
	s.announceChange(ctx, wire.CollabsChanged, ids)
}

// RefreshPeopleHere tells this instance's views only: the others were told in the
// transaction (announcePeopleIn).
func (s *Core) RefreshPeopleHere(ctx context.Context, ids ...int64) {
	run(s.hooks.people, ctx, ids)
}

func (s *Core) refreshCollabsHere(ctx context.Context, ids ...int64) {
	run(s.hooks.collabs, ctx, ids)
}

// announceChange tells other instances (PostgreSQL) which people or collaborations
// changed; it runs after the change committed. A lost announcement leaves another
// instance's views stale until that entry changes again.
func (s *Core) announceChange(ctx context.Context, kind wire.Kind, ids []int64) {
	if len(ids) == 0 || s.DB.Name() != "postgres" {
		return
	}
	_ = announce(s.DB.WithContext(context.WithoutCancel(ctx)), wire.Event{Kind: kind, Origin: s.instance, IDs: ids})
}

// AnnouncePeopleIn tells other instances, when tx commits, that people changed. The
// changes that end sessions use it: their announcement cannot be lost after the commit.
func (s *Core) AnnouncePeopleIn(tx *gorm.DB, ids ...int64) error {
	return announce(tx, wire.Event{Kind: wire.PeopleChanged, Origin: s.instance, IDs: ids})
}

// Instance names this server process in its announcements.
func (s *Core) Instance() string { return s.instance }

// ApplyPeerChange applies what another instance announced: people changed when people is
// true, else collaborations.
func (s *Core) ApplyPeerChange(ctx context.Context, people bool, ids []int64) {
	if people {
		s.RefreshPeopleHere(ctx, ids...)
	} else {
		s.refreshCollabsHere(ctx, ids...)
	}
}
