// run

package main

import "fmt"

func MakeN[S ~[]E, E any](n int) S { return make(S, n) }

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Middle[S ~[]E, E any](s S) S { return s[1 : len(s)-1] }

func MiddleStr[S ~string | ~[]byte](s S) S { return s[1 : len(s)-1] }

func Size[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Grow[S ~[]E, E any](s S, v E) S { return append(s, v) }

type Names []string

func CopyAll[S ~[]E, E any](dst, src S) int { return copy(dst, src) }

func ByteLen[T ~string | ~[]byte](x T) int { return len(x) }

func main() {
	n := MakeN[Names](2)
	fmt.Printf("%T %d\n", n, len(n))
	n = Grow(n, "z")
	fmt.Println(Last(n), len(n), cap(n) >= 3)
	fmt.Println(Middle([]int{1, 2, 3, 4}))
	fmt.Println(MiddleStr("hello"), string(MiddleStr([]byte("abc"))))
	fmt.Println(Size(map[string]bool{"a": true, "b": false}))
	dst := make([]int, 2)
	fmt.Println(CopyAll(dst, []int{7, 8, 9}), dst)
	fmt.Println(ByteLen("héllo"), ByteLen([]byte{1, 2}))
}
