// Run modes: the virtual clock (-faketime: a program that sleeps for hours
// finishes at once on the playground's clock), seeded runs (-seed fixes map
// iteration order and select's choices) and GOSUB_MUTEXTRACE (sync.Mutex
// reports its switches to starvation mode and its hand-offs).

import XCTest
import Base
@testable import Driver
#if canImport(Glibc)
import Glibc
#endif

final class RunModeTests: XCTestCase {
    func run(_ src: String, fakeTime: Bool = false, seed: UInt64? = nil) -> (Int32, String) {
        let s = SourceFile(id: 1, name: "prog.go", text: src)
        let (st, out) = Runner.run([s], capture: true, fakeTime: fakeTime, seed: seed)
        return (st, String(decoding: out, as: UTF8.self))
    }

    func testFakeTimeStartsAtThePlaygroundEpochAndJumpsToTimers() {
        let (st, out) = run("""
        package main
        import ("fmt"; "time")
        func main() {
            start := time.Now()
            fmt.Println(start.UTC().Format(time.DateTime), start.Unix())
            go func() { time.Sleep(3 * time.Hour); fmt.Println("slept", time.Since(start)) }()
            select {
            case <-time.After(5 * time.Hour):
                fmt.Println("after", time.Since(start), time.Now().UTC().Format(time.Kitchen))
            }
        }
        """, fakeTime: true)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(out, "2009-11-10 23:00:00 1257894000\nslept 3h0m0s\nafter 5h0m0s 4:00AM\n")
    }

    func testASeedFixesMapOrderAndSelectChoices() {
        let src = """
        package main
        import "fmt"
        func main() {
            m := map[int]bool{}
            for i := 0; i < 50; i++ { m[i] = true }
            for k := range m { fmt.Print(k, " ") }
            a, b := make(chan int, 64), make(chan int, 64)
            for i := 0; i < 64; i++ { a <- i; b <- i }
            for i := 0; i < 64; i++ {
                select {
                case <-a: fmt.Print("a")
                case <-b: fmt.Print("b")
                }
            }
            fmt.Println()
        }
        """
        let (_, first) = run(src, seed: 42)
        let (_, again) = run(src, seed: 42)
        let (_, other) = run(src, seed: 43)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
        XCTAssertTrue(first.contains("a") && first.contains("b"), first)
    }

    func testMutexTraceShowsStarvationModeAndTheHandOff() {
        let src = """
        package main
        import ("runtime"; "sync"; "time")
        func main() {
            var mu sync.Mutex
            mu.Lock()
            got := make(chan bool, 1)
            go func() { mu.Lock(); got <- true; mu.Unlock() }()
            runtime.Gosched()
            for i := 0; i < 3; i++ {
                for t := time.Now(); time.Since(t) < 2*time.Millisecond; {
                }
                mu.Unlock()
                mu.Lock()
                runtime.Gosched()
            }
            mu.Unlock()
            println(<-got)
        }
        """
        setenv("GOSUB_MUTEXTRACE", "1", 1)
        let (st, out) = run(src)
        unsetenv("GOSUB_MUTEXTRACE")
        XCTAssertEqual(st, 0)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, out)
        XCTAssertTrue(lines[0].contains(": starvation mode: goroutine 2 waited "), out)
        XCTAssertTrue(lines[1].hasSuffix(": hand-off by goroutine 1"), out)
        XCTAssertTrue(lines[2].contains(": normal mode: goroutine 2 took it after waiting "), out)
        XCTAssertEqual(lines[3], "true")
        let (_, quiet) = run(src)
        XCTAssertEqual(quiet, "true\n")
    }
}
