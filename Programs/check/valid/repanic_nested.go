// run

package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-", r))
		}
	}()
	panic("x")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	inner()
	return "unreached"
}

func deferredCallsAfterPanic() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		fmt.Println("recovering", recover())
	}()
	defer fmt.Println("deferred 3 runs first")
	var m map[string]int
	m["a"] = 1
}

func main() {
	fmt.Println(outer())
	deferredCallsAfterPanic()
	fmt.Println("end")
}
