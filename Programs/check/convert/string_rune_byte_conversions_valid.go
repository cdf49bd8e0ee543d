// run

package main

import "fmt"

type MyBytes []byte
type MyRunes []rune
type MyString string

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)), len([]byte(s)))
	fmt.Println(string([]rune(s)[7:]))
	fmt.Println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune('a'+1)))
	b := MyBytes(s[:2])
	r := MyRunes(s[:3])
	fmt.Println(b, r, MyString(b), string(r))
	var ms MyString = "xyz"
	fmt.Println([]byte(ms), []rune(ms)[2])
	for i, c := range []byte("aé") {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	x := 'Z'
	fmt.Println(byte(x), rune(byte(200)), string(byte(65)))
	bs := []byte{0xff, 'a'}
	fmt.Printf("%q\n", string(bs))
	for _, c := range string(bs) {
		fmt.Print(c, " ")
	}
	fmt.Println()
}
