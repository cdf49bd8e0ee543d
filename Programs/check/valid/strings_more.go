// run

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>x</b>"))
	rot := strings.Map(func(c rune) rune {
		if unicode.IsLetter(c) {
			return c + 1
		}
		return -1
	}, "ab-c d")
	fmt.Println(rot)
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.SplitN("a,b,c", ",", 2), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Title("x") == "X", strings.ToTitle("ǆ"), strings.Compare("a", "b"))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	for part := range strings.SplitSeq("x|y|z", "|") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.TrimSuffix("a.go", ".go"))
}
