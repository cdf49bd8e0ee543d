// errorcheck

package main

func (e error) Extra() {} // ERROR "cannot define new methods on non-local type error"

func (b bool) Not() bool { return !b } // ERROR "cannot define new methods on non-local type bool"

func main() {
}
