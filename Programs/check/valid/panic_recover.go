// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func safe(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(&MyErr{7}) }))
	err := safe(func() {
		var a []int
		_ = a[3]
	})
	fmt.Println(err)
	var me *MyErr
	fmt.Println(errors.As(safe(func() { panic(&MyErr{9}) }), &me), me.code)
	fmt.Println(safe(func() {
		defer func() {
			panic("second")
		}()
		panic("first")
	}))
	fmt.Println(recover())
}
