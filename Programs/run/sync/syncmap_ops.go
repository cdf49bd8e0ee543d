// run

// sync.Map: every method's results, the zero Map ready to use, Range over sorted keys, Clear.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func dump(label string, m *sync.Map) {
	var keys []string
	vals := map[string]any{}
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		vals[k.(string)] = v
		return true
	})
	slices.Sort(keys)
	fmt.Print(label, ":")
	for _, k := range keys {
		fmt.Printf(" %s=%v", k, vals[k])
	}
	fmt.Println()
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println("Load missing:", v, ok)

	m.Store("a", 1)
	m.Store("b", 2)
	m.Store("c", 3)
	m.Store("a", 10)
	v, ok = m.Load("a")
	fmt.Println("Load a:", v, ok)

	act, loaded := m.LoadOrStore("b", 20)
	fmt.Println("LoadOrStore b:", act, loaded)
	act, loaded = m.LoadOrStore("d", 4)
	fmt.Println("LoadOrStore d:", act, loaded)

	v, loaded = m.LoadAndDelete("c")
	fmt.Println("LoadAndDelete c:", v, loaded)
	v, loaded = m.LoadAndDelete("c")
	fmt.Println("LoadAndDelete c again:", v, loaded)

	m.Delete("d")
	m.Delete("never")
	dump("after deletes", &m)

	prev, loaded := m.Swap("a", 100)
	fmt.Println("Swap a:", prev, loaded)
	prev, loaded = m.Swap("e", 5)
	fmt.Println("Swap e (new):", prev, loaded)

	fmt.Println("CAS a 1->2:", m.CompareAndSwap("a", 1, 2))
	fmt.Println("CAS a 100->101:", m.CompareAndSwap("a", 100, 101))
	fmt.Println("CAS missing:", m.CompareAndSwap("zz", nil, 1))
	fmt.Println("CAD b 3:", m.CompareAndDelete("b", 3))
	fmt.Println("CAD b 2:", m.CompareAndDelete("b", 2))
	fmt.Println("CAD missing:", m.CompareAndDelete("zz", 1))
	dump("after CAS/CAD", &m)

	// nil values and mixed-type values are stored like any other
	m.Store("nil", nil)
	v, ok = m.Load("nil")
	fmt.Println("Load nil value:", v, ok)
	fmt.Println("CAS nil->\"x\":", m.CompareAndSwap("nil", nil, "x"))
	m.Store("slice", []int{1, 2})
	dump("mixed", &m)

	m.Clear()
	dump("after Clear", &m)
	v, ok = m.Load("a")
	fmt.Println("Load a after Clear:", v, ok)
	m.Store("after", true)
	dump("reused", &m)

	// keys of other comparable types
	var k sync.Map
	type point struct{ x, y int }
	k.Store(point{1, 2}, "p")
	k.Store(1, "int")
	k.Store(int64(1), "int64")
	v1, _ := k.Load(point{1, 2})
	v2, _ := k.Load(1)
	v3, _ := k.Load(int64(1))
	_, ok = k.Load(uint(1))
	fmt.Println(v1, v2, v3, ok)
}
