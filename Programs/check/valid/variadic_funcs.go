// run

package main

import "fmt"

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprint(prefix, len(nums), " ", t)
}

func modify(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum("none:"))
	fmt.Println(sum("three:", 1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum("spread:", s...))
	modify(s...)
	fmt.Println(s)
	vals := []any{1, "a", true}
	fmt.Println(vals...)
	fmt.Println(vals)
}
