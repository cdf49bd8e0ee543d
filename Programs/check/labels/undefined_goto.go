// errorcheck

package main

func main() {
	goto Missing // ERROR "label Missing not defined"
}
