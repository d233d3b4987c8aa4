//! Layout fixups: crossgen2's assumptions about type layouts, checked against the loader's.
//!
//! `Check_TypeLayout`/`Verify_TypeLayout` and `Check_FieldOffset`/`Verify_FieldOffset`
//! fixups name a type or field and the layout crossgen2 compiled against. This module finds
//! the type or field (tokens of the fixup's own module) and compares, using
//! [`crate::layout::check`]. What to do with a mismatch — reject the method, or stop — is
//! the caller's policy.

use r2rhost_image::metadata::token::{TableId, Token};
use r2rhost_image::r2r::fixups::{FieldToken, R2RFieldSig};
use r2rhost_image::r2r::{Fixup, FixupPayload};

use crate::layout::check::{self, LayoutMismatch};
use crate::loader::types::{Category, FieldStorage};
use crate::loader::{AsmId, Failure, Loader, TypeId, fail};

/// What a fixup said about layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not a layout fixup.
    NotLayout,
    /// The assumption holds.
    Holds,
    /// It does not, and why.
    Mismatch(LayoutMismatch),
}

/// Checks `fixup`, a fixup of an image loaded as `asm`, against the loader's layouts.
/// Fixups whose tokens belong to another module (`module_override`) are not resolved yet:
/// [`Failure`] says so.
pub fn check_layout_fixup(loader: &mut Loader, asm: AsmId, fixup: &Fixup) -> Result<Verdict, Failure> {
    let is_layout = matches!(&fixup.payload, FixupPayload::TypeLayout { .. } | FixupPayload::CheckFieldOffset { .. } | FixupPayload::VerifyFieldOffset { .. });
    if is_layout && fixup.module_override.is_some() {
        return Err(fail::unsupported("layout fixups with tokens of another module"));
    }
    let outcome = match &fixup.payload {
        FixupPayload::TypeLayout { ty, layout } => {
            let t = loader.resolve_sig(asm, ty, &[], &[])?;
            loader.ensure_laid_out(t)?;
            let laid = loader.ty(t).laid.as_ref().ok_or_else(|| fail::invalid_program("a layout check of a type without fields"))?;
            check::check_type_layout(layout, &laid.layout)
        }
        FixupPayload::CheckFieldOffset { offset, field } => check_field(loader, asm, field, 0, *offset)?,
        FixupPayload::VerifyFieldOffset { base_offset, offset, field } => check_field(loader, asm, field, *base_offset, *offset)?,
        _ => return Ok(Verdict::NotLayout),
    };
    Ok(match outcome {
        Ok(()) => Verdict::Holds,
        Err(m) => Verdict::Mismatch(m),
    })
}

/// The owner type and index (in its `fields`) of a fixup's field.
pub fn resolve_fixup_field(loader: &mut Loader, asm: AsmId, field: &R2RFieldSig) -> Result<(TypeId, usize), Failure> {
    let owner = match &field.owner_type {
        Some(sig) => Some(loader.resolve_sig(asm, sig, &[], &[])?),
        None => None,
    };
    let type_inst: Vec<TypeId> = owner.and_then(|o| loader.def_of(o).map(|(_, _, inst)| inst.to_vec())).unwrap_or_default();
    let token = match field.token {
        FieldToken::FieldDef(rid) => Token::new(TableId::Field, rid.0),
        FieldToken::MemberRef(rid) => Token::new(TableId::MemberRef, rid.0),
    };
    loader.resolve_field_token(asm, token, &type_inst, &[])
}

fn check_field(loader: &mut Loader, asm: AsmId, field: &R2RFieldSig, base_offset: u32, offset: u32) -> Result<Result<(), LayoutMismatch>, Failure> {
    let (owner, index) = resolve_fixup_field(loader, asm, field)?;
    loader.ensure_laid_out(owner)?;
    let d = loader.ty(owner);
    let f = &d.fields[index];
    Ok(match f.storage {
        FieldStorage::Instance(_) => {
            let laid = d.laid.as_ref().ok_or_else(|| fail::invalid_program("instance field of a type without layout"))?;
            let position = d.fields[..index].iter().filter(|f| matches!(f.storage, FieldStorage::Instance(_))).count();
            let is_value = matches!(d.category, Category::Struct | Category::Enum | Category::Primitive);
            check::check_instance_field(is_value, &laid.layout, position, base_offset, offset)
        }
        _ => match loader.static_block_offset(owner, index) {
            Some(ours) => check::check_static_field(ours, base_offset, offset),
            None => Err(LayoutMismatch(format!("{} has no storage in a statics block", f.name))),
        },
    })
}
