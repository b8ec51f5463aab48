// Package discovery owns finding people and collaborations by shared values: the in-memory
// indexes of profiles and collaborations, their ranking, and the scans behind them.
package discovery

import (
	"kindred/domain"
	"kindred/domain/catalog"
)

// Discovery ranks people and collaborations by the values they share with the viewer.
type Discovery struct {
	*domain.Core
	catalog *catalog.Catalog
	idx     indexes
}

// New returns discovery over core; its indexes follow the core's changes.
func New(core *domain.Core, catalog *catalog.Catalog) *Discovery {
	s := &Discovery{Core: core, catalog: catalog}
	s.idx.people = newPersonIndex(core.Clock().Now)
	s.idx.people.instance = core.Instance()
	s.idx.collabs = newCollabIndex()
	core.OnPeopleChanged(s.indexPeople)
	core.OnCollabsChanged(s.indexCollabs)
	return s
}
