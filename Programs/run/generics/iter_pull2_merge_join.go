// run

// Merge join of two key-sorted iter.Seq2 streams with iter.Pull2: inner, left-outer and full-outer joins over generic keys, duplicate keys on the left, and early termination stopping both pulled sequences.

package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Row[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func Rows[K cmp.Ordered, V any](name string, stopped *[]string, rows ...Row[K, V]) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		defer func() { *stopped = append(*stopped, name) }()
		for _, r := range rows {
			if !yield(r.Key, r.Val) {
				return
			}
		}
	}
}

type Joined[K cmp.Ordered, A, B any] struct {
	Key  K
	L    A
	R    B
	HasL bool
	HasR bool
}

func (j Joined[K, A, B]) String() string {
	l, r := "-", "-"
	if j.HasL {
		l = fmt.Sprint(j.L)
	}
	if j.HasR {
		r = fmt.Sprint(j.R)
	}
	return fmt.Sprintf("%v:%s|%s", j.Key, l, r)
}

type Mode int

const (
	Inner Mode = iota
	LeftOuter
	FullOuter
)

// Join assumes unique keys on the right; left keys may repeat.
func Join[K cmp.Ordered, A, B any](left iter.Seq2[K, A], right iter.Seq2[K, B], mode Mode) iter.Seq[Joined[K, A, B]] {
	return func(yield func(Joined[K, A, B]) bool) {
		ln, lstop := iter.Pull2(left)
		defer lstop()
		rn, rstop := iter.Pull2(right)
		defer rstop()
		lk, lv, lok := ln()
		rk, rv, rok := rn()
		for lok || rok {
			var j Joined[K, A, B]
			switch {
			case lok && rok && lk == rk:
				j = Joined[K, A, B]{lk, lv, rv, true, true}
				lk, lv, lok = ln()
				if !lok || lk != rk {
					rk, rv, rok = rn()
				}
			case !rok || (lok && lk < rk):
				j = Joined[K, A, B]{Key: lk, L: lv, HasL: true}
				lk, lv, lok = ln()
				if mode == Inner {
					continue
				}
			default:
				j = Joined[K, A, B]{Key: rk, R: rv, HasR: true}
				rk, rv, rok = rn()
				if mode != FullOuter {
					continue
				}
			}
			if !yield(j) {
				return
			}
		}
	}
}

func main() {
	var stopped []string
	orders := []Row[int, string]{{1, "book"}, {2, "pen"}, {2, "ink"}, {4, "lamp"}, {7, "desk"}}
	users := []Row[int, string]{{1, "ann"}, {2, "bob"}, {3, "cy"}, {7, "dee"}, {9, "eve"}}
	for _, mode := range []Mode{Inner, LeftOuter, FullOuter} {
		stopped = nil
		fmt.Print(mode, ": ")
		for j := range Join(Rows("orders", &stopped, orders...), Rows("users", &stopped, users...), mode) {
			fmt.Print(j, " ")
		}
		fmt.Println("| stopped", stopped)
	}

	stopped = nil
	n := 0
	for j := range Join(Rows("orders", &stopped, orders...), Rows("users", &stopped, users...), FullOuter) {
		n++
		if j.HasL && !j.HasR {
			fmt.Println("first unmatched order:", j, "after", n)
			break
		}
	}
	fmt.Println("stopped", stopped)

	stopped = nil
	prices := Rows("prices", &stopped, Row[string, float64]{"apple", 1.25}, Row[string, float64]{"kiwi", 0.5}, Row[string, float64]{"pear", 2})
	stock := Rows("stock", &stopped, Row[string, int]{"apple", 10}, Row[string, int]{"fig", 0}, Row[string, int]{"pear", 3})
	total := 0.0
	for j := range Join(prices, stock, Inner) {
		total += j.L * float64(j.R)
		fmt.Printf("%s %.2f x %d\n", j.Key, j.L, j.R)
	}
	fmt.Println("total", total, stopped)
	var none []Row[string, int]
	for j := range Join(Rows("a", &stopped, none...), Rows("b", &stopped, Row[string, bool]{"x", true}), FullOuter) {
		fmt.Printf("%v %T\n", j, j)
	}
}
