//! Per-type GC descriptors: where the object references of an instance are.
//!
//! The collector (next milestone: non-moving, conservative for stacks, precise for the heap)
//! finds the references inside an object through its MethodTable. As in CoreCLR, the
//! descriptor is stored in the words *just before* the MethodTable, so a MethodTable pointer
//! reaches both without an extra indirection; the encoding is ours:
//!
//! * `MT - 8`: the header, `kind | series_count << 8` (kind: [`KIND_NONE`],
//!   [`KIND_OBJECT`], [`KIND_REF_ARRAY`], [`KIND_VALUE_ARRAY`]);
//! * `MT - 16`, `MT - 24`, …: one word per series, `offset << 32 | slot_count` — a run of
//!   `slot_count` consecutive pointer-sized references starting `offset` bytes into the
//!   object (the MethodTable pointer is at offset 0), in increasing offset order. For
//!   arrays of value types, offsets are relative to the start of each element, and the
//!   element size is in the word after the series.
//!
//! Arrays of references need no series: every element is a reference.

use super::POINTER_SIZE;

/// No references.
pub const KIND_NONE: u64 = 0;
/// Fixed series in a class instance or a boxed value.
pub const KIND_OBJECT: u64 = 1;
/// An array whose elements are references.
pub const KIND_REF_ARRAY: u64 = 2;
/// An array of value types containing references: the series repeat per element.
pub const KIND_VALUE_ARRAY: u64 = 3;

/// A run of consecutive references.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Series {
    /// Byte offset of the first (from the object start, or from each element's start).
    pub offset: u32,
    /// Number of pointer-sized references.
    pub slots: u32,
}

/// Where an instance's references are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GcDesc {
    /// None.
    None,
    /// At fixed offsets of the object.
    Object(Vec<Series>),
    /// Every element of the array.
    RefArray,
    /// In every element of the array, at these offsets within the element.
    ValueArray {
        /// Size of one element.
        element_size: u32,
        /// The references of one element.
        series: Vec<Series>,
    },
}

/// Why stored words are not a descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadGcDesc(pub String);

/// Groups sorted reference offsets (each pointer-aligned) into runs.
pub fn series_of(ref_offsets: &[u32]) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    for &off in ref_offsets {
        match out.last_mut() {
            Some(s) if s.offset + s.slots * POINTER_SIZE == off => s.slots += 1,
            _ => out.push(Series { offset: off, slots: 1 }),
        }
    }
    out
}

impl GcDesc {
    /// The descriptor of a class instance or box whose data (after the MethodTable pointer)
    /// holds references at `data_ref_offsets` (sorted).
    pub fn for_object(data_ref_offsets: &[u32]) -> GcDesc {
        if data_ref_offsets.is_empty() {
            return GcDesc::None;
        }
        let shifted: Vec<u32> = data_ref_offsets.iter().map(|o| o + POINTER_SIZE).collect();
        GcDesc::Object(series_of(&shifted))
    }

    /// The descriptor of an array whose elements are references (`element_refs` `None`) or
    /// value types of `element_size` bytes with references at `element_refs` (sorted).
    pub fn for_array(element_refs: Option<&[u32]>, element_size: u32) -> GcDesc {
        match element_refs {
            None => GcDesc::RefArray,
            Some([]) => GcDesc::None,
            Some(refs) => GcDesc::ValueArray { element_size, series: series_of(refs) },
        }
    }

    /// The words to place before the MethodTable, lowest address first (the header is
    /// last, at `MT - 8`).
    pub fn encode(&self) -> Vec<u64> {
        let pack = |s: &Series| (u64::from(s.offset) << 32) | u64::from(s.slots);
        let (kind, series, extra): (u64, &[Series], Option<u64>) = match self {
            GcDesc::None => (KIND_NONE, &[], None),
            GcDesc::Object(s) => (KIND_OBJECT, s, None),
            GcDesc::RefArray => (KIND_REF_ARRAY, &[], None),
            GcDesc::ValueArray { element_size, series } => (KIND_VALUE_ARRAY, series, Some(u64::from(*element_size))),
        };
        // Highest address first, then reversed: header, series 0, series 1, …, extra.
        let mut down = vec![kind | ((series.len() as u64) << 8)];
        down.extend(series.iter().map(pack));
        down.extend(extra);
        down.reverse();
        down
    }

    /// Reads a descriptor back; `word(i)` is the word at `MT - 8 * (i + 1)`.
    pub fn decode(word: impl Fn(usize) -> u64) -> Result<GcDesc, BadGcDesc> {
        let header = word(0);
        let count = usize::try_from(header >> 8).map_err(|_| BadGcDesc(format!("header {header:#x}")))?;
        if count > 1 << 20 {
            return Err(BadGcDesc(format!("{count} series")));
        }
        let series: Vec<Series> = (1..=count).map(&word).map(|w| Series { offset: (w >> 32) as u32, slots: w as u32 }).collect();
        Ok(match header & 0xff {
            KIND_NONE if count == 0 => GcDesc::None,
            KIND_OBJECT if count > 0 => GcDesc::Object(series),
            KIND_REF_ARRAY if count == 0 => GcDesc::RefArray,
            KIND_VALUE_ARRAY if count > 0 => GcDesc::ValueArray { element_size: word(count + 1) as u32, series },
            _ => return Err(BadGcDesc(format!("header {header:#x}"))),
        })
    }

    /// Calls `f` with the offset (from the object start) of every reference of an instance
    /// whose array data (if any) starts at `data_offset` and holds `length` elements.
    pub fn for_each_ref(&self, data_offset: u32, length: u64, mut f: impl FnMut(u64)) {
        match self {
            GcDesc::None => {}
            GcDesc::Object(series) => each_in(series, 0, &mut f),
            GcDesc::RefArray => (0..length).for_each(|i| f(u64::from(data_offset) + i * u64::from(POINTER_SIZE))),
            GcDesc::ValueArray { element_size, series } => {
                for i in 0..length {
                    each_in(series, u64::from(data_offset) + i * u64::from(*element_size), &mut f);
                }
            }
        }
    }
}

fn each_in(series: &[Series], base: u64, f: &mut impl FnMut(u64)) {
    for s in series {
        for k in 0..u64::from(s.slots) {
            f(base + u64::from(s.offset) + k * u64::from(POINTER_SIZE));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn round_trip(d: &GcDesc) -> GcDesc {
        let words = d.encode();
        GcDesc::decode(|i| words[words.len() - 1 - i]).expect("decodes")
    }

    #[test]
    fn runs_are_grouped() {
        assert_eq!(series_of(&[0, 8, 16, 32, 40, 56]), vec![Series { offset: 0, slots: 3 }, Series { offset: 32, slots: 2 }, Series { offset: 56, slots: 1 }]);
        assert_eq!(GcDesc::for_object(&[]), GcDesc::None);
        assert_eq!(GcDesc::for_object(&[0, 8]), GcDesc::Object(vec![Series { offset: 8, slots: 2 }]));
    }

    #[test]
    fn arrays() {
        let mut seen = Vec::new();
        GcDesc::for_array(None, 8).for_each_ref(16, 3, |o| seen.push(o));
        assert_eq!(seen, [16, 24, 32]);
        seen.clear();
        // struct { int; object; long; object } = 32 bytes, refs at 8 and 24.
        let d = GcDesc::for_array(Some(&[8, 24]), 32);
        assert_eq!(round_trip(&d), d);
        d.for_each_ref(16, 2, |o| seen.push(o));
        assert_eq!(seen, [24, 40, 56, 72]);
        assert_eq!(GcDesc::for_array(Some(&[]), 4), GcDesc::None);
    }

    #[test]
    fn garbage_headers_are_errors() {
        assert!(GcDesc::decode(|_| 0xff).is_err());
        assert!(GcDesc::decode(|i| if i == 0 { KIND_NONE | 3 << 8 } else { 0 }).is_err());
        assert!(GcDesc::decode(|_| u64::MAX).is_err());
    }

    proptest! {
        #[test]
        fn encode_decode_and_walk(slots in proptest::collection::btree_set(0u32..64, 0..20), array in any::<bool>()) {
            let refs: Vec<u32> = slots.iter().map(|s| s * 8).collect();
            let d = if array { GcDesc::for_array(Some(&refs), 64 * 8) } else { GcDesc::for_object(&refs) };
            prop_assert_eq!(&round_trip(&d), &d);
            let mut walked = Vec::new();
            d.for_each_ref(16, 1, |o| walked.push(o));
            let expected: Vec<u64> = refs.iter().map(|r| u64::from(*r) + if array { 16 } else { 8 }).collect();
            prop_assert_eq!(walked, expected);
        }
    }
}
