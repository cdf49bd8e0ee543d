// errorcheck

package main

import "unsafe"

func main() {
	var arr [3]int
	_ = unsafe.SliceData(arr) // ERROR "invalid argument: arr \(variable of type \[3\]int\) is not a slice"
	_ = unsafe.StringData([]byte("x")) // ERROR "cannot use \[\]byte\(\"x\"\) \(value of type \[\]byte\) as string value in argument to unsafe\.StringData"
	_ = unsafe.SliceData("abc") // ERROR "invalid argument: \"abc\" \(untyped string constant\) is not a slice"
	var p *int
	_ = unsafe.Slice(p, "3") // ERROR "cannot convert \"3\" \(untyped string constant\) to type int"
}
