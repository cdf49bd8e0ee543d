// run

package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return
}

func main() {
	fmt.Println(collatz(27), collatz(1))
	i := 0
	{
	again:
		i++
		if i < 3 {
			goto again
		}
	}
	fmt.Println(i)
	for x := 0; x < 3; x++ {
		switch {
		case x == 1:
			goto next
		}
		fmt.Println("x", x)
	next:
	}
}
