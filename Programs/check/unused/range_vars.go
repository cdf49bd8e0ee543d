// errorcheck

package main

func main() {
	for i, v := range []int{1} { // ERROR "declared and not used: i" "declared and not used: v"
	}
}
