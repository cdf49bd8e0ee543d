// run

package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := range 6 {
		ch <- i
	}
	close(ch)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 1 {
				continue loop
			}
			sum += v
		}
	}
	fmt.Println(sum)
grid:
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			switch {
			case c > r:
				continue grid
			case r == 2 && c == 1:
				break grid
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()
	n := 0
blk:
	{
		n++
		if n < 2 {
			goto blk
		}
	}
	fmt.Println(n)
}
