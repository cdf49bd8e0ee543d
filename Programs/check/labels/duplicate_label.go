// errorcheck

package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at \./duplicate_label\.go:6:1"
	for {
		break L // ERROR "invalid break label L"
	}
}
