// errorcheck -0 -m -l

// gc ignores self-assignments of a field slice.

package p

type Buf struct {
	b []byte
}

func (b *Buf) Trim() { // ERROR "b does not escape$"
	b.b = b.b[1:] // ERROR "\(\*Buf\)\.Trim ignoring self-assignment in b\.b = b\.b\[1:\]$"
}
