// run

package main

import "fmt"

type P struct {
	X int
	S string
	p *int
}

type E int

func (e E) String() string { return fmt.Sprintf("E(%d)", int(e)) }

func main() {
	p := P{1, "s", nil}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%O|%b\n", 42, 42, 42, 42, 255, 255, 8, 8, 5)
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%G\n", 3.14159, 3.14159, 3.14159, 123456.789, 1e21, 1e-7)
	fmt.Printf("%s|%q|%x|% x|%10s|%-4s|\n", "go", "go\n", "go", "go", "r", "l")
	fmt.Printf("%c|%U|%q|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%t|%v|%p\n", true, nil, nil)
	fmt.Printf("%v|%d|%s\n", E(3), E(3), E(4))
	fmt.Printf("%T|%T|%T|%T\n", p, &p, []E{}, map[string][]int{})
	fmt.Printf("%v|%v\n", []string{"a"}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 1))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
	fmt.Printf("%v %+v\n", struct{ A []byte }{[]byte("hi")}, &struct{ B bool }{true})
	fmt.Printf("%x %X\n", []byte{1, 171}, "hi")
	fmt.Printf("%08.3f|%+d|% d\n", -3.5, 5, 5)
}
