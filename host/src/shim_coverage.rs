//! How much of the framework's public API the corelib shim implements: for each public
//! type and each public or protected member (methods, constructors, property and event
//! accessors, fields) of a reference assembly, whether the shim defines the same type and
//! a member with the same name, generic arity, static-ness and signature.
//!
//! Signatures are compared as text produced by the metadata name formatter, which renders
//! types by full name (so a `TypeRef` in the reference assembly and a `TypeDef` in the shim
//! compare equal) and generic parameters by position (`!0`, `!!0`).

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use r2rhost_image::metadata::Metadata;
use r2rhost_image::metadata::names::Names;
use r2rhost_image::metadata::sig::{SigReader, TypeSig};
use r2rhost_image::metadata::token::{FieldRid, MethodDefRid, TypeDefRid};
use r2rhost_image::Result;

/// Coverage of one reference assembly.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AssemblyCoverage {
    /// The reference assembly's name.
    pub assembly: String,
    /// Public types it defines.
    pub types: u32,
    /// Of those, types the shim defines.
    pub types_present: u32,
    /// Public and protected members of those types.
    pub members: u32,
    /// Of those, members the shim implements with the same signature.
    pub members_present: u32,
    /// Missing members (first ones, for reports), as `Type::member(signature)`.
    pub missing: Vec<String>,
}

impl AssemblyCoverage {
    /// Members implemented, in percent.
    pub fn percent(&self) -> f64 {
        if self.members == 0 { 100.0 } else { 100.0 * f64::from(self.members_present) / f64::from(self.members) }
    }
}

fn is_public_type(md: &Metadata<'_>, t: TypeDefRid) -> Result<bool> {
    let flags = md.type_def(t)?.flags.0 & 7;
    // public, nested public, nested family, nested family-or-assembly
    if !matches!(flags, 1 | 2 | 4 | 7) {
        return Ok(false);
    }
    match md.enclosing_class(t)? {
        Some(outer) => is_public_type(md, outer),
        None => Ok(true),
    }
}

/// Public (6), family (4) and family-or-assembly (5) member access.
fn visible(access: u16) -> bool {
    (4..=6).contains(&access)
}

/// Public/protected methods and fields of `t` as comparison keys.
fn member_keys(md: &Metadata<'_>, t: TypeDefRid) -> Result<Vec<String>> {
    let names = Names::new(md);
    let sig_text = |s: &TypeSig| names.render(|n, out| n.type_sig(out, s)).unwrap_or_else(|_| "?".into());
    let mut keys = Vec::new();
    for m in md.type_methods(t)? {
        let m: MethodDefRid = m;
        let row = md.method_def(m)?;
        if !visible(row.flags.0 & 7) {
            continue;
        }
        let sig = SigReader::new(md.blob(row.signature)?).method_sig()?;
        let params: Vec<String> = sig.params.iter().map(&sig_text).collect();
        let stat = if row.flags.is_static() { "static " } else { "" };
        keys.push(format!("{stat}{}`{}({}):{}", md.string(row.name)?, sig.generic_params, params.join(","), sig_text(&sig.ret)));
    }
    for f in md.type_fields(t)? {
        let f: FieldRid = f;
        let row = md.field(f)?;
        if !visible(row.flags.0 & 7) {
            continue;
        }
        let ty = SigReader::new(md.blob(row.signature)?).field_sig()?;
        keys.push(format!("field {}:{}", md.string(row.name)?, sig_text(&ty)));
    }
    Ok(keys)
}

/// Compares one reference assembly with the shim.
pub fn coverage(reference: &Metadata<'_>, shim: &Metadata<'_>, keep_missing: usize) -> Result<AssemblyCoverage> {
    let assembly = reference.assembly_name()?.map(|a| a.name.to_string()).unwrap_or_default();
    // The shim's public types by full name.
    let mut shim_types: BTreeMap<String, TypeDefRid> = BTreeMap::new();
    for t in shim.rids::<TypeDefRid>() {
        shim_types.insert(shim.type_def_name(t)?, t);
    }
    let mut c = AssemblyCoverage { assembly, ..AssemblyCoverage::default() };
    for t in reference.rids::<TypeDefRid>() {
        if !is_public_type(reference, t)? {
            continue;
        }
        let name = reference.type_def_name(t)?;
        c.types += 1;
        let wanted = member_keys(reference, t)?;
        c.members += wanted.len() as u32;
        let Some(st) = shim_types.get(&name) else {
            if c.missing.len() < keep_missing {
                c.missing.push(format!("{name} (type)"));
            }
            continue;
        };
        c.types_present += 1;
        let have: HashSet<String> = member_keys(shim, *st)?.into_iter().collect();
        for k in wanted {
            if have.contains(&k) {
                c.members_present += 1;
            } else if c.missing.len() < keep_missing {
                c.missing.push(format!("{name}::{k}"));
            }
        }
    }
    Ok(c)
}
