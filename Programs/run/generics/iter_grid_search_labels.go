// run

// Word search over a letter grid with range-over-func cell and direction iterators: labeled continue/break across func iterators, range-over-int, plain ranges and a channel loop, goto to a retry label, and return from inside nested iterator bodies.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type P struct{ R, C int }

var dirs = []P{{0, 1}, {1, 0}, {1, 1}, {-1, 1}, {0, -1}, {-1, 0}, {-1, -1}, {1, -1}}

type Grid []string

func (g Grid) Cells() iter.Seq2[P, byte] {
	return func(yield func(P, byte) bool) {
		for r, row := range g {
			for c := range len(row) {
				if !yield(P{r, c}, row[c]) {
					return
				}
			}
		}
	}
}

func (g Grid) At(p P) (byte, bool) {
	if p.R < 0 || p.R >= len(g) || p.C < 0 || p.C >= len(g[p.R]) {
		return 0, false
	}
	return g[p.R][p.C], true
}

func Directions() iter.Seq[P] {
	return func(yield func(P) bool) {
		for _, d := range dirs {
			if !yield(d) {
				return
			}
		}
	}
}

func (g Grid) Find(word string) (P, P, bool) {
	for start, ch := range g.Cells() {
		if ch != word[0] {
			continue
		}
	dir:
		for d := range Directions() {
			for i := range len(word) {
				b, ok := g.At(P{start.R + d.R*i, start.C + d.C*i})
				if !ok || b != word[i] {
					continue dir
				}
			}
			return start, d, true
		}
	}
	return P{}, P{}, false
}

func main() {
	g := Grid{
		"GOLANGX",
		"SWIFTOQ",
		"PYTHONR",
		"RUSTOZE",
		"XCODEEB",
	}
	for _, w := range []string{"GOLANG", "SWIFT", "RUST", "CODE", "TIW", "BEE", "JAVA", "RX"} {
		s, d, ok := g.Find(w)
		fmt.Printf("%-6s %v %v %v\n", w, s, d, ok)
	}

	// Letters that appear in every row; a labeled continue from a func-iterator body skips to the next letter.
	rows := func(yield func(int, string) bool) {
		for i, r := range g {
			if !yield(i, r) {
				return
			}
		}
	}
	common := []byte{}
letters:
	for c := byte('A'); c <= 'Z'; c++ {
		for _, row := range rows {
			found := false
			for i := range len(row) {
				if row[i] == c {
					found = true
					break
				}
			}
			if !found {
				continue letters
			}
		}
		common = append(common, c)
	}
	fmt.Printf("in every row: %q\n", common)

	// Channel of queries; break out of the channel loop from inside a func-iterator body.
	queries := make(chan byte, 5)
	for _, q := range []byte("OZQ!K") {
		queries <- q
	}
	close(queries)
	hits := 0
scan:
	for q := range queries {
		for p, ch := range g.Cells() {
			if q == '!' {
				fmt.Println("abort query")
				break scan
			}
			if ch == q {
				fmt.Printf("%c at %v\n", q, p)
				hits++
				continue scan
			}
		}
		fmt.Printf("%c missing\n", q)
	}
	fmt.Println("hits", hits, "left in channel", len(queries))

	// goto back to a retry label from a func-iterator body.
	attempts := 0
	target := byte('Q')
retry:
	attempts++
	for p, ch := range g.Cells() {
		if ch == target {
			if attempts < 3 {
				target = g[p.R][(p.C+1)%len(g[p.R])]
				goto retry
			}
			fmt.Printf("settled on %c at %v after %d attempts\n", ch, p, attempts)
			break
		}
	}
	vowels := slices.Collect(func(yield func(byte) bool) {
		for _, ch := range g.Cells() {
			if slices.Contains([]byte("AEIOU"), ch) && !yield(ch) {
				return
			}
		}
	})
	fmt.Println(string(vowels))
}
