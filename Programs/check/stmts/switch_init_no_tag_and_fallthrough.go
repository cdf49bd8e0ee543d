// run

package main

import "fmt"

func classify(n int) string {
	switch r := n % 15; {
	case r == 0:
		return "fizzbuzz"
	case r%5 == 0:
		return "buzz"
	case r%3 == 0:
		return "fizz"
	}
	return fmt.Sprint(n)
}

func grade(score int) (s string) {
	switch {
	case score >= 90:
		s += "A"
		fallthrough
	case score >= 80:
		s += "B"
		fallthrough
	case score >= 70:
		s += "C"
	case score >= 0:
		s += "F"
	default:
		s = "invalid"
	}
	return
}

func main() {
	for _, n := range []int{3, 5, 15, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(85), grade(75), grade(10), grade(-1))
	switch x := 2; x {
	case 1, 2, 3:
		fmt.Println("small")
		fallthrough
	default:
		fmt.Println("also default")
	case 4:
		fmt.Println("four")
	}
	switch {
	default:
		fmt.Println("only default")
	}
}
