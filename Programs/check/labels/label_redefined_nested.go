// errorcheck

package main

func main() {
L:
	for {
		{
		L: // ERROR "label L already defined at \./label_redefined_nested\.go:6:1"
			for {
				break L
			}
		}
		break L
	}
}
