// errorcheck

package main

func main() {
	s := `abc // ERROR "string not terminated" "declared and not used: s"
	_ = s
}
