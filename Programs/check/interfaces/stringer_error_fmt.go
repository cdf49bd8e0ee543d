// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	return fmt.Errorf("lookup: %w", NotFound{name})
}

func main() {
	fmt.Println(Temp(21.55))
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), 5)
	err := find("x")
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.Unwrap(err) == NotFound{"x"})
	base := errors.New("base")
	wrapped := fmt.Errorf("ctx: %w", base)
	fmt.Println(errors.Is(wrapped, base), errors.Is(base, wrapped))
}
