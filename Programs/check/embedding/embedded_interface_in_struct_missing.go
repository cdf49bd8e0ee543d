// errorcheck

package main

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type R struct{ Reader }

type RW interface {
	Reader
	Writer
}

func main() {
	var _ RW = R{} // ERROR "cannot use R\{\} \(value of struct type R\) as RW value in variable declaration: R does not implement"
	var _ Reader = R{}
}
