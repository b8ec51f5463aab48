// Command report is the Go half of make bench (bench/run.sh):
//
//	report document NAME            print the web app's operation NAME with its fragments
//	                                (Collaboration: the union of the collaboration's sections)
//	report capture -log F -offset N -dsn URL -out FILE
//	                                turn the statements PostgreSQL logged after byte N of F
//	                                into a pgbench script, run them once and print their
//	                                count and the rows they return, as JSON
//	report bound FILE               print the statements a query should need at most
//	report table -result F -doc docs/performance.md
//	                                rewrite the performance table of docs/performance.md
//	                                from a result
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: report document NAME | capture … | bound FILE | table …")
		os.Exit(2)
	}
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "document":
		err = documentCmd(args)
	case "capture":
		err = captureCmd(args)
	case "table":
		err = tableCmd(args)
	case "bound":
		err = boundCmd(args)
	default:
		err = fmt.Errorf("unknown command %q: use document, capture, bound or table", cmd)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func documentCmd(args []string) error {
	fs := flag.NewFlagSet("document", flag.ContinueOnError)
	gql := fs.String("gql", "frontend/src/gql/gql.ts", "the web app's generated document map")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: report document [-gql FILE] OPERATION")
	}
	src, err := os.ReadFile(*gql)
	if err != nil {
		return err
	}
	var doc string
	if fs.Arg(0) == "Collaboration" {
		doc, err = Collaboration(string(src)) // the sections' union, see SectionFragments
	} else {
		doc, err = Document(string(src), fs.Arg(0))
	}
	if err != nil {
		return err
	}
	fmt.Print(doc)
	return nil
}
