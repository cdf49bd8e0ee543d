// run

// Option[T] with Go 1.27 generic methods Then[U] and Or; chaining lookups across maps of different value types; pointer options.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Option[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func Get[K comparable, V any](m map[K]V, k K) Option[V] {
	v, ok := m[k]
	return Option[V]{v, ok}
}

func (o Option[T]) Then[U any](f func(T) Option[U]) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return f(o.v)
}

func (o Option[T]) Map[U any](f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.v))
}

func (o Option[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func parseInt(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func main() {
	users := map[string]string{"u1": "42", "u2": "abc", "u3": "7"}
	scores := map[int][]string{42: {"gold", "silver"}, 7: nil}
	for _, id := range []string{"u1", "u2", "u3", "u4"} {
		o := Get(users, id).Then(parseInt)
		medals := o.Then(func(n int) Option[[]string] { return Get(scores, n) })
		desc := medals.Map(func(m []string) string { return strings.Join(m, "+") })
		fmt.Println(id, o, medals, desc.Or("(none)"))
	}
	p := Some(&struct{ X int }{5})
	fmt.Println(p.Map(func(s *struct{ X int }) int { return s.X * 2 }))
	var np Option[*int]
	fmt.Println(np, np.Or(nil) == nil)
	nested := Some(Some(3)).Then(func(o Option[int]) Option[string] { return o.Map(strconv.Itoa) })
	fmt.Printf("%v %T\n", nested, nested)
}
