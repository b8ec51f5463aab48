package model

import "kindred/domain"

// Fulfilment is a commitment's fulfilment with the commitment's unit, for rendering.
type Fulfilment struct {
	domain.Fulfilment
	Kind           domain.ResourceKind
	Unit, Currency string
}

// Total is a domain total, rendered with its unit.
type Total struct{ domain.Total }

// GiverRecord is a domain giver record, rendered.
type GiverRecord struct{ *domain.GiverRecord }
