// errorcheck -0 -m -l

// gc's self-assignment rules and parameter flows through fields and levels.

package p

func zero() int { return 0 }

var sink interface{}

type Pair struct {
	p1 *int
	p2 *int
}

type PairOfPairs struct {
	pairs [2]*Pair
}

type BoxedPair struct {
	pair *Pair
}

type WrappedPair struct {
	pair Pair
}

func paramArraySelfAssign(p *PairOfPairs) { // ERROR "p does not escape$"
	p.pairs[0] = p.pairs[1] // ERROR "paramArraySelfAssign ignoring self-assignment in p\.pairs\[0\] = p\.pairs\[1\]$"
}

func paramArraySelfAssignUnsafeIndex(p *PairOfPairs) { // ERROR "leaking param content: p$"
	p.pairs[zero()] = p.pairs[1]
}

func leakParam(x interface{}) { // ERROR "leaking param: x$"
	sink = x
}

func sinkAfterSelfAssignment1(box *BoxedPair) { // ERROR "leaking param content: box$"
	box.pair.p1 = box.pair.p2 // ERROR "sinkAfterSelfAssignment1 ignoring self-assignment in box\.pair\.p1 = box\.pair\.p2$"
	sink = box.pair.p2
}

func notSelfAssignment1(box1, box2 *BoxedPair) { // ERROR "box1 does not escape$" "leaking param content: box2$"
	box1.pair.p1 = box2.pair.p1
}

func wrappedPairSelfAssign(w *WrappedPair) { // ERROR "w does not escape$"
	w.pair.p1 = w.pair.p2 // ERROR "wrappedPairSelfAssign ignoring self-assignment in w\.pair\.p1 = w\.pair\.p2$"
}

func param3(p *Pair) { // ERROR "p does not escape$"
	p.p1 = p.p2 // ERROR "param3 ignoring self-assignment in p\.p1 = p\.p2$"
}

func caller3b() {
	i := 0 // ERROR "moved to heap: i$"
	j := 0 // ERROR "moved to heap: j$"
	p := Pair{&i, &j}
	param3(&p)
	sink = p // ERROR "p escapes to heap$"
}

func (p *Pair) param4(i *int) { // ERROR "p does not escape$" "leaking param: i$"
	p.p1 = i
}

func caller4a() {
	i := 0 // ERROR "moved to heap: i$"
	p := Pair{}
	p.param4(&i)
	_ = p
}

func param6(i ***int) { // ERROR "leaking param content: i$"
	sink = *i
}

func caller6a() {
	i := 0 // ERROR "moved to heap: i$"
	p := &i // ERROR "moved to heap: p$"
	p2 := &p
	param6(&p2)
}

func param8(i **int) { // ERROR "i does not escape$"
	sink = **i // ERROR "\*\(\*i\) escapes to heap$"
}

func param11(i **int) ***int { // ERROR "moved to heap: i$"
	return &i
}

func caller11c() {
	i := 0 // ERROR "moved to heap: i$"
	p := &i // ERROR "moved to heap: p$"
	sink = *param11(&p)
}

type Indir struct {
	p ***int
}

func (r *Indir) param12(i **int) { // ERROR "r does not escape$" "moved to heap: i$"
	r.p = &i
}

func caller12b() {
	i := 0 // ERROR "moved to heap: i$"
	p := &i // ERROR "moved to heap: p$"
	r := &Indir{} // ERROR "&Indir\{\} does not escape$"
	r.param12(&p)
	_ = r
}

type Val struct {
	p **int
}

func (v Val) param13(i *int) { // ERROR "v does not escape$" "leaking param: i$"
	*v.p = i
}

func caller13h() {
	i := 0 // ERROR "moved to heap: i$"
	var p *int
	v := &Val{&p} // ERROR "&Val\{\.\.\.\} does not escape$"
	v.param13(&i)
	sink = **v.p // ERROR "\*\(\*v\.p\) escapes to heap$"
}

type Node struct {
	p *Node
}

var Sink *Node

func f(x *Node) { // ERROR "leaking param content: x$"
	Sink = &Node{x.p} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func g(x *Node) *Node { // ERROR "leaking param content: x$"
	return &Node{x.p} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func h(x *Node) { // ERROR "leaking param: x$"
	y := &Node{x} // ERROR "&Node\{\.\.\.\} does not escape$"
	Sink = g(y)
	f(y)
}

func param14a(x [4]*int) interface{} { // ERROR "leaking param: x$"
	return x // ERROR "x escapes to heap$"
}

func param14b(x *int) interface{} { // ERROR "leaking param: x to result ~r0 level=0$"
	return x
}
