// errorcheck

package main

func main() {
	s := "abc"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
}
