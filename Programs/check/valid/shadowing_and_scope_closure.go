// run

package main

import (
	"errors"
	"fmt"
)

func get(ok bool) (int, error) {
	if !ok {
		return 0, errors.New("fail")
	}
	return 42, nil
}

func main() {
	var err error
	x, err := get(true)
	if x, err := get(false); err != nil {
		fmt.Println("inner", x, err)
	}
	fmt.Println("outer", x, err)
	funcs := map[string]func() string{}
	for _, name := range []string{"a", "b"} {
		funcs[name] = func() string { return "hi " + name }
	}
	fmt.Println(funcs["a"](), funcs["b"]())
}
