// run

// iter.Pull and Pull2 lifecycle: the generator's defers run on stop (also before the first next), stop after exhaustion is a no-op, a panic inside the generator surfaces from next and is recovered by the caller, and a Pull-driven run-length encoder stops early.

package main

import (
	"fmt"
	"iter"
	"strings"
)

func Gen[T any](name string, log *[]string, vs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		*log = append(*log, name+" start")
		defer func() { *log = append(*log, name+" cleanup") }()
		for _, v := range vs {
			if !yield(v) {
				*log = append(*log, name+" told to stop")
				return
			}
		}
		*log = append(*log, name+" exhausted")
	}
}

func Pairs(log *[]string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		defer func() { *log = append(*log, "pairs cleanup") }()
		for i, k := range []string{"a", "b", "c", "d"} {
			if !yield(k, i*i) {
				return
			}
		}
	}
}

func Exploding(at int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == at {
				panic(fmt.Sprintf("generator exploded at %d", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

// RLE encodes runs but stops once maxRuns runs were produced.
func RLE[T comparable](s iter.Seq[T], maxRuns int) []string {
	next, stop := iter.Pull(s)
	defer stop()
	var out []string
	cur, ok := next()
	for ok && len(out) < maxRuns {
		n := 1
		var v T
		for v, ok = next(); ok && v == cur; v, ok = next() {
			n++
		}
		out = append(out, fmt.Sprintf("%dx%v", n, cur))
		cur = v
	}
	return out
}

func main() {
	var log []string
	next, stop := iter.Pull(Gen("g1", &log, 1, 2, 3))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	stop()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	fmt.Println(strings.Join(log, "; "))

	log = nil
	_, stop2 := iter.Pull(Gen("g2", &log, "x"))
	stop2()
	fmt.Println("stop before next:", len(log), log)

	log = nil
	n3, s3 := iter.Pull(Gen("g3", &log, 'p'))
	for r, ok := n3(); ok; r, ok = n3() {
		fmt.Printf("%c ", r)
	}
	s3()
	s3()
	fmt.Println(strings.Join(log, "; "))

	log = nil
	next2, stop3 := iter.Pull2(Pairs(&log))
	for {
		k, v, ok := next2()
		if !ok || v > 3 {
			fmt.Println("last seen:", k, v, ok)
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	stop3()
	fmt.Println(log)

	nx, st := iter.Pull(Exploding(2))
	func() {
		defer func() { fmt.Println("recovered from next:", recover()) }()
		for {
			v, ok := nx()
			fmt.Println("got", v, ok)
		}
	}()
	v, ok := nx()
	fmt.Println("after panic:", v, ok)
	st()

	fmt.Println(RLE(Gen("rle", &log, "a", "a", "b", "c", "c", "c", "a"), 10))
	log = nil
	fmt.Println(RLE(Gen("rle", &log, 1, 1, 1, 2, 2, 3, 3, 3, 3), 2), log)
}
