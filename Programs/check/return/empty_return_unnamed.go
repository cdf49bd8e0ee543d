// errorcheck

package main

func f() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)|not enough return values"
}

func main() {
	f()
}
