// run

package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(strings.ToUpper(s), strings.Contains(s, "世"), strings.Index(s, "界"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Fields("  a  b ")))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  x "), strings.TrimLeft("xxyx", "x"))
	fmt.Println(strings.Join([]string{"a", "b"}, "-"), strings.ReplaceAll("aaa", "a", "b"))
	var b strings.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(s[7:10], s[0], string(s[0]))
	r, size := utf8.DecodeRuneInString(s[7:])
	fmt.Println(string(r), size, unicode.IsUpper('H'), unicode.IsLetter('1'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix(s, "Hell"))
	before, after, found := strings.Cut("k=v", "=")
	fmt.Println(before, after, found)
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a")
}
