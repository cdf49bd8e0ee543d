// errorcheck -0 -m -l

// type switch variables.

package p

var g *int

func f(i interface{}) int { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *int:
		g = v
	case int:
		return v
	}
	return 0
}

func h(i interface{}) string { // ERROR "leaking param: i to result ~r0 level=1$"
	switch v := i.(type) {
	case string:
		return v
	}
	return ""
}
