//! The runtime side of the JIT seam: [`Env`] implements `JitEnv` for one method being
//! compiled, resolving its tokens in its generic instantiation and handing the JIT sizes,
//! offsets and addresses.

use std::collections::HashMap;

use r2rhost_codegen::MethodInput;
use r2rhost_codegen::env::{
    ArrayAccess, ArrayOp, CallInfo, CallOp, CallSig, CallTarget, FieldInfo, FieldStorage as JitStorage, Helper, InitCheck, Intrinsic, JitEnv,
    ManagedFailure, NewObj, ThisTransform, TokenHandle, TypeInfo, TypeRef, WellKnown,
};
use r2rhost_image::metadata::names::{NameOptions, Names};
use r2rhost_image::metadata::sig::SigReader;
use r2rhost_image::metadata::token::{StandAloneSigRid, TableId, Token, UserStringIndex};
use r2rhost_image::pe::Rva;

use super::objects;
use crate::loader::methods::{ArrayMethod, MethodRef};
use crate::loader::types::{Category, FieldStorage, TypeId, VTABLE_OFFSET};
use crate::loader::{AsmId, Failure, Loader, MethodId, bad, fail};

/// A method's compilation input, with `'static` IL (images live for the process).
pub type Input = MethodInput<'static>;

/// The environment of one compilation.
#[derive(Debug)]
pub struct Env<'a> {
    /// The loader.
    pub st: &'a mut Loader,
    /// Interned strings.
    pub strings: &'a mut HashMap<Vec<u16>, u64>,
    /// The method's assembly (token scope).
    pub asm: AsmId,
    /// Its owner's type arguments.
    pub type_inst: Vec<TypeId>,
    /// Its own type arguments.
    pub method_inst: Vec<TypeId>,
}

fn r(t: TypeId) -> TypeRef {
    TypeRef(t.0)
}

fn t(r: TypeRef) -> TypeId {
    TypeId(r.0)
}

/// A stand-in for types the JIT asks about before they are ready (never expected).
static OPAQUE: std::sync::OnceLock<TypeInfo> = std::sync::OnceLock::new();

impl Env<'_> {
    fn ready(&mut self, ty: TypeId) -> Result<TypeRef, Failure> {
        self.st.ensure_ready(ty)?;
        if let Some(e) = self.st.ty(ty).element {
            self.st.ensure_ready(e)?;
        }
        self.allocate_boxes(ty)?;
        Ok(r(ty))
    }

    /// Struct statics live in boxes allocated when the type becomes usable.
    fn allocate_boxes(&mut self, ty: TypeId) -> Result<(), Failure> {
        let d = self.st.ty(ty);
        let boxed: Vec<(u32, TypeId)> = d.fields.iter().filter_map(|f| if let FieldStorage::GcBoxed(off) = f.storage { Some((off, f.ty)) } else { None }).collect();
        let base = d.statics_gc;
        for (off, fty) in boxed {
            let at = base + u64::from(off);
            if super::memory::read_u64(at) == 0 {
                self.st.ensure_ready(fty)?;
                let obj = objects::alloc_object(self.st.ty(fty).mt)?;
                super::memory::write_u64(at, obj);
            }
        }
        Ok(())
    }

    fn sig_of(&mut self, m: MethodId) -> Result<CallSig, Failure> {
        let d = self.st.method(m);
        let (this, params, ret) = (d.this, d.params.clone(), d.ret);
        let this = match this {
            Some(x) => Some(self.ready(x)?),
            None => None,
        };
        let mut ps = Vec::with_capacity(params.len());
        for p in params {
            ps.push(self.ready(p)?);
        }
        let ret = self.ready(ret)?;
        Ok(CallSig { this, params: ps, ret })
    }

    fn init_check(&self, ty: TypeId) -> Option<InitCheck> {
        let d = self.st.ty(ty);
        let flag = d.init_flag as *const _ as u64;
        (d.cctor.is_some() && d.init_flag.load(std::sync::atomic::Ordering::Acquire) == 0).then_some(InitCheck { flag, arg: u64::from(ty.0) })
    }
}

impl JitEnv for Env<'_> {
    fn type_info(&self, ty: TypeRef) -> &TypeInfo {
        match self.st.ty(t(ty)).info.as_ref() {
            Some(i) => i,
            None => OPAQUE.get_or_init(|| TypeInfo {
                kind: r2rhost_codegen::env::ValueKind::I,
                size: 8,
                align: 8,
                mt: 0,
                is_value_type: true,
                contains_refs: false,
                abi: r2rhost_codegen::env::StructAbi::Memory,
                nullable: None,
                array: None,
                pointee: None,
            }),
        }
    }

    fn type_name(&self, ty: TypeRef) -> String {
        self.st.ty(t(ty)).name.clone()
    }

    fn well_known(&self, w: WellKnown) -> TypeRef {
        // Well-known types are made ready when the runtime starts (see `prepare_well_known`).
        r(self.st.well_known.get(&w).copied().unwrap_or(TypeId(0)))
    }

    fn sz_array_of(&mut self, element: TypeRef) -> Result<TypeRef, ManagedFailure> {
        let a = self.st.sz_array(t(element))?;
        self.ready(a)
    }

    fn resolve_type(&mut self, token: Token) -> Result<TypeRef, ManagedFailure> {
        use r2rhost_image::metadata::sig::TypeDefOrRef as T;
        let tdr = match token.table() {
            Some(TableId::TypeDef) => T::TypeDef(r2rhost_image::metadata::token::TypeDefRid(token.rid())),
            Some(TableId::TypeRef) => T::TypeRef(r2rhost_image::metadata::token::TypeRefRid(token.rid())),
            Some(TableId::TypeSpec) => T::TypeSpec(r2rhost_image::metadata::token::TypeSpecRid(token.rid())),
            _ => return Err(fail::invalid_program(&format!("{token} is not a type token"))),
        };
        let ty = self.st.resolve_type_def_or_ref(self.asm, tdr, &self.type_inst, &self.method_inst)?;
        self.ready(ty)
    }

    fn resolve_field(&mut self, token: Token) -> Result<FieldInfo, ManagedFailure> {
        let (owner, index) = self.st.resolve_field_token(self.asm, token, &self.type_inst, &self.method_inst)?;
        self.ready(owner)?;
        let f = self.st.ty(owner).fields[index].clone();
        let ty = self.ready(f.ty)?;
        let owner_desc = self.st.ty(owner);
        let storage = match f.storage {
            FieldStorage::Instance(offset) => JitStorage::Instance { offset },
            FieldStorage::NonGc(off) => JitStorage::Static { address: owner_desc.statics_nongc + u64::from(off), boxed: false, init: self.init_check(owner) },
            FieldStorage::Gc(off) => JitStorage::Static { address: owner_desc.statics_gc + u64::from(off), boxed: false, init: self.init_check(owner) },
            FieldStorage::GcBoxed(off) => JitStorage::Static { address: owner_desc.statics_gc + u64::from(off), boxed: true, init: self.init_check(owner) },
            FieldStorage::Rva(addr) => JitStorage::Static { address: addr, boxed: false, init: self.init_check(owner) },
            FieldStorage::Literal => return Err(fail::missing_field(&format!("{} is a constant and has no storage", f.name))),
        };
        Ok(FieldInfo { ty, storage })
    }

    fn resolve_call(&mut self, token: Token, op: CallOp, constrained: Option<TypeRef>) -> Result<CallInfo, ManagedFailure> {
        let m = match self.st.resolve_method_token(self.asm, token, &self.type_inst, &self.method_inst)? {
            MethodRef::Method(m) => m,
            MethodRef::Array(array, ArrayMethod::Ctor) if op == CallOp::NewObj => {
                let a = self.ready(array)?;
                let rank = self.st.ty(array).rank.max(1) as usize;
                let int = self.st.corelib_type("System", "Int32")?;
                let int = self.ready(int)?;
                return Ok(CallInfo {
                    name: format!("{}::.ctor", self.st.ty(array).name),
                    sig: CallSig { this: None, params: vec![int; rank], ret: a },
                    target: CallTarget::Native(0),
                    newobj: Some(NewObj::Array(a)),
                    this_transform: ThisTransform::None,
                });
            }
            MethodRef::Array(array, op) => return self.array_method(array, op),
        };
        let owner = self.st.method(m).owner;
        self.ready(owner)?;
        let mut sig = self.sig_of(m)?;
        let name = self.st.method(m).name.clone();
        let d = self.st.method(m);
        let (flags, vslot) = (d.flags, d.vslot);
        let owner_cat = self.st.ty(owner).category;
        let owner_mt = self.st.ty(owner).mt;
        if let Some(i) = super::icalls::intrinsic(self.st, m) {
            return Ok(CallInfo { name, sig, target: CallTarget::Intrinsic(i), newobj: None, this_transform: ThisTransform::None });
        }
        if op == CallOp::NewObj && owner_cat == Category::String {
            {
                {
                    // The corelib implements each string constructor as a static factory
                    // `string Ctor(<same parameters>)`.
                    let factory = super::icalls::string_factory(self.st, m)?;
                    let fsig = self.sig_of(factory)?;
                    return Ok(CallInfo {
                        name,
                        sig: fsig,
                        target: CallTarget::Slot(self.st.method(factory).slot),
                        newobj: Some(NewObj::Factory),
                        this_transform: ThisTransform::None,
                    });
                }
            }
        }
        let native = super::icalls::lookup(self.st, m)?;
        let direct = match native {
            Some(addr) => CallTarget::Native(addr),
            None => CallTarget::Slot(self.st.method(m).slot),
        };
        if op == CallOp::NewObj {
            let newobj = match owner_cat {
                Category::Struct | Category::Enum | Category::Primitive => NewObj::ValueType(r(owner)),
                _ => NewObj::Object(owner_mt),
            };
            return Ok(CallInfo { name, sig, target: direct, newobj: Some(newobj), this_transform: ThisTransform::None });
        }
        if op == CallOp::Ldftn {
            return Ok(CallInfo { name, sig, target: CallTarget::Native(self.st.method(m).precode), newobj: None, this_transform: ThisTransform::None });
        }
        let mut this_transform = ThisTransform::None;
        if let Some(c) = constrained
            && self.st.method(m).this.is_none()
        {
            // A static virtual (abstract) interface member: the constraint type's own
            // implementation, known now.
            let imp = self.st.resolve_static_virtual(t(c), m)?.ok_or_else(|| {
                let (ty, mn) = (self.st.ty(t(c)).name.clone(), self.st.method(m).name.clone());
                Failure { exception: "System.EntryPointNotFoundException", message: format!("Entry point was not found. ({ty} does not implement {mn})") }
            })?;
            let owner = self.st.method(imp).owner;
            self.ready(owner)?;
            let target = match super::icalls::lookup(self.st, imp)? {
                Some(addr) => CallTarget::Native(addr),
                None => CallTarget::Slot(self.st.method(imp).slot),
            };
            let target = if op == CallOp::Ldftn { CallTarget::Native(self.st.method(imp).precode) } else { target };
            sig = self.sig_of(imp)?;
            let name = self.st.method(imp).name.clone();
            return Ok(CallInfo { name, sig, target, newobj: None, this_transform: ThisTransform::None });
        }
        if let Some(c) = constrained {
            let ct = t(c);
            let cdesc = self.st.ty(ct);
            let is_value = matches!(cdesc.category, Category::Struct | Category::Enum | Category::Primitive);
            if !is_value {
                this_transform = ThisTransform::Deref;
            } else {
                // Find the value type's own implementation.
                let implementation = self.constrained_target(ct, m)?;
                match implementation {
                    Some(imp) => {
                        let target = match super::icalls::lookup(self.st, imp)? {
                            Some(addr) => CallTarget::Native(addr),
                            None => CallTarget::Slot(self.st.method(imp).slot),
                        };
                        sig = self.sig_of(imp)?;
                        let name = self.st.method(imp).name.clone();
                        return Ok(CallInfo { name, sig, target, newobj: None, this_transform: ThisTransform::None });
                    }
                    None => this_transform = ThisTransform::Box(c),
                }
            }
        }
        let is_virtual = flags.is_virtual() && !flags.contains(r2rhost_image::metadata::flags::MethodAttributes::FINAL);
        let sealed = self.st.ty(owner).flags.0 & r2rhost_image::metadata::flags::TypeAttributes::SEALED != 0 && owner_cat != Category::Interface;
        let generic_method = !self.st.method(m).inst.is_empty();
        let target = if matches!(op, CallOp::CallVirt | CallOp::Ldvirtftn) && is_virtual && !sealed {
            if generic_method {
                CallTarget::GenericVirtual { method: u64::from(m.0) }
            } else if owner_cat == Category::Interface {
                let methods = self.st.interface_methods(owner)?;
                let slot = methods.iter().position(|x| *x == m).ok_or_else(|| fail::missing_method(&name))?;
                CallTarget::Interface { itf: self.st.ty(owner).mt, slot: slot as u32 }
            } else if let Some(s) = vslot {
                CallTarget::Virtual { offset: VTABLE_OFFSET + 8 * s as i32 }
            } else {
                return Err(fail::unsupported(&format!("generic virtual method {name}")));
            }
        } else {
            direct
        };
        // A ldvirtftn of a non-virtual method: its stable function pointer.
        let target = if op == CallOp::Ldvirtftn && matches!(target, CallTarget::Slot(_)) { CallTarget::Native(self.st.method(m).precode) } else { target };
        Ok(CallInfo { name, sig, target, newobj: None, this_transform })
    }

    fn resolve_signature(&mut self, token: Token) -> Result<CallSig, ManagedFailure> {
        let md = self.st.assemblies[self.asm.0 as usize].md();
        let row = md.stand_alone_sig(StandAloneSigRid(token.rid())).map_err(bad)?;
        let blob = md.blob(row.signature).map_err(bad)?;
        let sig = SigReader::new(blob).method_sig().map_err(bad)?;
        let mut params = Vec::with_capacity(sig.params.len());
        for p in &sig.params {
            let ty = self.st.resolve_sig(self.asm, p, &self.type_inst, &self.method_inst)?;
            params.push(self.ready(ty)?);
        }
        let ret = self.st.resolve_sig(self.asm, &sig.ret, &self.type_inst, &self.method_inst)?;
        let ret = self.ready(ret)?;
        let this = if sig.call_conv.has_this() && !sig.call_conv.explicit_this() {
            let o = self.st.corelib_type("System", "Object")?;
            Some(self.ready(o)?)
        } else {
            None
        };
        Ok(CallSig { this, params, ret })
    }

    fn resolve_string(&mut self, index: UserStringIndex) -> Result<u64, ManagedFailure> {
        let md = self.st.assemblies[self.asm.0 as usize].md();
        let us = md.user_string(index).map_err(bad)?;
        let chars: Vec<u16> = us.units().collect();
        if let Some(s) = self.strings.get(&chars) {
            return Ok(*s);
        }
        let s = objects::new_string(&chars)?;
        self.strings.insert(chars, s);
        Ok(s)
    }

    fn resolve_token_handle(&mut self, token: Token) -> Result<TokenHandle, ManagedFailure> {
        match token.table() {
            Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => {
                let ty = self.resolve_type(token)?;
                let h = self.st.corelib_type("System", "RuntimeTypeHandle")?;
                let h = self.ready(h)?;
                Ok(TokenHandle { value: self.type_info(ty).mt, ty: h })
            }
            Some(TableId::Field) | Some(TableId::MemberRef) if self.is_field_token(token) => {
                let (owner, index) = self.st.resolve_field_token(self.asm, token, &self.type_inst, &self.method_inst)?;
                self.ready(owner)?;
                let h = self.st.corelib_type("System", "RuntimeFieldHandle")?;
                let h = self.ready(h)?;
                Ok(TokenHandle { value: super::icalls::field_handle(self.st, owner, index)?, ty: h })
            }
            _ => {
                let h = self.st.corelib_type("System", "RuntimeMethodHandle")?;
                let h = self.ready(h)?;
                match self.st.resolve_method_token(self.asm, token, &self.type_inst, &self.method_inst)? {
                    MethodRef::Method(m) => Ok(TokenHandle { value: u64::from(m.0) + 1, ty: h }),
                    MethodRef::Array(..) => Err(fail::unsupported("ldtoken of an array method")),
                }
            }
        }
    }

    fn helper(&self, helper: Helper) -> u64 {
        super::helpers::address(helper)
    }
}

impl Env<'_> {
    /// `Get`/`Set`/`Address` of an array type: expanded inline by the JIT.
    fn array_method(&mut self, array: TypeId, op: ArrayMethod) -> Result<CallInfo, Failure> {
        let a = self.ready(array)?;
        let d = self.st.ty(array);
        let (rank, element, name) = (d.rank, d.element, d.name.clone());
        let element = element.ok_or_else(|| fail::invalid_program(&format!("{name} has no element type")))?;
        let elem = self.ready(element)?;
        let int = self.st.corelib_type("System", "Int32")?;
        let int = self.ready(int)?;
        let void = self.st.corelib_type("System", "Void")?;
        let void = self.ready(void)?;
        let mut params = vec![int; rank.max(1) as usize];
        let (op, ret) = match op {
            ArrayMethod::Get => (ArrayOp::Get, elem),
            ArrayMethod::Set => {
                params.push(elem);
                (ArrayOp::Set, void)
            }
            ArrayMethod::Address => {
                let byref = self.st.type_of(crate::loader::TypeKey::ByRef(element))?;
                (ArrayOp::Address, self.ready(byref)?)
            }
            ArrayMethod::Ctor => return Err(fail::invalid_program(&format!("{name}::.ctor called without newobj"))),
        };
        if rank == 0 {
            return Err(fail::unsupported(&format!("array method {op:?} of the single-dimensional {name}")));
        }
        Ok(CallInfo {
            name: format!("{name}::{op:?}"),
            sig: CallSig { this: Some(a), params, ret },
            target: CallTarget::Intrinsic(Intrinsic::Array(ArrayAccess { op, element: elem, rank })),
            newobj: None,
            this_transform: ThisTransform::None,
        })
    }

    fn is_field_token(&self, token: Token) -> bool {
        if token.table() == Some(TableId::Field) {
            return true;
        }
        let md = self.st.assemblies[self.asm.0 as usize].md();
        md.member_ref(r2rhost_image::metadata::token::MemberRefRid(token.rid()))
            .ok()
            .and_then(|r| md.blob(r.signature).ok())
            .and_then(|b| b.data().first().copied())
            .is_some_and(|b| b & 0x0f == 0x06)
    }

    /// The method a value type `vt` uses for the interface or virtual method `m` on a
    /// `constrained.` call, or `None` when it must be boxed (an inherited Object method).
    fn constrained_target(&mut self, vt: TypeId, m: MethodId) -> Result<Option<MethodId>, Failure> {
        self.st.ensure_ready(vt)?;
        let owner = self.st.method(m).owner;
        if !self.st.method(m).inst.is_empty() && self.st.method(m).flags.is_virtual() {
            let imp = self.st.resolve_generic_virtual(vt, m)?;
            return Ok(imp.filter(|f| self.st.method(*f).owner == vt));
        }
        if self.st.ty(owner).category == Category::Interface {
            let methods = self.st.interface_methods(owner)?;
            let i = methods.iter().position(|x| *x == m);
            let found = i.and_then(|i| self.st.ty(vt).itf_map.get(&owner).and_then(|v| v.get(i).copied().flatten()));
            return Ok(found.filter(|f| self.st.method(*f).owner == vt || self.st.ty(self.st.method(*f).owner).category != Category::Interface));
        }
        if let Some(s) = self.st.method(m).vslot {
            let imp = self.st.ty(vt).vtable.get(s as usize).copied();
            return Ok(imp.filter(|i| self.st.method(*i).owner == vt));
        }
        // A non-virtual method: the value type's own is called on the pointer; one of a
        // reference type (`Object.GetType`) needs the value boxed.
        Ok((owner == vt).then_some(m))
    }
}

/// The name a well-known type has in the loader.
/// Every type the JIT may name without a token: its corelib name in `System`.
const WELL_KNOWN: &[(WellKnown, &str)] = &[
    (WellKnown::Object, "Object"),
    (WellKnown::String, "String"),
    (WellKnown::Int32, "Int32"),
    (WellKnown::Int64, "Int64"),
    (WellKnown::IntPtr, "IntPtr"),
    (WellKnown::Double, "Double"),
    (WellKnown::Single, "Single"),
    (WellKnown::Byte, "Byte"),
    (WellKnown::Void, "Void"),
    (WellKnown::RuntimeTypeHandle, "RuntimeTypeHandle"),
    (WellKnown::RuntimeFieldHandle, "RuntimeFieldHandle"),
    (WellKnown::RuntimeMethodHandle, "RuntimeMethodHandle"),
    (WellKnown::TypedReference, "TypedReference"),
];

/// Loads and readies every well-known type (so `well_known` can answer without `&mut`).
pub fn prepare_well_known(st: &mut Loader) -> Result<(), Failure> {
    for &(w, name) in WELL_KNOWN {
        let t = st.corelib_type("System", name)?;
        st.ensure_ready(t)?;
        st.well_known.insert(w, t);
    }
    Ok(())
}

/// The compilation input of `m`: IL, locals, signature, EH clauses, entry check.
pub fn method_input(st: &mut Loader, m: MethodId) -> Result<Input, Failure> {
    let d = st.method(m);
    let (asm, rva, owner) = (d.asm, d.rva, d.owner);
    let type_inst = st.def_of(owner).map(|(_, _, i)| i.to_vec()).unwrap_or_default();
    let method_inst = d.inst.clone();
    let name = d.name.clone();
    let is_static = d.this.is_none();
    let is_ctor = d.simple_name == ".ctor";
    let is_cctor = d.simple_name == ".cctor";
    let image = &st.assemblies[asm.0 as usize].image;
    let body = r2rhost_image::metadata::il::MethodBody::read(&image.pe, Rva(rva)).map_err(bad)?;
    let il: &'static [u8] = body.code.data();
    let eh = body.eh_clauses.clone();
    let mut locals = Vec::new();
    if let Some(tok) = body.local_var_sig {
        let md = st.assemblies[asm.0 as usize].md();
        let row = md.stand_alone_sig(tok).map_err(bad)?;
        let blob = md.blob(row.signature).map_err(bad)?;
        let sigs = SigReader::new(blob).locals_sig().map_err(bad)?;
        for s in &sigs {
            let ty = st.resolve_sig(asm, s, &type_inst, &method_inst)?;
            st.ensure_ready(ty)?;
            locals.push(r(ty));
        }
    }
    let mut env = Env { st, strings: &mut HashMap::new(), asm, type_inst, method_inst };
    let sig = env.sig_of(m)?;
    env.ready(owner)?;
    let d = env.st.ty(owner);
    let entry_init = if d.precise_init && (is_static || is_ctor) && !is_cctor { env.init_check(owner) } else { None };
    Ok(MethodInput { name, il, locals, sig, eh, entry_init })
}

/// The IL of `m` in ildasm style (for `--dump`).
pub fn il_dump(st: &Loader, m: MethodId) -> String {
    let d = st.method(m);
    let a = &st.assemblies[d.asm.0 as usize];
    let md = a.md();
    let names = Names::new(md).with_options(NameOptions::ildasm());
    match md.method_body(&a.image.pe, d.rid) {
        Ok(Some(body)) => names.render(|n, out| n.il_body(out, &body)).unwrap_or_else(|e| format!("// {e}")),
        Ok(None) => "// no IL body".into(),
        Err(e) => format!("// {e}"),
    }
}
