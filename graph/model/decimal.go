package model

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Decimal is an exact decimal number carried as a string. Clients may send a JSON number
// too; it is taken as written.
type Decimal string

// MarshalGQL writes the decimal as a JSON string.
func (d Decimal) MarshalGQL(w io.Writer) {
	b, _ := json.Marshal(string(d))
	_, _ = w.Write(b)
}

// UnmarshalGQL reads a string, or a number as written.
func (d *Decimal) UnmarshalGQL(v any) error {
	switch x := v.(type) {
	case string:
		*d = Decimal(x)
	case json.Number:
		*d = Decimal(x.String())
	case int:
		*d = Decimal(strconv.Itoa(x))
	case int64:
		*d = Decimal(strconv.FormatInt(x, 10))
	case float64:
		*d = Decimal(strconv.FormatFloat(x, 'f', -1, 64))
	default:
		// A plain GraphQL error: the client's mistake (BAD_USER_INPUT), not an internal one.
		return gqlerror.Errorf("A decimal is a string such as \"2.5\", not %T.", v)
	}
	return nil
}
