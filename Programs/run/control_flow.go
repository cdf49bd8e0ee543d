// run

package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i == 3 {
			continue
		}
		if i == 8 {
			break
		}
		sum += i
	}
	fmt.Println("sum", sum)
	for _, n := range []int{-2, 0, 3, 4} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell")
	default:
		fmt.Println("large")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	i := 0
loop:
	if i < 4 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	for k := range 3 {
		fmt.Print(k)
	}
	fmt.Println(" n =", n)
	for {
		n--
		if n < 0 {
			break
		}
	}
	fmt.Println(n)
}
