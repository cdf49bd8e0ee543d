// run

package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func work(a *Acc) (result int, err error) {
	defer a.Add(100)
	defer func() {
		if r := recover(); r != nil {
			result = -1
			fmt.Println("recovered", r)
		}
	}()
	a.Add(1)
	var arr []int
	return arr[1], nil
}

func nested() (s string) {
	defer func() {
		s += " outer"
	}()
	func() {
		defer func() {
			s += " inner"
		}()
		s = "start"
	}()
	return s + " body"
}

func rethrow() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprint("re: ", r))
	}()
	panic("original")
}

func main() {
	a := &Acc{}
	fmt.Println(work(a))
	fmt.Println(a.total)
	fmt.Println(nested())
	func() {
		defer func() { fmt.Println("second recover:", recover()) }()
		rethrow()
	}()
	helper := func() any { return recover() }
	func() {
		defer func() {
			fmt.Println("indirect recover:", helper())
			fmt.Println("direct recover:", recover())
		}()
		panic(42)
	}()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("loop defer", n, i) }(i * 10)
	}
}
