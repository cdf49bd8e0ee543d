// run

package main

import "fmt"

type A struct {
	Name string `json:"name"`
}

type B struct {
	Name string `xml:"n"`
}

func main() {
	a := A{"x"}
	b := B(a)
	fmt.Println(b.Name)
}
