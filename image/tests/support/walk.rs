//! A full enumeration of one assembly's metadata: every row of every table (typed
//! decoding validates each index), every heap reference, every signature blob with the
//! decoder its column calls for, every method body and IL instruction (tokens rendered as
//! names), every member range and keyed lookup (cross-checked against each other), every
//! name, every assembly identity, and every custom attribute.
//!
//! Errors are collected, not fatal, so one run reports everything wrong with an image. It
//! never panics on any input: that is what the fuzz test checks.

use std::collections::HashMap;
use std::fmt::Write;

use r2rhost_image::bytes::Bytes;
use r2rhost_image::cli::CliHeader;
use r2rhost_image::metadata::attrs::{CaPrimitive, EnumResolver};
use r2rhost_image::metadata::coded::*;
use r2rhost_image::metadata::il::{EhKind, Operand};
use r2rhost_image::metadata::names::{NameOptions, Names};
use r2rhost_image::metadata::schema::{schema, ColumnKind};
use r2rhost_image::metadata::sig::{CallConv, SigReader, TypeDefOrRef};
use r2rhost_image::metadata::token::*;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::pe::PeFile;
use r2rhost_image::{ImageError, Result};

/// What a walk saw.
#[derive(Clone, Debug, Default)]
pub struct Counts {
    /// Rows decoded (all tables).
    pub rows: u64,
    /// Heap references resolved.
    pub heap_refs: u64,
    /// Signature blobs decoded.
    pub signatures: u64,
    /// TypeDefs.
    pub types: u64,
    /// MethodDefs.
    pub methods: u64,
    /// Method bodies parsed.
    pub bodies: u64,
    /// IL instructions decoded.
    pub instructions: u64,
    /// EH clauses.
    pub eh_clauses: u64,
    /// Names formatted.
    pub names: u64,
    /// Custom attributes decoded.
    pub custom_attributes: u64,
    /// Custom attributes whose enum types could not be resolved.
    pub ca_unresolved: u64,
}

impl Counts {
    /// Adds `o` into `self`.
    pub fn add(&mut self, o: &Counts) {
        self.rows += o.rows;
        self.heap_refs += o.heap_refs;
        self.signatures += o.signatures;
        self.types += o.types;
        self.methods += o.methods;
        self.bodies += o.bodies;
        self.instructions += o.instructions;
        self.eh_clauses += o.eh_clauses;
        self.names += o.names;
        self.custom_attributes += o.custom_attributes;
        self.ca_unresolved += o.ca_unresolved;
    }
}

/// The result of walking one image.
#[derive(Debug, Default)]
pub struct Walk {
    /// Counts.
    pub counts: Counts,
    /// The first errors (up to [`MAX_KEPT_ERRORS`]).
    pub errors: Vec<String>,
    /// All errors.
    pub error_count: u64,
    /// The file has no CLI header (a native DLL).
    pub native: bool,
}

/// Errors kept verbatim per walk.
pub const MAX_KEPT_ERRORS: usize = 20;

impl Walk {
    fn check<T>(&mut self, what: impl FnOnce() -> String, r: Result<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.error_count += 1;
                if self.errors.len() < MAX_KEPT_ERRORS {
                    self.errors.push(format!("{}: {e}", what()));
                }
                None
            }
        }
    }

    fn fail(&mut self, what: String) {
        self.check::<()>(|| what, Err(ImageError::internal("consistency check failed")));
    }
}

/// Underlying types of enums across many assemblies, by full name (`Ns.Outer+Inner`).
#[derive(Debug, Default)]
pub struct EnumMap(HashMap<String, CaPrimitive>);

impl EnumMap {
    /// Records every enum defined in `md`. Errors are ignored here (the walk reports them).
    pub fn add_from(&mut self, md: &Metadata<'_>) {
        for t in md.rids::<TypeDefRid>() {
            if let Ok(Some(p)) = md.enum_underlying_type(t)
                && let Ok(name) = md.type_def_name(t)
            {
                self.0.insert(name, p);
            }
        }
    }

    /// Number of enums known.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a> EnumResolver<'a> for EnumMap {
    fn underlying_of(&self, md: &Metadata<'a>, ty: TypeDefOrRef) -> Option<CaPrimitive> {
        let name = md.type_name(ty).ok()?;
        self.0.get(&name).copied()
    }
    fn underlying_by_name(&self, _md: &Metadata<'a>, name: &str) -> Option<CaPrimitive> {
        let type_part = name.split(',').next()?.trim();
        self.0.get(type_part).copied()
    }
}

/// Walks a whole PE file.
pub fn walk_file(bytes: &[u8], enums: &EnumMap) -> Walk {
    let mut w = Walk::default();
    let Some(pe) = w.check(|| "PE".into(), PeFile::parse(bytes)) else { return w };
    let Some(cli) = w.check(|| "CLI header".into(), CliHeader::read(&pe)) else { return w };
    let Some(cli) = cli else {
        w.native = true;
        return w;
    };
    let Some(md) = w.check(|| "metadata".into(), Metadata::from_pe(&pe, &cli)) else { return w };
    walk_metadata(&mut w, Some(&pe), &md, enums);
    w
}

/// Walks metadata whose bytes may not come from `pe` (the fuzz test truncates them).
pub fn walk_metadata_bytes(pe: Option<&PeFile<'_>>, md_bytes: Bytes<'_>, enums: &EnumMap) -> Walk {
    let mut w = Walk::default();
    if let Some(md) = w.check(|| "metadata".into(), Metadata::parse(md_bytes)) {
        walk_metadata(&mut w, pe, &md, enums);
    }
    w
}

/// Walks everything reachable from `md` (and the method bodies in `pe`).
pub fn walk_metadata(w: &mut Walk, pe: Option<&PeFile<'_>>, md: &Metadata<'_>, enums: &EnumMap) {
    let mut sink = String::new();
    let _ = md.dump_header(&mut sink);
    tables(w, md);
    signatures(w, md);
    members(w, md);
    names(w, md, &mut sink);
    identities(w, md);
    custom_attributes(w, md, enums);
    if let Some(pe) = pe {
        bodies(w, pe, md, &mut sink);
    }
}

/// Every row through its typed decoder, every heap column resolved, every row dumped.
fn tables(w: &mut Walk, md: &Metadata<'_>) {
    let mut line = String::new();
    for t in TableId::ALL {
        let cols = schema(t).columns;
        for rid in 1..=md.row_count(t) {
            w.counts.rows += 1;
            w.check(|| format!("{}#{rid}", t.name()), md.check_row(t, rid));
            let Some(row) = w.check(|| format!("{}#{rid}", t.name()), md.raw_row(t, rid)) else { continue };
            for (i, c) in cols.iter().enumerate() {
                let v = row.value(i);
                let what = || format!("{}#{rid}.{}", t.name(), c.name);
                match c.kind {
                    ColumnKind::String => {
                        w.counts.heap_refs += 1;
                        w.check(what, md.string(StringIndex(v)));
                    }
                    ColumnKind::Blob => {
                        w.counts.heap_refs += 1;
                        w.check(what, md.blob(BlobIndex(v)));
                    }
                    ColumnKind::Guid => {
                        w.counts.heap_refs += 1;
                        w.check(what, md.guid(GuidIndex(v)));
                    }
                    _ => {}
                }
            }
            line.clear();
            let _ = write!(line, "{}", md.row_display(t, rid));
        }
    }
}

/// Decodes `blob` with `f` and checks that the whole blob was consumed.
fn sig<'a, T>(w: &mut Walk, what: impl Fn() -> String, blob: Result<Bytes<'a>>, f: impl FnOnce(&mut SigReader<'a>) -> Result<T>) -> Option<T> {
    let blob = w.check(&what, blob)?;
    w.counts.signatures += 1;
    let mut r = SigReader::new(blob);
    let v = w.check(&what, f(&mut r))?;
    if r.cursor().remaining() != 0 {
        w.fail(format!("{}: {} trailing bytes after the signature", what(), r.cursor().remaining()));
    }
    Some(v)
}

/// Every signature blob with the decoder its column calls for.
fn signatures(w: &mut Walk, md: &Metadata<'_>) {
    for m in md.rids::<MethodDefRid>() {
        if let Some(row) = w.check(|| format!("{m:?}"), md.method_def(m)) {
            sig(w, || format!("{m:?} signature"), md.blob(row.signature), |r| r.method_sig());
        }
    }
    for f in md.rids::<FieldRid>() {
        if let Some(row) = w.check(|| format!("{f:?}"), md.field(f)) {
            sig(w, || format!("{f:?} signature"), md.blob(row.signature), |r| r.field_sig());
        }
    }
    for m in md.rids::<MemberRefRid>() {
        let Some(row) = w.check(|| format!("{m:?}"), md.member_ref(m)) else { continue };
        let Some(blob) = w.check(|| format!("{m:?}"), md.blob(row.signature)) else { continue };
        if blob.u8(0).is_ok_and(|b| b & 0x0f == CallConv::FIELD) {
            sig(w, || format!("{m:?} field signature"), Ok(blob), |r| r.field_sig());
        } else {
            sig(w, || format!("{m:?} method signature"), Ok(blob), |r| r.method_sig());
        }
    }
    for s in md.rids::<StandAloneSigRid>() {
        let Some(row) = w.check(|| format!("{s:?}"), md.stand_alone_sig(s)) else { continue };
        let Some(blob) = w.check(|| format!("{s:?}"), md.blob(row.signature)) else { continue };
        match blob.u8(0) {
            Ok(CallConv::LOCAL_SIG) => {
                sig(w, || format!("{s:?} locals"), Ok(blob), |r| r.locals_sig());
            }
            Ok(b) if b & 0x0f == CallConv::FIELD => {
                sig(w, || format!("{s:?} field"), Ok(blob), |r| r.field_sig());
            }
            _ => {
                sig(w, || format!("{s:?} method"), Ok(blob), |r| r.method_sig());
            }
        }
    }
    for t in md.rids::<TypeSpecRid>() {
        if let Some(row) = w.check(|| format!("{t:?}"), md.type_spec(t)) {
            sig(w, || format!("{t:?} signature"), md.blob(row.signature), |r| r.type_sig());
        }
    }
    for m in md.rids::<MethodSpecRid>() {
        if let Some(row) = w.check(|| format!("{m:?}"), md.method_spec(m)) {
            sig(w, || format!("{m:?} instantiation"), md.blob(row.instantiation), |r| r.method_spec());
        }
    }
    for p in md.rids::<PropertyRid>() {
        if let Some(row) = w.check(|| format!("{p:?}"), md.property(p)) {
            sig(w, || format!("{p:?} signature"), md.blob(row.signature), |r| r.property_sig());
        }
    }
}

/// Member lists and keyed lookups, cross-checked with the reverse searches.
fn members(w: &mut Walk, md: &Metadata<'_>) {
    for t in md.rids::<TypeDefRid>() {
        w.counts.types += 1;
        let tw = |s: &str| format!("{t:?} {s}");
        if let Some(fields) = w.check(|| tw("fields"), md.type_fields(t)) {
            for f in fields {
                if w.check(|| format!("{f:?} declaring type"), md.field_declaring_type(f)) != Some(Some(t)) {
                    w.fail(format!("{f:?} listed by {t:?} but its declaring type differs"));
                }
                w.check(|| format!("{f:?} rva"), md.field_rva_of(f));
                w.check(|| format!("{f:?} offset"), md.field_offset_of(f));
                if let Some(c) = md.constant_of(HasConstant::Field(f)) {
                    w.check(|| format!("{c:?}"), md.constant(c).and_then(|r| md.blob(r.value)));
                }
                if let Some(fm) = md.field_marshal_of(HasFieldMarshal::Field(f)) {
                    w.check(|| format!("{fm:?}"), md.field_marshal(fm));
                }
            }
        }
        if let Some(methods) = w.check(|| tw("methods"), md.type_methods(t)) {
            for m in methods {
                w.counts.methods += 1;
                if w.check(|| format!("{m:?} declaring type"), md.method_declaring_type(m)) != Some(Some(t)) {
                    w.fail(format!("{m:?} listed by {t:?} but its declaring type differs"));
                }
                if let Some(params) = w.check(|| format!("{m:?} params"), md.method_params(m)) {
                    for p in params {
                        w.check(|| format!("{p:?}"), md.param(p));
                        if w.check(|| format!("{p:?} owner"), md.param_method(p)) != Some(Some(m)) {
                            w.fail(format!("{p:?} listed by {m:?} but its owner differs"));
                        }
                    }
                }
                if let Some(im) = md.impl_map_of(MemberForwarded::MethodDef(m)) {
                    w.check(|| format!("{im:?}"), md.impl_map(im).and_then(|r| md.string(r.import_name)));
                }
                for gp in md.generic_params_of(TypeOrMethodDef::MethodDef(m)) {
                    generic_param(w, md, gp);
                }
            }
        }
        if let Some(events) = w.check(|| tw("events"), md.type_events(t)) {
            for e in events {
                if w.check(|| format!("{e:?} declaring type"), md.event_declaring_type(e)) != Some(Some(t)) {
                    w.fail(format!("{e:?} listed by {t:?} but its declaring type differs"));
                }
                for s in md.method_semantics_of(HasSemantics::Event(e)) {
                    w.check(|| format!("{s:?}"), md.method_semantics(s));
                }
            }
        }
        if let Some(props) = w.check(|| tw("properties"), md.type_properties(t)) {
            for p in props {
                if w.check(|| format!("{p:?} declaring type"), md.property_declaring_type(p)) != Some(Some(t)) {
                    w.fail(format!("{p:?} listed by {t:?} but its declaring type differs"));
                }
                for s in md.method_semantics_of(HasSemantics::Property(p)) {
                    w.check(|| format!("{s:?}"), md.method_semantics(s));
                }
            }
        }
        if let Some(Some(outer)) = w.check(|| tw("enclosing"), md.enclosing_class(t))
            && !md.nested_types(outer).any(|n| n == t)
        {
            w.fail(format!("{t:?} is nested in {outer:?} but not listed by it"));
        }
        w.check(|| tw("layout"), md.class_layout_of(t));
        for i in md.interface_impls_of(t) {
            if w.check(|| format!("{i:?}"), md.interface_impl(i)).is_some_and(|r| r.class != t) {
                w.fail(format!("{i:?} found for {t:?} belongs to another type"));
            }
        }
        for mi in md.method_impls_of(t) {
            w.check(|| format!("{mi:?}"), md.method_impl(mi));
        }
        for gp in md.generic_params_of(TypeOrMethodDef::TypeDef(t)) {
            generic_param(w, md, gp);
        }
        for ds in md.decl_security_of(HasDeclSecurity::TypeDef(t)) {
            w.check(|| format!("{ds:?}"), md.decl_security(ds));
        }
    }
    // Every custom-attribute row is found again by its parent.
    for ca in md.rids::<CustomAttributeRid>() {
        if let Some(r) = w.check(|| format!("{ca:?}"), md.custom_attribute(ca))
            && !md.custom_attributes_of(r.parent).any(|x| x == ca)
        {
            w.fail(format!("{ca:?} is not found by a lookup on its parent {:?}", r.parent));
        }
    }
}

fn generic_param(w: &mut Walk, md: &Metadata<'_>, gp: GenericParamRid) {
    w.check(|| format!("{gp:?}"), md.generic_param(gp).and_then(|r| md.string(r.name)));
    for c in md.generic_param_constraints_of(gp) {
        w.check(|| format!("{c:?}"), md.generic_param_constraint(c));
    }
}

/// Every type and member name, in both the plain and the ILDasm style.
fn names(w: &mut Walk, md: &Metadata<'_>, buf: &mut String) {
    let plain = Names::new(md);
    let ildasm = Names::new(md).with_options(NameOptions::ildasm());
    for n in [plain, ildasm] {
        let mut name = |w: &mut Walk, what: &dyn Fn() -> String, f: &dyn Fn(&mut String) -> Result<()>| {
            buf.clear();
            w.counts.names += 1;
            w.check(what, f(buf));
        };
        for t in md.rids::<TypeDefRid>() {
            name(w, &|| format!("{t:?} name"), &|b| n.type_def(b, t));
        }
        for t in md.rids::<TypeRefRid>() {
            name(w, &|| format!("{t:?} name"), &|b| n.type_ref(b, t));
        }
        for t in md.rids::<TypeSpecRid>() {
            name(w, &|| format!("{t:?} name"), &|b| n.type_spec(b, t));
        }
        for m in md.rids::<MethodDefRid>() {
            name(w, &|| format!("{m:?} name"), &|b| n.method_def(b, m));
        }
        for f in md.rids::<FieldRid>() {
            name(w, &|| format!("{f:?} name"), &|b| n.field(b, f));
        }
        for m in md.rids::<MemberRefRid>() {
            name(w, &|| format!("{m:?} name"), &|b| n.member_ref(b, m));
        }
        for m in md.rids::<MethodSpecRid>() {
            name(w, &|| format!("{m:?} name"), &|b| n.method_spec(b, m));
        }
        for p in md.rids::<PropertyRid>() {
            name(w, &|| format!("{p:?} name"), &|b| n.property(b, p));
        }
        for e in md.rids::<EventRid>() {
            name(w, &|| format!("{e:?} name"), &|b| n.event(b, e));
        }
        for s in md.rids::<StandAloneSigRid>() {
            name(w, &|| format!("{s:?} name"), &|b| n.stand_alone_sig(b, s));
        }
    }
}

/// Assembly, assembly references, exported types, module refs, files.
fn identities(w: &mut Walk, md: &Metadata<'_>) {
    if let Some(Some(a)) = w.check(|| "Assembly".into(), md.assembly_name()) {
        let _ = a.to_string();
    }
    for r in md.rids::<AssemblyRefRid>() {
        if let Some(a) = w.check(|| format!("{r:?}"), md.assembly_ref_name(r)) {
            let _ = a.to_string();
        }
    }
    for e in md.rids::<ExportedTypeRid>() {
        w.counts.names += 1;
        w.check(|| format!("{e:?} name"), md.exported_type_name(e));
        w.check(|| format!("{e:?} target"), md.exported_type_target(e));
    }
    for m in md.rids::<ModuleRefRid>() {
        w.check(|| format!("{m:?}"), md.module_ref_name(m));
    }
    for f in md.rids::<FileRid>() {
        w.check(|| format!("{f:?}"), md.file_name(f));
    }
}

/// Every custom attribute: its type name, then its value with the enum map.
fn custom_attributes(w: &mut Walk, md: &Metadata<'_>, enums: &EnumMap) {
    for ca in md.rids::<CustomAttributeRid>() {
        if w.check(|| format!("{ca:?} type"), md.custom_attribute_type_name(ca)).is_none() {
            continue;
        }
        match md.decode_custom_attribute(ca, enums) {
            Ok(v) => {
                w.counts.custom_attributes += 1;
                let _ = v.to_string();
            }
            Err(ImageError::Unsupported { .. }) => w.counts.ca_unresolved += 1,
            Err(e) => {
                w.check::<()>(|| format!("{ca:?} value"), Err(e));
            }
        }
    }
}

/// Every method body, every instruction, every token operand rendered as a name; an
/// ildasm-style listing of every 16th body.
fn bodies(w: &mut Walk, pe: &PeFile<'_>, md: &Metadata<'_>, buf: &mut String) {
    let names = Names::new(md).with_options(NameOptions::ildasm());
    for m in md.rids::<MethodDefRid>() {
        let Some(Some(body)) = w.check(|| format!("{m:?} body"), md.method_body(pe, m)) else { continue };
        w.counts.bodies += 1;
        if let Some(l) = body.local_var_sig {
            let blob = md.stand_alone_sig(l).and_then(|s| md.blob(s.signature));
            sig(w, || format!("{m:?} locals {l:?}"), blob, |r| r.locals_sig());
        }
        let code_len = body.code.len() as u64;
        for c in &body.eh_clauses {
            w.counts.eh_clauses += 1;
            if c.try_end() > code_len || c.handler_end() > code_len {
                w.fail(format!("{m:?}: EH clause {c:?} extends past the code ({code_len} bytes)"));
            }
            if let EhKind::Catch(t) = c.kind {
                buf.clear();
                w.check(|| format!("{m:?} catch type"), names.type_def_or_ref(buf, t));
            }
        }
        for ins in body.instructions() {
            let Some(ins) = w.check(|| format!("{m:?} IL"), ins) else { break };
            w.counts.instructions += 1;
            match ins.operand {
                Operand::Token(t) => {
                    buf.clear();
                    w.check(|| format!("{m:?} {} {} token {t}", ins.offset, ins.opcode), names.token(buf, t));
                }
                Operand::String(s) => {
                    w.check(|| format!("{m:?} {} ldstr", ins.offset), md.user_string(s));
                }
                _ => {}
            }
        }
        if m.0 % 16 == 0 {
            buf.clear();
            w.check(|| format!("{m:?} IL dump"), names.il_body(buf, &body));
        }
    }
}
