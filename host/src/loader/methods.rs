//! Methods and members: identity, resolution of method and field tokens, vtables,
//! interface maps, and making a type ready (its MethodTable).
//!
//! Override rules follow ECMA-335 II.10.3: a virtual method takes over the slot of an
//! inherited virtual with the same name and signature unless it is `newslot`; MethodImpl
//! rows override explicitly (this is how covariant returns and explicit interface
//! implementations are expressed). Interface methods map to, in order: an explicit
//! MethodImpl of the class or a base class, the most derived public virtual with the same
//! name and signature, or the interface's own default implementation.

use std::collections::HashMap;
use std::sync::atomic::AtomicU8;

use r2rhost_codegen::env::{StructAbi, TypeInfo, ValueKind};
use r2rhost_image::metadata::coded::{MemberRefParent, MethodDefOrRef};
use r2rhost_image::metadata::flags::{MethodAttributes, MethodImplAttributes};
use r2rhost_image::metadata::sig::{MethodSig, SigReader};
use r2rhost_image::metadata::token::{FieldRid, MemberRefRid, MethodDefRid, MethodSpecRid, TableId, Token, TypeDefRid};

use super::sig::SigShape;
use super::types::{Category, FieldStorage, LoadState, TypeId, TypeKey, VTABLE_OFFSET, mt_flags};
use super::{AsmId, Failure, Loader, bad, fail};

/// A method instantiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId(pub u32);

/// Everything the runtime knows about a method instantiation.
#[derive(Debug)]
pub struct MethodDesc {
    /// Declaring type (instantiated).
    pub owner: TypeId,
    /// Defining assembly.
    pub asm: AsmId,
    /// MethodDef row.
    pub rid: MethodDefRid,
    /// Method type arguments.
    pub inst: Vec<TypeId>,
    /// Simple name.
    pub simple_name: String,
    /// `Type.Name` for diagnostics.
    pub name: String,
    /// Flags.
    pub flags: MethodAttributes,
    /// Implementation flags.
    pub impl_flags: MethodImplAttributes,
    /// IL body RVA (0 if none).
    pub rva: u32,
    /// `this` type for instance methods (the owner).
    pub this: Option<TypeId>,
    /// Parameter types.
    pub params: Vec<TypeId>,
    /// Return type.
    pub ret: TypeId,
    /// The signature's shape (for override and interface matching).
    pub shape: SigShape,
    /// Vtable slot, for virtual methods that have one.
    pub vslot: Option<u32>,
    /// Address of the stable entry slot (`call [slot]`).
    pub slot: u64,
    /// Address of the precode (`jmp [slot]`): the method's stable function pointer.
    pub precode: u64,
    /// Address of the unboxing stub of a value type's instance method (0 until needed).
    pub unboxing: u64,
}

/// What a method token can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodRef {
    /// An ordinary method.
    Method(MethodId),
    /// A runtime-provided method of a multi-dimensional array type.
    Array(TypeId, ArrayMethod),
}

/// A method definition as found in a (possibly instantiated) type, not yet instantiated
/// itself: (the type, the MethodDef row).
pub type MemberDef = (TypeId, MethodDefRid);

/// What a method MemberRef names before instantiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MemberTarget {
    /// A method definition, found in this type.
    Def(TypeId, MethodDefRid),
    /// A runtime-provided method of an array type.
    Array(TypeId, ArrayMethod),
}

/// Methods of multi-dimensional array types (ECMA-335 II.14.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayMethod {
    /// `.ctor(int32 × rank)`.
    Ctor,
    /// `Get(int32 × rank)`.
    Get,
    /// `Set(int32 × rank, T)`.
    Set,
    /// `Address(int32 × rank)`.
    Address,
}

/// Allocates entry slots and precodes for new methods (implemented by the runtime).
pub trait StubFactory {
    /// A fresh (slot address, precode address) pair for `method`; the slot initially leads
    /// to the method's prestub.
    fn new_entry(&mut self, method: MethodId) -> (u64, u64);
    /// An unboxing stub for the method whose entry slot is `slot`: adds 8 to `this` (a
    /// boxed value) and jumps through the slot.
    fn new_unboxing_stub(&mut self, slot: u64) -> u64;
    /// Allocates a MethodTable: the `prefix` words (its GC descriptor) immediately followed
    /// by `words`; returns the address of `words[0]`, the MethodTable pointer.
    fn new_method_table(&mut self, prefix: &[u64], words: &[u64]) -> u64;
}

/// Stubs for a loader that only loads and lays out types and never runs code (tools,
/// tests): distinct fake entry addresses; MethodTables (with their GC descriptors) are
/// real memory, leaked, so their words can be read back.
#[derive(Debug, Default)]
pub struct DataOnlyStubs {
    next: u64,
}

impl StubFactory for DataOnlyStubs {
    fn new_entry(&mut self, _method: MethodId) -> (u64, u64) {
        self.next += 16;
        (0x1000 + self.next, 0x1000 + self.next + 8)
    }
    fn new_unboxing_stub(&mut self, slot: u64) -> u64 {
        slot + 4
    }
    fn new_method_table(&mut self, prefix: &[u64], words: &[u64]) -> u64 {
        leak_method_table(prefix, words)
    }
}

/// A MethodTable as process-lifetime memory: `prefix` (its GC descriptor) then `words`;
/// returns the address of `words[0]`. MethodTables are never freed.
pub fn leak_method_table(prefix: &[u64], words: &[u64]) -> u64 {
    let block: &'static [u64] = Box::leak([prefix, words].concat().into_boxed_slice());
    block.as_ptr() as u64 + 8 * prefix.len() as u64
}

impl Loader {
    /// The method description.
    pub fn method(&self, m: MethodId) -> &MethodDesc {
        &self.methods[m.0 as usize]
    }

    /// The method `rid` of `owner` (instantiated with `inst` when generic).
    pub fn method_of(&mut self, owner: TypeId, rid: MethodDefRid, inst: Vec<TypeId>) -> Result<MethodId, Failure> {
        let key = (owner, rid.0, inst.clone());
        if let Some(m) = self.method_index.get(&key) {
            return Ok(*m);
        }
        let (asm, _, type_inst) = self.def_of(owner).ok_or_else(|| fail::invalid_program("method of a constructed type"))?;
        let type_inst = type_inst.to_vec();
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.method_def(rid).map_err(bad)?;
        let simple_name = md.string(row.name).map_err(bad)?.to_string();
        let blob = md.blob(row.signature).map_err(bad)?;
        let sig = SigReader::new(blob).method_sig().map_err(bad)?;
        if sig.generic_params as usize != inst.len() {
            return Err(fail::invalid_program(&format!("{simple_name}: {} type arguments for {} parameters", inst.len(), sig.generic_params)));
        }
        let shape = self.sig_shape(asm, &sig, &type_inst)?;
        let ret = self.close_shape(&shape.ret, &inst)?;
        let mut params = Vec::with_capacity(shape.params.len());
        for p in shape.params.clone() {
            params.push(self.close_shape(&p, &inst)?);
        }
        let this = (!row.flags.is_static()).then_some(owner);
        let mut name = format!("{}.{simple_name}", self.ty(owner).name);
        if !inst.is_empty() {
            let args: Vec<String> = inst.iter().map(|t| self.ty(*t).name.clone()).collect();
            name = format!("{name}<{}>", args.join(","));
        }
        let id = MethodId(u32::try_from(self.methods.len()).map_err(|_| fail::unsupported("more than 2^32 methods"))?);
        let (slot, precode) = self.stubs.new_entry(id);
        self.methods.push(MethodDesc {
            owner,
            asm,
            rid,
            inst,
            simple_name,
            name,
            flags: row.flags,
            impl_flags: row.impl_flags,
            rva: row.rva,
            this,
            params,
            ret,
            shape,
            vslot: None,
            slot,
            precode,
            unboxing: 0,
        });
        self.method_index.insert(key, id);
        if self.method(id).inst.is_empty() {
            self.ty_mut(owner).methods.insert(rid.0, id);
        }
        Ok(id)
    }

    /// The code pointer that calls `m` with a boxed `this`: for an instance method of a value
    /// type its unboxing stub (made on first use), otherwise its precode.
    pub fn boxed_entry(&mut self, m: MethodId) -> u64 {
        let d = self.method(m);
        let value_owner = matches!(self.ty(d.owner).category, Category::Struct | Category::Enum | Category::Primitive);
        if !value_owner || d.this.is_none() {
            return d.precode;
        }
        if d.unboxing == 0 {
            let slot = d.slot;
            let stub = self.stubs.new_unboxing_stub(slot);
            self.methods[m.0 as usize].unboxing = stub;
        }
        self.method(m).unboxing
    }

    /// Whether method `m` carries the custom attribute `namespace.name`.
    pub fn has_attribute(&self, m: MethodId, namespace: &str, name: &str) -> bool {
        let d = self.method(m);
        let md = self.assemblies[d.asm.0 as usize].md();
        md.custom_attributes_of(r2rhost_image::metadata::coded::HasCustomAttribute::MethodDef(d.rid))
            .any(|ca| md.custom_attribute_type_name(ca).is_ok_and(|n| n.namespace == namespace && n.name == name))
    }

    /// The MethodDef rows of a type definition.
    pub fn def_methods(&self, asm: AsmId, rid: TypeDefRid) -> Result<Vec<MethodDefRid>, Failure> {
        Ok(self.assemblies[asm.0 as usize].md().type_methods(rid).map_err(bad)?.collect())
    }

    /// A readable signature for error messages: `Void System.Console.Foo(System.String)`.
    fn describe_ref(&mut self, asm: AsmId, owner: TypeId, name: &str, sig: &MethodSig) -> String {
        let type_inst = self.def_of(owner).map(|(_, _, i)| i.to_vec()).unwrap_or_default();
        let mut names = Vec::new();
        for p in &sig.params {
            names.push(match self.shape(asm, p, &type_inst) {
                Ok(super::sig::Shape::Closed(t)) => self.ty(t).name.clone(),
                _ => "?".into(),
            });
        }
        let ret = match self.shape(asm, &sig.ret, &type_inst) {
            Ok(super::sig::Shape::Closed(t)) => self.ty(t).name.clone(),
            _ => "?".into(),
        };
        let ret = ret.rsplit('.').next().unwrap_or(&ret).to_string();
        format!("{ret} {}.{name}({})", self.ty(owner).name, names.join(", "))
    }

    /// A method token (MethodDef, MemberRef or MethodSpec) of `asm` in a generic context.
    pub fn resolve_method_token(&mut self, asm: AsmId, token: Token, type_inst: &[TypeId], method_inst: &[TypeId]) -> Result<MethodRef, Failure> {
        match token.table() {
            Some(TableId::MethodDef) => {
                let rid = MethodDefRid(token.rid());
                let md = self.assemblies[asm.0 as usize].md();
                let decl = md.method_declaring_type(rid).map_err(bad)?.ok_or_else(|| fail::invalid_program("method without a declaring type"))?;
                let generic = md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(decl)).next().is_some();
                let inst = if generic { type_inst.to_vec() } else { Vec::new() };
                let owner = self.type_of(TypeKey::Def { asm, rid: decl, inst })?;
                Ok(MethodRef::Method(self.method_of(owner, rid, Vec::new())?))
            }
            Some(TableId::MemberRef) => self.resolve_member_ref_method(asm, MemberRefRid(token.rid()), type_inst, method_inst, Vec::new()),
            Some(TableId::MethodSpec) => {
                let md = self.assemblies[asm.0 as usize].md();
                let row = md.method_spec(MethodSpecRid(token.rid())).map_err(bad)?;
                let blob = md.blob(row.instantiation).map_err(bad)?;
                let args = SigReader::new(blob).method_spec().map_err(bad)?;
                let mut inst = Vec::with_capacity(args.len());
                for a in &args {
                    inst.push(self.resolve_sig(asm, a, type_inst, method_inst)?);
                }
                match row.method {
                    MethodDefOrRef::MethodDef(rid) => {
                        let md = self.assemblies[asm.0 as usize].md();
                        let decl = md.method_declaring_type(rid).map_err(bad)?.ok_or_else(|| fail::invalid_program("method without a declaring type"))?;
                        let generic = md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(decl)).next().is_some();
                        let tinst = if generic { type_inst.to_vec() } else { Vec::new() };
                        let owner = self.type_of(TypeKey::Def { asm, rid: decl, inst: tinst })?;
                        Ok(MethodRef::Method(self.method_of(owner, rid, inst)?))
                    }
                    MethodDefOrRef::MemberRef(mr) => self.resolve_member_ref_method(asm, mr, type_inst, method_inst, inst),
                }
            }
            _ => Err(fail::invalid_program(&format!("{token} is not a method token"))),
        }
    }

    /// The owner type a MemberRef's parent names.
    fn member_ref_owner(&mut self, asm: AsmId, parent: MemberRefParent, type_inst: &[TypeId], method_inst: &[TypeId]) -> Result<TypeId, Failure> {
        use r2rhost_image::metadata::sig::TypeDefOrRef as T;
        match parent {
            MemberRefParent::TypeDef(r) => self.resolve_type_def_or_ref(asm, T::TypeDef(r), type_inst, method_inst),
            MemberRefParent::TypeRef(r) => self.resolve_type_def_or_ref(asm, T::TypeRef(r), type_inst, method_inst),
            MemberRefParent::TypeSpec(r) => self.resolve_type_def_or_ref(asm, T::TypeSpec(r), type_inst, method_inst),
            MemberRefParent::ModuleRef(_) => Err(fail::unsupported("global members of other modules")),
            MemberRefParent::MethodDef(_) => Err(fail::unsupported("vararg call sites")),
        }
    }

    fn resolve_member_ref_method(
        &mut self,
        asm: AsmId,
        mr: MemberRefRid,
        type_inst: &[TypeId],
        method_inst: &[TypeId],
        inst: Vec<TypeId>,
    ) -> Result<MethodRef, Failure> {
        match self.member_ref_target(asm, mr, type_inst, method_inst)? {
            MemberTarget::Def(t, rid) => Ok(MethodRef::Method(self.method_of(t, rid, inst)?)),
            MemberTarget::Array(t, op) => Ok(MethodRef::Array(t, op)),
        }
    }

    /// The method definition (and the type it is found in) a method MemberRef names.
    fn member_ref_target(&mut self, asm: AsmId, mr: MemberRefRid, type_inst: &[TypeId], method_inst: &[TypeId]) -> Result<MemberTarget, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.member_ref(mr).map_err(bad)?;
        let name = md.string(row.name).map_err(bad)?.to_string();
        let blob = md.blob(row.signature).map_err(bad)?;
        let sig = SigReader::new(blob).method_sig().map_err(bad)?;
        let owner = self.member_ref_owner(asm, row.class, type_inst, method_inst)?;
        if self.ty(owner).category == Category::Array {
            let op = match name.as_str() {
                ".ctor" => ArrayMethod::Ctor,
                "Get" => ArrayMethod::Get,
                "Set" => ArrayMethod::Set,
                "Address" => ArrayMethod::Address,
                _ => return Err(fail::missing_method(&format!("{}::{name}", self.ty(owner).name))),
            };
            return Ok(MemberTarget::Array(owner, op));
        }
        let owner_inst = self.def_of(owner).map(|(_, _, i)| i.to_vec()).unwrap_or_default();
        let want = self.sig_shape(asm, &sig, &owner_inst)?;
        // The declaring type, then its bases (a reference may name a type that inherits
        // the member in our corelib).
        let mut cur = Some(owner);
        while let Some(t) = cur {
            if let Some(rid) = self.find_method_by_shape(t, &name, &want, |_| true)? {
                return Ok(MemberTarget::Def(t, rid));
            }
            cur = self.ty(t).parent;
        }
        let described = self.describe_ref(asm, owner, &name, &sig);
        Err(fail::missing_method(&described))
    }

    /// A method of `t`'s own definition named `name` whose signature (in `t`'s
    /// instantiation) has the shape `want` and whose flags pass `accept`.
    pub fn find_method_by_shape(&mut self, t: TypeId, name: &str, want: &SigShape, accept: impl Fn(MethodAttributes) -> bool) -> Result<Option<MethodDefRid>, Failure> {
        let Some((dasm, drid, dinst)) = self.def_of(t) else { return Ok(None) };
        let dinst = dinst.to_vec();
        for rid in self.def_methods(dasm, drid)? {
            let dmd = self.assemblies[dasm.0 as usize].md();
            let mrow = dmd.method_def(rid).map_err(bad)?;
            if dmd.string(mrow.name).map_err(bad)? != name || !accept(mrow.flags) {
                continue;
            }
            let dblob = dmd.blob(mrow.signature).map_err(bad)?;
            let dsig = SigReader::new(dblob).method_sig().map_err(bad)?;
            let have = self.sig_shape(dasm, &dsig, &dinst)?;
            if have == *want {
                return Ok(Some(rid));
            }
        }
        Ok(None)
    }

    /// The type a MethodDef of `asm` belongs to, instantiated with `type_inst` when generic.
    fn method_def_owner(&mut self, asm: AsmId, rid: MethodDefRid, type_inst: &[TypeId]) -> Result<TypeId, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        let decl = md.method_declaring_type(rid).map_err(bad)?.ok_or_else(|| fail::invalid_program("method without a declaring type"))?;
        let generic = md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(decl)).next().is_some();
        let inst = if generic { type_inst.to_vec() } else { Vec::new() };
        self.type_of(TypeKey::Def { asm, rid: decl, inst })
    }

    /// A field token (FieldDef or MemberRef) of `asm`: the owner type and the field's index
    /// in its `fields`.
    pub fn resolve_field_token(&mut self, asm: AsmId, token: Token, type_inst: &[TypeId], method_inst: &[TypeId]) -> Result<(TypeId, usize), Failure> {
        let (owner, rid_or_name) = match token.table() {
            Some(TableId::Field) => {
                let rid = FieldRid(token.rid());
                let md = self.assemblies[asm.0 as usize].md();
                let decl = md.field_declaring_type(rid).map_err(bad)?.ok_or_else(|| fail::invalid_program("field without a declaring type"))?;
                let generic = md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::TypeDef(decl)).next().is_some();
                let inst = if generic { type_inst.to_vec() } else { Vec::new() };
                (self.type_of(TypeKey::Def { asm, rid: decl, inst })?, Ok(rid))
            }
            Some(TableId::MemberRef) => {
                let md = self.assemblies[asm.0 as usize].md();
                let row = md.member_ref(MemberRefRid(token.rid())).map_err(bad)?;
                let name = md.string(row.name).map_err(bad)?.to_string();
                (self.member_ref_owner(asm, row.class, type_inst, method_inst)?, Err(name))
            }
            _ => return Err(fail::invalid_program(&format!("{token} is not a field token"))),
        };
        let mut cur = Some(owner);
        while let Some(t) = cur {
            self.ensure_laid_out(t)?;
            let found = self.ty(t).fields.iter().position(|f| match &rid_or_name {
                Ok(rid) => f.rid == *rid,
                Err(name) => f.name == *name,
            });
            if let Some(i) = found {
                return Ok((t, i));
            }
            cur = self.ty(t).parent;
        }
        let name = match rid_or_name {
            Ok(rid) => format!("FieldDef#{}", rid.0),
            Err(n) => n,
        };
        Err(fail::missing_field(&format!("{}.{name}", self.ty(owner).name)))
    }

    // -----------------------------------------------------------------------------------
    // Readiness: vtables, interfaces, MethodTables

    /// Makes `t` ready: laid out, with vtable, interface map, class-constructor state and
    /// MethodTable. Idempotent.
    pub fn ensure_ready(&mut self, t: TypeId) -> Result<(), Failure> {
        if self.ty(t).state >= LoadState::Readying {
            return Ok(());
        }
        self.ensure_laid_out(t)?;
        self.ty_mut(t).state = LoadState::Readying;
        let r = self.make_ready(t);
        self.ty_mut(t).state = if r.is_ok() { LoadState::Ready } else { LoadState::LaidOut };
        r
    }

    fn make_ready(&mut self, t: TypeId) -> Result<(), Failure> {
        let parent = self.ty(t).parent;
        if let Some(p) = parent {
            self.ensure_ready(p)?;
        }
        if let Some(e) = self.ty(t).element
            && self.ty(t).category == Category::Array
        {
            self.ensure_ready(e)?;
        }
        // Vtable: inherited slots, then overrides and new slots.
        let mut vtable: Vec<MethodId> = parent.map(|p| self.ty(p).vtable.clone()).unwrap_or_default();
        let mut interfaces: Vec<TypeId> = parent.map(|p| self.ty(p).interfaces.clone()).unwrap_or_default();
        let mut cctor = None;
        if let Some((asm, rid, inst)) = self.def_of(t) {
            let inst = inst.to_vec();
            for mrid in self.def_methods(asm, rid)? {
                let md = self.assemblies[asm.0 as usize].md();
                let row = md.method_def(mrid).map_err(bad)?;
                let name = md.string(row.name).map_err(bad)?;
                if name == ".cctor" && row.flags.is_static() {
                    cctor = Some(self.method_of(t, mrid, Vec::new())?);
                    continue;
                }
                if !row.flags.is_virtual() {
                    continue;
                }
                let blob = md.blob(row.signature).map_err(bad)?;
                let sig = SigReader::new(blob).method_sig().map_err(bad)?;
                if sig.generic_params > 0 {
                    // Generic virtual methods dispatch by lookup, not through slots.
                    continue;
                }
                let m = self.method_of(t, mrid, Vec::new())?;
                let is_interface = self.ty(t).category == Category::Interface;
                let newslot = row.flags.contains(MethodAttributes::NEW_SLOT) || is_interface;
                let mut slot = None;
                if !newslot {
                    let name = self.method(m).simple_name.clone();
                    let shape = self.method(m).shape.clone();
                    slot = vtable.iter().rposition(|v| {
                        let vm = self.method(*v);
                        vm.simple_name == name && vm.shape == shape
                    });
                }
                let s = match slot {
                    Some(s) => {
                        vtable[s] = m;
                        s
                    }
                    None => {
                        vtable.push(m);
                        vtable.len() - 1
                    }
                };
                self.methods[m.0 as usize].vslot = Some(s as u32);
            }
            // Explicit overrides of class methods (covariant returns, renamed overrides).
            let impls = self.instance_method_impls(asm, rid);
            for mi in &impls {
                let Some(body) = self.resolve_method_def_or_ref(asm, mi.body, &inst)? else { continue };
                let Some(decl) = self.resolve_method_def_or_ref(asm, mi.declaration, &inst)? else { continue };
                let decl_owner = self.method(decl).owner;
                if self.ty(decl_owner).category == Category::Interface {
                    continue;
                }
                if let Some(s) = self.method(decl).vslot {
                    let s = s as usize;
                    if s < vtable.len() {
                        let previous = vtable[s];
                        vtable[s] = body;
                        self.methods[body.0 as usize].vslot.get_or_insert(s as u32);
                        // [PreserveBaseOverrides] (C# covariant returns): overriding a method
                        // also overrides every slot it overrides.
                        if self.has_attribute(body, "System.Runtime.CompilerServices", "PreserveBaseOverridesAttribute") {
                            for v in vtable.iter_mut() {
                                if *v == previous {
                                    *v = body;
                                }
                            }
                        }
                    }
                }
            }
            // Interfaces declared here (and their bases).
            let md = self.assemblies[asm.0 as usize].md();
            let declared: Vec<_> = md.interface_impls_of(rid).filter_map(|r| md.interface_impl(r).ok()).map(|r| r.interface).collect();
            for itf in declared {
                let i = self.resolve_type_def_or_ref(asm, itf, &inst, &[])?;
                self.add_interface(&mut interfaces, i)?;
            }
        }
        if self.ty(t).category == Category::Interface && !interfaces.contains(&t) {
            // An interface's map covers its own methods.
        }
        let info_parts = self.build_itf_map(t, &vtable, &interfaces)?;
        // Class constructor state.
        let has_cctor = cctor.is_some();
        let precise = self.ty(t).precise_init;
        let d = self.ty_mut(t);
        d.vtable = vtable;
        d.interfaces = interfaces;
        d.itf_map = info_parts;
        d.cctor = cctor;
        if has_cctor {
            d.init_flag = Box::leak(Box::new(AtomicU8::new(0)));
        }
        d.precise_init = precise && has_cctor;
        self.build_method_table(t)?;
        Ok(())
    }

    fn add_interface(&mut self, list: &mut Vec<TypeId>, itf: TypeId) -> Result<(), Failure> {
        if list.contains(&itf) {
            return Ok(());
        }
        list.push(itf);
        // An interface's own base interfaces.
        if let Some((asm, rid, inst)) = self.def_of(itf) {
            let inst = inst.to_vec();
            let md = self.assemblies[asm.0 as usize].md();
            let bases: Vec<_> = md.interface_impls_of(rid).filter_map(|r| md.interface_impl(r).ok()).map(|r| r.interface).collect();
            for b in bases {
                let bi = self.resolve_type_def_or_ref(asm, b, &inst, &[])?;
                self.add_interface(list, bi)?;
            }
        }
        Ok(())
    }

    /// The method a MethodDefOrRef of a MethodImpl row names, in the type's instantiation,
    /// as (type, definition row) — generic methods are not instantiated.
    pub(crate) fn method_impl_member(&mut self, asm: AsmId, m: MethodDefOrRef, inst: &[TypeId]) -> Result<MemberDef, Failure> {
        match m {
            MethodDefOrRef::MethodDef(rid) => Ok((self.method_def_owner(asm, rid, inst)?, rid)),
            MethodDefOrRef::MemberRef(mr) => match self.member_ref_target(asm, mr, inst, &[])? {
                MemberTarget::Def(t, rid) => Ok((t, rid)),
                MemberTarget::Array(..) => Err(fail::invalid_program("array method in a MethodImpl")),
            },
        }
    }

    /// A MethodDefOrRef of a MethodImpl row, in the type's instantiation; `None` for a
    /// generic method (generic virtual methods dispatch by lookup, not through slots).
    fn resolve_method_def_or_ref(&mut self, asm: AsmId, m: MethodDefOrRef, inst: &[TypeId]) -> Result<Option<MethodId>, Failure> {
        let (t, rid) = self.method_impl_member(asm, m, inst)?;
        if self.method_generic_arity(t, rid)? > 0 {
            return Ok(None);
        }
        Ok(Some(self.method_of(t, rid, Vec::new())?))
    }

    /// Number of generic parameters of method `rid` of `t`'s definition.
    pub fn method_generic_arity(&self, t: TypeId, rid: MethodDefRid) -> Result<u32, Failure> {
        let Some((asm, _, _)) = self.def_of(t) else { return Ok(0) };
        let md = self.assemblies[asm.0 as usize].md();
        Ok(md.generic_params_of(r2rhost_image::metadata::coded::TypeOrMethodDef::MethodDef(rid)).count() as u32)
    }

    /// The MethodImpl rows of type definition `rid` whose body is not a static method: the
    /// ones vtables and interface maps use. (Implementations of static virtual members, which
    /// the generic-math interfaces have by the dozen, are looked up only by
    /// `resolve_static_virtual`, when a `constrained.` call needs one.)
    fn instance_method_impls(&self, asm: AsmId, rid: TypeDefRid) -> Vec<r2rhost_image::metadata::rows::MethodImplRow> {
        let md = self.assemblies[asm.0 as usize].md();
        md.method_impls_of(rid)
            .filter_map(|r| md.method_impl(r).ok())
            .filter(|mi| match mi.body {
                MethodDefOrRef::MethodDef(b) => !md.method_def(b).is_ok_and(|row| row.flags.is_static()),
                MethodDefOrRef::MemberRef(_) => true,
            })
            .collect()
    }

    /// The (owner, MethodImpl) pairs of `t`'s own definition, resolved as (type, row).
    fn method_impls(&mut self, t: TypeId) -> Result<Vec<(MemberDef, MemberDef)>, Failure> {
        let Some((asm, rid, inst)) = self.def_of(t) else { return Ok(Vec::new()) };
        let inst = inst.to_vec();
        let md = self.assemblies[asm.0 as usize].md();
        let impls: Vec<_> = md.method_impls_of(rid).filter_map(|r| md.method_impl(r).ok()).collect();
        let mut out = Vec::with_capacity(impls.len());
        for mi in impls {
            let decl = self.method_impl_member(asm, mi.declaration, &inst)?;
            let body = self.method_impl_member(asm, mi.body, &inst)?;
            out.push((decl, body));
        }
        Ok(out)
    }

    /// The implementation of generic virtual method instantiation `decl` (a method of a
    /// class or an interface, with its method arguments) for objects of type `ty`,
    /// instantiated over the same method arguments.
    pub fn resolve_generic_virtual(&mut self, ty: TypeId, decl: MethodId) -> Result<Option<MethodId>, Failure> {
        if let Some(m) = self.gvm_cache.get(&(ty, decl)) {
            return Ok(Some(*m));
        }
        let d = self.method(decl);
        let (downer, drid, inst, name, shape) = (d.owner, d.rid, d.inst.clone(), d.simple_name.clone(), d.shape.clone());
        let found = if self.ty(downer).category == Category::Interface {
            self.generic_interface_impl(ty, (downer, drid), &name, &shape)?
        } else {
            self.generic_virtual_override(ty, (downer, drid), &name, &shape)?
        };
        let Some((t, rid)) = found else { return Ok(None) };
        let m = self.method_of(t, rid, inst)?;
        self.gvm_cache.insert((ty, decl), m);
        Ok(Some(m))
    }

    /// The override of class method `decl` in `ty`: following the chain from the declaring
    /// class down, each MethodImpl of the current override, or virtual re-declaration with
    /// the same name and signature that is not `newslot`, takes over.
    fn generic_virtual_override(&mut self, ty: TypeId, decl: MemberDef, name: &str, shape: &SigShape) -> Result<Option<MemberDef>, Failure> {
        let mut chain = Vec::new();
        let mut cur = Some(ty);
        while let Some(c) = cur {
            chain.push(c);
            if c == decl.0 {
                break;
            }
            cur = self.ty(c).parent;
        }
        if chain.last() != Some(&decl.0) {
            return Ok(None);
        }
        let mut current = decl;
        let mut hidden = false;
        for &c in chain.iter().rev().skip(1) {
            let impls = self.method_impls(c)?;
            if let Some((_, body)) = impls.iter().find(|(d, _)| *d == current) {
                current = *body;
                continue;
            }
            // Re-declarations are matched in this class's instantiation.
            let Some((casm, _, _)) = self.def_of(c) else { continue };
            if let Some(rid) = self.find_method_by_shape(c, name, shape, |f| f.is_virtual())? {
                let md = self.assemblies[casm.0 as usize].md();
                let flags = md.method_def(rid).map_err(bad)?.flags;
                if flags.contains(MethodAttributes::NEW_SLOT) {
                    hidden = true;
                } else if !hidden {
                    current = (c, rid);
                }
            }
        }
        Ok(Some(current))
    }

    /// The implementation of generic interface method `decl` in `ty`: a MethodImpl of the
    /// type or a base, else the most derived public virtual with the same name and
    /// signature, else a default implementation in the interface.
    fn generic_interface_impl(&mut self, ty: TypeId, decl: MemberDef, name: &str, shape: &SigShape) -> Result<Option<MemberDef>, Failure> {
        let mut cur = Some(ty);
        while let Some(c) = cur {
            let impls = self.method_impls(c)?;
            if let Some((_, body)) = impls.iter().find(|(d, _)| *d == decl) {
                return Ok(Some(*body));
            }
            if let Some(rid) =
                self.find_method_by_shape(c, name, shape, |f| f.is_virtual() && f.0 & MethodAttributes::ACCESS_MASK == 6)?
            {
                return Ok(Some((c, rid)));
            }
            cur = self.ty(c).parent;
        }
        let Some((dasm, _, _)) = self.def_of(decl.0) else { return Ok(None) };
        let has_body = self.assemblies[dasm.0 as usize].md().method_def(decl.1).map_err(bad)?.rva != 0;
        Ok(has_body.then_some(decl))
    }

    /// The implementation of static virtual (or abstract) interface method `m` for the
    /// constraint type `ty` of a `constrained.` call: a MethodImpl of `ty` or a base, else a
    /// public static method with the same name and signature, else the most specific default
    /// body among the interfaces `ty` implements (`m`'s own, or a MethodImpl in a derived
    /// interface, as `INumberBase<T>` implements `IUtf8SpanParsable<T>.Parse`).
    pub fn resolve_static_virtual(&mut self, ty: TypeId, m: MethodId) -> Result<Option<MethodId>, Failure> {
        let d = self.method(m);
        let (downer, drid, inst, name, shape) = (d.owner, d.rid, d.inst.clone(), d.simple_name.clone(), d.shape.clone());
        let mut cur = Some(ty);
        let mut found = None;
        while let Some(c) = cur {
            let impls = self.method_impls(c)?;
            if let Some((_, body)) = impls.iter().find(|(d, _)| *d == (downer, drid)) {
                found = Some(*body);
                break;
            }
            if let Some(rid) = self.find_method_by_shape(c, &name, &shape, |f| f.is_static() && f.0 & MethodAttributes::ACCESS_MASK == 6)? {
                found = Some((c, rid));
                break;
            }
            cur = self.ty(c).parent;
        }
        let found = match found {
            Some(f) => Some(f),
            None => self.static_virtual_default(ty, (downer, drid))?,
        };
        match found {
            Some((t, rid)) => Ok(Some(self.method_of(t, rid, inst)?)),
            None => Ok(None),
        }
    }

    /// The most specific default body of static virtual `decl` among the interfaces of `ty`:
    /// its own body, or a MethodImpl of it in an interface `ty` implements; `None` when there
    /// is none, it is re-abstracted, or two are equally specific.
    fn static_virtual_default(&mut self, ty: TypeId, decl: MemberDef) -> Result<Option<MemberDef>, Failure> {
        self.ensure_ready(ty)?;
        let interfaces = self.ty(ty).interfaces.clone();
        let mut candidates: Vec<(TypeId, MemberDef)> = Vec::new();
        if self.member_has_body(decl)? {
            candidates.push((decl.0, decl));
        }
        for &j in &interfaces {
            if j == decl.0 {
                continue;
            }
            if let Some((_, body)) = self.method_impls(j)?.into_iter().find(|(d, _)| *d == decl) {
                candidates.push((j, body));
            }
        }
        Ok(match self.most_specific(&candidates)?.as_slice() {
            [one] if self.member_has_body(*one)? => Some(*one),
            _ => None,
        })
    }

    /// The candidates (implementing interface, implementation) that no other candidate's
    /// interface overrides (derives from).
    fn most_specific<T: Copy>(&mut self, candidates: &[(TypeId, T)]) -> Result<Vec<T>, Failure> {
        for &(j, _) in candidates {
            self.ensure_ready(j)?;
        }
        Ok(candidates.iter().filter(|(j, _)| !candidates.iter().any(|(k, _)| k != j && self.ty(*k).interfaces.contains(j))).map(|(_, b)| *b).collect())
    }

    /// Whether a method definition has an IL body (is not abstract).
    fn member_has_body(&self, (t, rid): MemberDef) -> Result<bool, Failure> {
        let Some((asm, _, _)) = self.def_of(t) else { return Ok(false) };
        Ok(self.assemblies[asm.0 as usize].md().method_def(rid).map_err(bad)?.rva != 0)
    }

    /// The interface methods of `itf` in declaration order (instance methods only).
    pub fn interface_methods(&mut self, itf: TypeId) -> Result<Vec<MethodId>, Failure> {
        let Some((asm, rid, _)) = self.def_of(itf) else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for mrid in self.def_methods(asm, rid)? {
            let row = self.assemblies[asm.0 as usize].md().method_def(mrid).map_err(bad)?;
            if row.flags.is_static() {
                continue;
            }
            let md = self.assemblies[asm.0 as usize].md();
            let blob = md.blob(row.signature).map_err(bad)?;
            let sig = SigReader::new(blob).method_sig().map_err(bad)?;
            if sig.generic_params > 0 {
                continue;
            }
            out.push(self.method_of(itf, mrid, Vec::new())?);
        }
        Ok(out)
    }

    /// The interface map of a class or struct (ECMA-335 II.12.2): interfaces inherited and
    /// not re-declared keep the parent's implementations (through the vtable, so virtual
    /// overrides apply); interfaces declared here (and the interfaces they inherit) are
    /// matched again — an explicit MethodImpl of this type, else the most derived public
    /// virtual with the same name and signature, else the inherited implementation; what is
    /// still unimplemented takes the most specific default implementation.
    fn build_itf_map(&mut self, t: TypeId, vtable: &[MethodId], interfaces: &[TypeId]) -> Result<HashMap<TypeId, Vec<Option<MethodId>>>, Failure> {
        let mut map = HashMap::new();
        if self.ty(t).category == Category::Interface {
            return Ok(map);
        }
        let parent_map = self.ty(t).parent.map(|p| self.ty(p).itf_map.clone()).unwrap_or_default();
        let mut explicit: Vec<(MethodId, MethodId)> = Vec::new();
        let mut declared: Vec<TypeId> = Vec::new();
        if let Some((asm, rid, inst)) = self.def_of(t) {
            let inst = inst.to_vec();
            let impls = self.instance_method_impls(asm, rid);
            let md = self.assemblies[asm.0 as usize].md();
            let itfs: Vec<_> = md.interface_impls_of(rid).filter_map(|r| md.interface_impl(r).ok()).map(|r| r.interface).collect();
            for mi in impls {
                let Some(decl) = self.resolve_method_def_or_ref(asm, mi.declaration, &inst)? else { continue };
                let Some(body) = self.resolve_method_def_or_ref(asm, mi.body, &inst)? else { continue };
                explicit.push((decl, body));
            }
            for i in itfs {
                let i = self.resolve_type_def_or_ref(asm, i, &inst, &[])?;
                self.add_interface(&mut declared, i)?;
            }
        }
        for &itf in interfaces {
            let methods = self.interface_methods(itf)?;
            let inherited = parent_map.get(&itf);
            let redo = inherited.is_none() || declared.contains(&itf);
            let mut impls = Vec::with_capacity(methods.len());
            for (i, m) in methods.into_iter().enumerate() {
                // The parent's implementation, as overridden in this type's vtable.
                let from_parent = inherited.and_then(|v| v.get(i).copied().flatten()).map(|pm| match self.method(pm).vslot {
                    Some(s) if self.ty(self.method(pm).owner).category != Category::Interface => vtable.get(s as usize).copied().unwrap_or(pm),
                    _ => pm,
                });
                let mut found = if redo {
                    explicit.iter().find(|(d, _)| *d == m).map(|(_, b)| *b).or_else(|| {
                        let im = self.method(m);
                        vtable.iter().rev().copied().find(|v| {
                            let vm = self.method(*v);
                            vm.simple_name == im.simple_name && vm.shape == im.shape && (vm.flags.0 & MethodAttributes::ACCESS_MASK) == 6
                        })
                    })
                } else {
                    None
                };
                if found.is_none() {
                    found = from_parent.filter(|f| self.ty(self.method(*f).owner).category != Category::Interface);
                }
                if found.is_none() {
                    found = self.most_specific_default(m, interfaces)?;
                }
                impls.push(found);
            }
            map.insert(itf, impls);
        }
        Ok(map)
    }

    /// The most specific default implementation of interface method `m` among `interfaces`
    /// (its own body, or a MethodImpl in an interface deriving from its owner); `None` when
    /// there is none, it is re-abstracted, or two are equally specific.
    fn most_specific_default(&mut self, m: MethodId, interfaces: &[TypeId]) -> Result<Option<MethodId>, Failure> {
        let owner = self.method(m).owner;
        let mut candidates: Vec<(TypeId, MethodId)> = Vec::new();
        if self.method(m).rva != 0 {
            candidates.push((owner, m));
        }
        for &j in interfaces {
            if j == owner {
                continue;
            }
            let Some((asm, rid, inst)) = self.def_of(j) else { continue };
            let inst = inst.to_vec();
            let impls = self.instance_method_impls(asm, rid);
            for mi in impls {
                let Some(decl) = self.resolve_method_def_or_ref(asm, mi.declaration, &inst)? else { continue };
                if decl == m
                    && let Some(body) = self.resolve_method_def_or_ref(asm, mi.body, &inst)?
                {
                    candidates.push((j, body));
                }
            }
        }
        Ok(match self.most_specific(&candidates)?.as_slice() {
            [one] if self.method(*one).rva != 0 => Some(*one),
            _ => None,
        })
    }

    fn build_method_table(&mut self, t: TypeId) -> Result<(), Failure> {
        let d = self.ty(t);
        let mut flags = 0u32;
        match d.category {
            Category::Array => flags |= mt_flags::ARRAY,
            Category::String => flags |= mt_flags::STRING,
            Category::Interface => flags |= mt_flags::INTERFACE,
            Category::Struct | Category::Enum | Category::Primitive => flags |= mt_flags::VALUE_TYPE,
            _ => {}
        }
        if !d.gc_slots.is_empty() {
            flags |= mt_flags::HAS_REFS;
        }
        let element = d.element;
        if let Some(e) = element
            && d.category == Category::Array
            && self.is_reference(e)
        {
            flags |= mt_flags::REF_ELEMENTS | mt_flags::HAS_REFS;
        }
        let parent_mt = d.parent.map(|p| self.ty(p).mt).unwrap_or(0);
        let elem_mt = element.filter(|_| d.category == Category::Array).map(|e| self.ty(e).mt).unwrap_or(0);
        let vtable = d.vtable.clone();
        let vslots: Vec<u64> = vtable.iter().map(|m| self.boxed_entry(*m)).collect();
        let d = self.ty(t);
        let mut words = vec![
            u64::from(flags) | (u64::from(d.base_size) << 32),
            u64::from(d.component_size) | (u64::from(t.0) << 32),
            parent_mt,
            elem_mt,
            vslots.len() as u64 | (u64::from(d.rank) << 32),
        ];
        debug_assert_eq!(words.len() * 8, VTABLE_OFFSET as usize);
        words.extend(vslots);
        let gc_desc = self.gc_desc(t).encode();
        let mt = self.stubs.new_method_table(&gc_desc, &words);
        self.mt_index.insert(mt, t);
        let info = self.type_info_of(t, mt);
        let d = self.ty_mut(t);
        d.mt = mt;
        d.info = Some(info);
        Ok(())
    }

    fn type_info_of(&self, t: TypeId, mt: u64) -> TypeInfo {
        let d = self.ty(t);
        let is_value_type = matches!(d.category, Category::Struct | Category::Enum | Category::Primitive);
        let nullable = if d.category == Category::Struct && d.name.starts_with("System.Nullable`1<") && !self.contains_generic_params(t) {
            d.fields.iter().find(|f| f.name == "value").and_then(|f| match f.storage {
                FieldStorage::Instance(off) => Some((r2rhost_codegen::env::TypeRef(f.ty.0), off)),
                _ => None,
            })
        } else {
            None
        };
        TypeInfo {
            kind: d.kind,
            size: if d.kind == ValueKind::Object { 8 } else { d.size },
            align: if d.kind == ValueKind::Object { 8 } else { d.align.max(1) },
            mt,
            is_value_type,
            contains_refs: !d.gc_slots.is_empty(),
            abi: if d.kind == ValueKind::Struct { d.abi } else { StructAbi::Memory },
            nullable,
            array: if d.category == Category::Array { d.element.map(|e| (r2rhost_codegen::env::TypeRef(e.0), d.rank)) } else { None },
            pointee: if matches!(d.category, Category::Pointer | Category::ByRef) { d.element.map(|e| r2rhost_codegen::env::TypeRef(e.0)) } else { None },
        }
    }

    /// The type a MethodTable address belongs to.
    pub fn type_of_mt(&self, mt: u64) -> Option<TypeId> {
        self.mt_index.get(&mt).copied()
    }
}
