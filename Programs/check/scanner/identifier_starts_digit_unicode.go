// errorcheck

package main

func main() {
	٣x := 1 // ERROR "identifier cannot begin with digit U\+0663 '٣'"
	_ = ٣x  // ERROR "identifier cannot begin with digit U\+0663 '٣'"
}
