//! Signatures in context: metadata `TypeSig`s resolved to loaded types for a generic
//! instantiation, and signature *shapes* for matching members by name and signature across
//! assemblies (method generic parameters stay symbolic; everything else is resolved).

use r2rhost_image::metadata::coded::ResolutionScope;
use r2rhost_image::metadata::sig::{MethodSig, TypeSig};
use r2rhost_image::metadata::token::{TypeDefRid, TypeRefRid};

use super::types::{TypeId, TypeKey};
use super::{AsmId, Failure, Loader, bad, fail};

/// A type in a signature being matched: closed types resolved, method generic parameters
/// kept by position.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A fully resolved type.
    Closed(TypeId),
    /// `!!n`.
    MVar(u32),
    /// A generic instantiation with some symbolic argument.
    Inst {
        /// The definition.
        def: (AsmId, TypeDefRid),
        /// Its arguments.
        args: Vec<Shape>,
    },
    /// `T[]` with symbolic `T`.
    SzArray(Box<Shape>),
    /// `T[,…]` with symbolic `T`.
    Array(Box<Shape>, u32),
    /// `T*` with symbolic `T`.
    Ptr(Box<Shape>),
    /// `T&` with symbolic `T`.
    ByRef(Box<Shape>),
}

/// The shape of a method signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SigShape {
    /// Instance method.
    pub has_this: bool,
    /// Number of method generic parameters.
    pub generic_params: u32,
    /// Return type.
    pub ret: Shape,
    /// Parameters.
    pub params: Vec<Shape>,
}

impl Loader {
    /// The definition a TypeRef of `asm` names.
    pub fn resolve_type_ref(&mut self, asm: AsmId, rid: TypeRefRid) -> Result<(AsmId, TypeDefRid), Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        let row = md.type_ref(rid).map_err(bad)?;
        let ns = md.string(row.namespace).map_err(bad)?.to_string();
        let name = md.string(row.name).map_err(bad)?.to_string();
        match row.scope {
            Some(ResolutionScope::AssemblyRef(ar)) => {
                let target = self.bind_ref(asm, ar)?;
                match self.find_type_def(target, &ns, &name)? {
                    Some(found) => Ok(found),
                    None => {
                        let md = self.assemblies[asm.0 as usize].md();
                        let requested = md.assembly_ref_name(ar).map(|a| a.to_string()).unwrap_or_default();
                        let full = if ns.is_empty() { name } else { format!("{ns}.{name}") };
                        Err(fail::type_load(&full, &requested))
                    }
                }
            }
            Some(ResolutionScope::TypeRef(outer)) => {
                let (oasm, orid) = self.resolve_type_ref(asm, outer)?;
                match self.find_nested(oasm, orid, &name)? {
                    Some(n) => Ok((oasm, n)),
                    None => {
                        let outer_name = self.def_name(oasm, orid)?;
                        Err(fail::type_load(&format!("{outer_name}+{name}"), &self.assemblies[oasm.0 as usize].name.clone()))
                    }
                }
            }
            Some(ResolutionScope::Module(_)) | None => match self.find_type_def(asm, &ns, &name)? {
                Some(found) => Ok(found),
                None => Err(fail::type_load(&format!("{ns}.{name}"), &self.assemblies[asm.0 as usize].name.clone())),
            },
            Some(ResolutionScope::ModuleRef(_)) => Err(fail::unsupported("multi-module assemblies")),
        }
    }

    /// A well-known corelib type used by signatures.
    fn prim(&mut self, name: &str) -> Result<TypeId, Failure> {
        self.corelib_type("System", name)
    }

    /// Resolves a signature type in a generic context.
    pub fn resolve_sig(&mut self, asm: AsmId, sig: &TypeSig, type_inst: &[TypeId], method_inst: &[TypeId]) -> Result<TypeId, Failure> {
        use TypeSig as S;
        Ok(match sig {
            S::Void => self.prim("Void")?,
            S::Boolean => self.prim("Boolean")?,
            S::Char => self.prim("Char")?,
            S::I1 => self.prim("SByte")?,
            S::U1 => self.prim("Byte")?,
            S::I2 => self.prim("Int16")?,
            S::U2 => self.prim("UInt16")?,
            S::I4 => self.prim("Int32")?,
            S::U4 => self.prim("UInt32")?,
            S::I8 => self.prim("Int64")?,
            S::U8 => self.prim("UInt64")?,
            S::R4 => self.prim("Single")?,
            S::R8 => self.prim("Double")?,
            S::I => self.prim("IntPtr")?,
            S::U => self.prim("UIntPtr")?,
            S::String => self.prim("String")?,
            S::Object => self.prim("Object")?,
            S::TypedByRef => self.prim("TypedReference")?,
            S::Class(t) | S::ValueType(t) => self.resolve_type_def_or_ref(asm, *t, type_inst, method_inst)?,
            S::GenericInst { def, args, .. } => {
                let d = self.resolve_type_def_or_ref(asm, *def, &[], &[])?;
                let (dasm, drid, _) = self.def_of(d).ok_or_else(|| fail::invalid_program("generic instantiation of a non-definition"))?;
                let mut resolved = Vec::with_capacity(args.len());
                for a in args {
                    resolved.push(self.resolve_sig(asm, a, type_inst, method_inst)?);
                }
                self.type_of(TypeKey::Def { asm: dasm, rid: drid, inst: resolved })?
            }
            S::Var(i) => *type_inst.get(*i as usize).ok_or_else(|| fail::invalid_program(&format!("type parameter !{i} out of range")))?,
            S::MVar(i) => *method_inst.get(*i as usize).ok_or_else(|| fail::invalid_program(&format!("method type parameter !!{i} out of range")))?,
            S::Ptr(inner) => {
                let e = self.resolve_sig(asm, inner, type_inst, method_inst)?;
                self.type_of(TypeKey::Ptr(e))?
            }
            S::ByRef(inner) => {
                let e = self.resolve_sig(asm, inner, type_inst, method_inst)?;
                self.type_of(TypeKey::ByRef(e))?
            }
            S::SzArray(inner) => {
                let e = self.resolve_sig(asm, inner, type_inst, method_inst)?;
                self.type_of(TypeKey::SzArray(e))?
            }
            S::Array { elem, shape } => {
                let e = self.resolve_sig(asm, elem, type_inst, method_inst)?;
                self.type_of(TypeKey::Array(e, shape.rank))?
            }
            S::FnPtr(_) => self.type_of(TypeKey::FnPtr)?,
            S::Modified { inner, .. } | S::Pinned(inner) => self.resolve_sig(asm, inner, type_inst, method_inst)?,
            // The shared-generics placeholder: a class of the corelib, as in CoreCLR.
            S::Canon => self.corelib_type("System", "__Canon")?,
            S::Internal(_) | S::InModule { .. } | S::NativeValueType(_) | S::VarZapSig(_) => {
                return Err(fail::invalid_program("ReadyToRun-only element type in a metadata signature"));
            }
        })
    }

    /// The shape of a signature type: resolved with `type_inst`, method parameters kept.
    pub fn shape(&mut self, asm: AsmId, sig: &TypeSig, type_inst: &[TypeId]) -> Result<Shape, Failure> {
        use TypeSig as S;
        if !mentions_mvar(sig) {
            return Ok(Shape::Closed(self.resolve_sig(asm, sig, type_inst, &[])?));
        }
        Ok(match sig {
            S::MVar(i) => Shape::MVar(*i),
            S::GenericInst { def, args, .. } => {
                let d = self.resolve_type_def_or_ref(asm, *def, &[], &[])?;
                let (dasm, drid, _) = self.def_of(d).ok_or_else(|| fail::invalid_program("generic instantiation of a non-definition"))?;
                let mut shaped = Vec::with_capacity(args.len());
                for a in args {
                    shaped.push(self.shape(asm, a, type_inst)?);
                }
                Shape::Inst { def: (dasm, drid), args: shaped }
            }
            S::SzArray(i) => Shape::SzArray(Box::new(self.shape(asm, i, type_inst)?)),
            S::Array { elem, shape } => Shape::Array(Box::new(self.shape(asm, elem, type_inst)?), shape.rank),
            S::Ptr(i) => Shape::Ptr(Box::new(self.shape(asm, i, type_inst)?)),
            S::ByRef(i) => Shape::ByRef(Box::new(self.shape(asm, i, type_inst)?)),
            S::Modified { inner, .. } | S::Pinned(inner) => self.shape(asm, inner, type_inst)?,
            _ => return Err(fail::invalid_program("unexpected method type parameter position")),
        })
    }

    /// The shape of a method signature.
    pub fn sig_shape(&mut self, asm: AsmId, sig: &MethodSig, type_inst: &[TypeId]) -> Result<SigShape, Failure> {
        let ret = self.shape(asm, &sig.ret, type_inst)?;
        let mut params = Vec::with_capacity(sig.params.len());
        for p in &sig.params {
            params.push(self.shape(asm, p, type_inst)?);
        }
        Ok(SigShape { has_this: sig.call_conv.has_this(), generic_params: sig.generic_params, ret, params })
    }

    /// A shape with method parameters substituted (to instantiate a generic method's
    /// signature).
    pub fn close_shape(&mut self, s: &Shape, method_inst: &[TypeId]) -> Result<TypeId, Failure> {
        Ok(match s {
            Shape::Closed(t) => *t,
            Shape::MVar(i) => *method_inst.get(*i as usize).ok_or_else(|| fail::invalid_program(&format!("!!{i} out of range")))?,
            Shape::Inst { def, args } => {
                let mut a = Vec::with_capacity(args.len());
                for x in args {
                    a.push(self.close_shape(x, method_inst)?);
                }
                self.type_of(TypeKey::Def { asm: def.0, rid: def.1, inst: a })?
            }
            Shape::SzArray(i) => {
                let e = self.close_shape(i, method_inst)?;
                self.type_of(TypeKey::SzArray(e))?
            }
            Shape::Array(i, r) => {
                let e = self.close_shape(i, method_inst)?;
                self.type_of(TypeKey::Array(e, *r))?
            }
            Shape::Ptr(i) => {
                let e = self.close_shape(i, method_inst)?;
                self.type_of(TypeKey::Ptr(e))?
            }
            Shape::ByRef(i) => {
                let e = self.close_shape(i, method_inst)?;
                self.type_of(TypeKey::ByRef(e))?
            }
        })
    }
}

fn mentions_mvar(sig: &TypeSig) -> bool {
    use TypeSig as S;
    match sig {
        S::MVar(_) => true,
        S::GenericInst { args, .. } => args.iter().any(mentions_mvar),
        S::Ptr(i) | S::ByRef(i) | S::SzArray(i) | S::Pinned(i) | S::NativeValueType(i) => mentions_mvar(i),
        S::Array { elem, .. } => mentions_mvar(elem),
        S::Modified { inner, .. } | S::InModule { inner, .. } => mentions_mvar(inner),
        S::FnPtr(m) => mentions_mvar(&m.ret) || m.params.iter().any(mentions_mvar),
        _ => false,
    }
}
