package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/demo"
	"kindred/domain"
)

// TestCopyRoundTrip copies a seeded SQLite install into an empty PostgreSQL one and finds
// every row of every table equal; the source is unchanged and a second copy is refused.
func TestCopyRoundTrip(t *testing.T) {
	ctx := context.Background()
	dbtest.SkipWithoutPostgres(t)
	from := dbtest.URL(t, "sqlite")
	src, err := database.Open(ctx, from, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, src)
	if _, err := demo.Load(ctx, src.DB, clocktest.Start(), "x"); err != nil {
		t.Fatal(err)
	}
	// Sessions too: a refresh token replaced by a later one points forward.
	var amara domain.Person
	src.Where("handle = ?", demo.DemoHandle).First(&amara)
	now := clocktest.Start()
	r1 := domain.RefreshToken{PersonID: amara.ID, FamilyID: "f", TokenHash: "h1", ExpiresAt: now.Add(time.Hour), CreatedAt: now}
	r2 := domain.RefreshToken{PersonID: amara.ID, FamilyID: "f", TokenHash: "h2", ExpiresAt: now.Add(time.Hour), CreatedAt: now}
	src.Create(&r1)
	src.Create(&r2)
	src.Model(&r1).Update("replaced_by_id", r2.ID)
	to := dbtest.URL(t, "postgres")
	var out bytes.Buffer
	if err := run(ctx, []string{"copy", "--from", from, "--to", to}, &out, io.Discard, clocktest.New()); err != nil {
		t.Fatalf("copy: %v\n%s", err, out.String())
	}
	dst, err := database.Open(ctx, to, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, dst)
	for _, m := range copyOrder {
		typ := reflect.TypeOf(m).Elem()
		a, b := reflect.New(reflect.SliceOf(typ)), reflect.New(reflect.SliceOf(typ))
		src.Model(m).Order("id").Find(a.Interface())
		dst.Model(m).Order("id").Find(b.Interface())
		if a.Elem().Len() != b.Elem().Len() {
			t.Errorf("%T: got %d rows, want %d", m, b.Elem().Len(), a.Elem().Len())
			continue
		}
		for i := 0; i < a.Elem().Len(); i++ {
			x, y := normalize(a.Elem().Index(i)), normalize(b.Elem().Index(i))
			if !reflect.DeepEqual(x, y) {
				t.Errorf("%T row %d:\nsqlite   %+v\npostgres %+v", m, i, x, y)
				break
			}
		}
	}
	// New rows get new IDs: the sequences moved past the copied ones.
	if err := dst.Create(&domain.LoginAttempt{Login: "x", IP: "y", CreatedAt: now}).Error; err != nil {
		t.Errorf("insert after copy: %v", err)
	}
	if err := run(ctx, []string{"copy", "--from", from, "--to", to}, io.Discard, io.Discard, clocktest.New()); err == nil {
		t.Error("a second copy into a non-empty database: got no error")
	}
}

// normalize makes a row comparable across databases: times in UTC to the microsecond.
func normalize(v reflect.Value) any {
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	for i := 0; i < c.NumField(); i++ {
		f := c.Field(i)
		switch t := f.Interface().(type) {
		case time.Time:
			f.Set(reflect.ValueOf(t.UTC().Truncate(time.Microsecond)))
		case *time.Time:
			if t != nil {
				u := t.UTC().Truncate(time.Microsecond)
				f.Set(reflect.ValueOf(&u))
			}
		}
	}
	return c.Interface()
}

// TestCopyFailureShowsNoValues: a copy that fails on a batch of people prints neither
// their emails nor their password hashes, in its log or in its error (issue 19, item 6).
func TestCopyFailureShowsNoValues(t *testing.T) {
	ctx := context.Background()
	dbtest.SkipWithoutPostgres(t)
	from := dbtest.URL(t, "sqlite")
	src, err := database.Open(ctx, from, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, src)
	const hash = "$argon2id$v=19$m=19456,t=2,p=1$Y29weXNhbHQ$Y29weWhhc2hvZnRoZWRlbW8"
	if _, err := demo.Load(ctx, src.DB, clocktest.Start(), hash); err != nil {
		t.Fatal(err)
	}
	var emails []string
	if err := src.Model(&domain.Person{}).Pluck("email", &emails).Error; err != nil || len(emails) == 0 {
		t.Fatalf("got %d emails (%v), want the demo's", len(emails), err)
	}
	// The target refuses one of the people, so the batch that carries them all fails.
	to := dbtest.URL(t, "postgres")
	dst, err := database.Open(ctx, to, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeLater(t, dst)
	if err := dst.Exec("ALTER TABLE people ADD CONSTRAINT copy_blocker CHECK (handle <> '" + demo.DemoHandle + "')").Error; err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err = run(ctx, []string{"copy", "--from", from, "--to", to}, &stdout, &stderr, clocktest.New())
	if err == nil {
		t.Fatal("copy into a target that refuses a person: got no error")
	}
	shown := stdout.String() + stderr.String() + err.Error()
	if !strings.Contains(stderr.String(), "INSERT INTO") {
		t.Errorf("the failed statement is not logged: %s", stderr.String())
	}
	for _, secret := range append(emails, hash, "Y29weWhhc2hvZnRoZWRlbW8") {
		if strings.Contains(shown, secret) {
			t.Fatalf("copy shows the value %q:\n%s", secret, shown)
		}
	}
}

// TestCopyNamesTheRowThatBlocksIt: a SQLite install may hold rows PostgreSQL refuses,
// such as text with a NUL byte written before text was checked, or a row whose reference
// was lost while foreign keys were off. The copy stops, names the table and the row's id
// (and the column, when it knows it), prints none of the row's values (an email and a
// password hash least of all), and the target keeps nothing.
func TestCopyNamesTheRowThatBlocksIt(t *testing.T) {
	dbtest.SkipWithoutPostgres(t)
	const name, hash = "Bo\x00Zephyrine", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
	tests := []struct {
		name string
		// spoil breaks one row of the source and returns its table, id and what the
		// error must say besides.
		spoil func(t *testing.T, src *database.DB, p domain.Person) (table string, id int64, also string)
	}{
		{"nul_byte", func(t *testing.T, src *database.DB, p domain.Person) (string, int64, string) {
			if err := src.Exec("UPDATE people SET display_name = ?, password_hash = ? WHERE id = ?", name, hash, p.ID).Error; err != nil {
				t.Fatal(err)
			}
			return "people", p.ID, "display_name"
		}},
		{"lost_reference", func(t *testing.T, src *database.DB, p domain.Person) (string, int64, string) {
			var pv domain.PersonValue
			if err := src.Where("person_id = ?", p.ID).First(&pv).Error; err != nil {
				t.Fatal(err)
			}
			if err := src.Exec("PRAGMA foreign_keys = OFF").Error; err != nil {
				t.Fatal(err)
			}
			if err := src.Exec("UPDATE person_values SET value_id = 999999 WHERE id = ?", pv.ID).Error; err != nil {
				t.Fatal(err)
			}
			if err := src.Exec("UPDATE people SET password_hash = ? WHERE id = ?", hash, p.ID).Error; err != nil {
				t.Fatal(err)
			}
			return "person_values", pv.ID, "refers to a row"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			from := dbtest.URL(t, "sqlite")
			src, err := database.Open(ctx, from, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			closeLater(t, src)
			if _, err := demo.Load(ctx, src.DB, clocktest.Start(), "x"); err != nil {
				t.Fatal(err)
			}
			var p domain.Person
			if err := src.Where("handle <> ?", demo.DemoHandle).Order("id DESC").First(&p).Error; err != nil {
				t.Fatal(err)
			}
			table, id, also := tt.spoil(t, src, p)
			to := dbtest.URL(t, "postgres")
			var out, logs bytes.Buffer
			err = run(ctx, []string{"copy", "--from", from, "--to", to}, &out, &logs, clocktest.New())
			if err == nil {
				t.Fatal("got no error")
			}
			msg := err.Error()
			t.Logf("the copy said: %s", msg)
			for _, want := range []string{"copy " + table + ":", fmt.Sprintf("id %d", id), also} {
				if !strings.Contains(msg, want) {
					t.Errorf("got error %q, want it to say %q", msg, want)
				}
			}
			for _, secret := range []string{p.Email, hash, "Zephyrine", p.Bio} {
				if strings.Contains(msg+out.String()+logs.String(), secret) {
					t.Errorf("the copy printed a value of a row (%q):\n%s\n%s\n%s", secret, msg, out.String(), logs.String())
				}
			}
			dst, err := database.Open(ctx, to, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			closeLater(t, dst)
			var n int64
			if err := dst.Model(&domain.Person{}).Count(&n).Error; err != nil || n != 0 {
				t.Errorf("got %d people in the target (%v), want none: a failed copy keeps nothing", n, err)
			}
		})
	}
}
