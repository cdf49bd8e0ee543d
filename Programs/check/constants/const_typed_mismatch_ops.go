// errorcheck

package main

type Celsius float64
type Fahrenheit float64

const boiling Celsius = 100
const body Fahrenheit = 98.6

func main() {
	_ = boiling + body // ERROR "invalid operation: boiling \+ body \(mismatched types Celsius and Fahrenheit\)"
	_ = boiling * 2
	var c Celsius = body // ERROR "cannot use body \(constant 98\.6 of float64 type Fahrenheit\) as Celsius value in variable declaration"
	_ = c
}
