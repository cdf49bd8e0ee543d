// errorcheck

package main

type Reader interface{ Read() }
type ReadCloser interface {
	Read()
	Close()
}

func main() {
	var r Reader
	var rc ReadCloser
	r = rc
	rc = r // ERROR "cannot use r \(variable of interface type Reader\) as ReadCloser value in assignment: Reader does not"
	rc = r.(ReadCloser)
	_ = rc
}
