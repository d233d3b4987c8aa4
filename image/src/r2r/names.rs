//! Fixups rendered with metadata names: `Check_TypeLayout System.ValueTuple`2<int32,int32>`
//! instead of `Check_TypeLayout TypeRef#0x12<I4, I4>`.
//!
//! A fixup's tokens belong to a module: the image's own (override index 0) unless the kind
//! byte carries a module override, a method signature's `UpdateContext` switches it, and a
//! `MODULE_ZAPSIG` inside a type switches it for that type. The caller supplies the
//! metadata of each override index it could load ([`ModuleMetadata`]); tokens of a module
//! that is not available print as `[module N]` plus the raw token, never as an error.

use std::fmt::Write;

use crate::error::Result;
use crate::metadata::names::{ModuleMetadata, Names};
use crate::metadata::sig::TypeSig;
use crate::r2r::fixups::{
    Fixup, FixupPayload, FieldToken, GcLayout, LayoutAlignment, MethodSigFlags, MethodToken, R2RFieldSig, R2RMethodSig, TypeLayout,
};
use crate::r2r::ids::ModuleIndex;

/// Renders fixups with names resolved through a set of modules.
#[derive(Clone, Copy)]
pub struct FixupNames<'m, 'a> {
    modules: &'m dyn ModuleMetadata<'a>,
}

impl std::fmt::Debug for FixupNames<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FixupNames")
    }
}

fn w(r: std::fmt::Result) -> Result<()> {
    r.map_err(|_| crate::error::ImageError::internal("formatter refused output"))
}

impl<'m, 'a> FixupNames<'m, 'a> {
    /// A renderer over `modules`; module 0 must be the image's own metadata.
    pub fn new(modules: &'m dyn ModuleMetadata<'a>) -> Self {
        FixupNames { modules }
    }

    /// The fixup as one line: kind, then its payload with names.
    pub fn render(&self, fixup: &Fixup) -> String {
        let mut s = String::new();
        // Writing into a String cannot fail; a name that fails to decode is rendered by
        // `names_in` as its token, so the result here is always usable.
        let _ = self.write_fixup(&mut s, fixup, fixup.module_override.unwrap_or(ModuleIndex(0)));
        s
    }

    /// A ReadyToRun method signature (e.g. an instantiation's) whose tokens belong to
    /// module `ctx`, as one line.
    pub fn render_method(&self, m: &R2RMethodSig, ctx: ModuleIndex) -> String {
        let mut s = String::new();
        let _ = self.write_method(&mut s, m, ctx);
        s
    }

    fn names_in(&self, module: ModuleIndex) -> Option<Names<'m, 'a>> {
        self.modules.module(module.0).map(|md| Names::new(md).with_modules(self.modules))
    }

    fn write_fixup(&self, s: &mut String, fixup: &Fixup, ctx: ModuleIndex) -> Result<()> {
        s.push_str(fixup.kind.name());
        s.push(' ');
        match &fixup.payload {
            FixupPayload::Type(t) => self.write_type(s, t, ctx),
            FixupPayload::Method(m) => self.write_method(s, m, ctx),
            FixupPayload::MethodDef(r) => self.write_method_token(s, MethodToken::MethodDef(*r), ctx),
            FixupPayload::MemberRef(r) => self.write_method_token(s, MethodToken::MemberRef(*r), ctx),
            FixupPayload::VirtualSlot { slot, owner } => {
                self.write_type(s, owner, ctx)?;
                w(write!(s, " slot {slot}"))
            }
            FixupPayload::Field(f) => self.write_field(s, f, ctx),
            FixupPayload::Helper(h) => w(write!(s, "{h}")),
            FixupPayload::String(idx) => match self.modules.module(ctx.0).and_then(|md| md.user_string(*idx).ok()) {
                Some(us) => w(write!(s, "{us}")),
                None => w(write!(s, "[module {}] US#{:#x}", ctx.0, idx.0)),
            },
            FixupPayload::TypeLayout { ty, layout } => {
                self.write_type(s, ty, ctx)?;
                write_layout(s, layout)
            }
            FixupPayload::CheckFieldOffset { offset, field } => {
                self.write_field(s, field, ctx)?;
                w(write!(s, " at {offset:#x}"))
            }
            FixupPayload::VerifyFieldOffset { base_offset, offset, field } => {
                self.write_field(s, field, ctx)?;
                w(write!(s, " base {base_offset:#x} at {offset:#x}"))
            }
            FixupPayload::InstructionSets(v) => {
                let mut first = true;
                for r in v {
                    if !first {
                        s.push(' ');
                    }
                    first = false;
                    w(write!(s, "{}{}", if r.must_be_supported { '+' } else { '-' }, r.set.to_string().to_ascii_uppercase()))?;
                }
                Ok(())
            }
            FixupPayload::DictionaryLookup { this_type, inner } => {
                if let Some(t) = this_type {
                    s.push_str("this ");
                    self.write_type(s, t, ctx)?;
                    s.push(' ');
                }
                s.push_str("-> ");
                let inner_ctx = inner.module_override.unwrap_or(ctx);
                self.write_fixup(s, inner, inner_ctx)
            }
            FixupPayload::VirtualFunctionOverride { decl, impl_type, impl_method, .. } => {
                self.write_method(s, decl, ctx)?;
                s.push_str(" on ");
                self.write_type(s, impl_type, ctx)?;
                match impl_method {
                    Some(m) => {
                        s.push_str(" => ");
                        self.write_method(s, m, ctx)
                    }
                    None => {
                        s.push_str(" (not overridden)");
                        Ok(())
                    }
                }
            }
            FixupPayload::IlBody(b) => {
                self.write_method(s, &b.method, ctx)?;
                w(write!(s, " ({} bytes of IL metadata, {} type refs)", b.constant_data.len(), b.type_refs.len()))
            }
            FixupPayload::DelegateCtor { method, delegate_type } => {
                self.write_method(s, method, ctx)?;
                s.push_str(" as ");
                self.write_type(s, delegate_type, ctx)
            }
            FixupPayload::ResumptionStub(rva) => w(write!(s, "stub {rva:#x}")),
        }
    }

    /// Writes a type signature whose tokens belong to module `ctx`.
    pub fn write_type(&self, s: &mut String, t: &TypeSig, ctx: ModuleIndex) -> Result<()> {
        match self.names_in(ctx) {
            Some(n) => match n.render(|n, out| n.type_sig(out, t)) {
                Ok(text) => {
                    s.push_str(&text);
                    Ok(())
                }
                Err(_) => w(write!(s, "{}", crate::r2r::fixups::format_type(t))),
            },
            None => w(write!(s, "[module {}] {}", ctx.0, crate::r2r::fixups::format_type(t))),
        }
    }

    fn write_method(&self, s: &mut String, m: &R2RMethodSig, ctx: ModuleIndex) -> Result<()> {
        let ctx = m.update_context.unwrap_or(ctx);
        for (flag, text) in [
            (MethodSigFlags::UNBOXING_STUB, "[unboxing] "),
            (MethodSigFlags::INSTANTIATING_STUB, "[instantiating] "),
            (MethodSigFlags::ASYNC_VARIANT, "[async] "),
        ] {
            if m.flags.has(flag) {
                s.push_str(text);
            }
        }
        if let Some(owner) = &m.owner_type {
            s.push('{');
            self.write_type(s, owner, ctx)?;
            s.push_str("} ");
        }
        self.write_method_token(s, m.token, ctx)?;
        if !m.instantiation.is_empty() {
            s.push('<');
            for (i, a) in m.instantiation.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                self.write_type(s, a, ctx)?;
            }
            s.push('>');
        }
        if let Some(c) = &m.constrained {
            s.push_str(" constrained to ");
            self.write_type(s, c, ctx)?;
        }
        Ok(())
    }

    fn write_method_token(&self, s: &mut String, token: MethodToken, ctx: ModuleIndex) -> Result<()> {
        let rendered = self.names_in(ctx).and_then(|n| match token {
            MethodToken::MethodDef(r) => n.render(|n, out| n.method_def(out, r)).ok(),
            MethodToken::MemberRef(r) => n.render(|n, out| n.member_ref(out, r)).ok(),
            MethodToken::Slot(_) => None,
        });
        match (rendered, token) {
            (Some(text), _) => s.push_str(&text),
            (None, MethodToken::Slot(n)) => w(write!(s, "slot {n}"))?,
            (None, MethodToken::MethodDef(r)) => w(write!(s, "[module {}] MethodDef#{:#x}", ctx.0, r.0))?,
            (None, MethodToken::MemberRef(r)) => w(write!(s, "[module {}] MemberRef#{:#x}", ctx.0, r.0))?,
        }
        Ok(())
    }

    fn write_field(&self, s: &mut String, f: &R2RFieldSig, ctx: ModuleIndex) -> Result<()> {
        if let Some(owner) = &f.owner_type {
            s.push('{');
            self.write_type(s, owner, ctx)?;
            s.push_str("} ");
        }
        let rendered = self.names_in(ctx).and_then(|n| match f.token {
            FieldToken::FieldDef(r) => n.render(|n, out| n.field(out, r)).ok(),
            FieldToken::MemberRef(r) => n.render(|n, out| n.member_ref(out, r)).ok(),
        });
        match (rendered, f.token) {
            (Some(text), _) => s.push_str(&text),
            (None, FieldToken::FieldDef(r)) => w(write!(s, "[module {}] FieldDef#{:#x}", ctx.0, r.0))?,
            (None, FieldToken::MemberRef(r)) => w(write!(s, "[module {}] MemberRef#{:#x}", ctx.0, r.0))?,
        }
        Ok(())
    }
}

fn write_layout(s: &mut String, layout: &TypeLayout) -> Result<()> {
    w(write!(s, " size {}", layout.size))?;
    if let Some(h) = layout.hfa_element {
        w(write!(s, " hfa {h}"))?;
    }
    match layout.alignment {
        LayoutAlignment::Unchecked => {}
        LayoutAlignment::Native => s.push_str(" align native"),
        LayoutAlignment::Explicit(a) => w(write!(s, " align {a}"))?,
    }
    match &layout.gc_layout {
        GcLayout::Unchecked => {}
        GcLayout::Empty => s.push_str(" no-gc-refs"),
        GcLayout::Bitmap(b) => {
            s.push_str(" gc-refs ");
            for x in b {
                w(write!(s, "{x:02x}"))?;
            }
        }
    }
    Ok(())
}
