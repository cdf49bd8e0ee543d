// The disassembler behind `gosub build -S`: every function with its frame
// shape, then one instruction per line, prefixed by its word offset and the
// source line it came from (in the spirit of `go build -gcflags=-S`):
//
//   main.fib STEXT frame=14 params=1 results=1 file=prog.go
//       0000 (prog.go:4)  ldi r7, 2
//       0001 (prog.go:4)  ltI r8, r5, r7
//
// Operands: `rN` is slot N, `#N` an immediate, `->N` a jump target (word
// offset), `fN` a function, `$N` an immediate word.

public enum Disassembler {
    public static func disassemble(_ p: Program) -> String {
        var out = ""
        for (i, f) in p.funcs.enumerated() {
            out += "\(f.name) STEXT frame=\(f.frameSlots) params=\(f.paramSlots) results=\(f.resultSlots) file=\(f.file)\n"
            var pc = f.entry
            let end = f.entry + f.length
            while pc < end {
                let w = p.code[pc]
                let line = f.line(at: pc - f.entry)
                let (text, n) = instruction(p, at: pc)
                out += "\t" + pad(String(pc - f.entry), 4) + " (\(f.file):\(line))\t" + text + "\n"
                pc += n
                _ = w
            }
            _ = i
        }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String {
        String(repeating: "0", count: max(0, n - s.count)) + s
    }

    /// One instruction as text and the number of words it occupies.
    public static func instruction(_ p: Program, at pc: Int) -> (String, Int) {
        let w = p.code[pc]
        guard let op = Opcode(rawValue: w.opByte) else { return ("?? \(w)", 1) }
        let info = op.info
        var ops: [String] = []
        let f = p.funcs.first { pc >= $0.entry && pc < $0.entry + $0.length }
        let base = f?.entry ?? 0
        let next = pc + 1 + info.imm
        switch info.format {
        case .none: break
        case .a: ops = ["r\(w.fA)"]
        case .ab: ops = ["r\(w.fA)", "r\(w.fB)"]
        case .abc: ops = ["r\(w.fA)", "r\(w.fB)", "r\(w.fC)"]
        case .abcd:
            if op == .jltI || op == .jleI {
                ops = ["r\(w.fA)", "r\(w.fB)", "->\(next + w.fsC - base)"]
            } else {
                ops = ["r\(w.fA)", "r\(w.fB)", "r\(w.fC)", "#\(w.fD)"]
            }
        case .asBC:
            if op == .ldi { ops = ["r\(w.fA)", "#\(w.fsBC)"] } else { ops = ["r\(w.fA)", "->\(next + w.fsBC - base)"] }
        case .sBC: ops = ["->\(next + w.fsBC - base)"]
        case .absC: ops = ["r\(w.fA)", "r\(w.fB)", "#\(w.fsC)"]
        case .aBC:
            if op == .call, w.fBC < p.funcs.count { ops = ["r\(w.fA)", p.funcs[w.fBC].name] }
            else if op == .callNat, let n = NativeID(rawValue: w.fBC) { ops = ["r\(w.fA)", n.name] }
            else { ops = ["r\(w.fA)", "#\(w.fBC)"] }
        }
        if op == .box { ops[2] = "type \(typeName(p, w.fC))" }
        if op == .toItab { ops[1] = "type \(typeName(p, w.fB))" }
        for k in 0..<info.imm where pc + 1 + k < p.code.count {
            let imm = p.code[pc + 1 + k]
            switch op {
            case .makeSlice, .grow, .newObj, .assert, .mapMake, .mapGet, .mapAssign, .mapDelete, .mapIterInit, .mapIterNext: ops.append("type \(typeName(p, Int(imm)))")
            case .makeClo where k == 0: ops.append(Int(imm) < p.funcs.count ? p.funcs[Int(imm)].name : "$\(imm)")
            case .makeClo: ops.append("type \(typeName(p, Int(imm)))")
            default: ops.append("$\(Int64(bitPattern: imm))")
            }
        }
        let name = op.name.padding(10)
        return (ops.isEmpty ? op.name : name + ops.joined(separator: ", "), 1 + info.imm)
    }

    static func typeName(_ p: Program, _ id: Int) -> String {
        id >= 0 && id < p.types.count ? p.types[id].name : "#\(id)"
    }
}

extension String {
    func padding(_ n: Int) -> String { self + String(repeating: " ", count: max(1, n - count)) }
}
