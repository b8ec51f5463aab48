package database

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Lock is a claim on a SQLite file: while one process holds it, no other Kindred serves,
// migrates or seeds that file. SQLite would let both run, and a quarter of the writes
// would then fail with "database is locked" while each instance's discovery index went
// stale, not hearing the other's changes.
type Lock struct{ f *os.File }

// InUseError is the refusal of Claim: another process holds the file.
type InUseError struct {
	// Path is the database file; PID and Command the holder's process and what it runs
	// (serve, seed, migrate, copy), zero when unknown.
	Path    string
	PID     int
	Command string
}

func (e *InUseError) Error() string {
	who, doing := "another Kindred", "is serving"
	if e.PID > 0 {
		who += " (process " + strconv.Itoa(e.PID) + ")"
	}
	if e.Command != "" && e.Command != "serve" {
		doing = "is running kindred " + e.Command + " on"
	}
	return fmt.Sprintf("%s %s %s: stop it first, or give this one a database of its own with --database-url", who, doing, e.Path)
}

// Claim takes the lock of the database at rawURL for command, held until Release, or
// fails with an *InUseError without waiting. A PostgreSQL database, made to be shared, and an
// in-memory one need no lock: Claim returns nil, whose Release does nothing.
func Claim(rawURL, command string) (*Lock, error) {
	if IsPostgres(rawURL) || rawURL == "" || strings.Contains(rawURL, ":memory:") {
		return nil, nil
	}
	// A file of its own beside the database, not the database itself: SQLite's own
	// locks on that file must not meet this one, and closing a second descriptor of the
	// database would drop them.
	path := rawURL + ".lock"
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600) //nolint:gosec // G304: the operator names the database file, no request does
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", rawURL, err)
	}
	if err := lockFile(f); err != nil {
		_ = f.Close() // nothing was written
		if errors.Is(err, errLocked) {
			inUse := &InUseError{Path: rawURL}
			if b, err := os.ReadFile(path); err == nil { //nolint:gosec // G304: as above
				pid, cmd, _ := strings.Cut(strings.TrimSpace(string(b)), " ")
				inUse.PID, _ = strconv.Atoi(pid)
				inUse.Command = cmd
			}
			return nil, inUse
		}
		return nil, fmt.Errorf("lock %s: %w", rawURL, err)
	}
	// Who holds it, for the message of the one refused.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+" "+command+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Release gives the lock up. The file stays: removing it would let a process that opened
// it just before lock a file nobody else sees.
func (l *Lock) Release() {
	if l == nil {
		return
	}
	// Closing drops the lock whatever else it reports; nothing is left to flush but who
	// held it.
	_ = l.f.Close()
}
