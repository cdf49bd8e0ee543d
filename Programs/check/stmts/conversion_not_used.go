// errorcheck

package main

func main() {
	x := 1.5
	int(x) // ERROR "int\(x\) \(value of type int\) is not used"
}
