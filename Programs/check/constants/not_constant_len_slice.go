// errorcheck

package main

var s = []int{1, 2}

const n = len(s) // ERROR "len\(s\) \(value of type int\) is not constant"

func main() {
}
