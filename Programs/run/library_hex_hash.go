// run

// encoding/hex, hash/fnv and hash/crc32: encodings and checksums of known
// inputs, decoding errors in Go's words, Dump's layout, streaming encoders
// and decoders, and the hash.Hash interfaces (Sum appends, Reset, sizes).
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	src := []byte("Hello, gosub!\x00\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)))
	b, err := hex.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	for _, bad := range []string{"abc", "zz", "0g", "ABCDEF", "48656c6c6fx", "4"} {
		b, err := hex.DecodeString(bad)
		fmt.Printf("%q: %x %v\n", bad, b, err)
	}
	fmt.Printf("%s", hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\tend")))
	fmt.Printf("%q\n", hex.Dump(nil))
	fmt.Printf("%s", hex.Dump([]byte("0123456789abcdef")))
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{1, 2, 254})))
	d, err := hex.AppendDecode([]byte("y:"), []byte("414243"))
	fmt.Printf("%q %v\n", d, err)

	var buf bytes.Buffer
	enc := hex.NewEncoder(&buf)
	n, _ := enc.Write([]byte("stream"))
	fmt.Println(n, buf.String())
	all, err := io.ReadAll(hex.NewDecoder(strings.NewReader("73747265616d21")))
	fmt.Printf("%q %v\n", all, err)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("7374x")))
	fmt.Println(err)
	var dumped strings.Builder
	dw := hex.Dumper(&dumped)
	dw.Write([]byte("abc"))
	dw.Write([]byte("defghijklmnopqrstu"))
	dw.Close()
	fmt.Print(dumped.String())

	inputs := []string{"", "a", "foobar", "The quick brown fox jumps over the lazy dog"}
	for _, in := range inputs {
		h32, h32a, h64, h64a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()
		h128, h128a := fnv.New128(), fnv.New128a()
		for _, h := range []hash.Hash{h32, h32a, h64, h64a, h128, h128a} {
			io.WriteString(h, in)
		}
		fmt.Printf("%q %08x %08x %016x %016x %x %x\n", in, h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64(), h128.Sum(nil), h128a.Sum(nil))
		fmt.Printf("  crc32 %08x castagnoli %08x koopman %08x\n", crc32.ChecksumIEEE([]byte(in)),
			crc32.Checksum([]byte(in), crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum([]byte(in), crc32.MakeTable(crc32.Koopman)))
	}
	h := fnv.New64a()
	h.Write([]byte("abc"))
	fmt.Printf("%x %d %d\n", h.Sum([]byte{0xAA}), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum64())
	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Printf("%08x %08x %x %d\n", c.Sum32(), crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")), c.Sum(nil), c.Size())
	type state interface {
		MarshalBinary() ([]byte, error)
		UnmarshalBinary([]byte) error
	}
	for _, mk := range []func() hash.Hash{func() hash.Hash { return fnv.New32() }, func() hash.Hash { return fnv.New32a() },
		func() hash.Hash { return fnv.New64() }, func() hash.Hash { return fnv.New64a() }, fnv.New128, fnv.New128a,
		func() hash.Hash { return crc32.NewIEEE() }, func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) }} {
		h := mk()
		h.Write([]byte("half"))
		st, err := h.(state).MarshalBinary()
		h2 := mk()
		err2 := h2.(state).UnmarshalBinary(st)
		h.Write([]byte(" done"))
		h2.Write([]byte(" done"))
		fmt.Printf("%x %v %v %x %x\n", st, err, err2, h.Sum(nil), h2.Sum(nil))
		fmt.Println(h2.(state).UnmarshalBinary(st[:len(st)-1]), h2.(state).UnmarshalBinary([]byte("xyz\x01abcd")))
	}
	crcState, _ := crc32.NewIEEE().(state).MarshalBinary()
	fmt.Println(crc32.New(crc32.MakeTable(crc32.Castagnoli)).(state).UnmarshalBinary(crcState))
	fmt.Println(crc32.Size, crc32.IEEE, crc32.IEEETable[1], hex.InvalidByteError('!'), crc32.MakeTable(crc32.IEEE) == crc32.IEEETable)
}
