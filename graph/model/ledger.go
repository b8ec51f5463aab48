package model

import (
	"kindred/domain"
	"kindred/domain/ledger"
)

// Fulfilment is a commitment's fulfilment with the commitment's unit, for rendering.
type Fulfilment struct {
	ledger.Fulfilment
	Kind           domain.ResourceKind
	Unit, Currency string
}

// Total is a domain total, rendered with its unit.
type Total struct{ ledger.Total }

// GiverRecord is a domain giver record, rendered.
type GiverRecord struct{ *ledger.GiverRecord }
