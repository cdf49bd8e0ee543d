// errorcheck

package main

# comment // ERROR "invalid character U\+0023 '#'"

func main() {
}
