// errorcheck

package main

type T struct{}

type S struct {
	**T // ERROR "syntax error: unexpected \*, expected name"
}

func main() {
}
