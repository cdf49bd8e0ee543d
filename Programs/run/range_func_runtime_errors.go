// run

package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered 2:", recover()) }()
		saved(5)
	}()
	for x := range keep {
		fmt.Println(x)
	}
	for x := range bad {
		fmt.Println(x)
		break
	}
}
