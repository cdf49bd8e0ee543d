generic_stack.go:14:18: append escapes to heap
generic_stack.go:23:10: (*Stack[go.shape.int]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
generic_stack.go:14:18: append escapes to heap
generic_stack.go:43:10: &Stack[string]{} does not escape
generic_stack.go:46:13: ... argument does not escape
generic_stack.go:46:14: v escapes to heap
generic_stack.go:46:17: ok escapes to heap
generic_stack.go:46:21: *top escapes to heap
generic_stack.go:46:35: (*Stack[go.shape.int]).Len(ints, &.dict.Stack[int]) escapes to heap
generic_stack.go:46:47: (*Stack[go.shape.string]).Len(strs, &.dict.Stack[string]) escapes to heap
generic_stack.go:23:10: (*Stack[go.shape.string]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
