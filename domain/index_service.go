package domain

import (
	"context"
	"sync"

	"kindred/events/wire"

	"gorm.io/gorm"
)

// indexes holds the service's derived in-memory indexes and builds them on first use.
type indexes struct {
	buildMu sync.Mutex // one build at a time
	mu      sync.Mutex
	built   bool
	people  *PersonIndex
	collabs *CollabIndex
	// pending are changes made while a build was reading, applied once it is done.
	building       bool
	pendingPeople  map[int64]bool
	pendingCollabs map[int64]bool
}

// BuildIndexes reads every profile and collaboration into the discovery indexes. serve
// calls it at start; otherwise the first discovery query does.
func (s *Service) BuildIndexes(ctx context.Context) error {
	s.idx.buildMu.Lock()
	defer s.idx.buildMu.Unlock()
	return s.buildIndexes(ctx)
}

func (s *Service) buildIndexes(ctx context.Context) error {
	ix := &s.idx
	ix.mu.Lock()
	ix.building, ix.pendingPeople, ix.pendingCollabs = true, map[int64]bool{}, map[int64]bool{}
	ix.mu.Unlock()
	people, err := loadTable(ctx, s.db)
	var collabs map[int64]*indexedCollab
	if err == nil {
		collabs, err = loadCollabs(ctx, s.db, nil)
	}
	ix.mu.Lock()
	ix.building = false
	if err != nil {
		ix.mu.Unlock()
		return err
	}
	ix.people.build(people)
	ix.collabs.build(collabs)
	ix.built = true
	pp, pc := keys(ix.pendingPeople), keys(ix.pendingCollabs)
	ix.mu.Unlock()
	// Whatever changed while the build was reading is read again.
	s.refreshPeopleHere(ctx, pp...)
	s.refreshCollabsHere(ctx, pc...)
	return nil
}

func (s *Service) peopleIndex(ctx context.Context) (*PersonIndex, error) {
	if err := s.ensureIndexes(ctx); err != nil {
		return nil, err
	}
	return s.idx.people, nil
}

func (s *Service) collabIndex(ctx context.Context) (*CollabIndex, error) {
	if err := s.ensureIndexes(ctx); err != nil {
		return nil, err
	}
	return s.idx.collabs, nil
}

func (s *Service) ensureIndexes(ctx context.Context) error {
	s.idx.mu.Lock()
	built := s.idx.built
	s.idx.mu.Unlock()
	if built {
		return nil
	}
	s.idx.buildMu.Lock()
	defer s.idx.buildMu.Unlock()
	s.idx.mu.Lock()
	built = s.idx.built
	s.idx.mu.Unlock()
	if built {
		return nil
	}
	return s.buildIndexes(context.WithoutCancel(ctx))
}

// refreshPeople re-reads people into the index after a committed change, and tells the
// other instances to do the same.
func (s *Service) refreshPeople(ctx context.Context, ids ...int64) {
	s.refreshPeopleHere(ctx, ids...)
	s.announceChange(ctx, wire.PeopleChanged, ids)
}

// refreshCollabs re-reads collaborations into the index after a committed change, and
// tells the other instances to do the same.
func (s *Service) refreshCollabs(ctx context.Context, ids ...int64) {
	s.refreshCollabsHere(ctx, ids...)
	s.announceChange(ctx, wire.CollabsChanged, ids)
}

func (s *Service) refreshPeopleHere(ctx context.Context, ids ...int64) {
	s.viewers.forget(ids)
	refresh(s, ctx, ids, func(ix *indexes) map[int64]bool { return ix.pendingPeople }, loadPeople, s.idx.people.refresh)
}

func (s *Service) refreshCollabsHere(ctx context.Context, ids ...int64) {
	refresh(s, ctx, ids, func(ix *indexes) map[int64]bool { return ix.pendingCollabs }, loadCollabs, s.idx.collabs.refresh)
}

// announceChange tells other instances (PostgreSQL) which index entries changed; it runs
// after the change committed. A lost announcement leaves another instance's index stale
// until that entry changes again, so failures are logged by the caller's metrics only.
func (s *Service) announceChange(ctx context.Context, kind wire.Kind, ids []int64) {
	if len(ids) == 0 || s.db.Name() != "postgres" {
		return
	}
	_ = announce(s.db.WithContext(context.WithoutCancel(ctx)), wire.Event{Kind: kind, Origin: s.instance, IDs: ids})
}

// announcePeopleIn tells other instances, when tx commits, that people changed. The
// changes that end sessions use it: their announcement cannot be lost after the commit.
func (s *Service) announcePeopleIn(tx *gorm.DB, ids ...int64) error {
	return announce(tx, wire.Event{Kind: wire.PeopleChanged, Origin: s.instance, IDs: ids})
}

// Instance names this server process in its announcements.
func (s *Service) Instance() string { return s.instance }

// ApplyPeerChange refreshes the index entries another instance announced: people when
// people is true, else collaborations.
func (s *Service) ApplyPeerChange(ctx context.Context, people bool, ids []int64) {
	if people {
		s.refreshPeopleHere(ctx, ids...)
	} else {
		s.refreshCollabsHere(ctx, ids...)
	}
}

// refresh reloads ids into one index. Until the index is built there is nothing to
// refresh; during a build the IDs are kept in pending for afterwards. An index that
// cannot be refreshed (the change is committed) is rebuilt instead.
func refresh[T any](s *Service, ctx context.Context, ids []int64, pending func(*indexes) map[int64]bool,
	load func(context.Context, *gorm.DB, []int64) (map[int64]T, error), apply func([]int64, map[int64]T) error) {
	if len(ids) == 0 {
		return
	}
	ix := &s.idx
	ix.mu.Lock()
	if ix.building {
		for _, id := range ids {
			pending(ix)[id] = true
		}
	}
	built := ix.built
	ix.mu.Unlock()
	if !built {
		return
	}
	fresh, err := load(context.WithoutCancel(ctx), s.db, ids)
	if err == nil {
		err = apply(ids, fresh)
	}
	if err != nil {
		ix.mu.Lock()
		ix.built = false
		ix.mu.Unlock()
	}
}

// IndexedPeople reports how many people the discovery index holds.
func (s *Service) IndexedPeople() int { return s.idx.people.Size() }
