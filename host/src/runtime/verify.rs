//! Heap verification (`r2rhost run --verify-heap`): after `Main` returns, every object on
//! the heap must start with a MethodTable the loader built, carry the GC descriptor of its
//! type, and every reference slot that descriptor names must hold null or the start of an
//! object. The collector will rely on exactly these facts; checking them on every
//! conformance run catches JIT and runtime bugs that corrupt the heap long before a
//! collection would trip over them.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::memory::{read_u32, read_u64};
use super::objects::{mt_base_size, mt_flags, mt_gc_desc, mt_of};
use crate::layout::gcdesc::GcDesc;
use super::Runtime;
use crate::loader::types::mt_flags as flags;

/// What a successful verification saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapReport {
    /// Objects walked.
    pub objects: u64,
    /// Reference slots checked.
    pub references: u64,
}

/// Most problems reported before giving up.
const MAX_PROBLEMS: usize = 20;

/// Walks the heap; the error lists the first problems found.
pub fn verify_heap(rt: &Runtime) -> Result<HeapReport, String> {
    let mut objects = Vec::new();
    rt.heap.for_each_object(|o| objects.push(o));
    let state = rt.state();
    let loader = &state.loader;
    let mut problems = Vec::new();
    let mut report = HeapReport { objects: objects.len() as u64, references: 0 };
    // Each MethodTable is checked once; its objects reuse the verdict.
    let mut checked: HashMap<u64, Option<(String, GcDesc)>> = HashMap::new();
    for &obj in &objects {
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        let mt = mt_of(obj);
        let verdict = checked.entry(mt).or_insert_with(|| {
            let Some(t) = loader.type_of_mt(mt) else {
                problems.push(format!("object {obj:#x}: {mt:#x} is not a MethodTable"));
                return None;
            };
            let name = loader.ty(t).name.clone();
            let expected = loader.gc_desc(t);
            match mt_gc_desc(mt) {
                Ok(d) if d == expected => Some((name, d)),
                Ok(d) => {
                    problems.push(format!("{name}: the MethodTable's GC descriptor {d:?} is not the type's {expected:?}"));
                    None
                }
                Err(e) => {
                    problems.push(format!("{name}: unreadable GC descriptor ({})", e.0));
                    None
                }
            }
        });
        let Some((name, desc)) = verdict else { continue };
        let f = mt_flags(mt);
        let (data_offset, length) = if f & (flags::ARRAY | flags::STRING) != 0 { (mt_base_size(mt) - 8, u64::from(read_u32(obj + 8))) } else { (0, 0) };
        desc.for_each_ref(data_offset, length, |off| {
            report.references += 1;
            let value = read_u64(obj + off);
            if value != 0 && objects.binary_search(&value).is_err() && problems.len() < MAX_PROBLEMS {
                problems.push(format!("{name} at {obj:#x}: the reference at +{off:#x} holds {value:#x}, not an object"));
            }
        });
    }
    if problems.is_empty() {
        return Ok(report);
    }
    let mut text = String::new();
    for p in &problems {
        let _ = writeln!(text, "  {p}");
    }
    Err(text)
}

/// With `--verify-heap`: verifies the heap as the program ends (`Main` returned or
/// `Environment.Exit`); a corrupt heap is a fatal error (exit status 134).
pub fn check_at_exit(rt: &Runtime) {
    if !rt.state().options.verify_heap {
        return;
    }
    if let Err(problems) = verify_heap(rt) {
        super::fatal(&format!("heap verification failed:\n{problems}"));
    }
}
