// run

// Panics raised in the innermost body of three nested generic iterators: every iterator's deferred cleanup runs innermost-first before the caller's recover sees the value; error values, runtime errors and custom panic types; fresh iterators work afterwards.

package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

var trace []string

func Tracked[T any](name string, vs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		trace = append(trace, name+"+")
		defer func() { trace = append(trace, name+"-") }()
		for _, v := range vs {
			if !yield(v) {
				return
			}
		}
	}
}

type ValidationError[T any] struct {
	Field string
	Value T
}

func (e ValidationError[T]) Error() string { return fmt.Sprintf("invalid %s: %v", e.Field, e.Value) }

var ErrLimit = errors.New("limit reached")

func run(name string, body func()) {
	trace = nil
	defer func() {
		r := recover()
		fmt.Printf("%s: %v | %s\n", name, r, strings.Join(trace, " "))
		if err, ok := r.(error); ok {
			var ve ValidationError[int]
			fmt.Println("  error?", true, "is limit:", errors.Is(err, ErrLimit), "validation:", errors.As(err, &ve), ve.Value)
		}
	}()
	body()
}

func main() {
	run("string panic", func() {
		for a := range Tracked("A", 1, 2) {
			for b := range Tracked("B", "x", "y") {
				for c := range Tracked("C", 1.5) {
					if a == 2 && b == "y" {
						panic(fmt.Sprint("boom at ", a, b, c))
					}
				}
			}
		}
	})
	run("wrapped error", func() {
		n := 0
		for range Tracked("A", 1, 2, 3) {
			for range Tracked("B", 1, 2, 3) {
				if n++; n == 5 {
					panic(fmt.Errorf("after %d: %w", n, ErrLimit))
				}
			}
		}
	})
	run("generic error type", func() {
		for a := range Tracked("outer", 10, -3) {
			for range Tracked("inner", true) {
				if a < 0 {
					panic(ValidationError[int]{"age", a})
				}
			}
		}
	})
	run("index out of range", func() {
		xs := []int{1, 2}
		for i := range Tracked("A", 0, 1, 2) {
			for range Tracked("B", 'q') {
				_ = xs[i]
			}
		}
	})
	run("nil map write", func() {
		var m map[string]int
		for k := range Tracked("keys", "a") {
			m[k]++
		}
	})
	run("panic after break", func() {
		for a := range Tracked("A", 1, 2) {
			for range Tracked("B", 1, 2) {
				break
			}
			if a == 2 {
				panic("outer body")
			}
		}
	})
	run("no panic", func() {
		sum := 0
		for a := range Tracked("A", 1, 2) {
			for b := range Tracked("B", 10, 20) {
				sum += a * b
			}
		}
		fmt.Println("  sum", sum)
	})
}
