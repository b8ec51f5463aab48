package jobs

import (
	"time"

	"github.com/riverqueue/river/rivertype"

	"kindred/clock"
)

// Backoff retries a failed job after Base, then twice as long each time, never longer than
// Max (0: no bound).
type Backoff struct {
	Base, Max time.Duration
}

// Delay is the wait after a job's attempt-th failure.
func (b Backoff) Delay(attempt int) time.Duration {
	d := b.Base
	for i := 1; i < attempt && (b.Max == 0 || d < b.Max); i++ {
		d *= 2
	}
	if b.Max > 0 && d > b.Max {
		d = b.Max
	}
	return d
}

// NextRetry is when River runs the job again: on the machine's clock, which River compares
// it with (see Open).
func (b Backoff) NextRetry(job *rivertype.JobRow) time.Time {
	return clock.System{}.Now().Add(b.Delay(job.Attempt))
}
