// run

package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[1:3], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), len(b))
	r := []rune(s)
	fmt.Println(len(r), string(r[7:9]), r[1])
	t := "abc" + "def"
	t += "!"
	fmt.Println(t, t < "abd", t > "abc", t == "abcdef!", "" < "a")
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bad := "a\xffb"
	for i, c := range bad {
		fmt.Print(i, " ", c, "; ")
	}
	fmt.Println()
	var sb []byte
	for i := 0; i < 5; i++ {
		sb = append(sb, byte('a'+i))
	}
	fmt.Println(string(sb))
	fmt.Printf("%s|%q|%x|%X|%5s|%-5s|%.2s|%c|%U\n", "go", "a\"b\n", "hi", "hi", "ab", "ab", "héllo", 'é', 'é')
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5), fmt.Sprintln("x", 1))
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
}
