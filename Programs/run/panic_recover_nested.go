// run

// Panics raised while a deferred call runs: recovered inside that call
// (the earlier, already recovered panic goes on to return normally),
// recovered by a later deferred call of the same frame (the earlier panic
// is aborted), and named results set on the way out.
package main

import (
	"errors"
	"fmt"
)

func recoverTwice() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("first: ", r)
		defer func() { res += fmt.Sprint(" / second: ", recover()) }()
		panic("second")
	}()
	panic("first")
}

func abortEarlier() (res string) {
	defer func() { res = fmt.Sprint("recovered ", recover()) }()
	defer func() { panic("replacement") }()
	panic("original")
}

func inner() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("inner recovered: %v", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func recoverThenCall() (out []string) {
	defer func() {
		out = append(out, fmt.Sprint("outer recovered: ", recover()))
		out = append(out, inner().Error())
	}()
	panic(errors.New("boom"))
}

func deepDefer(n int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("level %d caught %v", n, r)
		}
	}()
	if n == 0 {
		panic("bottom")
	}
	return deepDefer(n-1) + "!"
}

func main() {
	fmt.Println(recoverTwice())
	fmt.Println(abortEarlier())
	fmt.Println(recoverThenCall())
	fmt.Println(deepDefer(3))
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					defer func() { fmt.Println("  nested", i, recover()) }()
					panic(fmt.Sprint("again ", i))
				}
			}()
			if i != 1 {
				panic(i)
			}
			fmt.Println("  no panic", i)
		}()
	}
	fmt.Println("done")
}
