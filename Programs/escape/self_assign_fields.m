self_assign_fields.go:29:13: paramArraySelfAssign ignoring self-assignment in p.pairs[0] = p.pairs[1]
self_assign_fields.go:28:27: p does not escape
self_assign_fields.go:32:38: leaking param content: p
self_assign_fields.go:36:16: leaking param: x
self_assign_fields.go:41:14: sinkAfterSelfAssignment1 ignoring self-assignment in box.pair.p1 = box.pair.p2
self_assign_fields.go:40:31: leaking param content: box
self_assign_fields.go:45:25: box1 does not escape
self_assign_fields.go:45:31: leaking param content: box2
self_assign_fields.go:50:12: wrappedPairSelfAssign ignoring self-assignment in w.pair.p1 = w.pair.p2
self_assign_fields.go:49:28: w does not escape
self_assign_fields.go:54:7: param3 ignoring self-assignment in p.p1 = p.p2
self_assign_fields.go:53:13: p does not escape
self_assign_fields.go:58:2: moved to heap: i
self_assign_fields.go:59:2: moved to heap: j
self_assign_fields.go:62:9: p escapes to heap
self_assign_fields.go:65:7: p does not escape
self_assign_fields.go:65:23: leaking param: i
self_assign_fields.go:70:2: moved to heap: i
self_assign_fields.go:76:13: leaking param content: i
self_assign_fields.go:81:2: moved to heap: i
self_assign_fields.go:82:2: moved to heap: p
self_assign_fields.go:87:13: i does not escape
self_assign_fields.go:88:9: *(*i) escapes to heap
self_assign_fields.go:91:14: moved to heap: i
self_assign_fields.go:96:2: moved to heap: i
self_assign_fields.go:97:2: moved to heap: p
self_assign_fields.go:105:7: r does not escape
self_assign_fields.go:105:25: moved to heap: i
self_assign_fields.go:110:2: moved to heap: i
self_assign_fields.go:111:2: moved to heap: p
self_assign_fields.go:112:7: &Indir{} does not escape
self_assign_fields.go:121:7: v does not escape
self_assign_fields.go:121:22: leaking param: i
self_assign_fields.go:126:2: moved to heap: i
self_assign_fields.go:128:7: &Val{...} does not escape
self_assign_fields.go:130:9: *(*v.p) escapes to heap
self_assign_fields.go:139:8: leaking param content: x
self_assign_fields.go:140:9: &Node{...} escapes to heap
self_assign_fields.go:143:8: leaking param content: x
self_assign_fields.go:144:9: &Node{...} escapes to heap
self_assign_fields.go:147:8: leaking param: x
self_assign_fields.go:148:7: &Node{...} does not escape
self_assign_fields.go:153:15: leaking param: x
self_assign_fields.go:154:9: x escapes to heap
self_assign_fields.go:157:15: leaking param: x to result ~r0 level=0
