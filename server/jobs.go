package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"kindred/domain"
	"kindred/schedule"
)

// How often the scheduler looks for due jobs, and how often it closes due proposals.
// Every instance runs the jobs; closing a proposal is a conditional update, so each is
// closed once however many instances try.
const (
	tickEvery          = time.Second
	closeProposalEvery = 5 * time.Second
)

// startJobs runs the background jobs until the returned function is called; that
// function waits for a running job to end and may be called more than once.
func startJobs(ctx context.Context, svc *domain.Service, log *slog.Logger, d deps) func() {
	s := schedule.New(d.clock, log)
	s.Every("close due proposals", closeProposalEvery, func(ctx context.Context) error {
		n, err := svc.CloseDueProposals(ctx)
		if n > 0 {
			log.InfoContext(ctx, "closed proposals", "count", n)
		}
		return err
	})
	ticks, stopTicker := d.ticks, func() {}
	if ticks == nil {
		ticks, stopTicker = schedule.Ticker(tickEvery)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Run(ctx, ticks)
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			<-done
			stopTicker()
		})
	}
}
