range_map.go:9:8: leaking param content: m
range_map.go:15:8: m does not escape
