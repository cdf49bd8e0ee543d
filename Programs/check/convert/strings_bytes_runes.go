// run

package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[1], r[1])
	fmt.Println(string(b[:3]), string(r[:2]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	fmt.Println(string([]byte{104, 105}))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	for i, c := range "aé" {
		fmt.Println(i, c, string(c))
	}
}
