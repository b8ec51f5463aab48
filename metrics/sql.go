package metrics

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"
)

// sqlCounters count the statements GORM runs and the rows they return or change; the
// benchmark reads them to report statements per request.
type sqlCounters struct {
	statements prometheus.Counter
	rows       prometheus.Counter
}

func newSQLCounters() sqlCounters {
	return sqlCounters{
		statements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "kindred_sql_statements_total", Help: "SQL statements run through GORM.",
		}),
		rows: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "kindred_sql_rows_total", Help: "Rows the SQL statements run through GORM returned or changed.",
		}),
	}
}

// CountSQL counts every statement db runs from now on (and every session made from it).
func (m *Metrics) CountSQL(db *gorm.DB) error {
	count := func(tx *gorm.DB) {
		m.sql.statements.Inc()
		if tx.RowsAffected > 0 {
			m.sql.rows.Add(float64(tx.RowsAffected))
		}
	}
	cb := db.Callback()
	return errors.Join(
		db.Use(rowCounter{m.sql.rows}),
		cb.Create().After("gorm:create").Register("metrics:create", count),
		cb.Query().After("gorm:query").Register("metrics:query", count),
		cb.Update().After("gorm:update").Register("metrics:update", count),
		cb.Delete().After("gorm:delete").Register("metrics:delete", count),
		cb.Row().After("gorm:row").Register("metrics:row", count),
		cb.Raw().After("gorm:raw").Register("metrics:raw", count),
	)
}

// rowCounter is a GORM plugin through which code that reads rows itself (Rows, which the
// callbacks see before any row is read) reports how many it read: it calls AddRows on
// every plugin that has it.
type rowCounter struct{ rows prometheus.Counter }

func (rowCounter) Name() string              { return "kindred:rows" }
func (rowCounter) Initialize(*gorm.DB) error { return nil }
func (c rowCounter) AddRows(n int)           { c.rows.Add(float64(n)) }
