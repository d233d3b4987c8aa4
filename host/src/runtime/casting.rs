//! Type compatibility (`castclass`, `isinst`, array covariance, `IsAssignableFrom`) and
//! interface dispatch, including generic variance (ECMA-335 II.9.5, I.8.7).

use r2rhost_codegen::env::ValueKind;
use r2rhost_image::metadata::coded::TypeOrMethodDef;

use crate::loader::types::{Category, TypeKey};
use crate::loader::{Failure, Loader, MethodId, TypeId};

/// Whether a value of type `source` can be stored in a location of type `target`.
pub fn assignable(l: &mut Loader, target: TypeId, source: TypeId) -> bool {
    if target == source {
        return true;
    }
    if l.ensure_ready(source).is_err() || l.ensure_ready(target).is_err() {
        return false;
    }
    // A boxed T is an instance of Nullable<T> (boxing a Nullable<T> boxes its value).
    if let Some(info) = &l.ty(target).info
        && let Some((inner, _)) = info.nullable
        && TypeId(inner.0) == source
    {
        return true;
    }
    let tcat = l.ty(target).category;
    let scat = l.ty(source).category;
    if tcat == Category::Object {
        return !matches!(scat, Category::Pointer | Category::ByRef);
    }
    if tcat == Category::Interface {
        let itfs = l.ty(source).interfaces.clone();
        if itfs.contains(&target) {
            return true;
        }
        if itfs.iter().any(|i| variant_compatible(l, target, *i)) {
            return true;
        }
        // Arrays implement the generic collection interfaces of their element type.
        if scat == Category::Array && l.ty(source).rank == 0 {
            return array_implements(l, target, source);
        }
        return false;
    }
    if scat == Category::Array && tcat == Category::Array {
        let (ts, ss) = (l.ty(target), l.ty(source));
        if ts.rank != ss.rank {
            return false;
        }
        let (Some(te), Some(se)) = (ts.element, ss.element) else { return false };
        if te == se {
            return true;
        }
        // Covariance for reference elements; int[] ↔ uint[] style sameness for primitives.
        if l.is_reference(te) && l.is_reference(se) {
            return assignable(l, te, se);
        }
        // Primitive and enum elements: the same integral type up to signedness (int[] and
        // uint[] and an int-based enum's array are one another; bool, char and floats only
        // match themselves), as CoreCLR normalizes array element types.
        let (a, b) = (l.ty(te), l.ty(se));
        let prim = |d: &crate::loader::TypeDesc| matches!(d.category, Category::Primitive | Category::Enum);
        return prim(a) && prim(b) && normalized_element(a.kind) == normalized_element(b.kind);
    }
    // Classes: walk the parent chain.
    let mut cur = l.ty(source).parent;
    while let Some(p) = cur {
        if p == target {
            return true;
        }
        cur = l.ty(p).parent;
    }
    false
}

/// An array element kind with unsigned integers mapped to their signed counterparts.
fn normalized_element(k: ValueKind) -> ValueKind {
    match k {
        ValueKind::U1 => ValueKind::I1,
        ValueKind::U2 => ValueKind::I2,
        ValueKind::U4 => ValueKind::I4,
        ValueKind::U8 => ValueKind::I8,
        ValueKind::U => ValueKind::I,
        k => k,
    }
}

/// `IList<T>`, `ICollection<T>`, `IEnumerable<T>`, `IReadOnlyList<T>`,
/// `IReadOnlyCollection<T>` of a `T[]` (and of its element's bases, for reference types).
fn array_implements(l: &mut Loader, itf: TypeId, array: TypeId) -> bool {
    let Some((asm, rid, inst)) = l.def_of(itf) else { return false };
    if inst.len() != 1 || asm != l.corelib {
        return false;
    }
    let arg = inst[0];
    let name = l.def_name(asm, rid).unwrap_or_default();
    let generic = ["System.Collections.Generic.IList`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyCollection`1"];
    if !generic.contains(&name.as_str()) {
        return false;
    }
    let Some(elem) = l.ty(array).element else { return false };
    if elem == arg || (l.is_reference(elem) && l.is_reference(arg) && assignable(l, arg, elem)) {
        return true;
    }
    let (a, b) = (l.ty(arg), l.ty(elem));
    let prim = |d: &crate::loader::TypeDesc| matches!(d.category, Category::Primitive | Category::Enum);
    prim(a) && prim(b) && normalized_element(a.kind) == normalized_element(b.kind)
}

/// Whether interface `have` (implemented) can stand in for interface `want` through
/// variance of their common generic definition.
pub fn variant_compatible(l: &mut Loader, want: TypeId, have: TypeId) -> bool {
    let (Some((wa, wr, wi)), Some((ha, hr, hi))) = (l.def_of(want), l.def_of(have)) else { return false };
    if (wa, wr) != (ha, hr) || wi.len() != hi.len() {
        return false;
    }
    let (wi, hi) = (wi.to_vec(), hi.to_vec());
    let md = l.assemblies[wa.0 as usize].md();
    let params: Vec<u16> = md.generic_params_of(TypeOrMethodDef::TypeDef(wr)).filter_map(|p| md.generic_param(p).ok()).map(|p| p.flags.0 & 3).collect();
    if params.len() != wi.len() {
        return false;
    }
    for ((w, h), variance) in wi.iter().zip(&hi).zip(params) {
        if w == h {
            continue;
        }
        let ok = match variance {
            1 => l.is_reference(*h) && l.is_reference(*w) && assignable(l, *w, *h), // covariant (out)
            2 => l.is_reference(*h) && l.is_reference(*w) && assignable(l, *h, *w), // contravariant (in)
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// The method implementing slot `slot` of interface `itf` on type `ty`.
pub fn interface_target(l: &mut Loader, ty: TypeId, itf: TypeId, slot: usize) -> Result<Option<MethodId>, Failure> {
    l.ensure_ready(ty)?;
    if let Some(v) = l.ty(ty).itf_map.get(&itf) {
        return Ok(v.get(slot).copied().flatten());
    }
    // A variant-compatible interface the type implements.
    let itfs = l.ty(ty).interfaces.clone();
    for i in itfs {
        if variant_compatible(l, itf, i) {
            return Ok(l.ty(ty).itf_map.get(&i).and_then(|v| v.get(slot).copied().flatten()));
        }
    }
    // Arrays: the corelib's SZArrayHelper-style implementation is found by name.
    if l.ty(ty).category == Category::Array && matches!(l.ty(ty).key, TypeKey::SzArray(_)) {
        return crate::runtime::icalls::array_interface_method(l, ty, itf, slot);
    }
    Ok(None)
}
