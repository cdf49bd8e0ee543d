// errorcheck

package main

type I interface{ M() }

func main() {
	var p *I
	p.M() // ERROR "p\.M undefined \(type \*I is pointer to interface, not interface\)"
	var i I
	i.N() // ERROR "i\.N undefined \(type I has no field or method N\)"
}
