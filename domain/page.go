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

func EncodeCursor(key string, id int64) string {
	b, _ := json.Marshal(cursor{Key: key, ID: id})
	return base64.RawURLEncoding.EncodeToString(b)
}

func DecodeCursor(s string) (cursor, error) {
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

// NewestFirst reads one page of q's rows, newest (highest ID) first, after the cursor's
// ID, with the count of all of q's rows; what names the rows in errors.
func NewestFirst[T any](q *gorm.DB, args PageArgs, idOf func(T) int64, what string) (*Page[T], error) {
	return byID(q, args, idOf, what, false)
}

// OldestFirst is NewestFirst in the other order: lowest ID first.
func OldestFirst[T any](q *gorm.DB, args PageArgs, idOf func(T) int64, what string) (*Page[T], error) {
	return byID(q, args, idOf, what, true)
}

func byID[T any](q *gorm.DB, args PageArgs, idOf func(T) int64, what string, asc bool) (*Page[T], error) {
	n, err := PageSize(args.First)
	if err != nil {
		return nil, err
	}
	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return nil, DBErr(err, what)
	}
	page := &Page[T]{TotalCount: int(total)}
	if args.After != "" {
		c, err := DecodeCursor(args.After)
		if err != nil {
			return nil, err
		}
		if asc {
			q = q.Where("id > ?", c.ID)
		} else {
			q = q.Where("id < ?", c.ID)
		}
		page.HasPrevious = true
	}
	order := "id DESC"
	if asc {
		order = "id ASC"
	}
	if err := q.Order(order).Limit(n + 1).Find(&page.Items).Error; err != nil {
		return nil, DBErr(err, what)
	}
	if len(page.Items) > n {
		page.Items, page.HasNextPage = page.Items[:n], true
	}
	for _, r := range page.Items {
		page.Cursors = append(page.Cursors, EncodeCursor("", idOf(r)))
	}
	return page, nil
}

// Page is one page of a list, in the list's order, with each item's cursor.
type Page[T any] struct {
	Items       []T
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// PageArgs ask for one page of a list: how many items, and after which cursor.
type PageArgs struct {
	First *int
	After string
}

// PagesBy returns, for each key, one page of the rows of T whose column `by` holds that
// key, ordered by ID (descending unless asc) and paged after the cursor's ID, which
// never changes. It costs two statements whatever the number of keys: one for the pages
// (a window function numbers each key's rows) and one for the counts.
func PagesBy[T any](db *gorm.DB, by string, keys []int64, args PageArgs, asc bool,
	where func(*gorm.DB) *gorm.DB, keyOf, idOf func(T) int64) (map[int64]*Page[T], error) {
	n, err := PageSize(args.First)
	if err != nil {
		return nil, err
	}
	var afterID int64
	if args.After != "" {
		c, err := DecodeCursor(args.After)
		if err != nil {
			return nil, err
		}
		afterID = c.ID
	}
	out := make(map[int64]*Page[T], len(keys))
	for _, k := range keys {
		out[k] = &Page[T]{HasPrevious: afterID > 0}
	}
	if len(keys) == 0 {
		return out, nil
	}
	base := func() *gorm.DB {
		q := db.Model(new(T)).Where(by+" IN ?", keys)
		if where != nil {
			q = where(q)
		}
		return q
	}
	var counts []struct {
		K int64
		N int
	}
	if err := base().Select(by + " AS k, COUNT(*) AS n").Group(by).Scan(&counts).Error; err != nil {
		return nil, DBErr(err, "list")
	}
	for _, c := range counts {
		out[c.K].TotalCount = c.N
	}
	if n == 0 {
		return out, nil
	}
	order, cmp := "id DESC", "id < ?"
	if asc {
		order, cmp = "id ASC", "id > ?"
	}
	ranked := base().Select("*, ROW_NUMBER() OVER (PARTITION BY " + by + " ORDER BY " + order + ") AS page_rank")
	if afterID > 0 {
		ranked = ranked.Where(cmp, afterID)
	}
	var rows []T
	if err := db.Table("(?) AS ranked", ranked).Where("page_rank <= ?", n+1).Order(by + ", page_rank").Find(&rows).Error; err != nil {
		return nil, DBErr(err, "list")
	}
	for _, r := range rows {
		p := out[keyOf(r)]
		if len(p.Items) == n {
			p.HasNextPage = true
			continue
		}
		p.Items = append(p.Items, r)
		p.Cursors = append(p.Cursors, EncodeCursor("", idOf(r)))
	}
	return out, nil
}
