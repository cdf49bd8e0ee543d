// run

// bytes.Reader: reads, runes and unreading, Seek from every whence and its
// errors, ReadAt, Reset, WriteTo, and use as an io.ByteReader.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	b := make([]byte, 3)
	n, err := r.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b)
	c, sz, err := r.ReadRune()
	fmt.Println(c, sz, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", rest, r.Len())
	n, err = r.ReadAt(b, 1)
	fmt.Printf("%d %v %q\n", n, err, b)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	r.Reset([]byte{0xac, 0x02})
	v, err := binary.ReadUvarint(r)
	fmt.Println(v, err)
	r.Reset([]byte("to stdout\n"))
	r.WriteTo(os.Stdout)
	fmt.Println(r.UnreadByte(), r.Len())
}
