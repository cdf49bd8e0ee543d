// errorcheck

package main

func main() {
L: // ERROR "label L defined and not used"
	for {
		func() {
			break L // ERROR "break label not defined: L"
		}()
		func() {
			goto L // ERROR "label L not defined"
		}()
	}
}
