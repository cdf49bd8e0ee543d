global_init.go:7:12: new(int) escapes to heap
