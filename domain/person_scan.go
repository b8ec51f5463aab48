package domain

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"
)

// The two reads of people on every request's path (the viewer, and the people a page
// shows) scan their rows by hand: GORM's reflective scan cost several times the query.
// TestPersonColumnsAreGORMs keeps personColumns equal to GORM's columns of Person.

// personColumns are the people table's columns in the order scanPerson reads them.
var personColumns = []string{"id", "handle", "display_name", "email", "email_verified_at", "pending_email", "password_hash", "bio", "location",
	"latitude", "longitude", "remote_friendly", "skills", "named_in_reports", "visibility", "role", "session_epoch",
	"suspended_at", "time_zone", "locale", "created_at", "updated_at"}

var selectPeople = "SELECT " + strings.Join(personColumns, ", ") + " FROM people WHERE "

// ReadPeople runs a query of selectPeople + where and reads its rows.
func ReadPeople(db *gorm.DB, where string, args ...any) ([]*Person, error) {
	rows, err := db.Raw(selectPeople+where, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var people []*Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, err
		}
		people = append(people, p)
	}
	rowsRead(db, len(people))
	return people, rows.Err()
}

// rowsRead reports n rows read through Rows to the plugins counting rows (the metrics'),
// since GORM's callbacks run before any is read.
func rowsRead(db *gorm.DB, n int) {
	for _, p := range db.Plugins {
		if c, ok := p.(interface{ AddRows(int) }); ok {
			c.AddRows(n)
		}
	}
}

func scanPerson(rows *sql.Rows) (*Person, error) {
	var (
		p                   Person
		latitude, longitude sql.NullFloat64
		skills              []byte
		suspendedAt         sql.NullTime
		emailVerifiedAt     sql.NullTime
		pendingEmail        sql.NullString
		locale              sql.NullString
	)
	if err := rows.Scan(&p.ID, &p.Handle, &p.DisplayName, &p.Email, &emailVerifiedAt, &pendingEmail, &p.PasswordHash, &p.Bio, &p.Location,
		&latitude, &longitude, &p.RemoteFriendly, &skills, &p.NamedInReports, &p.Visibility, &p.Role, &p.SessionEpoch,
		&suspendedAt, &p.TimeZone, &locale, &p.CreatedAt, &p.UpdatedAt); err != nil {
		return nil, err
	}
	if latitude.Valid {
		p.Latitude = &latitude.Float64
	}
	if longitude.Valid {
		p.Longitude = &longitude.Float64
	}
	if emailVerifiedAt.Valid {
		p.EmailVerifiedAt = &emailVerifiedAt.Time
	}
	if pendingEmail.Valid {
		p.PendingEmail = &pendingEmail.String
	}
	if suspendedAt.Valid {
		p.SuspendedAt = &suspendedAt.Time
	}
	if locale.Valid {
		p.Locale = &locale.String
	}
	if len(skills) > 0 {
		if err := parseStringList(skills, &p.Skills); err != nil {
			return nil, fmt.Errorf("skills of person %d: %w", p.ID, err)
		}
	}
	return &p, nil
}

// trimJSONSpace drops JSON's whitespace around b.
func trimJSONSpace(b []byte) []byte {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// parseStringList decodes a JSON array of strings as json.Unmarshal does. Skills are
// plain words, so it reads those itself (encoding/json cost a seventh of reading a page
// of people) and hands anything else, escapes included, to encoding/json.
func parseStringList(b []byte, out *[]string) error {
	b = trimJSONSpace(b)
	if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
		return json.Unmarshal(b, out)
	}
	body := trimJSONSpace(b[1 : len(b)-1])
	list := make([]string, 0, bytes.Count(body, []byte{','})+1)
	for len(body) > 0 {
		end := bytes.IndexByte(body[min(1, len(body)):], '"') + 1
		if body[0] != '"' || end <= 0 {
			return json.Unmarshal(b, out)
		}
		word := body[1:end]
		for _, c := range word {
			if c < 0x20 || c == '\\' || c >= utf8.RuneSelf {
				return json.Unmarshal(b, out)
			}
		}
		list = append(list, string(word))
		body = trimJSONSpace(body[end+1:])
		if len(body) > 0 {
			if body[0] != ',' {
				return json.Unmarshal(b, out)
			}
			body = trimJSONSpace(body[1:])
			if len(body) == 0 { // a trailing comma
				return json.Unmarshal(b, out)
			}
		}
	}
	*out = list
	return nil
}

// PersonByID reads one person; gorm.ErrRecordNotFound when there is none.
func PersonByID(ctx context.Context, db *gorm.DB, id int64) (*Person, error) {
	people, err := ReadPeople(db.WithContext(ctx), "id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(people) == 0 {
		return nil, gorm.ErrRecordNotFound
	}
	return people[0], nil
}
