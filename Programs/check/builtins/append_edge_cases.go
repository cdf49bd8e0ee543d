// errorcheck

package main

func main() {
	var b []byte
	b = append(b, "abc"...)
	var r []rune
	r = append(r, "abc"...) // ERROR "cannot use \"abc\" \(untyped string constant\) as \[\]rune value in argument to append"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = append(nil, 1) // ERROR "invalid append: argument must be a slice; have untyped nil"
	var s []int
	s = append(s, 1.5) // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in argument to append \(truncated\)"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
}
