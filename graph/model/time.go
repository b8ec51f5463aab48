package model

import (
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// MarshalTime writes a time as RFC 3339, as gqlgen does.
func MarshalTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// UnmarshalTime reads an RFC 3339 time. A malformed one is the client's mistake, so it
// comes back as a plain GraphQL error (BAD_USER_INPUT), never as an internal one.
func UnmarshalTime(v any) (time.Time, error) {
	t, err := graphql.UnmarshalTime(v)
	if err != nil {
		return time.Time{}, gqlerror.Errorf("%v is not a time: write it in RFC 3339, such as 2026-11-26T19:30:00Z.", v)
	}
	return t, nil
}
