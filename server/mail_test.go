package main

import (
	"encoding/json"
	"flag"
	"kindred/database/dbtest"
	"net/http"
	"strings"
	"testing"
)

// TestDevMailbox: --dev-mailbox serves the kept mail at /dev/mailbox; without it there is
// no such route, and production refuses it.
func TestDevMailbox(t *testing.T) {
	if _, err := parseConfig(flag.NewFlagSet("t", flag.ContinueOnError), []string{"--env", "production", "--dev-mailbox"}); err == nil ||
		!strings.Contains(err.Error(), "KINDRED_SMTP_URL") {
		t.Errorf("production with the dev mailbox: got %v, want a refusal naming KINDRED_SMTP_URL", err)
	}
	srv := startServerArgs(t, "sqlite", "--dev-mailbox")
	resp, err := http.Get(srv.url + "/dev/mailbox?format=json")
	if err != nil {
		t.Fatal(err)
	}
	var mails []any
	err = json.NewDecoder(resp.Body).Decode(&mails)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || err != nil || len(mails) != 0 {
		t.Errorf("the dev mailbox: got HTTP %d, %v, %v; want an empty list", resp.StatusCode, mails, err)
	}
	plain := startServer(t, "sqlite")
	resp, err = http.Get(plain.url + "/dev/mailbox?format=json")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("without --dev-mailbox: got %s, want no mailbox", resp.Header.Get("Content-Type"))
	}
}

// TestMailNotConfiguredIsSaid: a server without SMTP starts and says once that mail is
// not configured.
func TestMailNotConfiguredIsSaid(t *testing.T) {
	log := &logBuffer{}
	startServerWith(t, dbtest.URL(t, "sqlite"), serverOptions{log: log})
	if got := log.lines(`mail is not configured`); len(got) != 1 {
		t.Errorf("got %d lines saying mail is not configured, want 1", len(got))
	}
}

// TestLostConnection: what River logs when PostgreSQL goes away counts as an outage.
func TestLostConnection(t *testing.T) {
	for text, want := range map[string]bool{
		"FATAL: terminating connection due to administrator command (SQLSTATE 57P01)": true,
		"dial tcp 127.0.0.1:5432: connect: connection refused":                        true,
		"ERROR: relation \"river_job\" does not exist (SQLSTATE 42P01)":               false,
	} {
		if got := lostConnection(text); got != want {
			t.Errorf("lostConnection(%q) = %v, want %v", text, got, want)
		}
	}
}
