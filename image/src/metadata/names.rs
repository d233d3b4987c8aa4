//! Human-readable names for types, methods, fields, properties, events and tokens, in the
//! style of ILDasm (`int32`, `string`, `native int`, ``System.Collections.Generic.List`1<int32>``,
//! `Outer+Inner`, `!0`, `!!0`, `int32[,]`, `__Canon`), plus an ildasm-like dump of IL
//! method bodies.
//!
//! Formatting writes into any [`fmt::Write`] and allocates only where a signature blob has
//! to be decoded. Signatures may contain the ReadyToRun `ELEMENT_TYPE_MODULE_ZAPSIG`
//! ([`TypeSig::InModule`]), whose tokens belong to another module: a [`ModuleMetadata`]
//! resolver supplies that module's metadata, and when it cannot, the type is shown as
//! `[module N]` followed by the raw token.

use std::fmt::{self, Write};

use crate::error::{ImageError, Result};
use crate::metadata::coded::*;
use crate::metadata::il::{EhKind, MethodBody, Operand};
use crate::metadata::sig::{ArrayShape, MethodSig, SigReader, TypeDefOrRef, TypeSig};
use crate::metadata::token::*;
use crate::metadata::Metadata;

/// Maximum nesting the formatter follows (nested types, TypeSpecs inside signatures, …);
/// deeper chains are reported as [`ImageError::Limit`] (they can only come from cycles).
pub const MAX_NAME_DEPTH: u32 = 64;

/// Supplies the metadata of other modules, for ReadyToRun signatures that name types in
/// another module by index (`ELEMENT_TYPE_MODULE_ZAPSIG`).
pub trait ModuleMetadata<'a> {
    /// The metadata of module `index` (the R2R "module override" index), if loaded.
    fn module(&self, index: u32) -> Option<&Metadata<'a>>;
}

/// A resolver that knows no other module.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoModules;

impl<'a> ModuleMetadata<'a> for NoModules {
    fn module(&self, _index: u32) -> Option<&Metadata<'a>> {
        None
    }
}

impl<'a> ModuleMetadata<'a> for [Option<Metadata<'a>>] {
    /// Module `index` is the `index`-th element.
    fn module(&self, index: u32) -> Option<&Metadata<'a>> {
        self.get(index as usize)?.as_ref()
    }
}

/// What to include in names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameOptions {
    /// Prefix referenced types with their resolution scope: `[System.Runtime]System.Object`.
    pub scopes: bool,
    /// Prefix methods with their return type and fields/properties with their type.
    pub member_types: bool,
    /// Separator between a type and its member: `.` or ILAsm's `::`.
    pub member_separator: &'static str,
}

impl Default for NameOptions {
    fn default() -> Self {
        NameOptions { scopes: false, member_types: false, member_separator: "." }
    }
}

impl NameOptions {
    /// The style of ILDasm: scopes, member types and `::`.
    pub fn ildasm() -> Self {
        NameOptions { scopes: true, member_types: true, member_separator: "::" }
    }
}

/// Formats names from one module's metadata.
#[derive(Clone, Copy)]
pub struct Names<'m, 'a> {
    md: &'m Metadata<'a>,
    modules: &'m dyn ModuleMetadata<'a>,
    opts: NameOptions,
}

impl fmt::Debug for Names<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Names").field("opts", &self.opts).finish_non_exhaustive()
    }
}

fn w(r: fmt::Result) -> Result<()> {
    r.map_err(|_| ImageError::internal("formatter refused output"))
}

fn deeper(depth: u32) -> Result<u32> {
    if depth >= MAX_NAME_DEPTH {
        Err(ImageError::limit(format!("names nested deeper than {MAX_NAME_DEPTH} (a cycle in the metadata?)")))
    } else {
        Ok(depth + 1)
    }
}

/// The ILDasm name of a primitive type signature, if it is one.
pub fn primitive_name(sig: &TypeSig) -> Option<&'static str> {
    Some(match sig {
        TypeSig::Void => "void",
        TypeSig::Boolean => "bool",
        TypeSig::Char => "char",
        TypeSig::I1 => "int8",
        TypeSig::U1 => "uint8",
        TypeSig::I2 => "int16",
        TypeSig::U2 => "uint16",
        TypeSig::I4 => "int32",
        TypeSig::U4 => "uint32",
        TypeSig::I8 => "int64",
        TypeSig::U8 => "uint64",
        TypeSig::R4 => "float32",
        TypeSig::R8 => "float64",
        TypeSig::I => "native int",
        TypeSig::U => "native uint",
        TypeSig::String => "string",
        TypeSig::Object => "object",
        TypeSig::TypedByRef => "typedref",
        TypeSig::Canon => "__Canon",
        _ => return None,
    })
}

impl<'m, 'a> Names<'m, 'a> {
    /// A formatter for `md` with default options and no other modules.
    pub fn new(md: &'m Metadata<'a>) -> Self {
        Names { md, modules: &NoModules, opts: NameOptions::default() }
    }

    /// Uses `modules` to resolve module-qualified ReadyToRun signatures.
    pub fn with_modules(self, modules: &'m dyn ModuleMetadata<'a>) -> Self {
        Names { modules, ..self }
    }

    /// Uses `opts`.
    pub fn with_options(self, opts: NameOptions) -> Self {
        Names { opts, ..self }
    }

    /// The metadata names come from.
    pub fn metadata(&self) -> &'m Metadata<'a> {
        self.md
    }

    fn in_module(&self, md: &'m Metadata<'a>) -> Self {
        Names { md, ..*self }
    }

    /// `Namespace.Name`, or `Outer+Inner` for nested types.
    pub fn type_def(&self, out: &mut dyn Write, ty: TypeDefRid) -> Result<()> {
        self.type_def_at(out, ty, 0)
    }

    fn type_def_at(&self, out: &mut dyn Write, ty: TypeDefRid, depth: u32) -> Result<()> {
        let depth = deeper(depth)?;
        let row = self.md.type_def(ty)?;
        if let Some(outer) = self.md.enclosing_class(ty)? {
            self.type_def_at(out, outer, depth)?;
            w(out.write_char('+'))?;
        } else {
            let ns = self.md.string(row.namespace)?;
            if !ns.is_empty() {
                w(out.write_str(ns))?;
                w(out.write_char('.'))?;
            }
        }
        w(out.write_str(self.md.string(row.name)?))
    }

    /// A referenced type, with its scope when [`NameOptions::scopes`] is set.
    pub fn type_ref(&self, out: &mut dyn Write, ty: TypeRefRid) -> Result<()> {
        self.type_ref_at(out, ty, 0, true)
    }

    fn type_ref_at(&self, out: &mut dyn Write, ty: TypeRefRid, depth: u32, outermost: bool) -> Result<()> {
        let depth = deeper(depth)?;
        let row = self.md.type_ref(ty)?;
        match row.scope {
            Some(ResolutionScope::TypeRef(outer)) => {
                self.type_ref_at(out, outer, depth, outermost)?;
                w(out.write_char('+'))?;
            }
            scope => {
                if outermost && self.opts.scopes {
                    match scope {
                        Some(ResolutionScope::AssemblyRef(a)) => {
                            let name = self.md.string(self.md.assembly_ref(a)?.name)?;
                            w(write!(out, "[{name}]"))?;
                        }
                        Some(ResolutionScope::ModuleRef(m)) => {
                            let name = self.md.string(self.md.module_ref(m)?.name)?;
                            w(write!(out, "[.module {name}]"))?;
                        }
                        _ => {}
                    }
                }
                let ns = self.md.string(row.namespace)?;
                if !ns.is_empty() {
                    w(out.write_str(ns))?;
                    w(out.write_char('.'))?;
                }
            }
        }
        w(out.write_str(self.md.string(row.name)?))
    }

    /// A constructed type (its signature).
    pub fn type_spec(&self, out: &mut dyn Write, ty: TypeSpecRid) -> Result<()> {
        self.type_spec_at(out, ty, 0)
    }

    fn type_spec_at(&self, out: &mut dyn Write, ty: TypeSpecRid, depth: u32) -> Result<()> {
        let depth = deeper(depth)?;
        let blob = self.md.blob(self.md.type_spec(ty)?.signature)?;
        let sig = SigReader::new(blob).type_sig().map_err(|e| e.context(&format!("{ty:?}")))?;
        self.sig_at(out, &sig, depth)
    }

    /// Any `TypeDefOrRef`.
    pub fn type_def_or_ref(&self, out: &mut dyn Write, ty: TypeDefOrRef) -> Result<()> {
        self.tdr_at(out, ty, 0)
    }

    fn tdr_at(&self, out: &mut dyn Write, ty: TypeDefOrRef, depth: u32) -> Result<()> {
        match ty {
            TypeDefOrRef::TypeDef(t) => self.type_def_at(out, t, depth),
            TypeDefOrRef::TypeRef(t) => self.type_ref_at(out, t, depth, true),
            TypeDefOrRef::TypeSpec(t) => self.type_spec_at(out, t, depth),
        }
    }

    /// A type signature.
    pub fn type_sig(&self, out: &mut dyn Write, sig: &TypeSig) -> Result<()> {
        self.sig_at(out, sig, 0)
    }

    fn sig_at(&self, out: &mut dyn Write, sig: &TypeSig, depth: u32) -> Result<()> {
        let depth = deeper(depth)?;
        if let Some(p) = primitive_name(sig) {
            return w(out.write_str(p));
        }
        match sig {
            TypeSig::Class(t) | TypeSig::ValueType(t) => self.tdr_at(out, *t, depth),
            TypeSig::GenericInst { def, args, .. } => {
                self.tdr_at(out, *def, depth)?;
                w(out.write_char('<'))?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        w(out.write_char(','))?;
                    }
                    self.sig_at(out, a, depth)?;
                }
                w(out.write_char('>'))
            }
            TypeSig::Var(n) => w(write!(out, "!{n}")),
            TypeSig::MVar(n) => w(write!(out, "!!{n}")),
            TypeSig::Ptr(t) => {
                self.sig_at(out, t, depth)?;
                w(out.write_char('*'))
            }
            TypeSig::ByRef(t) => {
                self.sig_at(out, t, depth)?;
                w(out.write_char('&'))
            }
            TypeSig::SzArray(t) => {
                self.sig_at(out, t, depth)?;
                w(out.write_str("[]"))
            }
            TypeSig::Array { elem, shape } => {
                self.sig_at(out, elem, depth)?;
                w(write_shape(out, shape))
            }
            TypeSig::FnPtr(m) => {
                w(out.write_str("method "))?;
                self.sig_at(out, &m.ret, depth)?;
                w(out.write_str(" *"))?;
                self.params_at(out, m, depth)
            }
            TypeSig::Modified { required, modifier, inner } => {
                self.sig_at(out, inner, depth)?;
                w(out.write_str(if *required { " modreq(" } else { " modopt(" }))?;
                self.tdr_at(out, *modifier, depth)?;
                w(out.write_char(')'))
            }
            TypeSig::Pinned(t) => {
                self.sig_at(out, t, depth)?;
                w(out.write_str(" pinned"))
            }
            TypeSig::Internal(p) => w(write!(out, "internal({p:#x})")),
            TypeSig::InModule { module, inner } => match self.modules.module(*module) {
                Some(md) => self.in_module(md).sig_at(out, inner, depth),
                None => self.unresolved_at(out, *module, inner, depth),
            },
            TypeSig::NativeValueType(t) => {
                w(out.write_str("native("))?;
                self.sig_at(out, t, depth)?;
                w(out.write_char(')'))
            }
            TypeSig::VarZapSig(n) => w(write!(out, "!zapsig{n}")),
            // Primitives were handled above.
            _ => w(out.write_str("?")),
        }
    }

    /// A signature whose tokens belong to module `module`, which is not available: tokens
    /// are shown raw, prefixed with `[module N]`.
    fn unresolved_at(&self, out: &mut dyn Write, module: u32, sig: &TypeSig, depth: u32) -> Result<()> {
        let depth = deeper(depth)?;
        let tok = |out: &mut dyn Write, t: &TypeDefOrRef| w(write!(out, "[module {module}]{:#010x}", t.token().0));
        match sig {
            TypeSig::Class(t) | TypeSig::ValueType(t) => tok(out, t),
            TypeSig::GenericInst { def, args, .. } => {
                tok(out, def)?;
                w(out.write_char('<'))?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        w(out.write_char(','))?;
                    }
                    self.unresolved_at(out, module, a, depth)?;
                }
                w(out.write_char('>'))
            }
            TypeSig::Ptr(t) => {
                self.unresolved_at(out, module, t, depth)?;
                w(out.write_char('*'))
            }
            TypeSig::ByRef(t) => {
                self.unresolved_at(out, module, t, depth)?;
                w(out.write_char('&'))
            }
            TypeSig::SzArray(t) => {
                self.unresolved_at(out, module, t, depth)?;
                w(out.write_str("[]"))
            }
            TypeSig::Array { elem, shape } => {
                self.unresolved_at(out, module, elem, depth)?;
                w(write_shape(out, shape))
            }
            TypeSig::Modified { required, modifier, inner } => {
                self.unresolved_at(out, module, inner, depth)?;
                w(out.write_str(if *required { " modreq(" } else { " modopt(" }))?;
                tok(out, modifier)?;
                w(out.write_char(')'))
            }
            TypeSig::Pinned(t) | TypeSig::NativeValueType(t) => self.unresolved_at(out, module, t, depth),
            TypeSig::InModule { module, inner } => match self.modules.module(*module) {
                Some(md) => self.in_module(md).sig_at(out, inner, depth),
                None => self.unresolved_at(out, *module, inner, depth),
            },
            TypeSig::FnPtr(_) => w(write!(out, "[module {module}]method *(…)")),
            other => self.sig_at(out, other, depth),
        }
    }

    fn params_at(&self, out: &mut dyn Write, m: &MethodSig, depth: u32) -> Result<()> {
        w(out.write_char('('))?;
        for (i, p) in m.params.iter().enumerate() {
            if i > 0 {
                w(out.write_str(", "))?;
            }
            if m.sentinel == Some(i) {
                w(out.write_str("..., "))?;
            }
            self.sig_at(out, p, depth)?;
        }
        if m.sentinel.is_some() && m.sentinel == Some(m.params.len()) {
            w(out.write_str(if m.params.is_empty() { "..." } else { ", ..." }))?;
        }
        w(out.write_char(')'))
    }

    /// The parameter list `(int32, string)` of a method signature.
    pub fn method_params(&self, out: &mut dyn Write, sig: &MethodSig) -> Result<()> {
        self.params_at(out, sig, 0)
    }

    fn generic_param_names(&self, out: &mut dyn Write, owner: TypeOrMethodDef) -> Result<()> {
        let mut first = true;
        for gp in self.md.generic_params_of(owner) {
            w(out.write_char(if first { '<' } else { ',' }))?;
            first = false;
            w(out.write_str(self.md.string(self.md.generic_param(gp)?.name)?))?;
        }
        if !first {
            w(out.write_char('>'))?;
        }
        Ok(())
    }

    /// `[ret ]Type.Name<generic params>(params)` for a method definition.
    pub fn method_def(&self, out: &mut dyn Write, m: MethodDefRid) -> Result<()> {
        self.method_def_inst(out, m, None)
    }

    fn method_def_inst(&self, out: &mut dyn Write, m: MethodDefRid, inst: Option<&[TypeSig]>) -> Result<()> {
        let row = self.md.method_def(m)?;
        let sig = SigReader::new(self.md.blob(row.signature)?).method_sig().map_err(|e| e.context(&format!("{m:?}")))?;
        if self.opts.member_types {
            self.sig_at(out, &sig.ret, 0)?;
            w(out.write_char(' '))?;
        }
        if let Some(ty) = self.md.method_declaring_type(m)? {
            self.type_def(out, ty)?;
            w(out.write_str(self.opts.member_separator))?;
        }
        w(out.write_str(self.md.string(row.name)?))?;
        match inst {
            Some(args) => self.type_args(out, args)?,
            None if sig.generic_params > 0 => self.generic_param_names(out, TypeOrMethodDef::MethodDef(m))?,
            None => {}
        }
        self.params_at(out, &sig, 0)
    }

    fn type_args(&self, out: &mut dyn Write, args: &[TypeSig]) -> Result<()> {
        w(out.write_char('<'))?;
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                w(out.write_char(','))?;
            }
            self.sig_at(out, a, 0)?;
        }
        w(out.write_char('>'))
    }

    /// The parent of a member reference.
    pub fn member_ref_parent(&self, out: &mut dyn Write, parent: MemberRefParent) -> Result<()> {
        match parent {
            MemberRefParent::TypeDef(t) => self.type_def(out, t),
            MemberRefParent::TypeRef(t) => self.type_ref(out, t),
            MemberRefParent::TypeSpec(t) => self.type_spec(out, t),
            MemberRefParent::ModuleRef(m) => {
                let name = self.md.string(self.md.module_ref(m)?.name)?;
                w(write!(out, "[.module {name}]"))
            }
            MemberRefParent::MethodDef(m) => match self.md.method_declaring_type(m)? {
                Some(t) => self.type_def(out, t),
                None => Ok(()),
            },
        }
    }

    /// A member reference: a method (`Type.Name(params)`, including vararg call sites
    /// whose parent is a MethodDef) or a field (`Type.Name`).
    pub fn member_ref(&self, out: &mut dyn Write, m: MemberRefRid) -> Result<()> {
        self.member_ref_inst(out, m, None)
    }

    fn member_ref_inst(&self, out: &mut dyn Write, m: MemberRefRid, inst: Option<&[TypeSig]>) -> Result<()> {
        let row = self.md.member_ref(m)?;
        let blob = self.md.blob(row.signature)?;
        let name = self.md.string(row.name)?;
        let ctx = |e: ImageError| e.context(&format!("{m:?}"));
        if blob.u8(0).map_err(ctx)? & 0x0f == crate::metadata::sig::CallConv::FIELD {
            let ty = SigReader::new(blob).field_sig().map_err(ctx)?;
            if self.opts.member_types {
                self.sig_at(out, &ty, 0)?;
                w(out.write_char(' '))?;
            }
            self.member_ref_parent(out, row.class)?;
            w(out.write_str(self.opts.member_separator))?;
            return w(out.write_str(name));
        }
        let sig = SigReader::new(blob).method_sig().map_err(ctx)?;
        if self.opts.member_types {
            self.sig_at(out, &sig.ret, 0)?;
            w(out.write_char(' '))?;
        }
        self.member_ref_parent(out, row.class)?;
        w(out.write_str(self.opts.member_separator))?;
        w(out.write_str(name))?;
        if let Some(args) = inst {
            self.type_args(out, args)?;
        }
        self.params_at(out, &sig, 0)
    }

    /// A generic method instantiation: `Type.Name<int32>(params)`.
    pub fn method_spec(&self, out: &mut dyn Write, m: MethodSpecRid) -> Result<()> {
        let row = self.md.method_spec(m)?;
        let args = SigReader::new(self.md.blob(row.instantiation)?).method_spec().map_err(|e| e.context(&format!("{m:?}")))?;
        self.method_def_or_ref_inst(out, row.method, Some(&args))
    }

    /// A `MethodDefOrRef`.
    pub fn method_def_or_ref(&self, out: &mut dyn Write, m: MethodDefOrRef) -> Result<()> {
        self.method_def_or_ref_inst(out, m, None)
    }

    fn method_def_or_ref_inst(&self, out: &mut dyn Write, m: MethodDefOrRef, inst: Option<&[TypeSig]>) -> Result<()> {
        match m {
            MethodDefOrRef::MethodDef(d) => self.method_def_inst(out, d, inst),
            MethodDefOrRef::MemberRef(r) => self.member_ref_inst(out, r, inst),
        }
    }

    /// `[type ]Type.Name` for a field definition.
    pub fn field(&self, out: &mut dyn Write, f: FieldRid) -> Result<()> {
        let row = self.md.field(f)?;
        if self.opts.member_types {
            let ty = SigReader::new(self.md.blob(row.signature)?).field_sig().map_err(|e| e.context(&format!("{f:?}")))?;
            self.sig_at(out, &ty, 0)?;
            w(out.write_char(' '))?;
        }
        if let Some(ty) = self.md.field_declaring_type(f)? {
            self.type_def(out, ty)?;
            w(out.write_str(self.opts.member_separator))?;
        }
        w(out.write_str(self.md.string(row.name)?))
    }

    /// `[type ]Type.Name` for a property (indexer parameters shown as `[int32]`).
    pub fn property(&self, out: &mut dyn Write, p: PropertyRid) -> Result<()> {
        let row = self.md.property(p)?;
        let sig = SigReader::new(self.md.blob(row.signature)?).property_sig().map_err(|e| e.context(&format!("{p:?}")))?;
        if self.opts.member_types {
            self.sig_at(out, &sig.ty, 0)?;
            w(out.write_char(' '))?;
        }
        if let Some(ty) = self.md.property_declaring_type(p)? {
            self.type_def(out, ty)?;
            w(out.write_str(self.opts.member_separator))?;
        }
        w(out.write_str(self.md.string(row.name)?))?;
        if !sig.params.is_empty() {
            w(out.write_char('['))?;
            for (i, a) in sig.params.iter().enumerate() {
                if i > 0 {
                    w(out.write_str(", "))?;
                }
                self.sig_at(out, a, 0)?;
            }
            w(out.write_char(']'))?;
        }
        Ok(())
    }

    /// `Type.Name` for an event.
    pub fn event(&self, out: &mut dyn Write, e: EventRid) -> Result<()> {
        let row = self.md.event(e)?;
        if self.opts.member_types
            && let Some(t) = row.event_type
        {
            self.type_def_or_ref(out, t)?;
            w(out.write_char(' '))?;
        }
        if let Some(ty) = self.md.event_declaring_type(e)? {
            self.type_def(out, ty)?;
            w(out.write_str(self.opts.member_separator))?;
        }
        w(out.write_str(self.md.string(row.name)?))
    }

    /// A stand-alone signature: a method signature `ret(params)` (for `calli`) or a locals
    /// signature `locals(int32, string)`.
    pub fn stand_alone_sig(&self, out: &mut dyn Write, s: StandAloneSigRid) -> Result<()> {
        let blob = self.md.blob(self.md.stand_alone_sig(s)?.signature)?;
        let ctx = |e: ImageError| e.context(&format!("{s:?}"));
        if blob.u8(0).map_err(ctx)? == crate::metadata::sig::CallConv::LOCAL_SIG {
            let locals = SigReader::new(blob).locals_sig().map_err(ctx)?;
            w(out.write_str("locals("))?;
            for (i, l) in locals.iter().enumerate() {
                if i > 0 {
                    w(out.write_str(", "))?;
                }
                self.sig_at(out, l, 0)?;
            }
            return w(out.write_char(')'));
        }
        let m = SigReader::new(blob).method_sig().map_err(ctx)?;
        self.sig_at(out, &m.ret, 0)?;
        self.params_at(out, &m, 0)
    }

    /// Any token: types, members, signatures, user strings (quoted); other tables are shown
    /// as `Table#rid`.
    pub fn token(&self, out: &mut dyn Write, t: Token) -> Result<()> {
        if t.is_user_string() {
            let s = self.md.user_string(UserStringIndex(t.rid()))?;
            return w(write!(out, "{s}"));
        }
        let rid = t.rid();
        match t.table() {
            Some(TableId::TypeDef) => self.type_def(out, TypeDefRid(rid)),
            Some(TableId::TypeRef) => self.type_ref(out, TypeRefRid(rid)),
            Some(TableId::TypeSpec) => self.type_spec(out, TypeSpecRid(rid)),
            Some(TableId::MethodDef) => self.method_def(out, MethodDefRid(rid)),
            Some(TableId::MemberRef) => self.member_ref(out, MemberRefRid(rid)),
            Some(TableId::MethodSpec) => self.method_spec(out, MethodSpecRid(rid)),
            Some(TableId::Field) => self.field(out, FieldRid(rid)),
            Some(TableId::Property) => self.property(out, PropertyRid(rid)),
            Some(TableId::Event) => self.event(out, EventRid(rid)),
            Some(TableId::StandAloneSig) => self.stand_alone_sig(out, StandAloneSigRid(rid)),
            Some(table) => w(write!(out, "{}#{rid}", table.name())),
            None => w(write!(out, "<token {t}>")),
        }
    }

    /// Writes `f`'s output to a new string.
    pub fn render(&self, f: impl FnOnce(&Self, &mut dyn Write) -> Result<()>) -> Result<String> {
        let mut s = String::new();
        f(self, &mut s)?;
        Ok(s)
    }

    /// An ildasm-style listing of a method body: `.maxstack`, `.locals`, one line per
    /// instruction (`IL_0000: ldarg.0`) with tokens rendered as names, and the EH clauses.
    /// A token that cannot be rendered is shown inline as an error comment; an undecodable
    /// instruction ends the listing with an error line.
    pub fn il_body(&self, out: &mut dyn Write, body: &MethodBody<'_>) -> Result<()> {
        w(writeln!(out, ".maxstack {}", body.max_stack))?;
        if let Some(l) = body.local_var_sig {
            w(out.write_str(if body.init_locals { ".locals init (" } else { ".locals (" }))?;
            let locals = self.md.stand_alone_sig(l).and_then(|s| self.md.blob(s.signature)).and_then(|b| SigReader::new(b).locals_sig());
            match locals {
                Ok(locals) => {
                    for (i, t) in locals.iter().enumerate() {
                        if i > 0 {
                            w(out.write_str(", "))?;
                        }
                        if let Err(e) = self.sig_at(out, t, 0) {
                            w(write!(out, "/* {e} */"))?;
                        }
                        w(write!(out, " V_{i}"))?;
                    }
                }
                Err(e) => w(write!(out, "/* {e} */"))?,
            }
            w(out.write_str(")\n"))?;
        }
        for ins in body.instructions() {
            let ins = match ins {
                Ok(i) => i,
                Err(e) => {
                    w(writeln!(out, "// error: {e}"))?;
                    break;
                }
            };
            w(write!(out, "{}: {}", ins.offset, ins.opcode.name()))?;
            match ins.operand {
                Operand::None => {}
                Operand::I8(v) => w(write!(out, " {v}"))?,
                Operand::U8(v) => w(write!(out, " {v}"))?,
                Operand::I32(v) => w(write!(out, " {v}"))?,
                Operand::I64(v) => w(write!(out, " {v}"))?,
                Operand::R4(v) => w(write!(out, " {v:?}"))?,
                Operand::R8(v) => w(write!(out, " {v:?}"))?,
                Operand::Var(v) => w(write!(out, " {v}"))?,
                Operand::Branch(t) => w(write!(out, " {t}"))?,
                Operand::Switch(ts) => {
                    w(out.write_str(" ("))?;
                    for (i, t) in ts.iter().enumerate() {
                        if i > 0 {
                            w(out.write_str(", "))?;
                        }
                        w(write!(out, "{t}"))?;
                    }
                    w(out.write_char(')'))?;
                }
                Operand::String(s) => match self.md.user_string(s) {
                    Ok(s) => w(write!(out, " {s}"))?,
                    Err(e) => w(write!(out, " /* {e} */"))?,
                },
                Operand::Token(t) => {
                    w(out.write_char(' '))?;
                    if let Err(e) = self.token(out, t) {
                        w(write!(out, "/* {t}: {e} */"))?;
                    }
                }
            }
            w(out.write_char('\n'))?;
        }
        for c in &body.eh_clauses {
            w(write!(out, ".try {} to IL_{:04x} ", c.try_offset, c.try_end()))?;
            match c.kind {
                EhKind::Catch(t) => {
                    w(out.write_str("catch "))?;
                    if let Err(e) = self.type_def_or_ref(out, t) {
                        w(write!(out, "/* {e} */"))?;
                    }
                    w(out.write_char(' '))?;
                }
                EhKind::Filter { filter } => w(write!(out, "filter {filter} "))?,
                EhKind::Finally => w(out.write_str("finally "))?,
                EhKind::Fault => w(out.write_str("fault "))?,
            }
            w(writeln!(out, "handler {} to IL_{:04x}", c.handler_offset, c.handler_end()))?;
        }
        Ok(())
    }
}

fn write_shape(out: &mut dyn Write, shape: &ArrayShape) -> fmt::Result {
    out.write_char('[')?;
    let known = shape.sizes.len().max(shape.lower_bounds.len());
    if shape.rank == 1 && known == 0 {
        out.write_char('*')?;
    }
    // Never loop over an untrusted rank beyond what is printable.
    let rank = (shape.rank as usize).min(known.max(256));
    for i in 0..rank {
        if i > 0 {
            out.write_char(',')?;
        }
        let lo = shape.lower_bounds.get(i).copied();
        let size = shape.sizes.get(i).copied();
        match (lo, size) {
            (Some(lo), Some(sz)) if sz > 0 => write!(out, "{lo}...{}", i64::from(lo) + i64::from(sz) - 1)?,
            (Some(lo), _) => write!(out, "{lo}...")?,
            (None, Some(sz)) => write!(out, "{sz}")?,
            (None, None) => {}
        }
    }
    if shape.rank as usize > rank {
        write!(out, ",…rank {}", shape.rank)?;
    }
    out.write_char(']')
}

impl<'a> Metadata<'a> {
    /// A formatter over this metadata with default options.
    pub fn names(&self) -> Names<'_, 'a> {
        Names::new(self)
    }

    /// The full name of a type definition (`Namespace.Outer+Inner`).
    pub fn type_def_name(&self, ty: TypeDefRid) -> Result<String> {
        self.names().render(|n, out| n.type_def(out, ty))
    }

    /// The name of any `TypeDefOrRef`.
    pub fn type_name(&self, ty: TypeDefOrRef) -> Result<String> {
        self.names().render(|n, out| n.type_def_or_ref(out, ty))
    }

    /// `Type.Name(params)` for a method definition.
    pub fn method_def_name(&self, m: MethodDefRid) -> Result<String> {
        self.names().render(|n, out| n.method_def(out, m))
    }

    /// The name of whatever `token` designates.
    pub fn token_name(&self, t: Token) -> Result<String> {
        self.names().render(|n, out| n.token(out, t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytes::Bytes;
    use crate::metadata::testutil::MdBuilder;

    fn build() -> Vec<u8> {
        let mut b = MdBuilder::new();
        let mut s = |x: &str| b.string(x);
        let (sr, obj, sys, outer, inner, n, module, g, nested, m, gm, v, f, t, u) = (
            s("System.Runtime"),
            s("Object"),
            s("System"),
            s("Outer"),
            s("Inner"),
            s("N"),
            s("<Module>"),
            s("G`1"),
            s("Nested"),
            s("M"),
            s("Gm"),
            s("V"),
            s("f"),
            s("T"),
            s("U"),
        );
        b.row(TableId::AssemblyRef, &[10, 0, 0, 0, 0, 0, sr, 0, 0]);
        b.row(TableId::TypeRef, &[(1 << 2) | 2, obj, sys]);
        b.row(TableId::TypeRef, &[(1 << 2) | 2, outer, n]);
        b.row(TableId::TypeRef, &[(2 << 2) | 3, inner, 0]);
        b.row(TableId::TypeDef, &[0, module, 0, 0, 1, 1]);
        b.row(TableId::TypeDef, &[0x100001, g, n, (1 << 2) | 1, 1, 1]);
        b.row(TableId::TypeDef, &[0x2, nested, 0, (1 << 2) | 1, 2, 4]);
        b.row(TableId::NestedClass, &[3, 2]);
        let fsig = b.blob(&[0x06, 0x13, 0]);
        b.row(TableId::Field, &[0x6, f, fsig]);
        let msig = b.blob(&[0x20, 6, 0x01, 0x14, 0x08, 2, 0, 0, 0x13, 0, 0x10, 0x0e, 0x0f, 0x18, 0x12, 13, 0x11, 12]);
        let gsig = b.blob(&[0x10, 1, 1, 0x1e, 0, 0x1e, 0]);
        let vsig = b.blob(&[0x05, 1, 0x01, 0x08]);
        b.row(TableId::MethodDef, &[0, 0, 0x6, m, msig, 1]);
        b.row(TableId::MethodDef, &[0, 0, 0x16, gm, gsig, 1]);
        b.row(TableId::MethodDef, &[0, 0, 0x16, v, vsig, 1]);
        b.row(TableId::GenericParam, &[0, 0, 4, t]);
        b.row(TableId::GenericParam, &[0, 0, 5, u]);
        let ts = b.blob(&[0x15, 0x12, 8, 1, 0x08]);
        b.row(TableId::TypeSpec, &[ts]);
        b.row(TableId::MemberRef, &[(1 << 3) | 4, m, msig]);
        let call_site = b.blob(&[0x05, 2, 0x01, 0x08, 0x41, 0x0d]);
        b.row(TableId::MemberRef, &[(3 << 3) | 3, v, call_site]);
        let inst = b.blob(&[0x0a, 1, 0x0e]);
        b.row(TableId::MethodSpec, &[4, inst]);
        b.user_string("hi\n");
        b.build()
    }

    fn name(md: &Metadata<'_>, opts: NameOptions, t: Token) -> String {
        let mut s = String::new();
        md.names().with_options(opts).token(&mut s, t).unwrap();
        s
    }

    #[test]
    fn formats_types_and_members() {
        let bytes = build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let plain = NameOptions::default();
        let il = NameOptions::ildasm();
        assert_eq!(md.type_def_name(TypeDefRid(3)).unwrap(), "N.G`1+Nested");
        assert_eq!(name(&md, plain, TypeRefRid(3).token()), "N.Outer+Inner");
        assert_eq!(name(&md, il, TypeRefRid(3).token()), "[System.Runtime]N.Outer+Inner");
        assert_eq!(name(&md, plain, TypeSpecRid(1).token()), "N.G`1<int32>");
        assert_eq!(
            name(&md, plain, MethodDefRid(1).token()),
            "N.G`1.M(int32[,], !0, string&, native int*, N.Outer+Inner, N.G`1+Nested)"
        );
        assert_eq!(
            name(&md, il, MethodDefRid(1).token()),
            "void N.G`1::M(int32[,], !0, string&, native int*, [System.Runtime]N.Outer+Inner, N.G`1+Nested)"
        );
        assert_eq!(name(&md, plain, MethodDefRid(2).token()), "N.G`1.Gm<U>(!!0)");
        assert_eq!(name(&md, il, MethodSpecRid(1).token()), "!!0 N.G`1::Gm<string>(!!0)");
        assert!(name(&md, plain, MemberRefRid(1).token()).starts_with("N.G`1<int32>.M(int32[,], !0"));
        assert_eq!(name(&md, plain, MemberRefRid(2).token()), "N.G`1.V(int32, ..., float64)");
        assert_eq!(name(&md, il, FieldRid(1).token()), "!0 N.G`1::f");
        assert_eq!(name(&md, plain, Token(0x7000_0001)), "\"hi\\n\"");
        assert_eq!(name(&md, plain, Token(0x2300_0001)), "AssemblyRef#1");
        assert!(md.names().token(&mut String::new(), MethodDefRid(9).token()).is_err());
    }

    struct One<'m, 'a>(&'m Metadata<'a>);
    impl<'a> ModuleMetadata<'a> for One<'_, 'a> {
        fn module(&self, index: u32) -> Option<&Metadata<'a>> {
            (index == 1).then_some(self.0)
        }
    }

    #[test]
    fn module_qualified_r2r_signatures() {
        let bytes = build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let other = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let resolver = One(&other);
        let n = md.names().with_modules(&resolver);
        let sig = |module| TypeSig::SzArray(Box::new(TypeSig::InModule {
            module,
            inner: Box::new(TypeSig::GenericInst {
                is_value_type: false,
                def: TypeDefOrRef::TypeDef(TypeDefRid(2)),
                args: vec![TypeSig::Canon],
            }),
        }));
        let mut s = String::new();
        n.type_sig(&mut s, &sig(1)).unwrap();
        assert_eq!(s, "N.G`1<__Canon>[]");
        s.clear();
        n.type_sig(&mut s, &sig(2)).unwrap();
        assert_eq!(s, "[module 2]0x02000002<__Canon>[]");
    }

    #[test]
    fn il_listing() {
        let bytes = build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let code = [0x2e, 0x72, 1, 0, 0, 0x70, 0x28, 2, 0, 0, 0x0a, 0x2a];
        let body = MethodBody::parse(Bytes::new(&code)).unwrap();
        let mut s = String::new();
        md.names().with_options(NameOptions::ildasm()).il_body(&mut s, &body).unwrap();
        assert_eq!(s, ".maxstack 8\nIL_0000: ldstr \"hi\\n\"\nIL_0005: call void N.G`1::V(int32, ..., float64)\nIL_000a: ret\n");
        // A bad token is shown inline; a bad opcode ends the listing.
        let code = [0x2e, 0x28, 9, 0, 0, 0x0a, 0xfe, 0x99, 0, 0, 0, 0];
        let body = MethodBody::parse(Bytes::new(&code)).unwrap();
        s.clear();
        md.names().il_body(&mut s, &body).unwrap();
        assert!(s.contains("IL_0000: call /* 0A000009: bad image"), "{s}");
        assert!(s.contains("// error: bad image at file offset 0x6: unknown opcode 0xfe 0x99"), "{s}");
    }

    #[test]
    fn cycles_hit_the_depth_limit() {
        let mut b = MdBuilder::new();
        let a = b.string("A");
        // TypeRef#1 is resolved in TypeRef#1: a cycle.
        b.row(TableId::TypeRef, &[(1 << 2) | 3, a, 0]);
        // TypeDef#1 nested in itself.
        b.row(TableId::TypeDef, &[0x2, a, 0, 0, 1, 1]);
        b.row(TableId::NestedClass, &[1, 1]);
        // TypeSpec#1 = class TypeSpec#1.
        let ts = b.blob(&[0x12, (1 << 2) | 2]);
        b.row(TableId::TypeSpec, &[ts]);
        let bytes = b.build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        for t in [TypeRefRid(1).token(), TypeDefRid(1).token(), TypeSpecRid(1).token()] {
            assert!(matches!(md.token_name(t), Err(ImageError::Limit { .. })), "{t}");
        }
    }
}
