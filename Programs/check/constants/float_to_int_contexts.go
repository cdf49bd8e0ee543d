// errorcheck

package main

func main() {
	var i int = 2.5 // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = []int{2.0, 2.5} // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
	_ = make([]int, 2.5) // ERROR "2\.5 \(untyped float constant\) truncated to int"
	var a [4]int
	_ = a[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = a[2.0]
	_ = int(2.5) // ERROR "cannot convert 2\.5 \(untyped float constant\) to type int"
	_ = map[int]string{1.5: "x"} // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in map literal \(truncated\)"
	_ = i
}
