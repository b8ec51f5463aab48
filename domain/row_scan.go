package domain

import (
	"database/sql"
	"strings"

	"gorm.io/gorm"
)

// Held values and memberships are read by hand on the paths every page takes (a person's
// values, a person's or a collaboration's memberships), as people are (person_scan.go):
// GORM's reflective scan cost more than the query. TestRowColumnsAreGORMs keeps the
// column lists equal to GORM's.

var personValueColumns = []string{"id", "person_id", "value_id", "strength", "statement", "created_at", "updated_at"}

var membershipColumns = []string{"id", "collaboration_id", "person_id", "role", "status", "invited_by_id", "invitation_link_id",
	"created_at", "updated_at"}

// ReadPersonValues reads the held values of a query that ends "FROM person_values " + rest.
func ReadPersonValues(db *gorm.DB, rest string, args ...any) ([]*PersonValue, error) {
	return readRows(db, "SELECT "+strings.Join(personValueColumns, ", ")+" FROM person_values "+rest, args, func(rows *sql.Rows) (*PersonValue, error) {
		var v PersonValue
		err := rows.Scan(&v.ID, &v.PersonID, &v.ValueID, &v.Strength, &v.Statement, &v.CreatedAt, &v.UpdatedAt)
		return &v, err
	})
}

// ReadMemberships reads the memberships of a query that ends "FROM memberships " + rest.
func ReadMemberships(db *gorm.DB, rest string, args ...any) ([]*Membership, error) {
	return readRows(db, "SELECT "+strings.Join(membershipColumns, ", ")+" FROM memberships "+rest, args, func(rows *sql.Rows) (*Membership, error) {
		var m Membership
		var invitedBy, link sql.NullInt64
		if err := rows.Scan(&m.ID, &m.CollaborationID, &m.PersonID, &m.Role, &m.Status, &invitedBy, &link, &m.CreatedAt, &m.UpdatedAt); err != nil {
			return nil, err
		}
		if invitedBy.Valid {
			m.InvitedByID = &invitedBy.Int64
		}
		if link.Valid {
			m.InvitationLinkID = &link.Int64
		}
		return &m, nil
	})
}

func readRows[T any](db *gorm.DB, query string, args []any, scan func(*sql.Rows) (*T, error)) ([]*T, error) {
	rows, err := db.Raw(query, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*T
	for rows.Next() {
		r, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	rowsRead(db, len(out))
	return out, rows.Err()
}
