package domain

import (
	"encoding/base64"
	"encoding/json"

	"gorm.io/gorm"
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
	if err != nil || c.ID <= 0 || !Storable(c.Key) {
		return cursor{}, Invalid("after", "The cursor is not one this API gave out; start again without after.")
	}
	return c, nil
}

// newestFirst reads one page of q's rows, newest (highest ID) first, after the cursor's
// ID, with the count of all of q's rows; what names the rows in errors.
func newestFirst[T any](q *gorm.DB, args PageArgs, idOf func(T) int64, what string) (*Page[T], error) {
	n, err := PageSize(args.First)
	if err != nil {
		return nil, err
	}
	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return nil, dbErr(err, what)
	}
	page := &Page[T]{TotalCount: int(total)}
	if args.After != "" {
		c, err := decodeCursor(args.After)
		if err != nil {
			return nil, err
		}
		q = q.Where("id < ?", c.ID)
		page.HasPrevious = true
	}
	if err := q.Order("id DESC").Limit(n + 1).Find(&page.Items).Error; err != nil {
		return nil, dbErr(err, what)
	}
	if len(page.Items) > n {
		page.Items, page.HasNextPage = page.Items[:n], true
	}
	for _, r := range page.Items {
		page.Cursors = append(page.Cursors, encodeCursor("", idOf(r)))
	}
	return page, nil
}
