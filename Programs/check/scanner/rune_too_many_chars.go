// errorcheck

package main

func main() {
	r := 'ab' // ERROR "more than one character in rune literal"
	_ = r
}
