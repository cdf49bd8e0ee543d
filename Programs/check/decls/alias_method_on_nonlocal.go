// errorcheck

package main

type S = string

func (s S) Len() int { return len(s) } // ERROR "cannot define new methods on non-local type S"

func main() {
}
