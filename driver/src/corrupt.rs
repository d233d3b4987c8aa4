//! Corrupted copies of real inputs, for the property tests that prove readers and tools
//! never panic: bit flips, byte pokes, truncations and splices, with positions biased
//! towards ranges the caller marks as interesting (headers, tables).
//!
//! Tests run these through `proptest` with a fixed seed and case count, so CI tries the
//! same images every time.

use std::ops::Range;

use proptest::prelude::*;

/// One change to an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mutation {
    /// Flip bit `bit % 8` of byte `at`.
    Flip {
        /// Position (modulo the length).
        at: usize,
        /// Bit number (modulo 8).
        bit: u8,
    },
    /// Overwrite byte `at` with `value`.
    Byte {
        /// Position (modulo the length).
        at: usize,
        /// New value.
        value: u8,
    },
    /// Keep only the first `len` bytes.
    Truncate {
        /// New length (modulo the length).
        len: usize,
    },
    /// Copy `len` bytes from `from` over `to`.
    Splice {
        /// Source position (modulo the length).
        from: usize,
        /// Destination position (modulo the length).
        to: usize,
        /// Bytes copied (clamped to both ends).
        len: usize,
    },
}

impl Mutation {
    /// Applies the mutation; positions wrap around the current length. An empty image
    /// stays empty.
    pub fn apply(&self, data: &mut Vec<u8>) {
        let n = data.len();
        if n == 0 {
            return;
        }
        match *self {
            Mutation::Flip { at, bit } => data[at % n] ^= 1 << (bit % 8),
            Mutation::Byte { at, value } => data[at % n] = value,
            Mutation::Truncate { len } => data.truncate(len % n),
            Mutation::Splice { from, to, len } => {
                let (from, to) = (from % n, to % n);
                let len = len.min(n - from).min(n - to);
                data.copy_within(from..from + len, to);
            }
        }
    }
}

/// Applies every mutation of `ms` to a copy of `original`.
pub fn mutated(original: &[u8], ms: &[Mutation]) -> Vec<u8> {
    let mut data = original.to_vec();
    for m in ms {
        m.apply(&mut data);
    }
    data
}

/// Mutations of an image of `len` bytes. Half of the positions fall inside `ranges` (when
/// any are given), the rest anywhere.
pub fn mutation(ranges: Vec<Range<usize>>, len: usize) -> BoxedStrategy<Mutation> {
    let len = len.max(1);
    let ranges: Vec<Range<usize>> = ranges.into_iter().filter(|r| !r.is_empty()).collect();
    let anywhere = (0..len).boxed();
    let pos = if ranges.is_empty() {
        anywhere
    } else {
        prop_oneof![
            (0..ranges.len(), any::<prop::sample::Index>()).prop_map(move |(r, i)| {
                let r = &ranges[r];
                r.start + i.index(r.len())
            }),
            anywhere,
        ]
        .boxed()
    };
    prop_oneof![
        4 => (pos.clone(), any::<u8>()).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        3 => (pos.clone(), any::<u8>()).prop_map(|(at, value)| Mutation::Byte { at, value }),
        1 => (0..len).prop_map(|len| Mutation::Truncate { len }),
        2 => (0..len, pos, 1usize..64).prop_map(|(from, to, len)| Mutation::Splice { from, to, len }),
    ]
    .boxed()
}

/// One to seven mutations at a time.
pub fn mutations(ranges: Vec<Range<usize>>, len: usize) -> BoxedStrategy<Vec<Mutation>> {
    prop::collection::vec(mutation(ranges, len), 1..8).boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_wrap_and_clamp() {
        let mut d = vec![0u8; 10];
        Mutation::Flip { at: 13, bit: 9 }.apply(&mut d);
        assert_eq!(d[3], 2);
        Mutation::Splice { from: 8, to: 0, len: 100 }.apply(&mut d);
        assert_eq!(d.len(), 10);
        Mutation::Truncate { len: 14 }.apply(&mut d);
        assert_eq!(d.len(), 4);
        let mut empty = Vec::new();
        Mutation::Byte { at: 1, value: 1 }.apply(&mut empty);
        assert!(empty.is_empty());
    }
}
