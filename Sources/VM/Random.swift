// The machine's source of randomness: map hash seeds and iteration starts,
// NaN key hashes and select's poll order all draw from one generator
// (wyrand), seeded by `gosub run -seed N` (or GOSUB_SEED) for a repeatable
// run, else from the system.

struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    init() { state = UInt64.random(in: 0...UInt64.max) }

    mutating func next() -> UInt64 {
        state &+= 0xa076_1d64_78bd_642f
        let m = state.multipliedFullWidth(by: state ^ 0xe703_7ed1_a0b4_28db)
        return m.high ^ m.low
    }
}
