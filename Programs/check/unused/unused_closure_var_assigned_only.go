// errorcheck

package main

func main() {
	count := 0
	inc := func() {
		count = count
	}
	total := 0 // ERROR "declared and not used: total"
	add := func(n int) {
		total = n
	}
	inc()
	add(1)
}
