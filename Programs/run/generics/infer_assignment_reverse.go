// run

// Reverse type inference (Go 1.21): uninstantiated generic functions assigned to typed func variables, passed as func-typed arguments (including to other generic functions), returned from functions, stored in typed struct fields, slices and map literals of funcs.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func Identity[T any](v T) T { return v }

func Double[T ~int | ~float64 | ~string](v T) T { return v + v }

func Max[T cmp.Ordered](a, b T) T { return max(a, b) }

func ParseAll[T any](parse func(string) (T, error), in []string) ([]T, error) {
	out := make([]T, 0, len(in))
	for _, s := range in {
		v, err := parse(s)
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Compare[T cmp.Ordered](a, b T) int { return cmp.Compare(a, b) }

func Pick(name string) func(int, int) int {
	switch name {
	case "max":
		return Max // instantiated from the result type
	case "cmp":
		return Compare
	}
	return func(a, b int) int { return a }
}

type Ops struct {
	Fold  func(float64, float64) float64
	Label func(string) string
}

type Celsius float64

func main() {
	var f func(int) int = Identity
	var g func(string) string = Double
	h := func(c Celsius) Celsius { return c }
	h = Double
	fmt.Println(f(7), g("ab"), h(21.5))

	fmt.Println(MapSlice([]int{1, 2, 3}, Double[int]), MapSlice([]string{"x", "y"}, Double[string]))
	fmt.Println(MapSlice([]int{4, 5}, strconv.Itoa), MapSlice([]float64{1.5}, Identity[float64]))
	fmt.Println(Reduce([]int{3, 9, 4}, 0, Max), Reduce([]string{"kiwi", "fig", "pear"}, "", Max))
	fmt.Println(Reduce([]float64{1, 2.5}, 1.0, Max[float64]))

	nums, err := ParseAll(strconv.Atoi, []string{"1", "22", "333"})
	fmt.Println(nums, err)
	bs, err := ParseAll(strconv.ParseBool, []string{"true", "0", "maybe"})
	fmt.Println(bs, err)

	fmt.Println(Pick("max")(3, 8), Pick("cmp")(3, 8), Pick("?")(3, 8))

	ops := Ops{Fold: Max, Label: Identity}
	fmt.Println(ops.Fold(2, 3.5), ops.Label("same"))
	fs := []func(string) string{Identity, Double, strings.ToUpper}
	for _, fn := range fs {
		fmt.Print(fn("go"), " ")
	}
	fmt.Println()
	m := map[string]func(int, int) int{"max": Max, "cmp": Compare}
	fmt.Println(m["max"](1, 2), m["cmp"](1, 2))
	sorted := slices.SortedFunc(slices.Values([]string{"b", "C", "a"}), Compare)
	fmt.Println(sorted, slices.IndexFunc(sorted, func(s string) bool { return Identity(s) == "b" }))
	fmt.Printf("%T %T %T\n", f, ops.Fold, fs[1])
}
