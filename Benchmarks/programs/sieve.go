// Tight integer loops: a sieve of Eratosthenes and Collatz sequence lengths.
package main

import "fmt"

func main() {
	const n = 4_000_000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	best, bestLen := 0, 0
	for start := 1; start < 300_000; start++ {
		x, steps := start, 0
		for x != 1 {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
			steps++
		}
		if steps > bestLen {
			best, bestLen = start, steps
		}
	}
	fmt.Println(count, best, bestLen)
}
