defer_const_args.go:10:20: "done" escapes to heap
defer_const_args.go:10:19: ... argument does not escape
