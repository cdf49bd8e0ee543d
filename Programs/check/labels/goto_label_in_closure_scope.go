// errorcheck

package main

func main() {
	f := func() {
	In:
		for {
			break In
		}
	}
	f()
	goto In // ERROR "label In not defined"
}
