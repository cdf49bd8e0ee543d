// run

// package flag: FlagSets with every value type, a custom Value, -x=v / -x v / --x forms, "--", Go's error texts and usage, -h, PrintDefaults layout, Set, Lookup, redefinition panic.

package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("timeout", 2*time.Second, "how long to wait")
	f := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	var tags listValue
	fs.Var(&tags, "tag", "a tag (repeatable)")
	u := fs.Uint64("big", 0, "a big one")
	err := fs.Parse([]string{"-n=5", "--name", "gopher", "-v", "-tag", "a", "-tag=b", "-timeout", "1m30s", "rest", "-x"})
	fmt.Println(err, *n, *name, *v, *d, *f, tags, *u, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, " ") })
	fmt.Println()
	fs.PrintDefaults()
	for _, args := range [][]string{{"-n", "x"}, {"-nope"}, {"-n"}, {"-v=maybe"}, {"---x"}, {"-h"}, {"-big", "-1"}, {"--", "-n", "1"}} {
		fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "n")
		fs2.Bool("v", false, "v")
		fs2.Uint64("big", 0, "big")
		err := fs2.Parse(args)
		fmt.Println("=>", err, fs2.Args())
	}
	fmt.Println(fs.Lookup("name").DefValue, fs.Set("n", "9"), *n, fs.Set("zz", "1"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 1, "again")
	}()
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Parsed())
}
