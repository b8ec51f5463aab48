// Package kindredtest builds the services the domain tests run against: a fake clock
// and a signer over a database opened by dbtest (SQLite, and PostgreSQL when
// KINDRED_TEST_POSTGRES_URL is set).
package kindredtest

import (
	"strings"
	"testing"

	"kindred/auth"
	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/domain/kindred"
)

// Epoch is the fake clock's start.
var Epoch = clocktest.Start()

// New returns services over db reading a manual clock that starts at Epoch.
func New(t testing.TB, db *database.DB) (*kindred.Services, *clock.Manual) {
	t.Helper()
	clk := clock.NewManual(Epoch)
	signer, err := auth.NewSigner([]byte(strings.Repeat("k", 32)), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	return kindred.New(db.DB, clk, signer), clk
}
