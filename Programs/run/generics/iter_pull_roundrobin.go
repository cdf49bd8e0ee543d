// run

// Round-robin interleaving of N sequences using a slice of iter.Pull next/stop pairs; removing exhausted ones; all stops deferred.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Interleave[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type puller struct {
			next func() (T, bool)
			stop func()
		}
		var ps []puller
		for _, s := range seqs {
			n, st := iter.Pull(s)
			ps = append(ps, puller{n, st})
		}
		defer func() {
			for _, p := range ps {
				p.stop()
			}
		}()
		for len(ps) > 0 {
			for i := 0; i < len(ps); {
				v, ok := ps[i].next()
				if !ok {
					ps[i].stop()
					ps = slices.Delete(ps, i, i+1)
					continue
				}
				if !yield(v) {
					return
				}
				i++
			}
		}
	}
}

func Letters(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, r := range s {
			if !yield(string(r)) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(strings.Join(slices.Collect(Interleave(Letters("abc"), Letters("12345"), Letters("XY"))), ""))
	fmt.Println(slices.Collect(Interleave(slices.Values([]int{1, 3, 5}), slices.Values([]int{2, 4, 6}))))
	fmt.Println(len(slices.Collect(Interleave[bool]())))
	var got []string
	for s := range Interleave(Letters("aaaa"), Letters("bbbb")) {
		got = append(got, s)
		if len(got) == 5 {
			break
		}
	}
	fmt.Println(got)
}
