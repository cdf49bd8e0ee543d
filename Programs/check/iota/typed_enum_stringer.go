// run

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var names = [...]string{"Sun", "Mon", "Tue"}

func (d Weekday) String() string { return names[d] }

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	d := Monday + 1
	fmt.Println(d)
}
