// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello\tworld"`, `"\u00e9\x41\101"`, "`raw\\n`", `'a'`, `'\''`, `"unterminated`, `'ab'`, `"a"b`, `"\q"`, `"é"`, `"\U0001F600"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%-20s %q %v\n", s, u, err)
	}
	p, err := strconv.QuotedPrefix(`"abc\"def" rest`)
	fmt.Println(p, err)
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(r, mb, tail, err)
}
