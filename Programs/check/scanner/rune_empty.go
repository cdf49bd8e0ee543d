// errorcheck

package main

func main() {
	r := '' // ERROR "empty rune literal or unescaped '"
	_ = r
}
