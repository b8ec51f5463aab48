package database

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"kindred/clock"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// The logger renders a statement only when it logs it: fast, successful statements
// (and those that find nothing) cost no SQL rendering; failures and slow ones are logged.
func TestLoggerRendersOnlyWhatItLogs(t *testing.T) {
	var out bytes.Buffer
	log := slog.New(slog.NewTextHandler(&out, nil))
	l := newLogger(log, NewAvailability(log))
	rendered := 0
	fc := func() (string, int64) { rendered++; return "SELECT 1", 1 }
	ctx := context.Background()
	// GORM hands the logger a begin it took from the machine's clock; so does this test.
	begin := clock.System{}.Now()
	l.Trace(ctx, begin, fc, nil)
	l.Trace(ctx, begin, fc, gorm.ErrRecordNotFound)
	if rendered != 0 || out.Len() != 0 {
		t.Fatalf("rendered %d statements, logged %q; want none", rendered, out.String())
	}
	l.Trace(ctx, begin, fc, errors.New("boom"))
	l.Trace(ctx, begin.Add(-2*slowStatement), fc, nil)
	if rendered != 2 || !strings.Contains(out.String(), "boom") || !strings.Contains(out.String(), "level=WARN") {
		t.Fatalf("rendered %d statements, logged %q; want the failure and the slow one", rendered, out.String())
	}
	out.Reset()
	l.LogMode(logger.Info).Trace(ctx, begin, fc, nil)
	if rendered != 3 || !strings.Contains(out.String(), "SELECT 1") {
		t.Fatalf("in debug mode logged %q; want every statement", out.String())
	}
}
