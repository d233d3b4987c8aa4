//! Property test: a real assembly's metadata (and IL), truncated, bit-flipped and spliced,
//! run through the full enumeration of `support::walk`. Every case must end in results or
//! errors — never a panic, an out-of-bounds read or a runaway allocation.
//!
//! Deterministic: fixed RNG seed and case count, no failure-persistence files.

mod support;

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRunner};
use r2rhost_image::bytes::Bytes;
use r2rhost_image::cli::CliHeader;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::pe::{PeFile, Rva};
use support::walk::{walk_file, walk_metadata_bytes, EnumMap};

/// The assembly mutated: small enough for many cases, rich enough to matter (generics,
/// nested types, EH clauses, async state machines, custom attributes, events).
const SUBJECT: &str = "System.Threading.Channels.dll";

struct Subject {
    file: Vec<u8>,
    /// File range of the metadata.
    md: std::ops::Range<usize>,
    /// File range from the first IL body to the end of the metadata.
    hot: std::ops::Range<usize>,
    enums: EnumMap,
}

fn subject() -> &'static Subject {
    static S: OnceLock<Subject> = OnceLock::new();
    S.get_or_init(|| {
        let path = support::framework_assembly(SUBJECT).expect("the .NET 10 shared framework is not installed");
        let file = std::fs::read(path).unwrap();
        let pe = PeFile::parse(&file).unwrap();
        let cli = CliHeader::read(&pe).unwrap().unwrap();
        let md_bytes = pe.directory_bytes(cli.metadata).unwrap();
        let md = Metadata::from_pe(&pe, &cli).unwrap();
        let mut enums = EnumMap::default();
        enums.add_from(&md);
        let first_il = md
            .rids::<r2rhost_image::metadata::token::MethodDefRid>()
            .filter_map(|m| md.method_def(m).ok())
            .filter(|r| r.rva != 0)
            .filter_map(|r| pe.rva_to_offset(Rva(r.rva)).ok())
            .min()
            .unwrap();
        let md_range = md_bytes.base() as usize..md_bytes.base() as usize + md_bytes.len();
        let hot = first_il.min(md_range.start)..md_range.end;
        drop(md);
        Subject { md: md_range, hot, file, enums }
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Keep this many bytes of the metadata (IL bodies stay intact).
    Truncate(usize),
    /// Flip these (position in the hot range, bit) pairs.
    Flip(Vec<(usize, u8)>),
    /// Copy `len` bytes from `from` to `to` (positions in the hot range), then flip one bit.
    Splice { from: usize, to: usize, len: usize, flip: usize },
    /// Overwrite a 4-byte value in the metadata with an extreme one.
    Poke { at: usize, value: u32 },
}

fn mutation(md_len: usize, hot_len: usize) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0..md_len).prop_map(Mutation::Truncate),
        prop::collection::vec((0..hot_len, 0u8..8), 1..12).prop_map(Mutation::Flip),
        (0..hot_len, 0..hot_len, 1usize..256, 0..hot_len).prop_map(|(from, to, len, flip)| Mutation::Splice { from, to, len, flip }),
        (0..md_len, prop_oneof![Just(0u32), Just(1), Just(0xffff), Just(0x1_0000), Just(0x00ff_ffff), Just(u32::MAX), any::<u32>()])
            .prop_map(|(at, value)| Mutation::Poke { at, value }),
    ]
}

fn run(s: &Subject, m: &Mutation) -> support::walk::Walk {
    match m {
        Mutation::Truncate(len) => {
            let pe = PeFile::parse(&s.file).unwrap();
            let md = Bytes::with_base(&s.file[s.md.start..s.md.start + len], s.md.start as u64);
            walk_metadata_bytes(Some(&pe), md, &s.enums)
        }
        Mutation::Flip(flips) => {
            let mut f = s.file.clone();
            for (p, bit) in flips {
                f[s.hot.start + p] ^= 1 << bit;
            }
            walk_file(&f, &s.enums)
        }
        Mutation::Splice { from, to, len, flip } => {
            let mut f = s.file.clone();
            let (from, to) = (s.hot.start + from, s.hot.start + to);
            let len = (*len).min(s.hot.end - from).min(s.hot.end - to);
            f.copy_within(from..from + len, to);
            f[s.hot.start + flip] ^= 0x10;
            walk_file(&f, &s.enums)
        }
        Mutation::Poke { at, value } => {
            let mut f = s.file.clone();
            let at = (s.md.start + at).min(s.md.end - 4);
            f[at..at + 4].copy_from_slice(&value.to_le_bytes());
            walk_file(&f, &s.enums)
        }
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

#[test]
fn mutated_metadata_never_panics() {
    let s = subject();
    let config = Config {
        // R2RHOST_FUZZ_CASES / R2RHOST_FUZZ_SEED widen a local run; CI uses the defaults.
        cases: env_u64("R2RHOST_FUZZ_CASES").unwrap_or(400) as u32,
        rng_seed: RngSeed::Fixed(env_u64("R2RHOST_FUZZ_SEED").unwrap_or(0x5eed_2025)),
        rng_algorithm: RngAlgorithm::ChaCha,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let stats = std::cell::RefCell::new((0u64, 0u64, std::collections::BTreeMap::<String, u64>::new()));
    runner
        .run(&mutation(s.md.len(), s.hot.len()), |m| {
            let w = run(s, &m);
            let mut st = stats.borrow_mut();
            st.0 += 1;
            if w.error_count > 0 {
                st.1 += 1;
                // Group by the error's description without numbers.
                let key: String = w.errors[0].split(": ").last().unwrap_or("").chars().filter(|c| !c.is_ascii_digit()).take(60).collect();
                *st.2.entry(key).or_default() += 1;
            }
            Ok(())
        })
        .unwrap();
    let st = stats.borrow();
    println!("{} cases, {} reported errors; most frequent first errors:", st.0, st.1);
    let mut v: Vec<_> = st.2.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1));
    for (k, n) in v.iter().take(25) {
        println!("  {n:>6}  {k}");
    }
}

#[test]
fn every_metadata_header_truncation() {
    // Exhaustively: every cut inside the root, stream headers and table header.
    let s = subject();
    let pe = PeFile::parse(&s.file).unwrap();
    for len in 0..512.min(s.md.len()) {
        let md = Bytes::with_base(&s.file[s.md.start..s.md.start + len], s.md.start as u64);
        let w = walk_metadata_bytes(Some(&pe), md, &s.enums);
        assert!(w.error_count > 0, "truncation to {len} bytes was accepted");
    }
}
