std_errors.go:17:19: ... argument does not escape
std_errors.go:17:30: x escapes to heap
