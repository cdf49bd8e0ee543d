// errorcheck

package main

func main() {
	b := make([]byte, 3)
	_ = copy(b, "abc")
	r := make([]rune, 3)
	_ = copy(r, "abc") // ERROR "invalid copy: arguments r \(variable of type \[\]rune\) and \"abc\" \(untyped string constant\) have"
	var a [3]int
	_ = copy(a, []int{1}) // ERROR "invalid copy: argument must be a slice; have a \(variable of type \[3\]int\)"
	_ = copy([]int{}, []int64{}) // ERROR "invalid copy: arguments \[\]int\{\} \(value of type \[\]int\) and \[\]int64\{\} \(value of type \[\]int64\) have"
}
