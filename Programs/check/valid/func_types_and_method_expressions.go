// run

package main

import (
	"fmt"
	"strings"
)

type Op func(a, b int) int

type Calc struct{ ops map[string]Op }

func (c Calc) Do(name string, a, b int) int { return c.ops[name](a, b) }

type T struct{ s string }

func (t T) Upper() string            { return strings.ToUpper(t.s) }
func (t *T) Set(s string)            { t.s = s }
func (t T) Join(sep string, xs ...string) string { return strings.Join(append([]string{t.s}, xs...), sep) }

func main() {
	c := Calc{map[string]Op{
		"add": func(a, b int) int { return a + b },
		"pow": func(a, b int) int {
			r := 1
			for range b {
				r *= a
			}
			return r
		},
	}}
	fmt.Println(c.Do("add", 2, 3), c.Do("pow", 2, 10))
	up := T.Upper
	set := (*T).Set
	join := T.Join
	t := T{"go"}
	set(&t, "gopher")
	fmt.Println(up(t), join(t, "-", "a", "b"))
	fmt.Printf("%T\n%T\n", up, join)
	var fs []func() string
	for _, s := range []string{"x", "y"} {
		fs = append(fs, T{s}.Upper)
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	var nilOp Op
	fmt.Println(nilOp == nil)
}
