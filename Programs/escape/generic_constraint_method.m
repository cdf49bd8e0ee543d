generic_constraint_method.go:22:42: "#" + strconv.Itoa(int(i)) escapes to heap
generic_constraint_method.go:26:7: s does not escape
generic_constraint_method.go:35:7: c does not escape
generic_constraint_method.go:54:6: moved to heap: v
generic_constraint_method.go:64:13: []ID{...} does not escape
generic_constraint_method.go:65:7: &Sq{...} escapes to heap
generic_constraint_method.go:66:7: &Sq{...} escapes to heap
generic_constraint_method.go:68:13: ... argument does not escape
generic_constraint_method.go:68:18: Join[go.shape.int](&.dict.Join[main.ID], ids) escapes to heap
generic_constraint_method.go:68:30: Total[go.shape.*uint8](&.dict.Total[*main.Sq], []*Sq{...}) escapes to heap
generic_constraint_method.go:68:36: []*Sq{...} does not escape
generic_constraint_method.go:68:46: c.n escapes to heap
generic_constraint_method.go:68:54: Name[go.shape.int](&.dict.Name[main.ID], ID(5)) escapes to heap
