// run

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte(" world"))
	fmt.Fprintf(&b, " %d!", 42)
	fmt.Println(b.String(), b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		b.WriteString(strings.Repeat("x", 30))
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := b.ReadRune()
	fmt.Println(r, size, b.UnreadRune(), b.UnreadRune())
	p := make([]byte, 4)
	n, _ := b.Read(p)
	fmt.Println(n, string(p), string(b.Next(3)))
	var out strings.Builder
	nn, err := b.WriteTo(&out)
	fmt.Println(nn, err, out.Len(), b.Len())
	b2 := bytes.NewBufferString("a,b,,c")
	data, _ := io.ReadAll(b2)
	fmt.Printf("%q\n", bytes.Split(data, []byte(",")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace([]byte("  hi  ")), bytes.Fields([]byte(" a b  c ")), bytes.ToUpper([]byte("abc")))
	var rb bytes.Buffer
	rb.ReadFrom(strings.NewReader(strings.Repeat("y", 1000)))
	fmt.Println(rb.Len(), rb.Cap())
	rb.Truncate(10)
	rb.Grow(100)
	fmt.Println(rb.Len(), rb.Cap(), rb.String())
}
