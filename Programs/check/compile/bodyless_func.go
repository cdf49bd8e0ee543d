// compile

package main

// A function declaration may omit its body (the implementation is then
// provided outside Go, e.g. in assembly). gc accepts it; `go build` of this
// lone file fails with "missing function body".
func fastAdd(a, b int) int

func main() {
	_ = fastAdd
}
