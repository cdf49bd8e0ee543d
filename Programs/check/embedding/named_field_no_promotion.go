// errorcheck

package main

type Engine struct{}

func (Engine) Start() {}

type Car struct {
	engine Engine
}

func main() {
	var c Car
	c.engine.Start()
	c.Start() // ERROR "c\.Start undefined \(type Car has no field or method Start\)"
}
