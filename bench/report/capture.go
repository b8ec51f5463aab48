package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
)

// logRecord matches the start of a record of PostgreSQL's default stderr log
// (log_line_prefix '%m [%p] '); lines that do not match continue the record before.
var logRecord = regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] ([A-Z]+):  (.*)$`)

// logged names a statement with log_statement = all: "execute <name>: SQL" for the
// extended protocol pgx uses, "statement: SQL" for the simple one.
var logged = regexp.MustCompile(`(?s)^(?:execute [^:]*|statement): (.*)$`)

var (
	logParam    = regexp.MustCompile(`\$(\d+) = (NULL|'(?:[^']|'')*')`)
	placeholder = regexp.MustCompile(`\$(\d+)`)
)

// Statement is one statement PostgreSQL logged, with its parameters inlined as the
// literals the log shows.
type Statement struct{ SQL string }

// ParseLog returns the statements logged in r, in order, with their parameters inlined.
func ParseLog(r io.Reader) ([]Statement, error) {
	type record struct{ level, msg string }
	var recs []record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := logRecord.FindStringSubmatch(line); m != nil {
			recs = append(recs, record{m[1], m[2]})
		} else if len(recs) > 0 {
			recs[len(recs)-1].msg += "\n" + line
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Statement
	for i, rec := range recs {
		if rec.level != "LOG" {
			continue
		}
		m := logged.FindStringSubmatch(rec.msg)
		if m == nil {
			continue
		}
		sql := strings.TrimSpace(m[1])
		if strings.HasPrefix(sql, "-- ") {
			// The job queue's upkeep (River names each statement "-- name: …") or a pool's
			// ping, on the same connections: never a statement a request issues.
			continue
		}
		params := map[string]string{}
		if i+1 < len(recs) && recs[i+1].level == "DETAIL" && strings.HasPrefix(recs[i+1].msg, "parameters: ") {
			for _, p := range logParam.FindAllStringSubmatch(recs[i+1].msg, -1) {
				params[p[1]] = p[2]
			}
		}
		var missing error
		sql = placeholder.ReplaceAllStringFunc(sql, func(ph string) string {
			v, ok := params[ph[1:]]
			if !ok {
				missing = fmt.Errorf("statement %q: no value logged for %s", sql, ph)
			}
			return v
		})
		if missing != nil {
			return nil, missing
		}
		out = append(out, Statement{SQL: sql})
	}
	return out, nil
}

// PgbenchScript is one pgbench transaction of the statements, in order.
func PgbenchScript(stmts []Statement) string {
	var b strings.Builder
	b.WriteString("-- The statements the server issued for one request, as PostgreSQL logged them.\n")
	for _, s := range stmts {
		b.WriteString(strings.TrimRight(s.SQL, "; \n"))
		b.WriteString(";\n")
	}
	return b.String()
}

func captureCmd(args []string) error {
	fs := flag.NewFlagSet("capture", flag.ContinueOnError)
	logFile := fs.String("log", "", "PostgreSQL's log file")
	offset := fs.Int64("offset", 0, "read the log from this byte on")
	dsn := fs.String("dsn", "", "the database, to run the statements once and count their rows")
	outFile := fs.String("out", "", "where to write the pgbench script")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *logFile == "" || *dsn == "" || *outFile == "" {
		return fmt.Errorf("usage: report capture -log FILE -offset N -dsn URL -out FILE")
	}
	f, err := os.Open(*logFile)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }() // only read
	if _, err := f.Seek(*offset, io.SeekStart); err != nil {
		return err
	}
	stmts, err := ParseLog(f)
	if err != nil {
		return err
	}
	if len(stmts) == 0 {
		return fmt.Errorf("%s logged no statement after byte %d: is log_statement = all in force?", *logFile, *offset)
	}
	if err := os.WriteFile(*outFile, []byte(PgbenchScript(stmts)), 0o644); err != nil {
		return err
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, *dsn)
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close(ctx) }() // each statement committed as it ran
	rows := 0
	for _, s := range stmts {
		n, err := countRows(ctx, conn, s.SQL)
		if err != nil {
			return fmt.Errorf("run %q: %w", s.SQL, err)
		}
		rows += n
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]int{"statements": len(stmts), "rows": rows})
}

// countRows runs sql and counts the rows it returns, or for a write the rows it changed.
func countRows(ctx context.Context, conn *pgx.Conn, sql string) (int, error) {
	rs, err := conn.Query(ctx, sql, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return 0, err
	}
	n := 0
	for rs.Next() {
		n++
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return 0, err
	}
	if len(rs.FieldDescriptions()) == 0 {
		n = int(rs.CommandTag().RowsAffected())
	}
	return n, nil
}
