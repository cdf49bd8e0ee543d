// errorcheck

package main

import "unsafe"

func main() {
	f := unsafe.Sizeof // ERROR "unsafe\.Sizeof \(built-in\) must be called"
	_ = f
}
