package graph

import (
	"kindred/domain"
	"kindred/graph/relay"
)

// decodeID returns the key of a global ID of type typ, or a BAD_USER_INPUT error naming
// the field.
func decodeID(field, typ, gid string) (int64, error) {
	t, id, ok := relay.Parse(gid)
	if !ok || t != typ {
		return 0, domain.Invalid(field, "%q is not the ID of a %s.", gid, typ)
	}
	return id, nil
}

// optionalNeedID decodes the needId an invitation may name; nil stays nil.
func optionalNeedID(gid *string) (*int64, error) {
	if gid == nil {
		return nil, nil
	}
	id, err := decodeID("needId", relay.TypeNeed, *gid)
	if err != nil {
		return nil, err
	}
	return &id, nil
}
