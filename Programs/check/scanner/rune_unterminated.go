// errorcheck

package main

func main() {
	r := 'a // ERROR "rune literal not terminated|newline in rune literal"
	_ = r
}
