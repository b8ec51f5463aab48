// Command mint prints access tokens for load tests: one per line, for people drawn with a
// fixed seed from the whole database, signed with the server's secret. Load tests mint
// tokens directly because signing in hashes a password, on purpose slowly.
//
//	DATABASE_URL=… KINDRED_JWT_SECRET=… go run ./bench/mint -n 2000 -seed 1 > tokens.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"kindred/auth"
	"kindred/database"
	"kindred/domain"
)

func main() {
	n := flag.Int("n", 1000, "how many tokens")
	seed := flag.Uint64("seed", 1, "which people: the same seed draws the same people")
	ttl := flag.Duration("valid-for", 10*time.Minute, "how long the tokens stay valid (at most 15m)")
	flag.Parse()
	if err := run(*n, *seed, *ttl); err != nil {
		fmt.Fprintln(os.Stderr, "mint:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, ttl time.Duration) error {
	ctx := context.Background()
	db, err := database.Open(ctx, os.Getenv("DATABASE_URL"), nil, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	var people []domain.Person
	if err := db.Select("id", "session_epoch").Where("suspended_at IS NULL").Order("id").Find(&people).Error; err != nil {
		return err
	}
	if len(people) == 0 {
		return fmt.Errorf("the database has no people: run kindred seed --people N first")
	}
	// Tokens are issued as if a little before now, so they expire ttl from now.
	issued := time.Now().Add(ttl - auth.AccessTokenTTL)
	signer, err := auth.NewSigner([]byte(os.Getenv("KINDRED_JWT_SECRET")), func() time.Time { return issued })
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 1))
	for range n {
		p := people[r.IntN(len(people))]
		tok, _, err := signer.Issue(p.ID, p.SessionEpoch)
		if err != nil {
			return err
		}
		fmt.Println(tok)
	}
	return nil
}
