// run

package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Describe() string { return "animal " + a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Describe() string { return "dog " + d.Name + " (" + d.Animal.Describe() + ")" }

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Println(d.Describe())
	var ds Describer = d
	fmt.Println(ds.Describe())
	var as Describer = d.Animal
	fmt.Println(as.Describe())
}
