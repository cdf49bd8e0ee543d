// errorcheck

package main

func Conv[To, From any](f From) To {
	var t To
	return t
}

func main() {
	_ = Conv[int](1.5)
	_ = Conv(1) // ERROR "in call to Conv, cannot infer To \(declared at \./partial_inference_result_only\.go:5:11\)"
}
