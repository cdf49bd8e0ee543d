// Complex numbers: complex128 is two float64 slots (re, im), complex64 one
// slot holding two float32 (gc's layout). Arithmetic follows gc: complex64
// rounds every operation to float32; division is the runtime's algorithm
// (Smith's method, then C99's infinities and zeros for NaN results).

import Bytecode

extension Machine {
    @inline(__always) static func c64(_ w: UInt64) -> (Float, Float) {
        (Float(bitPattern: UInt32(truncatingIfNeeded: w)), Float(bitPattern: UInt32(truncatingIfNeeded: w >> 32)))
    }
    @inline(__always) static func w64(_ re: Float, _ im: Float) -> UInt64 {
        UInt64(re.bitPattern) | UInt64(im.bitPattern) << 32
    }

    static func cdiv<T: BinaryFloatingPoint>(_ a: T, _ b: T, _ c: T, _ d: T) -> (T, T) {
        var e: T, f: T
        if abs(c) >= abs(d) {
            let ratio = d / c
            let denom = c + ratio * d
            e = (a + b * ratio) / denom
            f = (b - a * ratio) / denom
        } else {
            let ratio = c / d
            let denom = d + ratio * c
            e = (a * ratio + b) / denom
            f = (b * ratio - a) / denom
        }
        if e.isNaN && f.isNaN {
            let inf = T.infinity
            func copysign(_ x: T, _ s: T) -> T { s.sign == .minus ? -abs(x) : abs(x) }
            func b2f(_ v: Bool) -> T { v ? 1 : 0 }
            var a = a, b = b, c = c, d = d
            if c == 0 && d == 0 && (!a.isNaN || !b.isNaN) {
                e = copysign(inf, c) * a
                f = copysign(inf, c) * b
            } else if (a.isInfinite || b.isInfinite) && c.isFinite && d.isFinite {
                a = copysign(b2f(a.isInfinite), a)
                b = copysign(b2f(b.isInfinite), b)
                e = inf * (a * c + b * d)
                f = inf * (b * c - a * d)
            } else if (c.isInfinite || d.isInfinite) && a.isFinite && b.isFinite {
                c = copysign(b2f(c.isInfinite), c)
                d = copysign(b2f(d.isInfinite), d)
                e = 0 * (a * c + b * d)
                f = 0 * (b * c - a * d)
            }
        }
        return (e, f)
    }

    /// One complex instruction (out of line: complex numbers are rare on hot paths).
    func complexOp(_ op: Opcode, _ fp: UnsafeMutablePointer<UInt64>, _ w: Word) {
        let small = w.fD == 1
        let a = fp + w.fA, b = fp + w.fB, c = fp + w.fC
        switch op {
        case .makeC:
            if small { a[0] = Self.w64(f32(b[0]), f32(c[0])) } else { let re = b[0], im = c[0]; a[0] = re; a[1] = im }
            return
        case .realC, .imagC:
            if small { let (re, im) = Self.c64(b[0]); a[0] = w32(op == .realC ? re : im) }
            else { a[0] = op == .realC ? b[0] : b[1] }
            return
        case .convC:
            if w.fD == 1 { let re = Float(f64(b[0])), im = Float(f64(b[1])); a[0] = Self.w64(re, im) }
            else { let (re, im) = Self.c64(b[0]); a[0] = Double(re).bitPattern; a[1] = Double(im).bitPattern }
            return
        default: break
        }
        if small {
            let (x, y) = Self.c64(b[0])
            let (u, v) = op == .negC ? (0, 0) : Self.c64(c[0])
            switch op {
            case .addC: a[0] = Self.w64(x + u, y + v)
            case .subC: a[0] = Self.w64(x - u, y - v)
            case .mulC: a[0] = Self.w64(x * u - y * v, x * v + y * u)
            case .divC: let (e, f) = Self.cdiv(x, y, u, v); a[0] = Self.w64(e, f)
            case .negC: a[0] = Self.w64(-x, -y)
            case .eqC: a[0] = x == u && y == v ? 1 : 0
            default: break
            }
        } else {
            let x = f64(b[0]), y = f64(b[1])
            let u = op == .negC ? 0 : f64(c[0]), v = op == .negC ? 0 : f64(c[1])
            var re = 0.0, im = 0.0
            switch op {
            case .addC: re = x + u; im = y + v
            case .subC: re = x - u; im = y - v
            case .mulC: re = x * u - y * v; im = x * v + y * u
            case .divC: (re, im) = Self.cdiv(x, y, u, v)
            case .negC: re = -x; im = -y
            case .eqC: a[0] = x == u && y == v ? 1 : 0; return
            default: break
            }
            a[0] = re.bitPattern; a[1] = im.bitPattern
        }
    }
}
