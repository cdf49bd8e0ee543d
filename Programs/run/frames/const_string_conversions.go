// run

// []byte("abc") and []rune("héllo") of constants get arrays of exactly their
// length (not the 32-byte buffer): appends do not alias.
package main

import "fmt"

func main() {
	b := []byte("abc")
	fmt.Println(len(b), cap(b))
	c := append(b, 'd')
	b = append(b, 'e')
	fmt.Println(string(c), string(b))

	s := "xyz"
	b2 := []byte(s)
	fmt.Println(len(b2), cap(b2))

	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	r2 := append(r, 'a')
	r = append(r, 'b')
	fmt.Println(string(r2), string(r))
}
