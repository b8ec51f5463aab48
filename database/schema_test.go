package database_test

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm/schema"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/mail"
)

// column is the dialect-neutral shape of a column.
type column struct {
	Type     string // int, text, bool, time, float
	Nullable bool
}

// shape is the dialect-neutral shape of a whole database.
type shape struct {
	Columns     map[string]map[string]column // table → column → shape
	Uniques     map[string][]string          // table → sorted "a,b" column sets
	ForeignKeys map[string][]string          // table → sorted "col->table.col"
}

var neutral = map[string]string{
	"bigint": "int", "integer": "int", "text": "text", "boolean": "bool",
	"timestamp with time zone": "time", "datetime": "time", "double precision": "float", "real": "float",
}

func sqliteShape(t *testing.T, db *database.DB) shape {
	t.Helper()
	s := shape{map[string]map[string]column{}, map[string][]string{}, map[string][]string{}}
	var tables []string
	db.Raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'goose_db_version'`).Scan(&tables)
	for _, tb := range tables {
		var cols []struct {
			Name    string
			Type    string
			NotNull bool `gorm:"column:notnull"`
			PK      int  `gorm:"column:pk"`
		}
		db.Raw(fmt.Sprintf("PRAGMA table_info(%q)", tb)).Scan(&cols)
		s.Columns[tb] = map[string]column{}
		for _, c := range cols {
			s.Columns[tb][c.Name] = column{Type: neutral[strings.ToLower(c.Type)], Nullable: !c.NotNull && c.PK == 0}
		}
		var idx []struct {
			Name   string
			Unique bool
			Origin string
		}
		db.Raw(fmt.Sprintf("PRAGMA index_list(%q)", tb)).Scan(&idx)
		for _, ix := range idx {
			if !ix.Unique || ix.Origin == "pk" {
				continue
			}
			var ic []struct{ Name string }
			db.Raw(fmt.Sprintf("PRAGMA index_info(%q)", ix.Name)).Scan(&ic)
			names := make([]string, len(ic))
			for i, c := range ic {
				names[i] = c.Name
			}
			s.Uniques[tb] = append(s.Uniques[tb], strings.Join(names, ","))
		}
		var fks []struct {
			Table string
			From  string
			To    string
		}
		db.Raw(fmt.Sprintf("PRAGMA foreign_key_list(%q)", tb)).Scan(&fks)
		for _, fk := range fks {
			s.ForeignKeys[tb] = append(s.ForeignKeys[tb], fk.From+"->"+fk.Table+"."+fk.To)
		}
	}
	return s.sorted()
}

func postgresShape(t *testing.T, db *database.DB) shape {
	t.Helper()
	s := shape{map[string]map[string]column{}, map[string][]string{}, map[string][]string{}}
	var cols []struct {
		TableName, ColumnName, DataType, IsNullable string
	}
	db.Raw(`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name <> 'goose_db_version'`).Scan(&cols)
	for _, c := range cols {
		if s.Columns[c.TableName] == nil {
			s.Columns[c.TableName] = map[string]column{}
		}
		s.Columns[c.TableName][c.ColumnName] = column{Type: neutral[c.DataType], Nullable: c.IsNullable == "YES"}
	}
	var cons []struct {
		Tbl, Kind, Cols, Ref string
	}
	db.Raw(`SELECT rel.relname AS tbl, con.contype AS kind,
		  (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
		     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS cols,
		  COALESCE((SELECT f.relname || '.' || a.attname FROM pg_class f JOIN pg_attribute a ON a.attrelid = f.oid
		     WHERE f.oid = con.confrelid AND a.attnum = con.confkey[1]), '') AS ref
		FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
		JOIN pg_namespace ns ON ns.oid = rel.relnamespace
		WHERE ns.nspname = 'public' AND con.contype IN ('u', 'f') AND rel.relname <> 'goose_db_version'`).Scan(&cons)
	// Unique indexes that back no constraint, such as a partial one (one open report per
	// reporter and target), as SQLite lists them.
	var idx []struct{ Tbl, Cols string }
	db.Raw(`SELECT t.relname AS tbl, string_agg(a.attname, ',' ORDER BY k.ord) AS cols
		FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
		CROSS JOIN unnest(i.indkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n
		WHERE ns.nspname = 'public' AND i.indisunique AND NOT i.indisprimary
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
		GROUP BY t.relname, i.indexrelid`).Scan(&idx)
	for _, ix := range idx {
		s.Uniques[ix.Tbl] = append(s.Uniques[ix.Tbl], ix.Cols)
	}
	for _, c := range cons {
		if c.Kind == "u" {
			s.Uniques[c.Tbl] = append(s.Uniques[c.Tbl], c.Cols)
		} else {
			s.ForeignKeys[c.Tbl] = append(s.ForeignKeys[c.Tbl], c.Cols+"->"+c.Ref)
		}
	}
	return s.sorted()
}

func (s shape) sorted() shape {
	for _, m := range []map[string][]string{s.Uniques, s.ForeignKeys} {
		for k := range m {
			sort.Strings(m[k])
		}
	}
	return s
}

// TestDialectsMigrateToSameShape checks that both dialects end with the same tables,
// columns, types, nullability, unique constraints and foreign keys.
func TestDialectsMigrateToSameShape(t *testing.T) {
	lite := sqliteShape(t, dbtest.Open(t, "sqlite"))
	pg := postgresShape(t, dbtest.Open(t, "postgres"))
	if len(lite.Columns) < 20 {
		t.Fatalf("got %d sqlite tables, want at least 20", len(lite.Columns))
	}
	for tb, cols := range lite.Columns {
		for name, c := range cols {
			if c.Type == "" {
				t.Errorf("sqlite %s.%s: type not recognised", tb, name)
			}
		}
	}
	if !reflect.DeepEqual(lite.Columns, pg.Columns) {
		for tb := range lite.Columns {
			if !reflect.DeepEqual(lite.Columns[tb], pg.Columns[tb]) {
				t.Errorf("table %s: sqlite columns %v, postgres columns %v", tb, lite.Columns[tb], pg.Columns[tb])
			}
		}
		for tb := range pg.Columns {
			if _, ok := lite.Columns[tb]; !ok {
				t.Errorf("table %s only in postgres", tb)
			}
		}
	}
	if !reflect.DeepEqual(lite.Uniques, pg.Uniques) {
		t.Errorf("unique constraints differ:\nsqlite   %v\npostgres %v", lite.Uniques, pg.Uniques)
	}
	if !reflect.DeepEqual(lite.ForeignKeys, pg.ForeignKeys) {
		t.Errorf("foreign keys differ:\nsqlite   %v\npostgres %v", lite.ForeignKeys, pg.ForeignKeys)
	}
}

// TestModelsMatchMigrations checks every GORM model against its migrated table: the same
// columns, pointer fields exactly where columns are nullable, and matching types.
func TestModelsMatchMigrations(t *testing.T) {
	lite := sqliteShape(t, dbtest.Open(t, "sqlite"))
	seen := map[string]bool{}
	for _, m := range append(domain.AllModels(), mail.Models()...) {
		sch, err := schema.Parse(m, &sync.Map{}, schema.NamingStrategy{})
		if err != nil {
			t.Fatalf("parse %T: %v", m, err)
		}
		seen[sch.Table] = true
		cols, ok := lite.Columns[sch.Table]
		if !ok {
			t.Errorf("%T: table %s is not migrated", m, sch.Table)
			continue
		}
		fields := map[string]bool{}
		for _, f := range sch.Fields {
			if f.DBName == "" {
				continue
			}
			fields[f.DBName] = true
			c, ok := cols[f.DBName]
			if !ok {
				t.Errorf("%T.%s: column %s.%s is not migrated", m, f.Name, sch.Table, f.DBName)
				continue
			}
			if got, want := goType(f), c.Type; got != want {
				t.Errorf("%T.%s: got Go type %s, want one for column type %s", m, f.Name, got, want)
			}
			pointer := f.FieldType.Kind() == reflect.Pointer
			if pointer != c.Nullable && !f.PrimaryKey {
				t.Errorf("%T.%s: pointer %v, but column nullable %v", m, f.Name, pointer, c.Nullable)
			}
		}
		for name := range cols {
			if !fields[name] {
				t.Errorf("%T: column %s.%s has no field", m, sch.Table, name)
			}
		}
	}
	for tb := range lite.Columns {
		if !seen[tb] {
			t.Errorf("table %s has no model", tb)
		}
	}
}

func goType(f *schema.Field) string {
	if f.Serializer != nil {
		return "text"
	}
	ty := f.FieldType
	if ty.Kind() == reflect.Pointer {
		ty = ty.Elem()
	}
	if ty == reflect.TypeOf(time.Time{}) {
		return "time"
	}
	switch ty.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "int"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "bool"
	case reflect.Float64:
		return "float"
	}
	return ty.String()
}
