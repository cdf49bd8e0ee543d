// run

// Generic Option and Result types with methods, plus generic free functions Map/AndThen since methods cannot take extra type parameters.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]     { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.ok }
func (o Option[T]) Unwrap() T {
	if !o.ok {
		panic("unwrap of None")
	}
	return o.val
}
func (o Option[T]) UnwrapOr(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if o.ok {
		return fmt.Sprintf("Some(%v)", o.val)
	}
	return "None"
}

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]          { return Result[T]{val: v} }
func Err[T any](e error) Result[T]     { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) Get() (T, error) { return r.val, r.err }
func (r Result[T]) OK() Option[T] {
	if r.err != nil {
		return None[T]()
	}
	return Some(r.val)
}
func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func MapR[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func MapO[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

var ErrNegative = errors.New("negative")

func parse(s string) Result[int] { return Try(strconv.Atoi(strings.TrimSpace(s))) }

func checkPos(n int) Result[int] {
	if n < 0 {
		return Err[int](fmt.Errorf("check %d: %w", n, ErrNegative))
	}
	return Ok(n)
}

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	for _, in := range []string{"42", " 7 ", "-3", "abc", ""} {
		r := AndThen(parse(in), checkPos)
		sq := MapR(r, func(n int) string { return strconv.Itoa(n*n) + "!" })
		_, err := sq.Get()
		fmt.Printf("%-6q %v -> %v negative=%v opt=%v\n", in, r, sq, errors.Is(err, ErrNegative), r.OK())
	}

	names := []string{"ann", "bob", "cy"}
	for _, n := range []string{"bob", "dee"} {
		idx := find(names, n)
		upper := MapO(idx, func(i int) string { return strings.ToUpper(names[i]) })
		fmt.Println(n, idx, upper, upper.UnwrapOr("?"), idx.IsSome())
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var o Option[[]int]
		fmt.Println(o)
		o.Unwrap()
	}()

	rs := []Result[float64]{Ok(1.5), Err[float64](errors.New("boom")), Ok(2.25)}
	total := 0.0
	for _, r := range rs {
		total += r.OK().UnwrapOr(0)
	}
	fmt.Println(rs, total)
	nested := Some(Some(Ok("deep")))
	fmt.Println(nested, nested.Unwrap().Unwrap())
}
