// run

package main

import (
	"container/list"
	"errors"
	"fmt"
	"io"
	"time"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e *myErr) Is(target error) bool {
	t, ok := target.(*myErr)
	return ok && t.code == e.code
}

func main() {
	e1 := errors.New("one")
	e2 := fmt.Errorf("two: %w", io.EOF)
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, e1), errors.Is(j, io.ErrUnexpectedEOF), errors.Join() == nil)
	fmt.Println(errors.Is(fmt.Errorf("wrap: %w", &myErr{3}), &myErr{3}), errors.Is(&myErr{3}, &myErr{4}))
	fmt.Println(errors.Unwrap(e2) == io.EOF, errors.Unwrap(e1), errors.ErrUnsupported)
	var me *myErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", &myErr{7}), &me), me.code)

	l := list.New()
	l.PushBack(1)
	l.PushBack(2)
	f := l.PushFront(0)
	l.InsertAfter(5, f)
	l.MoveToBack(f)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()

	ds := []time.Duration{0, 1, 1500, 2 * time.Millisecond, 1500 * time.Millisecond, 90 * time.Second, time.Hour, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond, -time.Minute, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Minutes() > 1, d.Round(time.Second), d.Truncate(time.Minute), d.Abs())
	}
	fmt.Printf("%v %s %d\n", time.Second*3, 2*time.Microsecond, time.Millisecond)
}
