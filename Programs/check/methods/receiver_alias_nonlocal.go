// errorcheck

package main

import "strings"

type A = int

func (A) M() {} // ERROR "cannot define new methods on non-local type A"

type B = strings.Builder

func (*B) N() {} // ERROR "cannot define new methods on non-local type B"

type C = struct{ x int }

func (C) O() {} // ERROR "invalid receiver type C"

func main() {
}
