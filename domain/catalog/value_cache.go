package catalog

import (
	"sync"

	"kindred/domain"
)

// approvedValues caches the catalog's approved values by ID. Review only ever moves a
// PROPOSED value, so an approved value's row never changes again: the cache is exact on
// every instance without invalidation. Its values are shared and must not be changed.
type approvedValues struct {
	mu   sync.RWMutex
	byID map[int64]*domain.Value
}

func (c *approvedValues) get(id int64) *domain.Value {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.byID[id]
}

func (c *approvedValues) put(v *domain.Value) {
	if v.Status != domain.ValueApproved {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byID == nil {
		c.byID = map[int64]*domain.Value{}
	}
	c.byID[v.ID] = v
}

// ApprovedValue returns the approved value with id if it has been read before, or nil:
// a lookup that never waits for the database. The value is shared; do not change it.
func (s *Catalog) ApprovedValue(id int64) *domain.Value { return s.values.get(id) }
