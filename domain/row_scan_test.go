package domain

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm/schema"

	"kindred/database"
	"kindred/database/dbtest"
)

func TestRowColumnsAreGORMs(t *testing.T) {
	for _, c := range []struct {
		model   any
		columns []string
	}{{&PersonValue{}, personValueColumns}, {&Membership{}, membershipColumns}} {
		s, err := schema.Parse(c.model, &sync.Map{}, schema.NamingStrategy{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s.DBNames, c.columns) {
			t.Errorf("%T: GORM reads %v, the hand scan %v", c.model, s.DBNames, c.columns)
		}
	}
}

// Reading held values and memberships by hand gives what GORM reads, optional links set
// or not, on both dialects.
func TestRowsReadByHandAreGORMs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		now := time.Date(2026, 11, 26, 12, 30, 15, 123456000, time.UTC)
		p := &Person{Handle: "p", DisplayName: "P", Email: "p@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: VisibilityPublic, Role: RoleMember, CreatedAt: now, UpdatedAt: now}
		var v Value
		db.Order("id").First(&v)
		q := &Person{Handle: "q", DisplayName: "Q", Email: "q@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: VisibilityPublic, Role: RoleMember, CreatedAt: now, UpdatedAt: now}
		if err := db.Create([]*Person{p, q}).Error; err != nil {
			t.Fatal(err)
		}
		c := &Collaboration{Slug: "c", Title: "C", Goal: "g", Status: CollaborationForming, Visibility: VisibilityPublic, CreatedByID: p.ID, CreatedAt: now, UpdatedAt: now}
		if err := db.Create(c).Error; err != nil {
			t.Fatal(err)
		}
		for _, row := range []any{
			&PersonValue{PersonID: p.ID, ValueID: v.ID, Strength: 4, Statement: "Because.", CreatedAt: now, UpdatedAt: now.Add(time.Hour)},
			&Membership{CollaborationID: c.ID, PersonID: p.ID, Role: MembershipSteward, Status: MembershipActive, CreatedAt: now, UpdatedAt: now},
			&Membership{CollaborationID: c.ID, PersonID: q.ID, Role: MembershipMember, Status: MembershipInvited, InvitedByID: &p.ID, CreatedAt: now, UpdatedAt: now.Add(time.Minute)},
		} {
			if err := db.Create(row).Error; err != nil {
				t.Fatal(err)
			}
		}
		var wantValues []*PersonValue
		db.Where("person_id = ?", p.ID).Order("id").Find(&wantValues)
		gotValues, err := ReadPersonValues(db.DB, "WHERE person_id = ? ORDER BY id", p.ID)
		if err != nil || !reflect.DeepEqual(gotValues, wantValues) {
			t.Errorf("held values: got %+v, %v; GORM read %+v", gotValues, err, wantValues)
		}
		var wantMembers []*Membership
		db.Where("collaboration_id = ?", c.ID).Order("id").Find(&wantMembers)
		gotMembers, err := ReadMemberships(db.DB, "WHERE collaboration_id = ? ORDER BY id", c.ID)
		if err != nil || len(gotMembers) != 2 || !reflect.DeepEqual(gotMembers, wantMembers) {
			t.Errorf("memberships: got %+v, %v; GORM read %+v", gotMembers, err, wantMembers)
		}
	})
}
