package discovery

import (
	"context"
	"sync"

	"gorm.io/gorm"

	"kindred/domain"
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
func (s *Discovery) BuildIndexes(ctx context.Context) error {
	s.idx.buildMu.Lock()
	defer s.idx.buildMu.Unlock()
	return s.buildIndexes(ctx)
}

func (s *Discovery) buildIndexes(ctx context.Context) error {
	ix := &s.idx
	ix.mu.Lock()
	ix.building, ix.pendingPeople, ix.pendingCollabs = true, map[int64]bool{}, map[int64]bool{}
	ix.mu.Unlock()
	people, err := loadTable(ctx, s.DB)
	var collabs map[int64]*indexedCollab
	if err == nil {
		collabs, err = loadCollabs(ctx, s.DB, nil)
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
	pp, pc := domain.Keys(ix.pendingPeople), domain.Keys(ix.pendingCollabs)
	ix.mu.Unlock()
	// Whatever changed while the build was reading is read again.
	s.indexPeople(ctx, pp)
	s.indexCollabs(ctx, pc)
	return nil
}

func (s *Discovery) peopleIndex(ctx context.Context) (*PersonIndex, error) {
	if err := s.ensureIndexes(ctx); err != nil {
		return nil, err
	}
	return s.idx.people, nil
}

func (s *Discovery) collabIndex(ctx context.Context) (*CollabIndex, error) {
	if err := s.ensureIndexes(ctx); err != nil {
		return nil, err
	}
	return s.idx.collabs, nil
}

// indexes returns both indexes, for rankings of collaborations by a person's values.
func (s *Discovery) indexes(ctx context.Context) (*PersonIndex, *CollabIndex, error) {
	if err := s.ensureIndexes(ctx); err != nil {
		return nil, nil, err
	}
	return s.idx.people, s.idx.collabs, nil
}

func (s *Discovery) ensureIndexes(ctx context.Context) error {
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

// indexPeople re-reads people into the index after a change.
func (s *Discovery) indexPeople(ctx context.Context, ids []int64) {
	refresh(s, ctx, ids, func(ix *indexes) map[int64]bool { return ix.pendingPeople }, loadPeople, s.idx.people.refresh)
}

// indexCollabs re-reads collaborations into the index after a change.
func (s *Discovery) indexCollabs(ctx context.Context, ids []int64) {
	refresh(s, ctx, ids, func(ix *indexes) map[int64]bool { return ix.pendingCollabs }, loadCollabs, s.idx.collabs.refresh)
}

// refresh reloads ids into one index. Until the index is built there is nothing to
// refresh; during a build the IDs are kept in pending for afterwards. An index that
// cannot be refreshed (the change is committed) is rebuilt instead.
func refresh[T any](s *Discovery, ctx context.Context, ids []int64, pending func(*indexes) map[int64]bool,
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
	fresh, err := load(context.WithoutCancel(ctx), s.DB, ids)
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
func (s *Discovery) IndexedPeople() int { return s.idx.people.Size() }
