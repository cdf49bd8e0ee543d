// errorcheck

package main

type Stringer interface{ String() string }

type V struct{}

func (*V) String() string { return "v" }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	_ = Show(&V{})
	_ = Show(V{}) // ERROR "in call to Show, T \(type V\) does not satisfy Stringer \(method String has pointer receiver\)"
	var s Stringer = V{} // ERROR "cannot use V\{\} \(value of struct type V\) as Stringer value in variable declaration: V does not"
	_ = s
}
