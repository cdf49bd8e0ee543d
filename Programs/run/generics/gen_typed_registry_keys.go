// run

// Type-safe heterogeneous registry: Key[T] values (distinct per instantiation even with equal names) index a map[any]any, with generic Get/Set/MustGet, defaults, and typed context-style values.

package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Key[T any] struct{ name string }

func NewKey[T any](name string) Key[T] { return Key[T]{name} }

func (k Key[T]) String() string { return fmt.Sprintf("%s(%T)", k.name, *new(T)) }

type Registry struct{ vals map[any]any }

func Set[T any](r *Registry, k Key[T], v T) {
	if r.vals == nil {
		r.vals = map[any]any{}
	}
	r.vals[k] = v
}

func Get[T any](r *Registry, k Key[T]) (T, bool) {
	v, ok := r.vals[k]
	if !ok {
		var zero T
		return zero, false
	}
	return v.(T), true
}

func GetOr[T any](r *Registry, k Key[T], def T) T {
	if v, ok := Get(r, k); ok {
		return v
	}
	return def
}

func MustGet[T any](r *Registry, k Key[T]) T {
	v, ok := Get(r, k)
	if !ok {
		panic(fmt.Sprintf("missing %v", k))
	}
	return v
}

func Update[T any](r *Registry, k Key[T], f func(T) T) T {
	v := f(GetOr(r, k, *new(T)))
	Set(r, k, v)
	return v
}

func (r *Registry) Keys() []string {
	var out []string
	for k := range r.vals {
		out = append(out, fmt.Sprint(k))
	}
	sort.Strings(out)
	return out
}

var (
	Port     = NewKey[int]("port")
	PortStr  = NewKey[string]("port") // same name, different type: a different key
	Timeout  = NewKey[time.Duration]("timeout")
	Hosts    = NewKey[[]string]("hosts")
	Handlers = NewKey[map[string]func(string) string]("handlers")
	Retries  = NewKey[uint8]("retries")
)

func main() {
	var r Registry
	Set(&r, Port, 8080)
	Set(&r, PortStr, "http-alt")
	Set(&r, Timeout, 1500*time.Millisecond)
	Set(&r, Hosts, []string{"a.example", "b.example"})
	Set(&r, Handlers, map[string]func(string) string{"up": strings.ToUpper})
	fmt.Println(r.Keys())

	p, ok := Get(&r, Port)
	ps, ok2 := Get(&r, PortStr)
	fmt.Println(p+1, ok, ps, ok2, Port == NewKey[int]("port"), any(Port) == any(PortStr))
	fmt.Println(MustGet(&r, Timeout).Seconds(), GetOr(&r, Retries, 3), len(MustGet(&r, Hosts)))
	fmt.Println(MustGet(&r, Handlers)["up"]("shout"))

	for range 4 {
		Update(&r, Retries, func(n uint8) uint8 { return n + 100 })
	}
	fmt.Println("retries wrapped:", MustGet(&r, Retries))
	Update(&r, Hosts, func(h []string) []string { return append(h, "c.example") })
	fmt.Println(MustGet(&r, Hosts))

	type local struct{ X, Y int }
	Origin := NewKey[local]("origin")
	Set(&r, Origin, local{3, 4})
	fmt.Println(MustGet(&r, Origin), Origin)

	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(len(r.vals), "entries")
	}()
	MustGet(&r, NewKey[float64]("ratio"))
}
