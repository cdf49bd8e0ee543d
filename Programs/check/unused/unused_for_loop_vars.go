// errorcheck

package main

func main() {
	for i := 0; i < 3; {
		break
	}
	for i, v := range []int{1} { // ERROR "declared and not used: i"
		_ = v
	}
	for k, v := range map[string]int{} { // ERROR "declared and not used: k" "declared and not used: v"
	}
}
