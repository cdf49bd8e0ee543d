// String building: strings.Builder, strconv, concatenation, Split and Join.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 600_000; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	s := b.String()
	parts := strings.Split(s, ",")
	total := 0
	for _, p := range parts {
		if n, err := strconv.Atoi(p); err == nil {
			total += n
		}
	}
	joined := strings.Join(parts[:1000], "-")
	acc := ""
	for i := 0; i < 2000; i++ {
		acc += string(rune('a' + i%26))
	}
	fmt.Println(len(s), len(parts), total, len(joined), strings.Count(acc, "abc"), strings.ToUpper(acc[:10]))
}
