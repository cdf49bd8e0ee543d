// errorcheck

package main

type Color int
type Size int

const (
	Red Color = iota
	Green
)

const (
	Small Size = iota
)

func main() {
	_ = Red == Small // ERROR "invalid operation: Red == Small \(mismatched types Color and Size\)"
}
