// run

package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	q = a / b
	return q, ""
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	fmt.Println("body done", x)
}

func triple() (n int) {
	defer func() { n *= 3 }()
	return 5
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	fmt.Println(triple())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var s []int
		_ = s[3]
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		panic("boom")
	}()
	fmt.Println(recover())
	defer fmt.Println("main deferred")
	defer func() {
		panic("second")
	}()
	panic("first")
}
