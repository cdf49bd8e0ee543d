// run

// defer f(&x, &y) with f(...*int): the ... array of a defer outside loops
// stays in the frame with x and y.
package main

import "fmt"

func show(ps ...*int) {
	for _, p := range ps {
		fmt.Println(*p)
	}
}

func main() {
	x, y := 1, 2
	defer show(&x, &y) // gc: x and y stay on the stack; gosub builds the ... slice on the heap
	x, y = 3, 4
}
