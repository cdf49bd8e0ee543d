// errorcheck

package main

import "unsafe"

const n = 4

var v = 3

var a [n * 2]int
var b [len("abc")]int
var c [unsafe.Sizeof(int64(0))]int
var d [v]int // ERROR "invalid array length v"
var e [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
var f [2.5]int // ERROR "array length 2\.5 \(untyped float constant\) must be integer"
var g [len([]int{1})]int // ERROR "array length len\(\[\]int\{…\}\) \(value of type int\) must be constant"
var h ["3"]int // ERROR "array length \"3\" \(untyped string constant\) must be integer"

func main() {
}
