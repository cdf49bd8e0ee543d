// End-to-end checks of compiler and VM on small programs whose expected
// output was produced by real Go (go-oracle). The larger golden set lives
// in Programs/run and runs in ConformanceTests.

import XCTest
import Base
import Driver

final class VMTests: XCTestCase {
    func run(_ src: String) -> (Int32, String) {
        let s = SourceFile(id: 1, name: "prog.go", text: src)
        let (st, out) = Runner.run([s], capture: true)
        return (st, String(decoding: out, as: UTF8.self))
    }

    func testArithmeticAndPrintln() {
        let (st, out) = run("""
        package main
        func main() {
            var a int8 = 127
            a++
            println(a, 7/2, -7/2, 7%-3, uint8(a)+100, 1.5, true, "s")
        }
        """)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(out, "-128 3 -3 1 228 1.5 true s\n")
    }

    func testDivideByZeroPanics() {
        let (st, out) = run("""
        package main
        func div(a, b int) int { return a / b }
        func main() { println(div(1, 0)) }
        """)
        XCTAssertEqual(st, 2)
        XCTAssert(out.hasPrefix("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.div("), out)
    }

    func testRecursionAndStackGrowth() {
        let (st, out) = run("""
        package main
        func depth(n int) int { if n == 0 { return 0 }; return depth(n-1) + 1 }
        func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
        func main() { println(depth(100000), fib(20)) }
        """)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(out, "100000 6765\n")
    }

    func testStackOverflowIsFatal() {
        let (st, out) = run("""
        package main
        func f(n int) int { return f(n+1) + 1 }
        func main() { println(f(0)) }
        """)
        XCTAssertEqual(st, 2)
        XCTAssert(out.hasPrefix("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow"), out)
    }

    func testOsArgs() {
        let s = SourceFile(id: 1, name: "prog.go", text: """
        package main
        import ("fmt"; "os")
        func main() { fmt.Println(len(os.Args), os.Args[1:]) }
        """)
        let (st, out) = Runner.run([s], args: ["a", "b c"], capture: true)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "3 [a b c]\n")
    }

    func testDeadlockIsFatal() {
        let (st, out) = run("""
        package main
        func main() {
            ch := make(chan int)
            ch <- 1
        }
        """)
        XCTAssertEqual(st, 2)
        XCTAssert(out.hasPrefix("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()"), out)
    }

    func testUnsupportedFeatureIsACompileError() {
        let (st, out) = run("""
        package main
        func main() {
            var a [1]int
            for a[0] = range func(yield func(int) bool) {} {
                println(a[0])
            }
        }
        """)
        XCTAssertEqual(st, 2)
        XCTAssertTrue(out.hasPrefix("prog.go:4:"), out)
        XCTAssertTrue(out.hasSuffix("is not supported yet\n"), out)
    }
}
