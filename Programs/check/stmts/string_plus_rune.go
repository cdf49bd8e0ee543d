// errorcheck

package main

func main() {
	s := "a"
	r := 'b'
	_ = s + r // ERROR "invalid operation: s \+ r \(mismatched types string and rune\)"
}
