// Command mint prints access tokens for load tests: one per line, for people drawn with a
// fixed seed from the whole database, signed with the server's secret. Load tests mint
// tokens directly because signing in hashes a password, on purpose slowly. It can also
// write what the load scripts ask for: sets of 20 visible people's global IDs, and the
// slugs of collaborations.
//
//	DATABASE_URL=… KINDRED_JWT_SECRET=… go run ./bench/mint -n 2000 -seed 1 > tokens.txt
//	… go run ./bench/mint -n 2000 -people people.txt -collaborations slugs.txt > tokens.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"kindred/auth"
	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/graph/relay"
)

func main() {
	n := flag.Int("n", 1000, "how many tokens")
	seed := flag.Uint64("seed", 1, "which people: the same seed draws the same people")
	ttl := flag.Duration("valid-for", 10*time.Minute, "how long the tokens stay valid (at most 15m)")
	peopleFile := flag.String("people", "", "also write 1000 lines of 20 visible people's global IDs, as a JSON list's items, here")
	collabFile := flag.String("collaborations", "", "also write the slugs of up to 1000 public collaborations here")
	flag.Parse()
	if err := run(*n, *seed, *ttl); err != nil {
		fmt.Fprintln(os.Stderr, "mint:", err)
		os.Exit(1)
	}
	if err := writeInputs(*seed, *peopleFile, *collabFile); err != nil {
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
	defer func() { _ = db.Close() }() // only read
	var people []domain.Person
	if err := db.Select("id", "session_epoch").Where("suspended_at IS NULL").Order("id").Find(&people).Error; err != nil {
		return err
	}
	if len(people) == 0 {
		return fmt.Errorf("the database has no people: run kindred seed --people N first")
	}
	// Tokens are issued as if a little before now, so they expire ttl from now.
	issued := clock.System{}.Now().Add(ttl - auth.AccessTokenTTL)
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

// writeInputs writes the load scripts' inputs, drawn with seed.
func writeInputs(seed uint64, peopleFile, collabFile string) error {
	if peopleFile == "" && collabFile == "" {
		return nil
	}
	ctx := context.Background()
	db, err := database.Open(ctx, os.Getenv("DATABASE_URL"), nil, nil)
	if err != nil {
		return err
	}
	defer func() { _ = db.Close() }() // only read
	r := rand.New(rand.NewPCG(seed, 2))
	if peopleFile != "" {
		var ids []int64
		if err := db.Model(&domain.Person{}).Where("suspended_at IS NULL AND visibility <> ?", domain.VisibilityPrivate).Order("id").Pluck("id", &ids).Error; err != nil {
			return err
		}
		if len(ids) < 20 {
			return fmt.Errorf("the database has %d visible people; the nested read needs 20", len(ids))
		}
		var b strings.Builder
		for range 1000 {
			for i := range 20 {
				if i > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, "%q", relay.ID(relay.TypePerson, ids[r.IntN(len(ids))]))
			}
			b.WriteByte('\n')
		}
		if err := os.WriteFile(peopleFile, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	if collabFile != "" {
		var slugs []string
		if err := db.Model(&domain.Collaboration{}).Where("visibility = ?", domain.VisibilityPublic).Order("id").Limit(1000).Pluck("slug", &slugs).Error; err != nil {
			return err
		}
		if len(slugs) == 0 {
			return fmt.Errorf("the database has no public collaboration")
		}
		if err := os.WriteFile(collabFile, []byte(strings.Join(slugs, "\n")+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}
