// errorcheck

package main

func main() {
L: // ERROR "label L defined and not used"
	func() {
		goto L // ERROR "label L not defined"
	}()
}
