// run

// Bidirectional map BiMap[K, V comparable] keeping forward and inverse maps consistent under overwrite and delete, an Inverse view sharing storage, sorted dumps, and struct/array keys.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type BiMap[K, V comparable] struct {
	fwd map[K]V
	inv map[V]K
}

func NewBiMap[K, V comparable]() *BiMap[K, V] {
	return &BiMap[K, V]{fwd: map[K]V{}, inv: map[V]K{}}
}

// Put links k and v, dropping any previous partners of either; it reports what was displaced.
func (b *BiMap[K, V]) Put(k K, v V) (oldV V, hadK bool, oldK K, hadV bool) {
	if oldV, hadK = b.fwd[k]; hadK {
		delete(b.inv, oldV)
	}
	if oldK, hadV = b.inv[v]; hadV {
		delete(b.fwd, oldK)
	}
	b.fwd[k] = v
	b.inv[v] = k
	return
}

func (b *BiMap[K, V]) Get(k K) (V, bool)     { v, ok := b.fwd[k]; return v, ok }
func (b *BiMap[K, V]) GetKey(v V) (K, bool)  { k, ok := b.inv[v]; return k, ok }
func (b *BiMap[K, V]) Len() int              { return len(b.fwd) }
func (b *BiMap[K, V]) Inverse() *BiMap[V, K] { return &BiMap[V, K]{fwd: b.inv, inv: b.fwd} }

func (b *BiMap[K, V]) Delete(k K) bool {
	v, ok := b.fwd[k]
	if ok {
		delete(b.fwd, k)
		delete(b.inv, v)
	}
	return ok
}

func (b *BiMap[K, V]) Consistent() bool {
	if len(b.fwd) != len(b.inv) {
		return false
	}
	for k, v := range b.fwd {
		if b.inv[v] != k {
			return false
		}
	}
	return true
}

func Dump[K cmp.Ordered, V comparable](b *BiMap[K, V]) string {
	var sb strings.Builder
	for _, k := range slices.Sorted(maps.Keys(b.fwd)) {
		fmt.Fprintf(&sb, "%v<->%v ", k, b.fwd[k])
	}
	return strings.TrimSpace(sb.String())
}

type Port uint16

type Addr struct {
	IP   [4]byte
	Port Port
}

func (a Addr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d:%d", a.IP[0], a.IP[1], a.IP[2], a.IP[3], a.Port)
}

func main() {
	codes := NewBiMap[string, int]()
	for i, s := range []string{"OK", "Created", "NotFound", "Teapot"} {
		codes.Put(s, []int{200, 201, 404, 418}[i])
	}
	fmt.Println(Dump(codes))
	fmt.Println(codes.Put("Gone", 404))
	fmt.Println(codes.Put("OK", 204))
	fmt.Println(Dump(codes), codes.Len(), codes.Consistent())
	inv := codes.Inverse()
	fmt.Println(Dump(inv))
	if k, ok := inv.Get(418); ok {
		fmt.Println("418 is", k)
	}
	inv.Delete(201)
	_, ok := codes.Get("Created")
	fmt.Println("Created still there?", ok, codes.Len(), inv.Len())

	nat := NewBiMap[Addr, Port]()
	nat.Put(Addr{[4]byte{10, 0, 0, 5}, 5000}, 40001)
	nat.Put(Addr{[4]byte{10, 0, 0, 6}, 5000}, 40002)
	nat.Put(Addr{[4]byte{10, 0, 0, 5}, 5001}, 40003)
	_, _, old, had := nat.Put(Addr{[4]byte{10, 0, 0, 7}, 22}, 40002)
	fmt.Println("displaced:", old, had)
	for _, p := range slices.Sorted(maps.Keys(nat.inv)) {
		a, _ := nat.GetKey(p)
		fmt.Printf("%d -> %v\n", p, a)
	}
	fmt.Println(nat.Consistent(), nat.Len())
	fmt.Printf("%T %T\n", nat, nat.Inverse())
}
