// run

// Pointers held only in package variables, slices of pointers, arrays of
// structs with pointer fields, and interior pointers (a field's address, an
// element's address, a subslice of a larger array) keep their objects alive.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Obj struct {
	id   int
	name string
	kids []*Obj
}

type Slot struct {
	key   string
	obj   *Obj
	extra map[string]int
	n     int
}

var (
	gPtr   *Obj
	gSlice []*Obj
	gMap   map[int]*Obj
	gArr   [8]Slot
	gIface any
	gFunc  func() int
	gField *string
	gElem  *Slot
	gSub   []*Obj
	gChan  chan *Obj
)

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func mk(id int, kids int) *Obj {
	o := &Obj{id: id, name: "o" + strconv.Itoa(id)}
	for k := 0; k < kids; k++ {
		o.kids = append(o.kids, &Obj{id: id*100 + k, name: "k" + strconv.Itoa(k)})
	}
	return o
}

func (o *Obj) sum() int {
	s := o.id + len(o.name)
	for _, k := range o.kids {
		s += k.sum()
	}
	return s
}

func setGlobals() {
	gPtr = mk(1, 5)
	for i := 0; i < 100; i++ {
		gSlice = append(gSlice, mk(i, i%4))
	}
	gMap = map[int]*Obj{}
	for i := 0; i < 50; i++ {
		gMap[i] = mk(1000+i, 2)
	}
	for i := range gArr {
		gArr[i] = Slot{key: "slot" + strconv.Itoa(i), obj: mk(2000+i, 1), extra: map[string]int{"x": i}, n: i}
	}
	gIface = mk(3000, 3)
	local := mk(4000, 2)
	gFunc = func() int { return local.sum() }
	o := mk(5000, 0)
	gField = &o.name // only an interior pointer to the object's field
	arr := make([]Slot, 16)
	for i := range arr {
		arr[i] = Slot{key: "e" + strconv.Itoa(i), obj: mk(6000+i, 1)}
	}
	gElem = &arr[11] // only a pointer into the middle of the array
	whole := make([]*Obj, 64)
	for i := range whole {
		whole[i] = mk(7000+i, 0)
	}
	gSub = whole[40:44] // a subslice: the array's start is no longer referenced
	gChan = make(chan *Obj, 4)
	gChan <- mk(8000, 2)
}

func report(tag string) {
	s := gPtr.sum()
	for _, o := range gSlice {
		s += o.sum()
	}
	for k, o := range gMap {
		s += o.sum() - k
	}
	for _, sl := range gArr {
		s += sl.obj.sum() + len(sl.key) + sl.extra["x"] + sl.n
	}
	s += gIface.(*Obj).sum() + gFunc()
	s += len(*gField)
	s += gElem.obj.sum() + len(gElem.key)
	for _, o := range gSub {
		s += o.id
	}
	fmt.Println(tag, s, *gField, gElem.key, gSub[0].name, gSub[3].name, len(gSub), cap(gSub))
}

func main() {
	setGlobals()
	report("start:")
	for i := 0; i < 5; i++ {
		churn(6)
		runtime.GC()
	}
	report("after GCs:")

	// arrays of structs on the stack and in a heap-allocated array
	var local [32]Slot
	for i := range local {
		local[i] = Slot{key: strconv.Itoa(i), obj: mk(i, 2)}
	}
	heapArr := new([32]Slot)
	for i := range heapArr {
		heapArr[i] = Slot{key: "h" + strconv.Itoa(i), obj: mk(-i, 1)}
	}
	churn(6)
	runtime.GC()
	s := 0
	for i := range local {
		s += local[i].obj.sum() + heapArr[i].obj.sum() + len(heapArr[i].key)
	}
	fmt.Println("arrays:", s)

	// replace globals: the old objects become garbage, the new ones survive
	gSlice = gSlice[:10]
	for i := range gSlice {
		gSlice[i] = mk(-i, 1)
	}
	gMap = nil
	gMap = map[int]*Obj{7: mk(7, 7)}
	gIface = mk(9, 0)
	gSub = append(gSub[:2:2], mk(99, 0), mk(98, 0))
	runtime.GC()
	churn(6)
	runtime.GC()
	report("replaced:")
	o := <-gChan
	fmt.Println("chan global:", o.sum(), o.kids[1].name)

	// a pointer slice grown by append while collecting: the old arrays are garbage
	var grow []*Obj
	for i := 0; i < 2000; i++ {
		grow = append(grow, &Obj{id: i})
		if i%400 == 0 {
			runtime.GC()
		}
	}
	t := 0
	for _, p := range grow {
		t += p.id
	}
	fmt.Println("grown:", len(grow), t)
}
