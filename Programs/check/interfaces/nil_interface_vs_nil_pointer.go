// run

package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var e error
	fmt.Println(e == nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
}
