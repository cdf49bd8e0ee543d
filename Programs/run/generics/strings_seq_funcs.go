// run

// Standard library iterator producers: strings.SplitSeq, FieldsSeq, Lines, bytes.SplitSeq, combined with generic collectors.

package main

import (
	"bytes"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

func CollectN[T any](s iter.Seq[T], n int) []T {
	var out []T
	for v := range s {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func SumParsed(s iter.Seq[string]) (int, []string) {
	total := 0
	var bad []string
	for tok := range s {
		n, err := strconv.Atoi(strings.TrimSpace(tok))
		if err != nil {
			bad = append(bad, tok)
			continue
		}
		total += n
	}
	return total, bad
}

func main() {
	fmt.Printf("%q\n", slices.Collect(strings.SplitSeq("a,b,,c", ",")))
	fmt.Println(SumParsed(strings.SplitSeq("1, 2, x, 40,  y", ",")))
	fmt.Printf("%q\n", slices.Collect(strings.FieldsSeq("  the   quick\tbrown\n fox ")))
	fmt.Printf("%q\n", CollectN(strings.FieldsSeq("one two three four"), 2))
	text := "line one\nline two\n\nlast line"
	for l := range strings.Lines(text) {
		fmt.Printf("%q\n", l)
	}
	var parts []string
	for p := range bytes.SplitSeq([]byte("k1=v1;k2=v2;k3"), []byte(";")) {
		k, v, ok := bytes.Cut(p, []byte("="))
		parts = append(parts, fmt.Sprintf("%s:%s:%v", k, v, ok))
	}
	fmt.Println(parts)
	fmt.Println(len(slices.Collect(strings.SplitSeq("", ","))), len(slices.Collect(strings.FieldsSeq(""))))
	upper := slices.Sorted(strings.FieldsFuncSeq("b1a2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(upper)
}
