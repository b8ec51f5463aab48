// Command gqlgen runs gqlgen (`make generate`) with one plugin: the fields of every object
// resolve one after another. A level of a query is fetched whole by its first field
// (graph/cohort.go), so goroutines per field would only add cost, and resolving in order
// makes the statements a query issues the same on every run.
package main

import (
	"fmt"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err == nil {
		err = api.Generate(cfg, api.AddPlugin(inOrder{}))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(1)
	}
}

type inOrder struct{}

func (inOrder) Name() string { return "in-order" }

func (inOrder) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		o.DisableConcurrency = true
	}
	return nil
}
