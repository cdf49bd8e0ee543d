method_value_iface.go:11:8: leaking param: i
method_value_iface.go:12:7: i.M escapes to heap
method_value_iface.go:15:8: leaking param: i
method_value_iface.go:16:9: i.M does not escape
