// Package clocktest gives tests their starting date: the same fixed instant on every run,
// moved by KINDRED_TEST_CLOCK (RFC 3339, or a date) so that CI can run the suite years
// ahead and find any test that reads today's date instead of the clock.
package clocktest

import (
	"fmt"
	"os"
	"sync"
	"time"

	"kindred/clock"
)

// DefaultStart is the tests' date unless KINDRED_TEST_CLOCK moves it.
var DefaultStart = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// Env names the variable that moves the tests' date.
const Env = "KINDRED_TEST_CLOCK"

var start = sync.OnceValues(func() (time.Time, error) { return Parse(os.Getenv(Env)) })

// Parse reads a start as KINDRED_TEST_CLOCK gives it: empty for DefaultStart, an RFC 3339
// instant, or a date (noon UTC that day).
func Parse(s string) (time.Time, error) {
	if s == "" {
		return DefaultStart, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s=%q: want an RFC 3339 time or a date such as 2028-11-26", Env, s)
	}
	return d.Add(12 * time.Hour), nil
}

// Start is the instant every test clock starts at. It panics on a malformed
// KINDRED_TEST_CLOCK, which no test could run with.
func Start() time.Time {
	t, err := start()
	if err != nil {
		panic(err)
	}
	return t
}

// New returns a manual clock stopped at Start.
func New() *clock.Manual { return clock.NewManual(Start()) }

// Day returns Start's date moved by days, at hour:00 UTC: for fixtures that need a
// calendar day near the tests' date.
func Day(days, hour int) time.Time {
	y, m, d := Start().Date()
	return time.Date(y, m, d+days, hour, 0, 0, 0, time.UTC)
}
