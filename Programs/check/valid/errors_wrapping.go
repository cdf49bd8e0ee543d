// run

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func lookup(q string) error {
	return &QueryErr{q, ErrNotFound}
}

func main() {
	err := fmt.Errorf("layer2: %w", lookup("users"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	joined := errors.Join(io.EOF, ErrNotFound)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, io.EOF), errors.Is(joined, ErrNotFound))
	multi := fmt.Errorf("both: %w and %w", io.EOF, os.ErrNotExist)
	fmt.Println(multi, errors.Is(multi, os.ErrNotExist))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
}
