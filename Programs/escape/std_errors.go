// errorcheck -0 -m -l

// errors.New and fmt.Errorf.

package p

import "errors"
	"fmt" // ERROR "syntax error: non-declaration statement outside function body$"

func f() error {
	return errors.New("bad")
}

func h(x int) error {
	return fmt.Errorf("bad %d", x)
}
