// run

// encoding/base64 (the four encodings, custom alphabets, padding and
// strictness, errors with their offsets, streaming) and encoding/binary
// (byte orders, varints, Read/Write/Encode/Decode/Append/Size of numbers,
// pointers to them and slices of them).
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>", "Hello, gosub!"}
	for _, in := range inputs {
		fmt.Printf("%q %s %s %s %s\n", in, base64.StdEncoding.EncodeToString([]byte(in)), base64.URLEncoding.EncodeToString([]byte(in)),
			base64.RawStdEncoding.EncodeToString([]byte(in)), base64.RawURLEncoding.EncodeToString([]byte(in)))
	}
	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYmE=", "Zm9v\nYmFy", "Zm9vYg=", "Zm9vYg", "Zm9v!mFy", "Zg==Zg==", "Zh==", "====", "Z", "Zm9vYg==\n", "Zm9vYg==x"} {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("std %q: %q %v\n", s, b, err)
		b, err = base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("raw %q: %q %v\n", s, b, err)
		b, err = base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("strict %q: %q %v\n", s, b, err)
	}
	for _, s := range []string{"Zh", "Zm9", "Zm8", "Zm9=", "Zm8=", "Zm9vZh==", "Zh\n=="} {
		_, err := base64.RawStdEncoding.Strict().DecodeString(s)
		_, err2 := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("strict %q: %v, %v\n", s, err, err2)
	}
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16), base64.RawURLEncoding.DecodedLen(14))
	custom := base64.NewEncoding("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789").WithPadding('*')
	e := custom.EncodeToString([]byte("custom!"))
	d, err := custom.DecodeString(e)
	fmt.Println(e, string(d), err)
	fmt.Println(string(base64.StdEncoding.AppendEncode([]byte("data:"), []byte("xyz"))))
	ad, err := base64.StdEncoding.AppendDecode([]byte(">"), []byte("eHl6"))
	fmt.Printf("%q %v\n", ad, err)

	var out bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &out)
	w.Write([]byte("stre"))
	w.Write([]byte("aming data"))
	w.Close()
	fmt.Println(out.String())
	all, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(out.String())))
	fmt.Printf("%q %v\n", all, err)

	for _, in := range []string{"YWJjZA", "YWJjZA==", "YWJj!GVm", "YWJjZGVmZ2hp\nam\rtsbW5v", strings.Repeat("QUJD", 700) + "QQ"} {
		got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(in)))
		raw, rerr := io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(in)))
		fmt.Println(len(got), err, len(raw), rerr)
	}
	fmt.Println(binary.Size("abc"), binary.Size(nil), binary.Write(io.Discard, binary.BigEndian, "str"))
	var big uint64
	fmt.Println(binary.Decode([]byte{1, 2}, binary.LittleEndian, &big))

	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint32(buf[4:], 0xdeadbeef)
	fmt.Printf("% x %x %x %x\n", buf, binary.LittleEndian.Uint32(buf), binary.BigEndian.Uint32(buf[4:]), binary.BigEndian.Uint64(buf))
	fmt.Printf("% x\n", binary.BigEndian.AppendUint16(binary.LittleEndian.AppendUint64(nil, 1), 0x1234))
	fmt.Println(binary.LittleEndian, binary.BigEndian, binary.NativeEndian, binary.NativeEndian.Uint16([]byte{1, 2}))
	fmt.Printf("%#v %#v\n", binary.LittleEndian, binary.BigEndian)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 40, -1 << 63} {
		vb := binary.AppendVarint(nil, x)
		v, n := binary.Varint(vb)
		ub := make([]byte, binary.MaxVarintLen64)
		un := binary.PutUvarint(ub, uint64(x))
		u, m := binary.Uvarint(ub[:un])
		fmt.Printf("%d: % x -> %d %d | % x -> %d %d\n", x, vb, v, n, ub[:un], u, m)
	}
	_, n := binary.Uvarint([]byte{0x80, 0x80})
	_, n2 := binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	fmt.Println(n, n2)
	r := strings.NewReader("\xac\x02\x80")
	u1, err1 := binary.ReadUvarint(r)
	u2, err2 := binary.ReadUvarint(r)
	fmt.Println(u1, err1, u2, err2)

	var wb bytes.Buffer
	binary.Write(&wb, binary.BigEndian, uint16(0xabcd))
	binary.Write(&wb, binary.LittleEndian, []int32{-1, 2})
	binary.Write(&wb, binary.BigEndian, 3.5)
	binary.Write(&wb, binary.BigEndian, true)
	fmt.Printf("% x\n", wb.Bytes())
	var a uint16
	b := make([]int32, 2)
	var f float64
	var t bool
	rd := strings.NewReader(wb.String())
	fmt.Println(binary.Read(rd, binary.BigEndian, &a), binary.Read(rd, binary.LittleEndian, b), binary.Read(rd, binary.BigEndian, &f), binary.Read(rd, binary.BigEndian, &t))
	fmt.Printf("%x %v %v %v\n", a, b, f, t)
	fmt.Println(binary.Read(rd, binary.BigEndian, &a))
	fmt.Println(binary.Size(uint32(0)), binary.Size([]uint64{1, 2, 3}), binary.Size(int(0)))
	fmt.Println(binary.Write(&wb, binary.BigEndian, 7))
	enc := make([]byte, 4)
	nn, err := binary.Encode(enc, binary.BigEndian, int32(-2))
	fmt.Printf("%d %v % x\n", nn, err, enc)
	_, err = binary.Encode(enc[:2], binary.BigEndian, int32(-2))
	fmt.Println(err)
	var back int32
	nn, err = binary.Decode(enc, binary.BigEndian, &back)
	fmt.Println(nn, err, back)
	ap, err := binary.Append([]byte{9}, binary.LittleEndian, []uint16{1, 2})
	fmt.Printf("% x %v\n", ap, err)
}
