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
	}
	return "odd"
}

func main() {
	for _, n := range []int{-1, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	case 'y':
		fmt.Println("sometimes")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("not reached")
	}
	f := func() int { fmt.Println("eval"); return 2 }
	switch f() {
	case 1:
		fmt.Println(1)
	case 2:
		fmt.Println(2)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
}
