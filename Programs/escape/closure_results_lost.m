closure_results_lost.go:11:2: moved to heap: x
closure_results_lost.go:12:9: func literal escapes to heap
closure_results_lost.go:19:9: func literal does not escape
closure_results_lost.go:24:13: f does not escape
closure_results_lost.go:28:16: func literal does not escape
closure_results_lost.go:31:21: leaking param content: acc
closure_results_lost.go:35:15: append escapes to heap
closure_results_lost.go:51:7: &node{...} escapes to heap
closure_results_lost.go:53:18: append escapes to heap
closure_results_lost.go:58:12: n does not escape
closure_results_lost.go:68:28: []*node{...} does not escape
