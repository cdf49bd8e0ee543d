// run

// Log analysis with standard-library iterators (strings.Lines, strings.SplitSeq, strings.FieldsSeq, slices.All/Backward, maps.All) feeding generic GroupBy/Reduce/CountBy helpers over iter.Seq and iter.Seq2.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Record struct {
	Level   string
	Service string
	Millis  int
	Words   int
}

const logs = `INFO  auth   12  user login ok
WARN  db     340 slow query on orders
INFO  api    45  GET /items
ERROR db     900 connection reset by peer
INFO  auth   8   token refresh
ERROR api    120 upstream 502
INFO  api    30  GET /items/7
`

func Parse(text string) iter.Seq2[int, Record] {
	return func(yield func(int, Record) bool) {
		n := 0
		for line := range strings.Lines(text) {
			var fields []string
			for f := range strings.FieldsSeq(line) {
				fields = append(fields, f)
			}
			if len(fields) < 3 {
				continue
			}
			ms, _ := strconv.Atoi(fields[2])
			if !yield(n, Record{fields[0], fields[1], ms, len(fields) - 3}) {
				return
			}
			n++
		}
	}
}

func Values2[K, V any](s iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func GroupBy[T any, K comparable](s iter.Seq[T], key func(T) K) map[K][]T {
	g := map[K][]T{}
	for v := range s {
		k := key(v)
		g[k] = append(g[k], v)
	}
	return g
}

func Reduce[T, A any](s iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func CountBy[T any, K cmp.Ordered](s iter.Seq[T], key func(T) K) iter.Seq2[K, int] {
	counts := map[K]int{}
	for v := range s {
		counts[key(v)]++
	}
	return func(yield func(K, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(counts)) {
			if !yield(k, counts[k]) {
				return
			}
		}
	}
}

func main() {
	recs := slices.Collect(Values2(Parse(logs)))
	fmt.Println(len(recs), recs[0], recs[len(recs)-1])

	for lvl, n := range CountBy(slices.Values(recs), func(r Record) string { return r.Level }) {
		fmt.Printf("%s=%d ", lvl, n)
	}
	fmt.Println()

	bySvc := GroupBy(slices.Values(recs), func(r Record) string { return r.Service })
	for _, svc := range slices.Sorted(maps.Keys(bySvc)) {
		rs := bySvc[svc]
		total := Reduce(slices.Values(rs), 0, func(a int, r Record) int { return a + r.Millis })
		worst := slices.MaxFunc(rs, func(a, b Record) int { return cmp.Compare(a.Millis, b.Millis) })
		fmt.Printf("%-4s n=%d total=%dms avg=%.1f worst=%s/%d\n", svc, len(rs), total, float64(total)/float64(len(rs)), worst.Level, worst.Millis)
	}

	for i, r := range Parse(logs) {
		if r.Level == "ERROR" {
			fmt.Println("first error at record", i, r.Service)
			break
		}
	}
	for i, r := range slices.Backward(recs) {
		if r.Level == "WARN" {
			fmt.Println("last warn at", i, r)
			break
		}
	}

	csv := "a,b,,c,"
	parts := slices.Collect(strings.SplitSeq(csv, ","))
	fmt.Printf("%q %d\n", parts, len(parts))
	lens := Reduce(strings.SplitSeq("alpha|beta|gamma", "|"), []int{}, func(a []int, s string) []int { return append(a, len(s)) })
	fmt.Println(lens)
	fmt.Println(maps.Collect(CountBy(strings.FieldsSeq("b a c a b a"), func(s string) string { return s })))
	for k, v := range CountBy(strings.FieldsSeq("b a c a b a"), strings.ToUpper) {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	buckets := GroupBy(slices.Values(recs), func(r Record) bool { return r.Millis >= 100 })
	fmt.Println(len(buckets[true]), len(buckets[false]))
	idx := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(idx)
}
