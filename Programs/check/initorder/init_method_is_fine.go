// errorcheck

package main

type T struct{}

func (T) init() {}

func (T) main() {}

type init int // ERROR "cannot declare init - must be func"

func main() {
}
