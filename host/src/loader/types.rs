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
use r2rhost_image::metadata::flags::TypeAttributes;
use r2rhost_image::metadata::sig::{SigReader, TypeSig};
use r2rhost_image::metadata::token::{FieldRid, TypeDefRid};

use super::methods::MethodId;
use super::{AsmId, Failure, Loader, bad, fail};

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
    /// Instance data size (value types: unboxed size; classes: bytes after the MT pointer).
    pub data_size: u32,
    /// Offsets of object references in the instance data.
    pub gc_slots: Vec<u32>,
    /// Register classification of a struct.
    pub abi: StructAbi,
    /// `[InlineArray(n)]` structs: n (their one field repeats n times); 1 otherwise.
    pub inline_len: u32,
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
            inline_len: 1,
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
        // Parent's instance data comes first.
        let (mut data_start, mut gc_slots) = (0u32, Vec::new());
        if let Some(p) = self.ty(t).parent
            && matches!(category, Category::Class | Category::Object | Category::String)
        {
            self.ensure_laid_out(p)?;
            data_start = self.ty(p).data_size;
            gc_slots = self.ty(p).gc_slots.clone();
        }
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.type_def(rid).map_err(bad)?;
        let field_rids: Vec<FieldRid> = md.type_fields(rid).map_err(bad)?.collect();
        let class_layout = md.class_layout_of(rid).map_err(bad)?;
        let mut fields = Vec::new();
        let mut instance = Vec::new();
        for f in field_rids {
            let frow = md.field(f).map_err(bad)?;
            let name = md.string(frow.name).map_err(bad)?.to_string();
            let blob = md.blob(frow.signature).map_err(bad)?;
            let sig = SigReader::new(blob).field_sig().map_err(bad)?;
            let explicit = md.field_offset_of(f).map_err(bad)?;
            let rva = if frow.flags.0 & 0x100 != 0 { md.field_rva_of(f).map_err(bad)? } else { None };
            fields.push((f, name, sig, frow.flags, explicit, rva));
        }
        let mut descs = Vec::new();
        for (f, name, sig, flags, explicit, rva) in fields {
            let ty = self.resolve_sig(asm, &sig, inst, &[])?;
            let storage = if flags.is_literal() {
                FieldStorage::Literal
            } else if flags.is_static() {
                // Placed below with the statics.
                FieldStorage::NonGc(u32::MAX)
            } else {
                instance.push((descs.len(), ty, explicit));
                FieldStorage::Instance(0)
            };
            descs.push((FieldDesc { rid: f, name, ty, storage }, rva));
        }
        // Instance layout.
        let is_value = matches!(category, Category::Struct | Category::Enum | Category::Primitive);
        let layout_kind = row.flags.layout();
        let pack = class_layout.map(|c| u32::from(c.packing_size)).filter(|p| *p != 0).unwrap_or(8);
        let mut items = Vec::new();
        for (i, ty, explicit) in &instance {
            if category == Category::Primitive {
                // `int m_value` inside Int32: the primitive's size is known, no recursion.
                let d = self.ty(t);
                items.push(Item { index: *i, size: d.size, align: d.align, is_ref: false, gc: Vec::new(), explicit: *explicit });
                continue;
            }
            if self.is_reference(*ty) {
                items.push(Item { index: *i, size: 8, align: 8, is_ref: true, gc: Vec::new(), explicit: *explicit });
                continue;
            }
            self.ensure_laid_out(*ty)?;
            let fd = self.ty(*ty);
            items.push(Item { index: *i, size: fd.size, align: fd.align.min(pack).max(1), is_ref: false, gc: fd.gc_slots.clone(), explicit: *explicit });
        }
        let (offsets, mut size, align) = place_fields(&mut items, data_start, layout_kind, is_value && layout_kind != 0);
        for (item, off) in items.iter().zip(&offsets) {
            descs[item.index].0.storage = FieldStorage::Instance(*off);
            if item.is_ref {
                gc_slots.push(*off);
            }
            for g in &item.gc {
                gc_slots.push(off + g);
            }
        }
        // [InlineArray(n)]: the single instance field repeats n times.
        let inline_len = if is_value && items.len() == 1 { self.inline_array_length(asm, rid)? } else { 1 };
        if inline_len > 1 {
            let it = &items[0];
            let stride = it.size.div_ceil(it.align.max(1)) * it.align.max(1);
            for k in 1..inline_len {
                if it.is_ref {
                    gc_slots.push(k * stride);
                }
                for g in &it.gc {
                    gc_slots.push(k * stride + g);
                }
            }
            size = stride * inline_len;
        }
        gc_slots.sort_unstable();
        if let Some(cl) = class_layout
            && cl.class_size > 0
            && is_value
        {
            size = size.max(cl.class_size);
        }
        // Statics. `[ThreadStatic]` fields are placed like every other static: while the
        // runtime runs managed code on one thread (no Thread creation, a synchronous Task
        // library), per-thread storage would be indistinguishable. They need per-thread
        // blocks (and their own class-constructor semantics) once threads exist.
        let mut nongc = 0u32;
        let mut gc = 0u32;
        let mut rva_blocks = Vec::new();
        for (d, rva) in descs.iter_mut() {
            if d.storage != FieldStorage::NonGc(u32::MAX) {
                continue;
            }
            if self.is_reference(d.ty) && rva.is_none() {
                d.storage = FieldStorage::Gc(gc);
                gc += 8;
                continue;
            }
            if d.ty == t || self.ty(d.ty).category == Category::Struct && self.ty(d.ty).state == LoadState::LayingOut {
                // A struct static of the struct's own type lives in a box: no layout needed now.
                d.storage = FieldStorage::GcBoxed(gc);
                gc += 8;
                continue;
            }
            self.ensure_laid_out(d.ty)?;
            let fd = self.ty(d.ty);
            if let Some(rva) = rva {
                rva_blocks.push((d.rid, *rva, fd.size));
                d.storage = FieldStorage::Rva(0);
            } else if fd.kind == ValueKind::Struct {
                d.storage = FieldStorage::GcBoxed(gc);
                gc += 8;
            } else {
                let a = fd.align.max(1);
                nongc = nongc.div_ceil(a) * a;
                d.storage = FieldStorage::NonGc(nongc);
                nongc += fd.size;
            }
        }
        let statics_nongc = if nongc > 0 { leak_zeroed(nongc as usize) } else { 0 };
        let statics_gc = if gc > 0 { leak_zeroed(gc as usize) } else { 0 };
        for (d, _) in descs.iter_mut() {
            if let FieldStorage::Rva(_) = d.storage
                && let Some((_, rva, size)) = rva_blocks.iter().find(|(r, _, _)| *r == d.rid)
            {
                let image = &self.assemblies[asm.0 as usize].image;
                let bytes = image.pe.slice_rva(r2rhost_image::pe::Rva(*rva), *size).map_err(bad)?;
                // A private, writable copy (programs may write RVA statics through pointers).
                let copy = leak_zeroed(bytes.len().max(1));
                crate::runtime::memory::copy_into(copy, bytes.data());
                d.storage = FieldStorage::Rva(copy);
            }
        }
        let kind = self.ty(t).kind;
        let instance_end = size;
        let enum_underlying = if category == Category::Enum {
            descs.iter().find(|(d, _)| matches!(d.storage, FieldStorage::Instance(_))).map(|(d, _)| d.ty)
        } else {
            None
        };
        let (size, align, kind) = match category {
            Category::Enum => {
                let u = enum_underlying.ok_or_else(|| fail::type_load(&self.ty(t).name, &self.assemblies[asm.0 as usize].name))?;
                let ud = self.ty(u);
                (ud.size, ud.align, ud.kind)
            }
            Category::Primitive | Category::Void => (self.ty(t).size, self.ty(t).align, kind),
            Category::Struct => {
                let a = align.max(1);
                let s = size.max(1).div_ceil(a) * a;
                (s, a, kind)
            }
            _ => (8, 8, kind),
        };
        let data_size = match category {
            Category::Class | Category::Object | Category::String => instance_end.div_ceil(8) * 8,
            _ => size,
        };
        let base_size = match category {
            Category::Class | Category::Object => (16 + data_size).max(24),
            Category::String => 8 + 8 + 4 + 2,
            _ => (16 + size.div_ceil(8) * 8).max(24),
        };
        let abi = if kind == ValueKind::Struct { self.classify(&descs.iter().map(|(d, _)| d.clone()).collect::<Vec<_>>(), inline_len, size) } else { StructAbi::Memory };
        let beforefieldinit = row.flags.0 & TypeAttributes::BEFORE_FIELD_INIT != 0;
        let d = self.ty_mut(t);
        d.fields = descs.into_iter().map(|(d, _)| d).collect();
        d.size = size;
        d.align = align;
        d.kind = kind;
        d.data_size = data_size;
        d.base_size = base_size;
        d.gc_slots = gc_slots;
        d.abi = abi;
        d.inline_len = inline_len;
        d.statics_nongc = statics_nongc;
        d.statics_gc = statics_gc;
        d.precise_init = !beforefieldinit;
        d.element = enum_underlying.or(d.element);
        if category == Category::String {
            d.component_size = 2;
        }
        Ok(())
    }

    /// SysV classification of a struct of `size` bytes from its fields (recursively).
    fn classify(&self, fields: &[FieldDesc], inline_len: u32, size: u32) -> StructAbi {
        if size > 16 || size == 0 {
            return StructAbi::Memory;
        }
        let mut classes: [Option<RegClass>; 2] = [None, None];
        let mut ok = true;
        self.classify_into(fields, 0, inline_len, &mut classes, &mut ok);
        if !ok {
            return StructAbi::Memory;
        }
        let n = size.div_ceil(8) as usize;
        let mut parts = [None, None];
        for (i, part) in parts.iter_mut().enumerate().take(n) {
            let bytes = if i + 1 == n { size - 8 * i as u32 } else { 8 };
            let class = classes[i].unwrap_or(RegClass::Int);
            let sz = if class == RegClass::Sse && bytes <= 4 { 4 } else { 8 };
            *part = Some((class, if class == RegClass::Int { bytes.min(8) as u8 } else { sz }));
        }
        StructAbi::Regs(parts)
    }

    fn classify_into(&self, fields: &[FieldDesc], base: u32, inline_len: u32, classes: &mut [Option<RegClass>; 2], ok: &mut bool) {
        for (k, f) in (0..inline_len).flat_map(|k| fields.iter().map(move |f| (k, f))) {
            let FieldStorage::Instance(off) = f.storage else { continue };
            let fd = self.ty(f.ty);
            let elem = if fd.kind == ValueKind::Object { 8 } else { fd.size.div_ceil(fd.align.max(1)) * fd.align.max(1) };
            let off = base + off + k * elem;
            if fd.kind == ValueKind::Struct {
                self.classify_into(&fd.fields, off, fd.inline_len, classes, ok);
                continue;
            }
            let class = if matches!(fd.kind, ValueKind::R4 | ValueKind::R8) { RegClass::Sse } else { RegClass::Int };
            let slot = (off / 8) as usize;
            if slot > 1 {
                *ok = false;
                return;
            }
            classes[slot] = Some(match (classes[slot], class) {
                (Some(RegClass::Int), _) | (_, RegClass::Int) => RegClass::Int,
                _ => RegClass::Sse,
            });
        }
    }
}

impl Loader {
    /// The length of `[InlineArray(n)]` on a type definition (1 without the attribute).
    fn inline_array_length(&self, asm: AsmId, rid: TypeDefRid) -> Result<u32, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        for ca in md.custom_attributes_of(r2rhost_image::metadata::coded::HasCustomAttribute::TypeDef(rid)) {
            let Ok(name) = md.custom_attribute_type_name(ca) else { continue };
            if name.namespace != "System.Runtime.CompilerServices" || name.name != "InlineArrayAttribute" {
                continue;
            }
            // Value blob: prolog 0x0001, then the int32 length (II.23.3).
            let row = md.custom_attribute(ca).map_err(bad)?;
            let blob = md.blob(row.value).map_err(bad)?;
            let b = blob.data();
            if b.len() >= 6 && b[0] == 1 && b[1] == 0 {
                let n = i32::from_le_bytes([b[2], b[3], b[4], b[5]]);
                if n > 0 {
                    return Ok(n as u32);
                }
            }
            return Err(Failure { exception: "System.TypeLoadException", message: format!("Inline array length must be greater than 0 on '{}'.", self.def_name(asm, rid)?) });
        }
        Ok(1)
    }
}

/// A field being placed.
struct Item {
    index: usize,
    size: u32,
    align: u32,
    is_ref: bool,
    gc: Vec<u32>,
    explicit: Option<u32>,
}

/// Places instance fields starting at `start`; returns (offsets, size, alignment).
///
/// Interim rules (to be replaced by the crossgen2-identical algorithm in `crate::layout`):
/// explicit layout uses the given offsets; sequential value types keep declaration order
/// with natural alignment; everything else is auto: references first, then primitives by
/// decreasing size, then structs.
fn place_fields(items: &mut [Item], start: u32, layout_kind: u32, sequential: bool) -> (Vec<u32>, u32, u32) {
    let mut offsets = vec![0u32; items.len()];
    let mut align = 1u32;
    let mut end = start;
    if layout_kind == 0x10 {
        for (i, it) in items.iter().enumerate() {
            let off = start + it.explicit.unwrap_or(0);
            offsets[i] = off;
            end = end.max(off + it.size);
            align = align.max(it.align);
        }
        return (offsets, end, align);
    }
    let order: Vec<usize> = if sequential && !items.iter().any(|i| i.is_ref || !i.gc.is_empty()) {
        (0..items.len()).collect()
    } else {
        let mut o: Vec<usize> = (0..items.len()).collect();
        o.sort_by_key(|&i| {
            let it = &items[i];
            let group = if it.is_ref { 0 } else if it.gc.is_empty() && it.size <= 8 && it.size.is_power_of_two() { 1 } else { 2 };
            (group, std::cmp::Reverse(it.size), i)
        });
        o
    };
    for i in order {
        let it = &items[i];
        let a = it.align.max(1);
        let off = end.div_ceil(a) * a;
        offsets[i] = off;
        end = off + it.size;
        align = align.max(a);
    }
    (offsets, end, align)
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
