// errorcheck -0 -m -l

// range-over-func loops over generic iterators whose bodies capture outer variables.

package main

import "fmt"

func Each[T any](xs []T) func(func(T) bool) {
	return func(yield func(T) bool) { // ERROR "func literal escapes to heap$" "func literal escapes to heap$"
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) { // ERROR "yield does not escape$" "func literal escapes to heap$"
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

var keep []*int

func sum(xs []int) int { // ERROR "leaking param: xs$"
	total := 0 // ERROR "moved to heap: total$"
	for x := range Each(xs) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		total += x
	}
	return total
}

func longest(ws []string) string { // ERROR "leaking param: ws$"
	best := "" // ERROR "moved to heap: best$"
	count := 0 // ERROR "moved to heap: count$"
	for w := range Each(ws) { // ERROR "leaking param: w$" "moved to heap: #state1$" "func literal escapes to heap$"
		if len(w) > len(best) {
			best = w
		}
		count++
	}
	_ = count
	return best
}

func addrs() {
	for i := range Upto(3) { // ERROR "moved to heap: #state1$" "moved to heap: i$" "func literal escapes to heap$"
		keep = append(keep, &i) // ERROR "append escapes to heap$"
	}
}

func labels(prefix string) []string { // ERROR "leaking param: prefix$"
	var out []string // ERROR "moved to heap: out$"
	for i := range Upto(2) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		out = append(out, fmt.Sprint(prefix, i)) // ERROR "\.\.\. argument does not escape$" "prefix escapes to heap$" "i escapes to heap$" "append escapes to heap$"
	}
	return out
}

func main() {
	fmt.Println(sum([]int{1, 2}), longest([]string{"a", "bb"}), labels("p")) // ERROR "\.\.\. argument does not escape$" "sum\(\[\]int\{\.\.\.\}\) escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$" "longest\(\[\]string\{\.\.\.\}\) escapes to heap$" "\[\]string\{\.\.\.\} escapes to heap$" "labels\(\"p\"\) escapes to heap$"
	addrs()
}
