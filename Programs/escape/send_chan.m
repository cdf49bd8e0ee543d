send_chan.go:7:8: c does not escape
send_chan.go:7:21: leaking param: p
send_chan.go:11:8: c does not escape
send_chan.go:16:8: c does not escape
send_chan.go:17:12: []int{...} escapes to heap
