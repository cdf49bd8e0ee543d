// run

package main

func main() {
	println("to stderr", 1, true)
	print("no newline ", 2.5, "\n")
	println(1 < 2, 'x', uint8(7))
}
