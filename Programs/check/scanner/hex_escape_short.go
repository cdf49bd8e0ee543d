// errorcheck

package main

func main() {
	s := "\x4g" // ERROR "invalid character 'g' in hexadecimal escape"
	_ = s
}
