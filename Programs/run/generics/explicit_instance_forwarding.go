// run

// Fixed after new users met them: a generic function's results forwarded as
// another call's arguments under an explicit instantiation; errors.As whose
// result is dropped; sync.Once from several goroutines and as a method value.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func Pair[T any](x, y T) (T, T) { return x, y }
func sub(a, b int) int          { return a - b }
func Two[T any](x T) (T, T)     { return x, x }

type E struct{ v int }

func (e *E) Error() string { return fmt.Sprint("E:", e.v) }

func main() {
	fmt.Println(sub(Pair[int](7, 3)))
	fmt.Println(Two[int](5))
	fmt.Println(Two[string]("x"))
	var err error = fmt.Errorf("wrap: %w", &E{4})
	var pe *E
	errors.As(err, &pe)
	fmt.Println(pe.v)
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); once.Do(func() { fmt.Println("once") }) }()
	}
	wg.Wait()
	do := once.Do
	do(func() { fmt.Println("never") })
}
