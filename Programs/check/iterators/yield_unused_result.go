// errorcheck

package main

func main() {
	seq := func(yield func(int) bool) {
		yield(1)
	}
	for v := range seq {
		w := v // ERROR "declared and not used: w"
	}
}
