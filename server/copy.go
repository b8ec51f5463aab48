package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/migrations"
)

// copyOrder lists every model in an order where each row's references are already
// there, except self-references that point forward, which copy sets afterwards.
var copyOrder = []any{
	&domain.Person{}, &domain.Value{}, &domain.Metric{}, &domain.PersonValue{}, &domain.Collaboration{}, &domain.CollaborationValue{},
	&domain.Need{}, &domain.InvitationLink{}, &domain.Membership{}, &domain.Proposal{}, &domain.ProposalNeed{},
	&domain.Commitment{}, &domain.CommitmentTerms{}, &domain.Contribution{},
	&domain.GoalRevision{}, &domain.Position{}, &domain.Comment{}, &domain.Outcome{}, &domain.OutcomeValue{},
	&domain.OutcomeRevision{}, &domain.Measurement{}, &domain.Attestation{}, &domain.NeedOutcome{}, &domain.CommitmentOutcome{},
	&domain.ContributionOutcome{}, &domain.ProposalOutcomeLink{}, &domain.Activity{}, &domain.RefreshToken{},
	&domain.LoginAttempt{}, &domain.AccessToken{}, &domain.Notification{}, &domain.IdempotencyKey{},
	&domain.MailPreference{}, &domain.MailDigest{}, &domain.AccountToken{}, &domain.AccountMailRequest{},
	&domain.Thread{}, &domain.Post{}, &domain.PostRevision{}, &domain.Ballot{},
	&domain.Gathering{}, &domain.GatheringRSVP{}, &domain.GatheringAttendance{}, &domain.CalendarFeed{},
	&domain.Report{}, &domain.Block{}, &domain.Suspension{},
}

// copyDatabase copies every row of src into dst, which must be empty but for the values
// catalog its migration seeds, in one transaction; it checks the counts after. src is
// only read.
func copyDatabase(ctx context.Context, src, dst *database.DB, out io.Writer) error {
	if len(copyOrder) != len(domain.AllModels()) {
		return errors.New("copy: the copy order misses a model")
	}
	return dst.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, m := range copyOrder {
			var n int64
			if err := tx.Model(m).Count(&n).Error; err != nil {
				return err
			}
			_, isValue := m.(*domain.Value)
			_, isMetric := m.(*domain.Metric)
			if n > 0 && !isValue && !isMetric {
				return fmt.Errorf("copy: the target already has rows in %s; copy only into an empty database", tableOf(tx, m))
			}
		}
		// The target's migrations seeded the catalogs; the source's catalogs replace them.
		for _, table := range []string{"catalog_values", "metrics"} {
			if err := tx.Exec("DELETE FROM " + table).Error; err != nil {
				return err
			}
		}
		for _, m := range copyOrder {
			table := tableOf(tx, m)
			sch, err := schemaOf(tx, m)
			if err != nil {
				return err
			}
			typ := reflect.TypeOf(m).Elem()
			batch := reflect.New(reflect.SliceOf(reflect.PointerTo(typ)))
			var copied int64
			var forward []*domain.RefreshToken
			err = src.WithContext(ctx).Model(m).Order("id").FindInBatches(batch.Interface(), 1000, func(*gorm.DB, int) error {
				rows := batch.Elem()
				if rows.Len() == 0 {
					return nil
				}
				if err := checkStorable(ctx, table, sch, rows); err != nil {
					return err
				}
				// Refresh tokens point at their replacement, a later row: set those after.
				if rts, ok := batch.Interface().(*[]*domain.RefreshToken); ok {
					for _, rt := range *rts {
						if rt.ReplacedByID != nil {
							c := *rt
							forward = append(forward, &c)
							rt.ReplacedByID = nil
						}
					}
				}
				copied += int64(rows.Len())
				return insertRows(ctx, tx, table, sch, batch.Interface(), rows)
			}).Error
			var blocked *blockedRow
			if errors.As(err, &blocked) {
				return err
			}
			if err != nil {
				return fmt.Errorf("copy %s: %w", table, err)
			}
			for _, rt := range forward {
				if err := tx.Model(&domain.RefreshToken{}).Where("id = ?", rt.ID).Update("replaced_by_id", rt.ReplacedByID).Error; err != nil {
					return fmt.Errorf("copy %s: %w", table, err)
				}
			}
			var want, got int64
			if err := src.WithContext(ctx).Model(m).Count(&want).Error; err != nil {
				return err
			}
			if err := tx.Model(m).Count(&got).Error; err != nil {
				return err
			}
			if got != want || got != copied {
				return fmt.Errorf("copy %s: the source has %d rows, the target %d: nothing was kept", table, want, got)
			}
			if dst.Dialect == "postgres" && got > 0 {
				// Explicit IDs leave the sequence behind; new rows must not collide.
				if err := tx.Exec(fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT MAX(id) FROM %s))", table, table)).Error; err != nil {
					return fmt.Errorf("copy %s: %w", table, err)
				}
			}
			fmt.Fprintf(out, "%-22s %8d rows\n", table, got)
		}
		return nil
	})
}

// blockedRow is a row the target cannot take. Its message names the table, the row's
// id and why, and never a value of the row: rows hold emails and password hashes.
type blockedRow struct {
	table  string
	id     any
	reason string
}

func (b *blockedRow) Error() string {
	return fmt.Sprintf("copy %s: row id %v %s; correct or remove that row in the source (sqlite3 can) and copy again", b.table, b.id, b.reason)
}

// checkStorable finds text PostgreSQL cannot store, a NUL byte or invalid UTF-8, in rows
// of table (a slice of pointers to the model sch describes).
func checkStorable(ctx context.Context, table string, sch *schema.Schema, rows reflect.Value) error {
	for i := range rows.Len() {
		row := reflect.Indirect(rows.Index(i))
		for _, f := range sch.Fields {
			if f.DBName == "" {
				continue
			}
			v, _ := f.ValueOf(ctx, row)
			var texts []string
			switch x := v.(type) {
			case string:
				texts = []string{x}
			case *string:
				if x != nil {
					texts = []string{*x}
				}
			case []string:
				texts = x
			}
			for _, t := range texts {
				if !utf8.ValidString(t) || strings.ContainsRune(t, 0) {
					return &blockedRow{table: table, id: rowID(ctx, sch, row),
						reason: fmt.Sprintf("holds a NUL byte or invalid UTF-8 in %s, which PostgreSQL cannot store", f.DBName)}
				}
			}
		}
	}
	return nil
}

// insertRows inserts a batch of rows into table. When the target refuses the batch, it
// inserts them one by one, each after a savepoint, to find the row that blocks, and names
// it.
func insertRows(ctx context.Context, tx *gorm.DB, table string, sch *schema.Schema, batch any, rows reflect.Value) error {
	if err := tx.SavePoint("copy_batch").Error; err != nil {
		return err
	}
	if tx.Create(batch).Error == nil {
		return nil
	}
	if err := tx.RollbackTo("copy_batch").Error; err != nil {
		return err
	}
	for i := range rows.Len() {
		if err := tx.SavePoint("copy_row").Error; err != nil {
			return err
		}
		if err := tx.Create(rows.Index(i).Interface()).Error; err != nil {
			return &blockedRow{table: table, id: rowID(ctx, sch, reflect.Indirect(rows.Index(i))), reason: "cannot be copied: " + refusal(err)}
		}
	}
	first, last := rowID(ctx, sch, reflect.Indirect(rows.Index(0))), rowID(ctx, sch, reflect.Indirect(rows.Index(rows.Len()-1)))
	return fmt.Errorf("copy %s: the target refused the rows with ids %v to %v together, and took each alone", table, first, last)
}

// refusal says why the target refused a row, from the error's kind and the names of the
// column and constraint, never its message: PostgreSQL's messages may quote values.
func refusal(err error) string {
	var pg *pgconn.PgError
	switch {
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return "it repeats a value that must be unique"
	case errors.Is(err, gorm.ErrForeignKeyViolated):
		return "it refers to a row that is not there"
	case errors.Is(err, gorm.ErrCheckConstraintViolated):
		return "it breaks a check of the schema"
	case errors.As(err, &pg):
		why := "PostgreSQL refused it with SQLSTATE " + pg.Code
		if pg.ColumnName != "" {
			why += " on column " + pg.ColumnName
		}
		if pg.ConstraintName != "" {
			why += " by constraint " + pg.ConstraintName
		}
		return why
	}
	return "the target refused it"
}

func rowID(ctx context.Context, sch *schema.Schema, row reflect.Value) any {
	if sch.PrioritizedPrimaryField == nil {
		return "?"
	}
	id, _ := sch.PrioritizedPrimaryField.ValueOf(ctx, row)
	return id
}

func schemaOf(db *gorm.DB, m any) (*schema.Schema, error) {
	stmt := &gorm.Statement{DB: db}
	if err := stmt.Parse(m); err != nil {
		return nil, fmt.Errorf("copy: %w", err)
	}
	return stmt.Schema, nil
}

func tableOf(db *gorm.DB, m any) string {
	stmt := &gorm.Statement{DB: db}
	if err := stmt.Parse(m); err != nil {
		return fmt.Sprintf("%T", m)
	}
	return stmt.Schema.Table
}

// copyCommand runs `kindred copy --from SQLITE --to POSTGRES`.
func copyCommand(ctx context.Context, from, to string, log *slog.Logger, stdout io.Writer, clk clock.Clock) (err error) {
	if from == "" || to == "" {
		return errors.New("usage: kindred copy --from kindred.db --to postgres://…")
	}
	if database.IsPostgres(from) || !database.IsPostgres(to) {
		return errors.New("copy moves an install up: --from a SQLite file, --to a postgres:// URL")
	}
	// A source that is being served changes under the copy, which reads it in batches.
	lock, err := database.Claim(from, "copy")
	if err != nil {
		return fmt.Errorf("copy: %w", err)
	}
	defer lock.Release()
	src, err := database.Open(ctx, from, log, clk.Now)
	if err != nil {
		return err
	}
	defer closeDB(src, &err)
	sqlSrc, err := src.DB.DB()
	if err != nil {
		return err
	}
	// The source is only read: one that is behind is migrated by `kindred migrate` first.
	if n, err := migrations.Pending(ctx, sqlSrc, src.Dialect); err != nil || n > 0 {
		if err == nil {
			err = fmt.Errorf("the source is %d migrations behind; run kindred migrate on it first", n)
		}
		return fmt.Errorf("copy: %w", err)
	}
	dst, err := database.Open(ctx, to, log, clk.Now)
	if err != nil {
		return err
	}
	defer closeDB(dst, &err)
	if _, err := dst.Migrate(ctx); err != nil {
		return err
	}
	if err := copyDatabase(ctx, src, dst, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "Every row is copied and counted; the source is unchanged.")
	return nil
}
