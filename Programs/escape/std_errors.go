// errorcheck -0 -m -l

// errors.New and fmt.Errorf.

package p

import (
	"errors"
	"fmt"
)

func f() error {
	return errors.New("bad")
}

func h(x int) error {
	return fmt.Errorf("bad %d", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}
