// run

// Generic Result[T] type with errors: Map/AndThen chaining, errors.Is/As through wrapped errors, generic error type.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](e error) Result[T]   { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Try(f(r.val))
}

type RangeErr[T int | float64] struct {
	Val, Lo, Hi T
}

func (e *RangeErr[T]) Error() string { return fmt.Sprintf("%v not in [%v,%v]", e.Val, e.Lo, e.Hi) }

var ErrNeg = errors.New("negative")

func check(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check: %w", ErrNeg)
	}
	if n > 100 {
		return 0, fmt.Errorf("check: %w", &RangeErr[int]{n, 0, 100})
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "abc", "-5", "500"} {
		r := Then(Try(strconv.Atoi(in)), check)
		r2 := Then(r, func(n int) (string, error) { return strconv.Itoa(n * 2), nil })
		fmt.Println(in, r, r2)
		_, err := r2.Unwrap()
		var re *RangeErr[int]
		fmt.Println("  neg:", errors.Is(err, ErrNeg), "range:", errors.As(err, &re))
		if re != nil {
			fmt.Println("  range detail:", re.Val, re.Hi)
		}
		var rf *RangeErr[float64]
		fmt.Println("  float range:", errors.As(err, &rf))
	}
	fmt.Println(Ok([]int{1}), Err[bool](errors.Join(ErrNeg, errors.New("x"))))
}
