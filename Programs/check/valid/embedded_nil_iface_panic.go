// run

package main

import "fmt"

type Speaker interface{ Speak() string }

type Robot struct {
	Speaker
	ID int
}

type beep struct{}

func (beep) Speak() string { return "beep" }

func main() {
	r := Robot{Speaker: beep{}, ID: 1}
	fmt.Println(r.Speak())
	var s Speaker = r
	fmt.Println(s.Speak())
	empty := Robot{ID: 2}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(empty.Speak())
}
