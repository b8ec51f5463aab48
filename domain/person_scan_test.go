package domain

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"kindred/database"
	"kindred/database/dbtest"
)

// A column added to Person must be read by scanPerson too.
func TestPersonColumnsAreGORMs(t *testing.T) {
	s, err := schema.Parse(&Person{}, &sync.Map{}, schema.NamingStrategy{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.DBNames) != len(personColumns) {
		t.Fatalf("GORM reads %v, scanPerson %v", s.DBNames, personColumns)
	}
	for i, name := range s.DBNames {
		if personColumns[i] != name {
			t.Errorf("column %d: GORM reads %s, scanPerson %s", i, name, personColumns[i])
		}
	}
}

// Reading a person by hand gives what GORM reads, every field set or not, on both dialects.
func TestPersonReadByHandIsGORMs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		now := time.Date(2026, 11, 26, 12, 30, 15, 123456000, time.UTC)
		lat, lon := 38.72, -9.14
		pending := "new@example.org"
		full := &Person{Handle: "full", DisplayName: "Full Person", Email: "full@example.org", EmailVerifiedAt: &now, PendingEmail: &pending, PasswordHash: "hash",
			Bio: "bio", Location: "Lisbon", Latitude: &lat, Longitude: &lon, RemoteFriendly: true, Skills: []string{"design", "go"},
			Visibility: VisibilityMembers, Role: RoleAdmin, SessionEpoch: 7, SuspendedAt: &now, CreatedAt: now, UpdatedAt: now.Add(time.Hour)}
		bare := &Person{Handle: "bare", DisplayName: "Bare", Email: "bare@example.org", PasswordHash: "hash", Skills: []string{},
			Visibility: VisibilityPublic, Role: RoleMember, CreatedAt: now, UpdatedAt: now}
		for _, p := range []*Person{full, bare} {
			if err := db.Create(p).Error; err != nil {
				t.Fatal(err)
			}
			var want Person
			if err := db.First(&want, p.ID).Error; err != nil {
				t.Fatal(err)
			}
			got, err := PersonByID(context.Background(), db.DB, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("by hand:\n%+v\nGORM:\n%+v", *got, want)
			}
		}
		counter := &rowCounter{}
		if err := db.Use(counter); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadPeople(db.DB, "id IN ?", []int64{full.ID, bare.ID}); err != nil || counter.rows != 2 {
			t.Errorf("read two people: %v, and reported %d rows read, want 2", err, counter.rows)
		}
		if _, err := PersonByID(context.Background(), db.DB, bare.ID+100); !errors.Is(err, gorm.ErrRecordNotFound) {
			t.Errorf("a missing person: got %v, want gorm.ErrRecordNotFound", err)
		}
	})
}

// rowCounter stands for the metrics' plugin counting rows.
type rowCounter struct{ rows int }

func (*rowCounter) Name() string              { return "test:rows" }
func (*rowCounter) Initialize(*gorm.DB) error { return nil }
func (c *rowCounter) AddRows(n int)           { c.rows += n }
