// run

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrBase = errors.New("base")

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func op(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("op1: %w", ErrBase)
	case 2:
		return fmt.Errorf("op2: %w", CodeErr{42})
	default:
		return errors.Join(ErrBase, CodeErr{n})
	}
}

func main() {
	for i := range 4 {
		err := op(i)
		var ce CodeErr
		fmt.Println(err, errors.Is(err, ErrBase), errors.As(err, &ce), ce.Code)
	}
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	w := fmt.Errorf("a: %w, b: %w", ErrBase, CodeErr{1})
	fmt.Println(w, errors.Unwrap(w) == nil)
}
