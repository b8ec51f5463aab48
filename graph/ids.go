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
