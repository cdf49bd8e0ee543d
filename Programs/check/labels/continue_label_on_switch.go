// errorcheck

package main

func main() {
	for i := 0; i < 3; i++ {
	Sw:
		switch i {
		case 1:
			continue Sw // ERROR "invalid continue label Sw"
		}
	}
}
