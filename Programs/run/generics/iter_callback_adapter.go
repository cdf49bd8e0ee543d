// run

// Turning callback-style APIs into iterators and back: a visitor-based Walk wrapped as iter.Seq2 with early stop reported to the walker, a Seq fed into a callback consumer, and a channel-backed Seq whose early break signals the producer goroutine.

package main

import (
	"errors"
	"fmt"
	"iter"
	"sort"
	"strings"
)

var ErrSkip = errors.New("skip subtree")
var ErrStop = errors.New("stop walk")

type FS map[string][]string // dir -> children; entries ending in / are dirs

// Walk calls fn for every path in sorted order; fn returning ErrSkip skips a dir, ErrStop ends the walk.
func Walk(fs FS, root string, fn func(path string, isDir bool) error) error {
	isDir := strings.HasSuffix(root, "/")
	if err := fn(root, isDir); err != nil {
		if errors.Is(err, ErrSkip) {
			return nil
		}
		return err
	}
	if !isDir {
		return nil
	}
	kids := append([]string(nil), fs[root]...)
	sort.Strings(kids)
	for _, k := range kids {
		if err := Walk(fs, root+k, fn); err != nil {
			return err
		}
	}
	return nil
}

// Paths adapts Walk: breaking out of the loop makes the callback return ErrStop.
func Paths(fs FS, root string, result *error) iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		*result = Walk(fs, root, func(p string, d bool) error {
			if !yield(p, d) {
				return ErrStop
			}
			return nil
		})
	}
}

// ForEach is the reverse adapter: drive a callback API from a Seq.
func ForEach[T any](s iter.Seq[T], fn func(int, T) error) error {
	i := 0
	for v := range s {
		if err := fn(i, v); err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
		i++
	}
	return nil
}

func FromChan[T any](c <-chan T, done chan<- struct{}) iter.Seq[T] {
	return func(yield func(T) bool) {
		defer close(done)
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	fs := FS{
		"/":          {"etc/", "home/", "readme"},
		"/etc/":      {"hosts", "ssl/"},
		"/etc/ssl/":  {"cert.pem"},
		"/home/":     {"bob/", "ann/"},
		"/home/ann/": {"notes.txt", "todo"},
		"/home/bob/": {"a.go"},
	}
	var err error
	for p, d := range Paths(fs, "/", &err) {
		mark := " "
		if d {
			mark = "d"
		}
		fmt.Println(mark, p)
	}
	fmt.Println("walk err:", err)
	for p := range Paths(fs, "/", &err) {
		if strings.HasSuffix(p, ".txt") {
			fmt.Println("first txt:", p)
			break
		}
	}
	fmt.Println("walk err:", err, errors.Is(err, ErrStop))

	skipped := []string{}
	Walk(fs, "/", func(p string, d bool) error {
		if d && p == "/etc/" {
			return ErrSkip
		}
		skipped = append(skipped, p)
		return nil
	})
	fmt.Println(skipped)

	words := func(yield func(string) bool) {
		for _, w := range strings.Fields("alpha beta gamma delta") {
			if !yield(w) {
				return
			}
		}
	}
	err = ForEach(words, func(i int, w string) error {
		if strings.Contains(w, "mm") {
			return fmt.Errorf("bad word %q", w)
		}
		fmt.Print(i, ":", w, " ")
		return nil
	})
	fmt.Println("|", err)

	c := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(c)
		for i := 1; i <= 100; i++ {
			select {
			case c <- i * i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range FromChan(c, done) {
		if v > 50 {
			break
		}
		sum += v
	}
	<-done
	fmt.Println("sum of squares <= 50:", sum)
}
