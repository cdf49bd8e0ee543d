// errorcheck

package main

func Run[T any](fs ...func(T)) {}

func main() {
	Run(func(int) {}, func(int) {})
	Run(func(int) {}, func(string) {}) // ERROR "in call to Run, type func\(string\) of func\(string\) \{\} does not match inferred type func\(int\) for func\(T\)"
	Run() // ERROR "in call to Run, cannot infer T \(declared at \./variadic_func_args_inference\.go:5:10\)"
}
