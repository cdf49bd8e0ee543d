// run

// Constraints with methods: Stringer-like and pointer-method constraint pattern (PT interface{ *T; Set(string) }).

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Shower interface {
	Show() string
}

type ShowNum interface {
	~int | ~float64
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

type Price float64

func (p Price) Show() string { return fmt.Sprintf("$%.2f", float64(p)) }

func JoinShow[T Shower](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, sep)
}

func Total[T ShowNum](xs []T) string {
	var t T
	for _, x := range xs {
		t += x
	}
	return t.Show()
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	b.v = n
	return nil
}

type Upper struct{ s string }

func (u *Upper) Set(s string) error { u.s = strings.ToUpper(s); return nil }

func ParseAll[T any, PT Setter[T]](ins []string) ([]T, error) {
	out := make([]T, len(ins))
	for i, s := range ins {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

func main() {
	fmt.Println(JoinShow([]ID{1, 22, 333}, ", "))
	fmt.Println(JoinShow([]Price{1.5, 2}, " + "))
	fmt.Println(Total([]ID{4, 5, 6}))
	fmt.Println(Total([]Price{0.1, 0.2, 0.3}))
	bs, err := ParseAll[IntBox]([]string{"1", "20", "300"})
	fmt.Println(bs, err)
	bs, err = ParseAll[IntBox]([]string{"7", "x8"})
	fmt.Println(bs, err)
	us, _ := ParseAll[Upper]([]string{"go", "generics"})
	fmt.Printf("%+v\n", us)
}
