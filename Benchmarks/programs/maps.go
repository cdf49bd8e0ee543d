// Map-heavy work with int and string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := make(map[int]int)
	for i := 0; i < 600_000; i++ {
		m[i*7%100_003] += i
	}
	sum := 0
	for i := 0; i < 1_200_000; i++ {
		sum += m[i%100_003]
	}
	words := make(map[string]int)
	for i := 0; i < 100_000; i++ {
		words["w"+strconv.Itoa(i%5000)]++
	}
	for k, v := range words {
		if v != 20 {
			fmt.Println("bad", k, v)
		}
	}
	for i := 0; i < 100_000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), sum, len(words))
}
