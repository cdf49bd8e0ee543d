new_escape.go:10:12: new(int) escapes to heap
new_escape.go:14:9: new(int) escapes to heap
