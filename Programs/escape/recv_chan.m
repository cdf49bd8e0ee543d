recv_chan.go:7:8: c does not escape
recv_chan.go:11:8: c does not escape
