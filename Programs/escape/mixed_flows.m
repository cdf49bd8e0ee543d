mixed_flows.go:13:15: leaking param: p to result ~r0 level=0
mixed_flows.go:18:9: x escapes to heap
mixed_flows.go:18:12: "s" escapes to heap
mixed_flows.go:21:22: leaking param: v
mixed_flows.go:26:14: ... argument does not escape
mixed_flows.go:32:7: i does not escape
mixed_flows.go:46:19: leaking param content: ps
mixed_flows.go:46:19: leaking param: ps to result ~r0 level=0
mixed_flows.go:46:28: leaking param: x
mixed_flows.go:47:15: append escapes to heap
mixed_flows.go:50:13: s does not escape
mixed_flows.go:50:25: leaking param: p
mixed_flows.go:54:14: xs does not escape
mixed_flows.go:54:24: leaking param: c
mixed_flows.go:56:6: func literal escapes to heap
mixed_flows.go:66:10: leaking param: p to result ~r0 level=0
mixed_flows.go:61:10: new(int) does not escape
mixed_flows.go:70:2: moved to heap: y
mixed_flows.go:78:7: &Pt{} escapes to heap
mixed_flows.go:80:10: new(Pt) escapes to heap
mixed_flows.go:88:7: &Pt{} does not escape
mixed_flows.go:90:10: new(Pt) does not escape
mixed_flows.go:98:14: leaking param: err
mixed_flows.go:102:19: ... argument does not escape
mixed_flows.go:105:16: m does not escape
mixed_flows.go:105:34: keys does not escape
mixed_flows.go:113:18: m does not escape
mixed_flows.go:114:18: ... argument does not escape
