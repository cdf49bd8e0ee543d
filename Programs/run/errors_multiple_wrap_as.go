// run

// fmt.Errorf with several %w (Unwrap() []error), errors.Is and errors.As
// through joined and multiply wrapped errors, depth first as Go walks them.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return e.msg }

func main() {
	multi := fmt.Errorf("both: %w and %w", io.EOF, os.ErrNotExist)
	fmt.Println(multi)
	u := multi.(interface{ Unwrap() []error })
	for _, e := range u.Unwrap() {
		fmt.Println(" wraps", e.Error())
	}
	fmt.Println(errors.Is(multi, io.EOF), errors.Is(multi, os.ErrNotExist), errors.Is(multi, io.ErrUnexpectedEOF), errors.Unwrap(multi) == nil)
	notErr := fmt.Errorf("x %w %w", io.EOF, 3)
	fmt.Println(notErr, len(notErr.(interface{ Unwrap() []error }).Unwrap()))

	tree := errors.Join(fmt.Errorf("a: %w", CodeErr{1}), fmt.Errorf("b: %w and %w", &PtrErr{"deep"}, CodeErr{2}))
	var ce CodeErr
	var pe *PtrErr
	fmt.Println(errors.As(tree, &ce), ce.Code, errors.As(tree, &pe), pe.msg)
	var target interface{ Error() string }
	fmt.Println(errors.As(tree, &target), target != nil)
	var none *os.PathError
	fmt.Println(errors.As(tree, &none), none == nil)
}
