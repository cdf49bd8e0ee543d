// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('世')
	}
	fmt.Println(sb.String(), sb.Len())
	var b2 strings.Builder
	b2.Grow(10)
	fmt.Println(b2.Cap() >= 10, b2.Len())
	b2.WriteString("x")
	s := b2.String()
	b2.WriteString("yz")
	fmt.Println(s, b2.String())
	b2.Reset()
	fmt.Println(b2.Len(), b2.String() == "")
}

func init() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s|", 7, "x")
	fmt.Fprintln(&sb, "line", 2)
	fmt.Fprint(&sb, "end", 3)
	fmt.Print(sb.String(), "\n")
}
