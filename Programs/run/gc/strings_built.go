// run

// Strings built by concatenation, strings.Builder, fmt.Sprint, bytes.Buffer,
// conversions from []byte and []rune, and substrings of large strings keep
// their bytes intact across collections (with freed memory reused).
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
		for j := 0; j < len(sink); j += 4096 {
			sink[j] = 0x5A
		}
	}
	sink = nil
}

// FNV-1a over every byte of every string, with a separator.
func digest(ss []string) string {
	h := uint64(14695981039346656037)
	for _, s := range ss {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	return fmt.Sprintf("%016x", h)
}

func main() {
	var concat []string
	for i := 0; i < 200; i++ {
		s := ""
		for j := 0; j <= i%10; j++ {
			s += strconv.Itoa(i*j) + "-"
		}
		concat = append(concat, s)
	}

	var built []string
	for i := 0; i < 100; i++ {
		var b strings.Builder
		for j := 0; j < i%7+1; j++ {
			b.WriteString("blk")
			b.WriteByte(byte('a' + j))
			b.WriteRune('é')
		}
		built = append(built, b.String())
	}

	var sprinted []string
	for i := 0; i < 100; i++ {
		sprinted = append(sprinted, fmt.Sprint(i, "x", float64(i)/4, []int{i, i + 1}, map[string]int{"k": i}))
		sprinted = append(sprinted, fmt.Sprintf("%05d|%-6s|%q", i, strconv.Itoa(i*i), "q"+strconv.Itoa(i)))
	}

	var buffered []string
	var buf bytes.Buffer
	for i := 0; i < 50; i++ {
		buf.Reset()
		fmt.Fprintf(&buf, "line %d: ", i)
		buf.WriteString(strings.Repeat("=", i%13))
		buffered = append(buffered, buf.String())
	}

	var converted []string
	for i := 0; i < 50; i++ {
		bs := []byte(strings.Repeat("byte", i%5+1))
		bs[0] = byte('A' + i%26)
		rs := []rune("αβγδ" + strconv.Itoa(i))
		rs[0] = rune('Ա' + i%10)
		converted = append(converted, string(bs), string(rs))
		bs[1] = '!' // the strings own copies
		rs[1] = '!'
	}

	// substrings of one large string: the large string is only referenced
	// through them
	big := strings.Repeat("0123456789abcdef", 1<<16) // 1 MiB
	subs := []string{big[100:120], big[1<<19 : 1<<19+16], big[len(big)-5:]}
	big = ""

	before := []string{
		digest(concat), digest(built), digest(sprinted), digest(buffered), digest(converted), digest(subs),
	}
	for i := 0; i < 6; i++ {
		churn(6)
		runtime.GC()
	}
	after := []string{
		digest(concat), digest(built), digest(sprinted), digest(buffered), digest(converted), digest(subs),
	}
	for i := range before {
		fmt.Println(i, before[i], before[i] == after[i])
	}
	fmt.Println(concat[199])
	fmt.Println(built[6], len(built[6]))
	fmt.Println(sprinted[198])
	fmt.Println(sprinted[199])
	fmt.Println(buffered[49])
	fmt.Println(converted[0], converted[1], converted[98], converted[99])
	fmt.Println(subs)

	// map keys built at run time
	m := map[string]int{}
	for i := 0; i < 1500; i++ {
		m["key/"+strconv.Itoa(i)+"/"+strings.Repeat("z", i%3)] = i
	}
	churn(6)
	runtime.GC()
	hits := 0
	for i := 0; i < 1500; i++ {
		if m["key/"+strconv.Itoa(i)+"/"+strings.Repeat("z", i%3)] == i {
			hits++
		}
	}
	fmt.Println("map hits:", hits)
}
