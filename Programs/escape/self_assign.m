self_assign.go:12:6: (*Buf).Trim ignoring self-assignment in b.b = b.b[1:]
self_assign.go:11:7: b does not escape
