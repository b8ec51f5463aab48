package domain

import (
	"encoding/base64"
	"encoding/json"
)

// Page sizes of connections.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// PageSize checks a requested page size: nil gives the default, and it may not exceed 100.
func PageSize(first *int) (int, error) {
	if first == nil {
		return DefaultPageSize, nil
	}
	if *first < 0 || *first > MaxPageSize {
		return 0, Invalid("first", "first must be between 0 and %d; ask for the next page with after.", MaxPageSize)
	}
	return *first, nil
}

// cursor is the position of an item in a keyset-ordered list: its sort key and ID.
type cursor struct {
	Key string `json:"k"`
	ID  int64  `json:"i"`
}

func encodeCursor(key string, id int64) string {
	b, _ := json.Marshal(cursor{Key: key, ID: id})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.ID <= 0 {
		return cursor{}, Invalid("after", "The cursor is not one this API gave out; start again without after.")
	}
	return c, nil
}
