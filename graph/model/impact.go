package model

import (
	"kindred/domain/impact"
)

// CollaborationImpact is a collaboration's impact, rendered; its outcomes are loaded by
// collaboration.
type CollaborationImpact struct {
	CollaborationID int64
	*impact.CollabImpact
}

// PersonImpact is a person's impact, rendered.
type PersonImpact struct{ *impact.PersonImpact }

// ValueImpact is the impact made in a value's name, rendered; its outcomes are paged by
// value.
type ValueImpact struct {
	ValueID int64
	*impact.RollUp
}

// ImpactOverview is the network's impact, rendered.
type ImpactOverview struct{ *impact.RollUp }
