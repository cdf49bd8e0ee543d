// errorcheck

package main

func main() {
	const a = len("abc")
	var arr [4]int
	const b = len(arr)
	const c = cap(arr)
	s := []int{}
	const d = len(s) // ERROR "len\(s\) \(value of type int\) is not constant"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for built-in cap"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for built-in len"
	var p *[5]int
	const e = len(p)
}
