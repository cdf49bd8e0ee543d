// errorcheck -0 -m -l

// defer with recover.

package p

import "fmt"

func f() (err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	return nil
}
