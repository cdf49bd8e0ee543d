// run

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	if q == "" {
		return nil
	}
	return &QueryError{q, fmt.Errorf("lookup %q: %w", q, ErrNotFound)}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	inner := errors.Unwrap(err)
	fmt.Println(inner, errors.Unwrap(inner) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Println(errors.Is(nil, nil), errors.Is(find(""), ErrNotFound))
	w := fmt.Errorf("wrap: %w", err)
	fmt.Printf("%v | %T\n", w, w)
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(w, &target), target != nil)
}
