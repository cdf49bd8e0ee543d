// run

// Panics inside range-over-func loop bodies and inside iterators, recovered by the caller; iterator defers still run.

package main

import (
	"errors"
	"fmt"
	"iter"
)

func Nums(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator defer runs")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Exploding(at int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == at {
				panic(fmt.Sprintf("iterator exploded at %d", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

func bodyPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range Nums(5) {
		fmt.Println("body", i)
		if i == 2 {
			panic(errors.New("body failed"))
		}
	}
	return nil
}

func iterPanics() (n int, msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	for range Exploding(3) {
		n++
	}
	return n, "no panic"
}

func divide(xs []int) (res []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for i := range Nums(len(xs)) {
		res = append(res, 100/xs[i])
	}
	return res, nil
}

func main() {
	fmt.Println(bodyPanics())
	fmt.Println(iterPanics())
	fmt.Println(divide([]int{1, 2, 5}))
	fmt.Println(divide([]int{4, 0, 3}))
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		for a := range Nums(2) {
			for b := range Exploding(1) {
				fmt.Println("pair", a, b)
			}
		}
	}()
}
