//! Types: identity, kinds, layout, statics and MethodTables.
//!
//! A type goes through three states: **created** (identity, name, category, parent — cheap,
//! needed to decide e.g. whether a field is a reference), **laid out** (instance fields,
//! size, alignment, GC slots, statics storage) and **ready** (vtable, interface map and the
//! MethodTable objects point to). Each step loads only what it needs from other types, so
//! cycles through reference-type fields are fine.

use std::collections::HashMap;
use std::sync::atomic::AtomicU8;

use r2rhost_codegen::env::{RegClass, StructAbi, TypeInfo, ValueKind};
use r2rhost_image::metadata::attrs::{CaValue, NoEnums};
use r2rhost_image::metadata::coded::HasCustomAttribute;
use r2rhost_image::metadata::flags::TypeAttributes;
use r2rhost_image::metadata::sig::{SigReader, TypeSig};
use r2rhost_image::metadata::token::{FieldRid, TypeDefRid};

use super::methods::MethodId;
use super::{AsmId, Failure, Loader, bad, fail};
use crate::layout::gcdesc::GcDesc;
use crate::layout::{
    self, FieldKind, FieldShape, InstanceLayout, LayoutError, LayoutKind, ParentLayout, SpecialType, StaticFieldKind, StaticFieldOffset,
    StaticFieldShape, StaticRegion, StructPassing, TypeShape, compute_instance_layout, compute_static_layout, embed, sysv_classify,
};

/// A loaded type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// What makes two types the same type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKey {
    /// A type definition, instantiated with `inst` when generic.
    Def {
        /// Defining assembly.
        asm: AsmId,
        /// Its TypeDef row.
        rid: TypeDefRid,
        /// Type arguments (empty for non-generic types).
        inst: Vec<TypeId>,
    },
    /// `T[]`.
    SzArray(TypeId),
    /// `T[,…]` of the given rank.
    Array(TypeId, u32),
    /// `T*`.
    Ptr(TypeId),
    /// `T&`.
    ByRef(TypeId),
    /// Any function pointer.
    FnPtr,
    /// Generic parameter `index` of a type definition. Only open types mention one: the
    /// open definition `List<>` (`typeof(List<>)`) is the definition instantiated over its
    /// own parameters.
    TypeParam {
        /// Defining assembly.
        asm: AsmId,
        /// The generic type definition.
        rid: TypeDefRid,
        /// Position.
        index: u32,
    },
}

/// Broad categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `System.Object`.
    Object,
    /// `System.String`.
    String,
    /// Any other class (incl. delegates, `System.Array`, `System.ValueType`, `System.Enum`).
    Class,
    /// An interface.
    Interface,
    /// A primitive value type (incl. `IntPtr`/`UIntPtr`).
    Primitive,
    /// An enum.
    Enum,
    /// Any other value type.
    Struct,
    /// An array.
    Array,
    /// An unmanaged pointer or function pointer.
    Pointer,
    /// A managed pointer.
    ByRef,
    /// `System.Void`.
    Void,
    /// A generic parameter (in open types only).
    GenericParam,
}

/// Where a field's value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldStorage {
    /// In instances, at this offset of the instance data.
    Instance(u32),
    /// In the type's non-GC statics block at this offset.
    NonGc(u32),
    /// In the type's GC statics block (a reference) at this offset.
    Gc(u32),
    /// A struct static: a boxed value whose reference is at this offset of the GC block.
    GcBoxed(u32),
    /// Read from the image (a field with RVA data), copied to this address.
    Rva(u64),
    /// A `const`: no storage.
    Literal,
}

/// A field of a type.
#[derive(Clone, Debug)]
pub struct FieldDesc {
    /// Its row.
    pub rid: FieldRid,
    /// Its name.
    pub name: String,
    /// Its type (in the owner's instantiation).
    pub ty: TypeId,
    /// Where it lives.
    pub storage: FieldStorage,
}

/// Load progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LoadState {
    /// Identity and category known.
    Created,
    /// Being laid out (guards against cycles through value-type fields).
    LayingOut,
    /// Fields and sizes known.
    LaidOut,
    /// Being made ready.
    Readying,
    /// MethodTable built.
    Ready,
}

/// Everything the runtime knows about a type.
#[derive(Debug)]
pub struct TypeDesc {
    /// Identity.
    pub key: TypeKey,
    /// Readable full name (`System.Collections.Generic.List`1<System.Int32>`).
    pub name: String,
    /// Category.
    pub category: Category,
    /// How the JIT holds values of it.
    pub kind: ValueKind,
    /// TypeDef flags (0 for constructed types).
    pub flags: TypeAttributes,
    /// Base type.
    pub parent: Option<TypeId>,
    /// Element type of arrays, pointers and byrefs; underlying type of enums.
    pub element: Option<TypeId>,
    /// Array rank (0 for SZ arrays and non-arrays).
    pub rank: u32,
    /// Load state.
    pub state: LoadState,
    /// Size of a value in a field/local/element (8 for references).
    pub size: u32,
    /// Alignment of such a value.
    pub align: u32,
    /// Instance data size (value types: unboxed size; classes: bytes after the MT pointer,
    /// including the bases', unaligned).
    pub data_size: u32,
    /// Offsets of object references in the instance data.
    pub gc_slots: Vec<u32>,
    /// Register classification of a struct.
    pub abi: StructAbi,
    /// Allocation size of an instance (classes, boxes) or the fixed part of an array/string.
    pub base_size: u32,
    /// Element size of arrays (2 for strings).
    pub component_size: u32,
    /// This type's own fields, instance and static, in metadata order.
    pub fields: Vec<FieldDesc>,
    /// Address of the non-GC statics block (0 if none).
    pub statics_nongc: u64,
    /// Address of the GC statics block (0 if none).
    pub statics_gc: u64,
    /// Where the thread statics' blocks start inside the non-GC and GC blocks: with one
    /// thread, thread statics follow the regular ones, at offsets counted as crossgen2
    /// counts them (from [`layout::statics::THREAD_STATICS_START`]).
    pub thread_statics_base: [u32; 2],
    /// Non-zero once the class constructor has run (or when there is none).
    pub init_flag: &'static AtomicU8,
    /// The class constructor.
    pub cctor: Option<MethodId>,
    /// True when the cctor must run before any static member is touched (no
    /// beforefieldinit).
    pub precise_init: bool,
    /// Virtual slots → implementations.
    pub vtable: Vec<MethodId>,
    /// Every interface implemented (transitively).
    pub interfaces: Vec<TypeId>,
    /// Interface → implementation of each of its methods (by position in the interface's
    /// method list).
    pub itf_map: HashMap<TypeId, Vec<Option<MethodId>>>,
    /// The MethodTable address (0 until ready).
    pub mt: u64,
    /// The JIT's view (once ready).
    pub info: Option<TypeInfo>,
    /// Methods of the definition, by MethodDef row (instantiated over this type).
    pub methods: HashMap<u32, MethodId>,
    /// The shape and result of [`crate::layout`] (definitions, once laid out).
    pub laid: Option<Box<Laid>>,
}

/// Offset of the first vtable slot from the MethodTable pointer.
pub const VTABLE_OFFSET: i32 = 40;

/// MethodTable flag bits (our own layout; see [`MethodTableView`]).
pub mod mt_flags {
    /// An array (SZ or MD).
    pub const ARRAY: u32 = 1 << 0;
    /// `System.String`.
    pub const STRING: u32 = 1 << 1;
    /// A value type (the MT of its boxed form).
    pub const VALUE_TYPE: u32 = 1 << 2;
    /// An interface.
    pub const INTERFACE: u32 = 1 << 3;
    /// Instances contain object references.
    pub const HAS_REFS: u32 = 1 << 4;
    /// `Nullable<T>`.
    pub const NULLABLE: u32 = 1 << 5;
    /// Array elements are object references.
    pub const REF_ELEMENTS: u32 = 1 << 6;
}

/// Well-known corelib types by (namespace, name, kind).
const PRIMITIVES: &[(&str, ValueKind, u32)] = &[
    ("Boolean", ValueKind::Bool, 1),
    ("Char", ValueKind::Char, 2),
    ("SByte", ValueKind::I1, 1),
    ("Byte", ValueKind::U1, 1),
    ("Int16", ValueKind::I2, 2),
    ("UInt16", ValueKind::U2, 2),
    ("Int32", ValueKind::I4, 4),
    ("UInt32", ValueKind::U4, 4),
    ("Int64", ValueKind::I8, 8),
    ("UInt64", ValueKind::U8, 8),
    ("Single", ValueKind::R4, 4),
    ("Double", ValueKind::R8, 8),
    ("IntPtr", ValueKind::I, 8),
    ("UIntPtr", ValueKind::U, 8),
];

impl Loader {
    /// The type with this key, creating it if needed.
    pub fn type_of(&mut self, key: TypeKey) -> Result<TypeId, Failure> {
        if let Some(t) = self.type_index.get(&key) {
            return Ok(*t);
        }
        // A generic definition named without arguments is the open type: the definition
        // over its own parameters.
        if let TypeKey::Def { asm, rid, inst } = &key
            && inst.is_empty()
        {
            let (asm, rid) = (*asm, *rid);
            let arity = self.generic_arity(asm, rid)?;
            if arity > 0 {
                let mut params = Vec::with_capacity(arity as usize);
                for index in 0..arity {
                    params.push(self.type_of(TypeKey::TypeParam { asm, rid, index })?);
                }
                return self.type_of(TypeKey::Def { asm, rid, inst: params });
            }
        }
        let id = TypeId(u32::try_from(self.types.len()).map_err(|_| fail::unsupported("more than 2^32 types"))?);
        match &key {
            TypeKey::Def { asm, rid, inst } => {
                // Registered before the parent is resolved, so that `class C : Base<C>`
                // finds itself.
                let (asm, rid, inst) = (*asm, *rid, inst.clone());
                let name = self.def_display_name(asm, rid, &inst)?;
                self.types.push(Self::blank(key.clone(), name, Category::Class, ValueKind::Object));
                self.type_index.insert(key, id);
                if let Err(e) = self.fill_def(id, asm, rid, &inst) {
                    let key = self.types[id.0 as usize].key.clone();
                    self.type_index.remove(&key);
                    return Err(e);
                }
            }
            _ => {
                // Creating an array type may load `System.Array` first: the id is only
                // known once the description exists.
                let desc = self.create_type(&key)?;
                if let Some(t) = self.type_index.get(&key) {
                    return Ok(*t);
                }
                let id = TypeId(u32::try_from(self.types.len()).map_err(|_| fail::unsupported("more than 2^32 types"))?);
                self.types.push(desc);
                self.type_index.insert(key, id);
                return Ok(id);
            }
        }
        Ok(id)
    }

    /// A type's name as CoreCLR writes it in exception messages (InvalidCastException …):
    /// namespace-qualified (a nested type by its own name only), generic arguments in
    /// brackets — `System.Collections.Generic.List`1[System.Int32]`, `Int32[,]`.
    pub fn message_name(&self, t: TypeId) -> String {
        let d = self.ty(t);
        match &d.key {
            TypeKey::Def { asm, rid, inst } => {
                let md = self.assemblies[asm.0 as usize].md();
                let mut name = match md.type_def(*rid) {
                    Ok(row) => {
                        let simple = md.string(row.name).unwrap_or("?");
                        let ns = md.string(row.namespace).unwrap_or("");
                        if row.flags.is_nested() || ns.is_empty() { simple.to_string() } else { format!("{ns}.{simple}") }
                    }
                    Err(_) => d.name.clone(),
                };
                if !inst.is_empty() {
                    let args: Vec<String> = inst.iter().map(|a| self.message_name(*a)).collect();
                    name = format!("{name}[{}]", args.join(","));
                }
                name
            }
            TypeKey::SzArray(e) => format!("{}[]", self.message_name(*e)),
            TypeKey::Array(e, 1) => format!("{}[*]", self.message_name(*e)),
            TypeKey::Array(e, r) => format!("{}[{}]", self.message_name(*e), ",".repeat(*r as usize - 1)),
            TypeKey::Ptr(e) => format!("{}*", self.message_name(*e)),
            TypeKey::ByRef(e) => format!("{}&", self.message_name(*e)),
            TypeKey::FnPtr | TypeKey::TypeParam { .. } => d.name.clone(),
        }
    }

    /// Number of generic parameters of a type definition.
    pub fn generic_arity(&self, asm: AsmId, rid: TypeDefRid) -> Result<u32, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        Ok(md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(rid)).count() as u32)
    }

    /// Whether `t` is an open generic definition (`List<>`: instantiated over its own
    /// parameters).
    pub fn is_generic_definition(&self, t: TypeId) -> bool {
        let TypeKey::Def { asm, rid, inst } = &self.ty(t).key else { return false };
        !inst.is_empty()
            && inst.iter().enumerate().all(|(i, a)| matches!(self.ty(*a).key, TypeKey::TypeParam { asm: pa, rid: pr, index } if pa == *asm && pr == *rid && index as usize == i))
    }

    /// Whether `t` mentions a generic parameter (an open type).
    pub fn contains_generic_params(&self, t: TypeId) -> bool {
        let d = self.ty(t);
        match &d.key {
            TypeKey::TypeParam { .. } => true,
            TypeKey::Def { inst, .. } => inst.iter().any(|a| self.contains_generic_params(*a)),
            TypeKey::SzArray(e) | TypeKey::Array(e, _) | TypeKey::Ptr(e) | TypeKey::ByRef(e) => self.contains_generic_params(*e),
            TypeKey::FnPtr => false,
        }
    }

    /// The type description.
    pub fn ty(&self, t: TypeId) -> &TypeDesc {
        &self.types[t.0 as usize]
    }

    pub(crate) fn ty_mut(&mut self, t: TypeId) -> &mut TypeDesc {
        &mut self.types[t.0 as usize]
    }

    /// A corelib type by namespace and name (must exist in the shim).
    pub fn corelib_type(&mut self, namespace: &str, name: &str) -> Result<TypeId, Failure> {
        let cl = self.corelib;
        match self.find_type_def(cl, namespace, name)? {
            Some((asm, rid)) => self.type_of(TypeKey::Def { asm, rid, inst: Vec::new() }),
            None => Err(fail::type_load(&format!("{namespace}.{name}"), "System.Private.CoreLib")),
        }
    }

    /// `T[]`.
    pub fn sz_array(&mut self, elem: TypeId) -> Result<TypeId, Failure> {
        self.type_of(TypeKey::SzArray(elem))
    }

    fn blank(key: TypeKey, name: String, category: Category, kind: ValueKind) -> TypeDesc {
        static DONE: AtomicU8 = AtomicU8::new(1);
        TypeDesc {
            key,
            name,
            category,
            kind,
            flags: TypeAttributes(0),
            parent: None,
            element: None,
            rank: 0,
            state: LoadState::Created,
            size: 8,
            align: 8,
            data_size: 0,
            gc_slots: Vec::new(),
            abi: StructAbi::Memory,
            base_size: 24,
            component_size: 0,
            fields: Vec::new(),
            statics_nongc: 0,
            statics_gc: 0,
            init_flag: &DONE,
            cctor: None,
            precise_init: false,
            vtable: Vec::new(),
            interfaces: Vec::new(),
            itf_map: HashMap::new(),
            mt: 0,
            info: None,
            methods: HashMap::new(),
            laid: None,
            thread_statics_base: [0, 0],
        }
    }

    fn create_type(&mut self, key: &TypeKey) -> Result<TypeDesc, Failure> {
        match key {
            TypeKey::SzArray(e) | TypeKey::Array(e, _) => {
                let rank = if let TypeKey::Array(_, r) = key { *r } else { 0 };
                let dims = match rank {
                    0 => String::new(),
                    1 => "*".into(),
                    r => ",".repeat(r as usize - 1),
                };
                let name = format!("{}[{dims}]", self.ty(*e).name);
                let mut d = Self::blank(key.clone(), name, Category::Array, ValueKind::Object);
                d.element = Some(*e);
                d.rank = rank;
                d.parent = Some(self.corelib_type("System", "Array")?);
                Ok(d)
            }
            TypeKey::Ptr(e) => {
                let mut d = Self::blank(key.clone(), format!("{}*", self.ty(*e).name), Category::Pointer, ValueKind::Ptr);
                d.element = Some(*e);
                Ok(d)
            }
            TypeKey::ByRef(e) => {
                let mut d = Self::blank(key.clone(), format!("{}&", self.ty(*e).name), Category::ByRef, ValueKind::ByRef);
                d.element = Some(*e);
                Ok(d)
            }
            TypeKey::FnPtr => Ok(Self::blank(key.clone(), "method*".into(), Category::Pointer, ValueKind::Ptr)),
            TypeKey::TypeParam { asm, rid, index } => {
                let md = self.assemblies[asm.0 as usize].md();
                let mut name = format!("!{index}");
                for p in md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(*rid)) {
                    let row = md.generic_param(p).map_err(bad)?;
                    if u32::from(row.number) == *index {
                        name = md.string(row.name).map_err(bad)?.to_string();
                    }
                }
                // Held like a reference: open types are never instantiated.
                Ok(Self::blank(key.clone(), name, Category::GenericParam, ValueKind::Object))
            }
            TypeKey::Def { .. } => Err(fail::invalid_program("definitions are created by type_of")),
        }
    }

    fn def_display_name(&self, asm: AsmId, rid: TypeDefRid, inst: &[TypeId]) -> Result<String, Failure> {
        let mut name = self.def_name(asm, rid)?;
        if !inst.is_empty() {
            let args: Vec<String> = inst.iter().map(|t| self.ty(*t).name.clone()).collect();
            name = format!("{name}<{}>", args.join(","));
        }
        Ok(name)
    }

    fn fill_def(&mut self, id: TypeId, asm: AsmId, rid: TypeDefRid, inst: &[TypeId]) -> Result<(), Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.type_def(rid).map_err(bad)?;
        let ns = md.string(row.namespace).map_err(bad)?.to_string();
        let simple = md.string(row.name).map_err(bad)?.to_string();
        let is_corelib = asm == self.corelib && !row.flags.is_nested();
        let flags = row.flags;
        let parent = match row.extends {
            Some(ext) => Some(self.resolve_type_def_or_ref(asm, ext, inst, &[])?),
            None => None,
        };
        let parent_name = parent.map(|p| self.ty(p).name.clone()).unwrap_or_default();
        let sys = |n: &str| is_corelib && ns == "System" && simple == n;
        let (category, kind) = if flags.is_interface() {
            (Category::Interface, ValueKind::Object)
        } else if sys("Object") {
            (Category::Object, ValueKind::Object)
        } else if sys("String") {
            (Category::String, ValueKind::Object)
        } else if sys("Void") {
            (Category::Void, ValueKind::Void)
        } else if let Some((_, k, _)) = PRIMITIVES.iter().find(|(n, _, _)| sys(n)) {
            (Category::Primitive, *k)
        } else if parent_name == "System.Enum" {
            (Category::Enum, ValueKind::I4)
        } else if parent_name == "System.ValueType" && !sys("Enum") {
            (Category::Struct, ValueKind::Struct)
        } else {
            (Category::Class, ValueKind::Object)
        };
        let d = self.ty_mut(id);
        d.flags = flags;
        d.parent = parent;
        d.category = category;
        d.kind = kind;
        if category == Category::Primitive
            && let Some((_, _, size)) = PRIMITIVES.iter().find(|(n, _, _)| *n == simple)
        {
            d.size = *size;
            d.align = *size;
        }
        if category == Category::Void {
            d.size = 0;
            d.align = 1;
        }
        Ok(())
    }

    /// `Namespace.Name` or `Outer+Inner` of a type definition.
    pub fn def_name(&self, asm: AsmId, rid: TypeDefRid) -> Result<String, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        md.type_def_name(rid).map_err(bad)
    }

    /// The definition behind a `Def` type.
    pub fn def_of(&self, t: TypeId) -> Option<(AsmId, TypeDefRid, &[TypeId])> {
        match &self.ty(t).key {
            TypeKey::Def { asm, rid, inst } => Some((*asm, *rid, inst.as_slice())),
            _ => None,
        }
    }

    /// True for reference types (classes, interfaces, arrays, strings, Object).
    pub fn is_reference(&self, t: TypeId) -> bool {
        matches!(self.ty(t).kind, ValueKind::Object)
    }

    // -----------------------------------------------------------------------------------
    // Layout

    /// Lays out `t` (and what it needs). Idempotent.
    pub fn ensure_laid_out(&mut self, t: TypeId) -> Result<(), Failure> {
        match self.ty(t).state {
            LoadState::Created => {}
            LoadState::LayingOut => {
                let name = self.ty(t).name.clone();
                return Err(Failure { exception: "System.TypeLoadException", message: format!("Type '{name}' contains itself by value.") });
            }
            _ => return Ok(()),
        }
        self.ty_mut(t).state = LoadState::LayingOut;
        let r = self.lay_out(t);
        self.ty_mut(t).state = if r.is_ok() { LoadState::LaidOut } else { LoadState::Created };
        r
    }

    fn lay_out(&mut self, t: TypeId) -> Result<(), Failure> {
        let d = self.ty(t);
        match (d.category, d.key.clone()) {
            (Category::Array, _) => {
                let e = d.element.ok_or_else(|| fail::invalid_program("array without element type"))?;
                let rank = d.rank;
                self.ensure_laid_out(e)?;
                let esize = self.ty(e).size;
                let elem_refs = self.is_reference(e) || !self.ty(e).gc_slots.is_empty();
                let d = self.ty_mut(t);
                d.component_size = esize;
                // header + MT + length (+ padding) [+ lengths and lower bounds per dimension]
                d.base_size = 8 + 16 + if rank == 0 { 0 } else { 8 * rank };
                d.data_size = 0;
                if elem_refs {
                    d.gc_slots = Vec::new();
                }
                Ok(())
            }
            (Category::Pointer | Category::ByRef | Category::Void | Category::GenericParam, _) => Ok(()),
            (_, TypeKey::Def { asm, rid, inst }) => self.lay_out_def(t, asm, rid, &inst),
            _ => Ok(()),
        }
    }

    fn lay_out_def(&mut self, t: TypeId, asm: AsmId, rid: TypeDefRid, inst: &[TypeId]) -> Result<(), Failure> {
        let category = self.ty(t).category;
        let is_value = matches!(category, Category::Struct | Category::Enum | Category::Primitive);
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.type_def(rid).map_err(bad)?;
        let field_rids: Vec<FieldRid> = md.type_fields(rid).map_err(bad)?.collect();
        let class_layout = md.class_layout_of(rid).map_err(bad)?;
        let type_attr = |ns: &str, name: &str| md.find_custom_attribute(HasCustomAttribute::TypeDef(rid), ns, name).map_err(bad);
        let is_byref_like = self.is_byref_like(t)?;
        let inline_array_length = match type_attr("System.Runtime.CompilerServices", "InlineArrayAttribute")? {
            Some(ca) => match md.decode_custom_attribute(ca, &NoEnums).map_err(bad)?.fixed.first() {
                Some(CaValue::I4(n)) => Some(u32::try_from(*n).unwrap_or(0)),
                _ => return Err(fail::bad_image(&format!("{}: malformed InlineArrayAttribute", self.ty(t).name))),
            },
            None => None,
        };
        let ansi = row.flags.0 & TypeAttributes::STRING_FORMAT_MASK == 0;
        let mut raw = Vec::with_capacity(field_rids.len());
        for f in field_rids {
            let frow = md.field(f).map_err(bad)?;
            let name = md.string(frow.name).map_err(bad)?.to_string();
            let sig = SigReader::new(md.blob(frow.signature).map_err(bad)?).field_sig().map_err(bad)?;
            let explicit = md.field_offset_of(f).map_err(bad)?;
            let rva = if frow.flags.0 & 0x100 != 0 { md.field_rva_of(f).map_err(bad)? } else { None };
            let thread_static = frow.flags.is_static() && md.find_custom_attribute(HasCustomAttribute::Field(f), "System", "ThreadStaticAttribute").map_err(bad)?.is_some();
            raw.push((f, name, sig, frow.flags, explicit, rva, thread_static));
        }
        let special = self.special_type(asm, rid);
        let declared = match row.flags.layout() {
            0x10 => LayoutKind::Explicit,
            0x08 => LayoutKind::Sequential,
            _ => LayoutKind::Auto,
        };

        // The parent class, laid out first (classes only; value types start at 0).
        let mut modules = vec![asm];
        let parent = match self.ty(t).parent {
            Some(p) if matches!(category, Category::Class | Category::String) && self.ty(p).category != Category::Object => {
                self.ensure_laid_out(p)?;
                let boundary = self.needs_aligned_base(asm, p);
                let laid = self.ty(p).laid.as_ref().ok_or_else(|| fail::invalid_program("parent class without layout"))?;
                modules.extend(laid.modules.iter().copied());
                Some(ParentLayout::new(&laid.shape, &laid.layout, boundary))
            }
            _ => None,
        };

        // Instance fields, in declaration order; static and literal ones remembered apart.
        let mut descs = Vec::with_capacity(raw.len());
        let mut shapes = Vec::new();
        let mut instance = Vec::new();
        let mut static_fields = Vec::new();
        for (f, name, sig, flags, explicit, rva, thread_static) in raw {
            let ty = self.resolve_sig(asm, &sig, inst, &[])?;
            let storage = if flags.is_literal() {
                FieldStorage::Literal
            } else if flags.is_static() {
                static_fields.push((descs.len(), rva, thread_static));
                FieldStorage::NonGc(0)
            } else {
                let (kind, non_blittable) = if category == Category::Primitive {
                    // `int m_value` inside Int32: the primitive itself, no recursion.
                    (self.primitive_kind(t), false)
                } else {
                    self.field_kind(ty, ansi, &mut modules)?
                };
                instance.push(descs.len());
                shapes.push(FieldShape { kind, explicit_offset: explicit, non_blittable });
                FieldStorage::Instance(0)
            };
            descs.push((FieldDesc { rid: f, name, ty, storage }, rva));
        }
        let shape = TypeShape {
            is_value_type: is_value,
            layout: declared,
            pack: class_layout.map(|c| u32::from(c.packing_size)),
            class_size: class_layout.map(|c| c.class_size),
            parent,
            fields: shapes,
            is_byref_like,
            inline_array_length,
            special,
        };
        let layout = compute_instance_layout(&shape).map_err(|e| self.layout_failure(t, asm, &e))?;
        for (&i, &off) in instance.iter().zip(&layout.field_offsets) {
            descs[i].0.storage = FieldStorage::Instance(off);
        }

        // Statics.
        let mut static_shapes = Vec::with_capacity(static_fields.len());
        for &(i, rva, thread_static) in &static_fields {
            let kind = self.static_kind(descs[i].0.ty, t)?;
            static_shapes.push(StaticFieldShape { kind, thread_static, literal: false, rva: rva.is_some() });
        }
        let statics = compute_static_layout(&static_shapes).map_err(|e| self.layout_failure(t, asm, &e))?;
        // One thread for now: each thread-static block (with its header) follows the regular
        // block of its kind, once per process.
        let thread_base = [statics.size(StaticRegion::NonGc), statics.size(StaticRegion::Gc)];
        let thread_size = |region| match statics.size(region) {
            0 => 0,
            n => layout::statics::THREAD_STATICS_START + n,
        };
        let nongc = thread_base[0] + thread_size(StaticRegion::ThreadNonGc);
        let gc = thread_base[1] + thread_size(StaticRegion::ThreadGc);
        let (nongc_thread_base, gc_thread_base) = (thread_base[0], thread_base[1]);
        for ((&(i, rva, _), shape), placed) in static_fields.iter().zip(&static_shapes).zip(&statics.offsets) {
            let d = &mut descs[i].0;
            d.storage = match (placed, rva) {
                (_, Some(rva)) => {
                    let size = self.rva_static_size(d.ty)?;
                    let image = &self.assemblies[asm.0 as usize].image;
                    let bytes = image.pe.slice_rva(r2rhost_image::pe::Rva(rva), size).map_err(bad)?;
                    // A private, writable copy (programs may write RVA statics through pointers).
                    let copy = leak_zeroed(bytes.len().max(1));
                    crate::runtime::memory::copy_into(copy, bytes.data());
                    FieldStorage::Rva(copy)
                }
                (Some(StaticFieldOffset { region, offset }), None) => {
                    let boxed = shape.kind == StaticFieldKind::ValueType;
                    match region {
                        StaticRegion::NonGc => FieldStorage::NonGc(*offset),
                        StaticRegion::ThreadNonGc => FieldStorage::NonGc(nongc_thread_base + offset),
                        StaticRegion::Gc if boxed => FieldStorage::GcBoxed(*offset),
                        StaticRegion::Gc => FieldStorage::Gc(*offset),
                        StaticRegion::ThreadGc if boxed => FieldStorage::GcBoxed(gc_thread_base + offset),
                        StaticRegion::ThreadGc => FieldStorage::Gc(gc_thread_base + offset),
                    }
                }
                (None, None) => return Err(fail::invalid_program("static field without storage")),
            };
        }
        let statics_nongc = if nongc > 0 { leak_zeroed(nongc as usize) } else { 0 };
        let statics_gc = if gc > 0 { leak_zeroed(gc as usize) } else { 0 };

        // Sizes as fields, locals and array elements see them.
        let enum_underlying = if category == Category::Enum { instance.first().map(|&i| descs[i].0.ty) } else { None };
        let kind = self.ty(t).kind;
        let (size, align, kind) = match category {
            Category::Enum => {
                let u = enum_underlying.ok_or_else(|| fail::type_load(&self.ty(t).name, &self.assemblies[asm.0 as usize].name))?;
                let ud = self.ty(u);
                (ud.size, ud.align, ud.kind)
            }
            Category::Primitive => (self.ty(t).size, self.ty(t).align, kind),
            Category::Struct => (layout.size, layout.align, kind),
            _ => (8, 8, kind),
        };
        let base_size = match category {
            // Length, first character and the terminating NUL (CoreCLR's StringObject).
            Category::String => 8 + 8 + 4 + 2,
            _ => layout.base_size,
        };
        let abi = if kind == ValueKind::Struct { struct_abi(&sysv_classify(&embed(&shape, &layout))) } else { StructAbi::Memory };
        modules.sort_unstable();
        modules.dedup();
        let d = self.ty_mut(t);
        d.fields = descs.into_iter().map(|(d, _)| d).collect();
        d.size = size;
        d.align = align;
        d.kind = kind;
        d.data_size = layout.size;
        d.base_size = base_size;
        d.gc_slots = layout.object_ref_slots();
        d.abi = abi;
        d.statics_nongc = statics_nongc;
        d.statics_gc = statics_gc;
        d.precise_init = row.flags.0 & TypeAttributes::BEFORE_FIELD_INIT == 0;
        d.element = enum_underlying.or(d.element);
        if category == Category::String {
            d.component_size = 2;
        }
        d.thread_statics_base = thread_base;
        d.laid = Some(Box::new(Laid { shape, layout, modules }));
        Ok(())
    }

    /// What a field of type `ty` contributes to its owner's layout, whether it is
    /// non-blittable, and (in `modules`) which assemblies that layout depends on.
    fn field_kind(&mut self, ty: TypeId, ansi_owner: bool, modules: &mut Vec<AsmId>) -> Result<(FieldKind, bool), Failure> {
        let d = self.ty(ty);
        Ok(match d.category {
            Category::Primitive => {
                let non_blittable = d.kind == ValueKind::Bool || (d.kind == ValueKind::Char && ansi_owner);
                (self.primitive_kind(ty), non_blittable)
            }
            Category::Enum => {
                if let TypeKey::Def { asm, .. } = d.key {
                    modules.push(asm);
                }
                self.ensure_laid_out(ty)?;
                (FieldKind::primitive(self.ty(ty).size), false)
            }
            Category::Struct => {
                self.ensure_laid_out(ty)?;
                let laid = self.ty(ty).laid.as_ref().ok_or_else(|| fail::invalid_program("value type without layout"))?;
                modules.extend(laid.modules.iter().copied());
                (FieldKind::ValueType(Box::new(embed(&laid.shape, &laid.layout))), false)
            }
            Category::Pointer => (FieldKind::primitive(8), false),
            Category::ByRef => (FieldKind::ByRef, false),
            Category::Void => return Err(fail::invalid_program("a field of type System.Void")),
            Category::Class | Category::Interface | Category::Array | Category::String | Category::Object | Category::GenericParam => (FieldKind::Reference, false),
        })
    }

    /// The layout kind of a primitive type's value.
    fn primitive_kind(&self, t: TypeId) -> FieldKind {
        let d = self.ty(t);
        match d.kind {
            ValueKind::R4 | ValueKind::R8 => FieldKind::FloatingPoint { size: d.size },
            _ => FieldKind::primitive(d.size.max(1)),
        }
    }

    /// What a static field of type `ty` (declared in `owner`) needs for storage.
    fn static_kind(&mut self, ty: TypeId, owner: TypeId) -> Result<StaticFieldKind, Failure> {
        let d = self.ty(ty);
        Ok(match d.category {
            Category::Primitive => StaticFieldKind::Primitive { size: d.size.max(1) },
            Category::Pointer => StaticFieldKind::Primitive { size: 8 },
            Category::ByRef => StaticFieldKind::ByRefLike,
            Category::Enum => {
                if ty != owner {
                    self.ensure_laid_out(ty)?;
                }
                StaticFieldKind::Primitive { size: self.ty(ty).size.max(1) }
            }
            // Boxed, so no layout is needed now (a struct may hold a static of itself).
            Category::Struct if self.is_byref_like(ty)? => StaticFieldKind::ByRefLike,
            Category::Struct => StaticFieldKind::ValueType,
            Category::Void => return Err(fail::invalid_program("a field of type System.Void")),
            Category::Class | Category::Interface | Category::Array | Category::String | Category::Object | Category::GenericParam => StaticFieldKind::Reference,
        })
    }

    /// Bytes of image data behind an RVA static of type `ty`.
    fn rva_static_size(&mut self, ty: TypeId) -> Result<u32, Failure> {
        self.ensure_laid_out(ty)?;
        Ok(self.ty(ty).size)
    }

    /// True for a ref struct (`IsByRefLikeAttribute`).
    fn is_byref_like(&self, t: TypeId) -> Result<bool, Failure> {
        let TypeKey::Def { asm, rid, .. } = self.ty(t).key else { return Ok(false) };
        let md = self.assemblies[asm.0 as usize].md();
        Ok(md.find_custom_attribute(HasCustomAttribute::TypeDef(rid), "System.Runtime.CompilerServices", "IsByRefLikeAttribute").map_err(bad)?.is_some())
    }

    /// Corelib types whose layout differs from what their metadata says.
    fn special_type(&self, asm: AsmId, rid: TypeDefRid) -> Option<SpecialType> {
        if asm != self.corelib {
            return None;
        }
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.type_def(rid).ok()?;
        let (ns, name) = (md.string(row.namespace).ok()?, md.string(row.name).ok()?);
        match (ns, name) {
            ("System", "Int128" | "UInt128") => Some(SpecialType::Int128),
            ("System.Runtime.Intrinsics", "Vector64`1") => Some(SpecialType::Vector64),
            ("System.Runtime.Intrinsics", "Vector128`1") => Some(SpecialType::Vector128),
            ("System.Runtime.Intrinsics", "Vector256`1") => Some(SpecialType::Vector256),
            ("System.Runtime.Intrinsics", "Vector512`1") => Some(SpecialType::Vector512),
            _ => None,
        }
    }

    /// CoreCLR `MethodTableBuilder::NeedsAlignedBaseOffset` (crossgen2
    /// `NeedsAlignmentBetweenBaseTypeAndDerived`): a class in a ReadyToRun image starts its
    /// fields pointer-aligned when its parent is outside the image's version bubble or the
    /// parent's own layout depends on more than one assembly. IL-only images never do.
    fn needs_aligned_base(&self, child: AsmId, parent: TypeId) -> bool {
        let Some(bubble) = &self.assemblies[child.0 as usize].bubble else { return false };
        let Some(laid) = &self.ty(parent).laid else { return false };
        let TypeKey::Def { asm: parent_asm, .. } = self.ty(parent).key else { return false };
        let in_bubble = parent_asm == child || bubble.iter().any(|n| n.eq_ignore_ascii_case(&self.assemblies[parent_asm.0 as usize].name));
        !in_bubble || laid.modules.len() > 1
    }

    /// The offset of static field `index` of `t` in its statics block as crossgen2 counts it
    /// (thread statics from [`layout::statics::THREAD_STATICS_START`]); `None` for instance,
    /// literal and RVA fields.
    pub fn static_block_offset(&self, t: TypeId, index: usize) -> Option<u32> {
        let d = self.ty(t);
        let [nongc_thread, gc_thread] = d.thread_statics_base;
        let rebase = |off: u32, thread: u32| if off >= thread { off - thread } else { off };
        match d.fields.get(index)?.storage {
            FieldStorage::NonGc(off) => Some(rebase(off, nongc_thread)),
            FieldStorage::Gc(off) | FieldStorage::GcBoxed(off) => Some(rebase(off, gc_thread)),
            _ => None,
        }
    }

    /// Where the references of an instance of `t` are (laid out first), for its
    /// MethodTable.
    pub fn gc_desc(&self, t: TypeId) -> GcDesc {
        let d = self.ty(t);
        match (d.category, d.element) {
            (Category::Array, Some(e)) if self.is_reference(e) => GcDesc::for_array(None, d.component_size),
            (Category::Array, Some(e)) => GcDesc::for_array(Some(&self.ty(e).gc_slots), d.component_size),
            (Category::Class | Category::Object | Category::Struct | Category::Enum | Category::Primitive, _) => GcDesc::for_object(&d.gc_slots),
            _ => GcDesc::None,
        }
    }

    /// A layout rule violation as CoreCLR reports it.
    fn layout_failure(&self, t: TypeId, asm: AsmId, e: &LayoutError) -> Failure {
        let a = &self.assemblies[asm.0 as usize];
        let display = a.md().assembly_name().ok().flatten().map_or_else(|| a.name.clone(), |n| n.to_string());
        Failure { exception: "System.TypeLoadException", message: format!("Could not load type '{}' from assembly '{display}' because {e}.", self.ty(t).name) }
    }
}

/// A definition as the layout algorithm saw it, kept for types that embed or derive from it.
#[derive(Debug)]
pub struct Laid {
    /// The shape handed to [`crate::layout`].
    pub shape: TypeShape,
    /// Its result.
    pub layout: InstanceLayout,
    /// The assemblies this layout depends on (its own, its bases', its value-type and enum
    /// fields'), sorted: more than one makes derived classes in ReadyToRun images start
    /// pointer-aligned.
    pub modules: Vec<AsmId>,
}

/// The JIT's view of a SysV classification.
fn struct_abi(passing: &StructPassing) -> StructAbi {
    let StructPassing::Registers(eightbytes) = passing else { return StructAbi::Memory };
    let mut parts = [None, None];
    for (part, e) in parts.iter_mut().zip(eightbytes) {
        *part = Some(match e.class {
            layout::RegClass::Sse => (RegClass::Sse, if e.size <= 4 { 4 } else { 8 }),
            layout::RegClass::Integer | layout::RegClass::IntegerReference | layout::RegClass::IntegerByRef => (RegClass::Int, e.size),
        });
    }
    StructAbi::Regs(parts)
}

/// A zeroed allocation that lives for the rest of the process; returns its address.
pub fn leak_zeroed(size: usize) -> u64 {
    let words = size.div_ceil(8).max(1);
    let block: &'static mut [u64] = Box::leak(vec![0u64; words].into_boxed_slice());
    block.as_mut_ptr() as u64
}

/// Resolves a TypeDef/TypeRef/TypeSpec coded index (see `sig`).
impl Loader {
    /// A type named by a TypeDefOrRef coded index of `asm`, in a generic context.
    pub fn resolve_type_def_or_ref(
        &mut self,
        asm: AsmId,
        t: r2rhost_image::metadata::sig::TypeDefOrRef,
        type_inst: &[TypeId],
        method_inst: &[TypeId],
    ) -> Result<TypeId, Failure> {
        use r2rhost_image::metadata::sig::TypeDefOrRef as T;
        match t {
            T::TypeDef(rid) => self.type_of(TypeKey::Def { asm, rid, inst: Vec::new() }),
            T::TypeRef(rid) => {
                let (a, r) = self.resolve_type_ref(asm, rid)?;
                self.type_of(TypeKey::Def { asm: a, rid: r, inst: Vec::new() })
            }
            T::TypeSpec(rid) => {
                let md = self.assemblies[asm.0 as usize].md();
                let row = md.type_spec(rid).map_err(bad)?;
                let blob = md.blob(row.signature).map_err(bad)?;
                let sig: TypeSig = SigReader::new(blob).type_sig().map_err(bad)?;
                self.resolve_sig(asm, &sig, type_inst, method_inst)
            }
        }
    }
}
