package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"

	"gorm.io/gorm"

	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/migrations"
)

// copyOrder lists every model in an order where each row's references are already
// there, except self-references that point forward, which copy sets afterwards.
var copyOrder = []any{
	&domain.Person{}, &domain.Value{}, &domain.PersonValue{}, &domain.Collaboration{}, &domain.CollaborationValue{},
	&domain.Membership{}, &domain.Need{}, &domain.Commitment{}, &domain.Contribution{}, &domain.Proposal{},
	&domain.GoalRevision{}, &domain.Position{}, &domain.Comment{}, &domain.Outcome{}, &domain.OutcomeValue{},
	&domain.OutcomeRevision{}, &domain.Measurement{}, &domain.Attestation{}, &domain.Activity{}, &domain.RefreshToken{},
	&domain.LoginAttempt{}, &domain.AccessToken{}, &domain.Notification{}, &domain.ScheduledJob{}, &domain.IdempotencyKey{},
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
			if _, isValue := m.(*domain.Value); n > 0 && !isValue {
				return fmt.Errorf("copy: the target already has rows in %s; copy only into an empty database", tableOf(tx, m))
			}
		}
		// The target's migration seeded the catalog; the source's catalog replaces it.
		if err := tx.Exec("DELETE FROM catalog_values").Error; err != nil {
			return err
		}
		for _, m := range copyOrder {
			table := tableOf(tx, m)
			typ := reflect.TypeOf(m).Elem()
			batch := reflect.New(reflect.SliceOf(reflect.PointerTo(typ)))
			var copied int64
			var forward []*domain.RefreshToken
			err := src.WithContext(ctx).Model(m).Order("id").FindInBatches(batch.Interface(), 1000, func(*gorm.DB, int) error {
				rows := batch.Elem()
				if rows.Len() == 0 {
					return nil
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
				return tx.Create(batch.Interface()).Error
			}).Error
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
