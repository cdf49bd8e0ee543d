// errorcheck

package main

func two() (int, string) { return 1, "a" }

func takesThree(a int, b string, c bool) {}

func takesSwapped(s string, i int) {}

func main() {
	takesThree(two()) // ERROR "not enough arguments in call to takesThree"
	takesSwapped(two()) // ERROR "cannot use two\(\) \(value of type int\) as string value in argument to takesSwapped" "cannot use two\(\) \(value of type string\) as int value in argument to takesSwapped"
	_ = []int{two()} // ERROR "multiple-value two\(\) \(value of type \(int, string\)\) in single-value context"
}
