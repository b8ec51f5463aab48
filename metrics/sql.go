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
		cb.Create().After("gorm:create").Register("metrics:create", count),
		cb.Query().After("gorm:query").Register("metrics:query", count),
		cb.Update().After("gorm:update").Register("metrics:update", count),
		cb.Delete().After("gorm:delete").Register("metrics:delete", count),
		cb.Row().After("gorm:row").Register("metrics:row", count),
		cb.Raw().After("gorm:raw").Register("metrics:raw", count),
	)
}
