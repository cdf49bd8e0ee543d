// MapReduce-style word count.
//
// Map: the text is split into chunks of 4 lines, and each chunk is counted
// by its own goroutine into a private map[string]int, so the mappers share
// nothing and need no locks. Each mapper sends its finished map on a
// channel. Reduce: main receives one map per chunk and merges them into the
// total. Maps arrive in any order, but addition does not care about order,
// so the totals are always the same.
//
// Look for: the top 10 words sorted by count (highest first), ties broken
// alphabetically, because ranging over a Go map visits keys in random order.
// Sharing one map between the mappers instead would be a data race, and Go
// stops such programs with "fatal error: concurrent map writes".
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Don't communicate by sharing memory, share memory by communicating.
Concurrency is not parallelism.
Channels orchestrate; mutexes serialize.
The bigger the interface, the weaker the abstraction.
Make the zero value useful.
interface{} says nothing.
Gofmt's style is no one's favorite, yet gofmt is everyone's favorite.
A little copying is better than a little dependency.
Clear is better than clever.
Reflection is never clear.
Errors are values.
Don't just check errors, handle them gracefully.
Design the architecture, name the components, document the details.
Documentation is for users.
Don't panic.`

// mapChunk counts the words of some lines: letters and apostrophes only,
// folded to lower case.
func mapChunk(lines []string) map[string]int {
	counts := map[string]int{}
	for _, line := range lines {
		words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			counts[w]++
		}
	}
	return counts
}

func main() {
	lines := strings.Split(text, "\n")
	const chunkSize = 4
	partials := make(chan map[string]int)
	chunks := 0
	for start := 0; start < len(lines); start += chunkSize {
		chunk := lines[start:min(start+chunkSize, len(lines))]
		chunks++
		go func() { partials <- mapChunk(chunk) }() // map
	}

	total := map[string]int{}
	for range chunks { // reduce: exactly one map per chunk
		for w, n := range <-partials {
			total[w] += n
		}
	}

	type wordCount struct {
		word  string
		count int
	}
	var all []wordCount
	sum := 0
	for w, n := range total {
		all = append(all, wordCount{w, n})
		sum += n
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].word < all[j].word
	})
	fmt.Printf("%d lines in %d chunks: %d words, %d distinct\n", len(lines), chunks, sum, len(all))
	for i, wc := range all[:10] {
		fmt.Printf("%2d. %-9s %d\n", i+1, wc.word, wc.count)
	}
}

// Output:
// 15 lines in 4 chunks: 87 words, 62 distinct
//  1. the       8
//  2. is        7
//  3. don't     3
//  4. a         2
//  5. better    2
//  6. by        2
//  7. clear     2
//  8. errors    2
//  9. favorite  2
// 10. interface 2
