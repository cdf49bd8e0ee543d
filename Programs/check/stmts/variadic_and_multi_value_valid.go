// run

package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func pair(a, b int) string { return fmt.Sprint(a, "/", b) }

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

func apply(f func(...int) int, xs ...int) int { return f(xs...) }

func forward(xs ...any) string { return fmt.Sprint(xs...) }

func main() {
	fmt.Println(pair(divmod(17, 5)))
	fmt.Println(sum(), sum(1), sum([]int{1, 2, 3}...))
	fmt.Println(joinAll("-"), joinAll("-", "a"), joinAll("+", []string{"x", "y"}...))
	fmt.Println(apply(sum, 4, 5, 6))
	fmt.Println(forward(1, "a", 2.5), forward())
	q, r := divmod(9, 4)
	fmt.Println(q, r)
	fmt.Println(divmod(1, 1))
	var f func(string, ...string) string = joinAll
	fmt.Println(f(",", "p", "q"))
	args := []any{"x", 1}
	fmt.Println(args...)
	fmt.Printf("%v|%v\n", args...)
}
