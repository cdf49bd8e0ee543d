// errorcheck

package main

func main() {
	r := '\uD800' // ERROR "escape is invalid Unicode code point U\+D800"
	_ = r
}
