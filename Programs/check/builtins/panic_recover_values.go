// run

package main

import (
	"errors"
	"fmt"
)

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func nested() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("outer recovered ", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() {}))
	r := try(func() { panic(&myErr{"custom"}) })
	var me *myErr
	fmt.Println(errors.As(r.(error), &me), me.msg)
	r = try(func() {
		var a []int
		_ = a[3]
	})
	fmt.Println(r.(error).Error())
	r = try(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(r)
	fmt.Println(nested())
	fmt.Println(recover())
	r = try(func() { panic(fmt.Errorf("wrapped: %w", errors.New("base"))) })
	fmt.Println(r)
}
