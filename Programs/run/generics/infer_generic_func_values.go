// run

// Generic functions as values: instantiated func variables, inference when passing generic func to func-typed param, closures returning generics.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Identity[T any](x T) T { return x }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Less[T cmp.Ordered](a, b T) int { return cmp.Compare(a, b) }

func Reverse[T cmp.Ordered](a, b T) int { return cmp.Compare(b, a) }

func ApplyAll[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Adder[T ~int | ~float64](n T) func(T) T { return func(x T) T { return x + n } }

func SortWith[T any](xs []T, c func(T, T) int) []T {
	ys := slices.Clone(xs)
	slices.SortFunc(ys, c)
	return ys
}

func main() {
	idInt := Identity[int]
	fmt.Printf("%T %v\n", idInt, idInt(5))
	var idStr func(string) string = Identity
	fmt.Println(idStr("s"))
	h := Compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("[%s]\n", h("  mixed Case  "))
	lenThenDouble := Compose(func(s string) int { return len(s) }, Adder(100))
	fmt.Println(lenThenDouble("abcd"))
	fmt.Println(SortWith([]int{3, 1, 2}, Less[int]))
	fmt.Println(SortWith([]string{"b", "c", "a"}, Reverse))
	fmt.Println(SortWith([]float64{0.5, -1, 2}, Less))
	fmt.Println(ApplyAll(1, Adder(2), Adder(3), Identity))
	fmt.Println(ApplyAll(1.5, Adder(0.25)))
	cmps := []func(string, string) int{Less[string], Reverse[string], strings.Compare}
	for _, c := range cmps {
		fmt.Print(c("a", "b"), " ")
	}
	fmt.Println()
	fmt.Println(Compose(Identity[int], Adder(1))(41))
}
