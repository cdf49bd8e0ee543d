// errorcheck

package main

func main() {
A:
	for i := 0; i < 2; i++ {
	}
	for {
		break A // ERROR "invalid break label A"
	}
}
