// errorcheck -0 -m -l

// sort.Interface, bytes.Buffer, sync.RWMutex and Once, errors.Is, strconv, time.

package p

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Item struct {
	Name  string
	Price float64
}

type ByPrice []Item

func (a ByPrice) Len() int           { return len(a) } // ERROR "a does not escape$"
func (a ByPrice) Swap(i, j int)      { a[i], a[j] = a[j], a[i] } // ERROR "ByPrice\.Swap ignoring self-assignment in a\[i\], a\[j\] = a\[j\], a\[i\]$" "ByPrice\.Swap ignoring self-assignment in a\[i\], a\[j\] = a\[j\], a\[i\]$" "a does not escape$"
func (a ByPrice) Less(i, j int) bool { return a[i].Price < a[j].Price } // ERROR "a does not escape$"

func sortItems(items []Item) { // ERROR "leaking param: items$"
	sort.Sort(ByPrice(items)) // ERROR "ByPrice\(items\) escapes to heap$"
}

func format(items []Item) string { // ERROR "items does not escape$"
	var buf bytes.Buffer
	for i, it := range items {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(it.Name)
		buf.WriteString("=")
		buf.WriteString(strconv.FormatFloat(it.Price, 'f', 2, 64))
	}
	return buf.String()
}

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) Get(k string) (string, bool) { // ERROR "leaking param: c$" "k does not escape$"
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k, v string) { // ERROR "leaking param: c$" "leaking param: k$" "leaking param: v$"
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

var ErrEmpty = errors.New("empty")

func parse(s string) (int, error) { // ERROR "leaking param: s$"
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$"
	}
	return n, nil
}

func isEmpty(err error) bool { // ERROR "leaking param: err$"
	return errors.Is(err, ErrEmpty)
}

func timed(f func()) time.Duration { // ERROR "f does not escape$"
	start := time.Now()
	f()
	return time.Since(start)
}

func once() func() int {
	var o sync.Once // ERROR "moved to heap: o$"
	v := 0 // ERROR "moved to heap: v$"
	return func() int { // ERROR "func literal escapes to heap$"
		o.Do(func() { v = 42 }) // ERROR "func literal does not escape$"
		return v
	}
}
