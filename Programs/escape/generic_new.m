generic_new.go:12:10: new(<node DYNAMICTYPE>) does not escape
generic_new.go:18:12: new(<node DYNAMICTYPE>) escapes to heap
generic_new.go:22:12: new(<node DYNAMICTYPE>) escapes to heap
generic_new.go:26:13: new(<node DYNAMICTYPE>) escapes to heap
generic_new.go:30:12: make([]*go.shape.uint8, 0, n) escapes to heap
generic_new.go:32:22: new(<node DYNAMICTYPE>) escapes to heap
generic_new.go:32:14: append escapes to heap
generic_new.go:44:13: ... argument does not escape
generic_new.go:44:14: a escapes to heap
generic_new.go:44:17: *b escapes to heap
generic_new.go:44:21: *c escapes to heap
generic_new.go:44:28: len(d) escapes to heap
