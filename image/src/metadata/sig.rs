//! Signature blobs (ECMA-335 II.23.2): types, methods, fields, properties, locals,
//! method specs, plus the ReadyToRun type-signature extensions (`ELEMENT_TYPE_*_ZAPSIG`).
//!
//! Decoding is depth-limited so that hostile blobs cannot recurse without bound.

use crate::bytes::{Bytes, Cursor};
use crate::error::Result;
use crate::metadata::token::{TypeDefRid, TypeRefRid, TypeSpecRid};

/// Element-type bytes (ECMA-335 II.23.1.16) and the ReadyToRun extensions.
#[allow(missing_docs)]
pub mod elem {
    pub const END: u8 = 0x00;
    pub const VOID: u8 = 0x01;
    pub const BOOLEAN: u8 = 0x02;
    pub const CHAR: u8 = 0x03;
    pub const I1: u8 = 0x04;
    pub const U1: u8 = 0x05;
    pub const I2: u8 = 0x06;
    pub const U2: u8 = 0x07;
    pub const I4: u8 = 0x08;
    pub const U4: u8 = 0x09;
    pub const I8: u8 = 0x0a;
    pub const U8: u8 = 0x0b;
    pub const R4: u8 = 0x0c;
    pub const R8: u8 = 0x0d;
    pub const STRING: u8 = 0x0e;
    pub const PTR: u8 = 0x0f;
    pub const BYREF: u8 = 0x10;
    pub const VALUETYPE: u8 = 0x11;
    pub const CLASS: u8 = 0x12;
    pub const VAR: u8 = 0x13;
    pub const ARRAY: u8 = 0x14;
    pub const GENERICINST: u8 = 0x15;
    pub const TYPEDBYREF: u8 = 0x16;
    pub const I: u8 = 0x18;
    pub const U: u8 = 0x19;
    pub const FNPTR: u8 = 0x1b;
    pub const OBJECT: u8 = 0x1c;
    pub const SZARRAY: u8 = 0x1d;
    pub const MVAR: u8 = 0x1e;
    pub const CMOD_REQD: u8 = 0x1f;
    pub const CMOD_OPT: u8 = 0x20;
    pub const INTERNAL: u8 = 0x21;
    pub const CMOD_INTERNAL: u8 = 0x22;
    pub const SENTINEL: u8 = 0x41;
    pub const PINNED: u8 = 0x45;
    /// ReadyToRun: a type variable bound in another module's context.
    pub const VAR_ZAPSIG: u8 = 0x3b;
    /// ReadyToRun: native array template.
    pub const NATIVE_ARRAY_TEMPLATE_ZAPSIG: u8 = 0x3c;
    /// ReadyToRun: the native (unmanaged) layout of a value type.
    pub const NATIVE_VALUETYPE_ZAPSIG: u8 = 0x3d;
    /// ReadyToRun: `System.__Canon`, the shared-generics placeholder.
    pub const CANON_ZAPSIG: u8 = 0x3e;
    /// ReadyToRun: the following type is resolved in module `index` (compressed u32).
    pub const MODULE_ZAPSIG: u8 = 0x3f;
}

/// Maximum nesting of type signatures accepted; deeper blobs are an implementation limit.
pub const MAX_SIG_DEPTH: u32 = 64;

/// A `TypeDefOrRefOrSpecEncoded` reference (II.23.2.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeDefOrRef {
    /// A type defined in this module.
    TypeDef(TypeDefRid),
    /// A type referenced from another scope.
    TypeRef(TypeRefRid),
    /// A constructed type.
    TypeSpec(TypeSpecRid),
}

impl TypeDefOrRef {
    /// Decodes the compressed `(rid << 2) | tag` form.
    pub fn decode(c: &mut Cursor<'_>) -> Result<TypeDefOrRef> {
        let at = c.pos();
        let v = c.compressed_u32()?;
        let rid = v >> 2;
        match v & 3 {
            0 => Ok(TypeDefOrRef::TypeDef(TypeDefRid(rid))),
            1 => Ok(TypeDefOrRef::TypeRef(TypeRefRid(rid))),
            2 => Ok(TypeDefOrRef::TypeSpec(TypeSpecRid(rid))),
            _ => Err(c.bytes().bad(at, "TypeDefOrRefOrSpec tag 3 is invalid")),
        }
    }

    /// The metadata token.
    pub fn token(self) -> crate::metadata::token::Token {
        match self {
            TypeDefOrRef::TypeDef(r) => r.token(),
            TypeDefOrRef::TypeRef(r) => r.token(),
            TypeDefOrRef::TypeSpec(r) => r.token(),
        }
    }
}

/// Shape of a general (multi-dimensional) array (II.23.2.13).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrayShape {
    /// Number of dimensions.
    pub rank: u32,
    /// Sizes given for the leading dimensions.
    pub sizes: Vec<u32>,
    /// Lower bounds given for the leading dimensions.
    pub lower_bounds: Vec<i32>,
}

/// A decoded type signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum TypeSig {
    Void,
    Boolean,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    I,
    U,
    String,
    Object,
    TypedByRef,
    /// A reference type named by token.
    Class(TypeDefOrRef),
    /// A value type named by token.
    ValueType(TypeDefOrRef),
    /// An instantiated generic type.
    GenericInst { is_value_type: bool, def: TypeDefOrRef, args: Vec<TypeSig> },
    /// Generic parameter of the enclosing type (`!n`).
    Var(u32),
    /// Generic parameter of the enclosing method (`!!n`).
    MVar(u32),
    Ptr(Box<TypeSig>),
    ByRef(Box<TypeSig>),
    SzArray(Box<TypeSig>),
    Array { elem: Box<TypeSig>, shape: ArrayShape },
    FnPtr(Box<MethodSig>),
    /// A custom modifier (`modreq`/`modopt`) applied to `inner`.
    Modified { required: bool, modifier: TypeDefOrRef, inner: Box<TypeSig> },
    /// A pinned local.
    Pinned(Box<TypeSig>),
    /// `ELEMENT_TYPE_INTERNAL`: a runtime type handle embedded as a pointer (never in files
    /// produced by compilers; kept so such blobs decode).
    Internal(u64),
    /// ReadyToRun `System.__Canon`.
    Canon,
    /// ReadyToRun: `inner` is resolved in the module with override index `module`.
    InModule { module: u32, inner: Box<TypeSig> },
    /// ReadyToRun: the native layout of a value type.
    NativeValueType(Box<TypeSig>),
    /// ReadyToRun: a type variable in another context.
    VarZapSig(u32),
}

/// Calling-convention byte of method and property signatures (II.23.2.1–3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CallConv(pub u8);

impl CallConv {
    /// `HASTHIS`.
    pub const HAS_THIS: u8 = 0x20;
    /// `EXPLICITTHIS`.
    pub const EXPLICIT_THIS: u8 = 0x40;
    /// `GENERIC`.
    pub const GENERIC: u8 = 0x10;
    /// `VARARG` kind.
    pub const VARARG: u8 = 0x05;
    /// `FIELD` kind.
    pub const FIELD: u8 = 0x06;
    /// `LOCAL_SIG` kind.
    pub const LOCAL_SIG: u8 = 0x07;
    /// `PROPERTY` kind.
    pub const PROPERTY: u8 = 0x08;
    /// `GENRICINST` kind (method specs).
    pub const GENERICINST: u8 = 0x0a;

    /// Instance method.
    pub fn has_this(self) -> bool {
        self.0 & Self::HAS_THIS != 0
    }
    /// `this` is the first explicit parameter.
    pub fn explicit_this(self) -> bool {
        self.0 & Self::EXPLICIT_THIS != 0
    }
    /// Generic method.
    pub fn is_generic(self) -> bool {
        self.0 & Self::GENERIC != 0
    }
    /// The low nibble: 0 default, 1 C, 2 stdcall, 3 thiscall, 4 fastcall, 5 vararg, 9 unmanaged.
    pub fn kind(self) -> u8 {
        self.0 & 0x0f
    }
}

/// A method signature (MethodDefSig, MethodRefSig, StandAloneMethodSig).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodSig {
    /// Calling convention byte.
    pub call_conv: CallConv,
    /// Number of generic parameters (0 unless `GENERIC`).
    pub generic_params: u32,
    /// Return type.
    pub ret: TypeSig,
    /// Parameter types (including the vararg part, after `sentinel`).
    pub params: Vec<TypeSig>,
    /// Index in `params` where the variable-argument part starts (`SENTINEL`), if any.
    pub sentinel: Option<usize>,
}

/// A property signature (II.23.2.5).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PropertySig {
    /// True for instance properties.
    pub has_this: bool,
    /// Property type.
    pub ty: TypeSig,
    /// Indexer parameters.
    pub params: Vec<TypeSig>,
}

/// Decodes signatures from one blob.
#[derive(Debug)]
pub struct SigReader<'a> {
    c: Cursor<'a>,
}

impl<'a> SigReader<'a> {
    /// A reader over a signature blob.
    pub fn new(blob: Bytes<'a>) -> Self {
        SigReader { c: Cursor::new(blob) }
    }

    /// A reader continuing from an existing cursor (for signatures embedded in other
    /// encodings, e.g. ReadyToRun fixups).
    pub fn from_cursor(c: Cursor<'a>) -> Self {
        SigReader { c }
    }

    /// The underlying cursor (positioned after what has been read).
    pub fn cursor(&self) -> Cursor<'a> {
        self.c
    }

    /// Mutable access to the underlying cursor.
    pub fn cursor_mut(&mut self) -> &mut Cursor<'a> {
        &mut self.c
    }

    /// Decodes one type.
    pub fn type_sig(&mut self) -> Result<TypeSig> {
        self.type_at_depth(0)
    }

    fn type_at_depth(&mut self, depth: u32) -> Result<TypeSig> {
        if depth > MAX_SIG_DEPTH {
            return Err(crate::error::ImageError::limit(format!(
                "type signature nested deeper than {MAX_SIG_DEPTH} at file offset {:#x}",
                self.c.file_offset()
            )));
        }
        let at = self.c.pos();
        let b = self.c.u8()?;
        let boxed = |s: &mut Self| -> Result<Box<TypeSig>> { Ok(Box::new(s.type_at_depth(depth + 1)?)) };
        Ok(match b {
            elem::VOID => TypeSig::Void,
            elem::BOOLEAN => TypeSig::Boolean,
            elem::CHAR => TypeSig::Char,
            elem::I1 => TypeSig::I1,
            elem::U1 => TypeSig::U1,
            elem::I2 => TypeSig::I2,
            elem::U2 => TypeSig::U2,
            elem::I4 => TypeSig::I4,
            elem::U4 => TypeSig::U4,
            elem::I8 => TypeSig::I8,
            elem::U8 => TypeSig::U8,
            elem::R4 => TypeSig::R4,
            elem::R8 => TypeSig::R8,
            elem::I => TypeSig::I,
            elem::U => TypeSig::U,
            elem::STRING => TypeSig::String,
            elem::OBJECT => TypeSig::Object,
            elem::TYPEDBYREF => TypeSig::TypedByRef,
            elem::CLASS => TypeSig::Class(TypeDefOrRef::decode(&mut self.c)?),
            elem::VALUETYPE => TypeSig::ValueType(TypeDefOrRef::decode(&mut self.c)?),
            elem::VAR => TypeSig::Var(self.c.compressed_u32()?),
            elem::MVAR => TypeSig::MVar(self.c.compressed_u32()?),
            elem::PTR => TypeSig::Ptr(boxed(self)?),
            elem::BYREF => TypeSig::ByRef(boxed(self)?),
            elem::SZARRAY => TypeSig::SzArray(boxed(self)?),
            elem::PINNED => TypeSig::Pinned(boxed(self)?),
            elem::ARRAY => {
                let elem = boxed(self)?;
                let shape = self.array_shape()?;
                TypeSig::Array { elem, shape }
            }
            elem::GENERICINST => {
                let kind_at = self.c.pos();
                let is_value_type = match self.c.u8()? {
                    elem::CLASS => false,
                    elem::VALUETYPE => true,
                    k => return Err(self.c.bytes().bad(kind_at, format!("GENERICINST of element type {k:#04x}"))),
                };
                let def = TypeDefOrRef::decode(&mut self.c)?;
                let n = self.c.compressed_u32()?;
                let args = self.type_list(n, depth)?;
                TypeSig::GenericInst { is_value_type, def, args }
            }
            elem::FNPTR => TypeSig::FnPtr(Box::new(self.method_at_depth(depth + 1)?)),
            elem::CMOD_REQD | elem::CMOD_OPT => {
                let modifier = TypeDefOrRef::decode(&mut self.c)?;
                let inner = boxed(self)?;
                TypeSig::Modified { required: b == elem::CMOD_REQD, modifier, inner }
            }
            elem::INTERNAL => TypeSig::Internal(self.c.u64()?),
            elem::CANON_ZAPSIG => TypeSig::Canon,
            elem::MODULE_ZAPSIG => {
                let module = self.c.compressed_u32()?;
                TypeSig::InModule { module, inner: boxed(self)? }
            }
            elem::NATIVE_VALUETYPE_ZAPSIG => TypeSig::NativeValueType(boxed(self)?),
            elem::VAR_ZAPSIG => TypeSig::VarZapSig(self.c.compressed_u32()?),
            other => {
                return Err(self.c.bytes().bad(at, format!("invalid element type {other:#04x} in signature")));
            }
        })
    }

    /// Reads `n` types, never pre-allocating more than the blob could hold.
    fn type_list(&mut self, n: u32, depth: u32) -> Result<Vec<TypeSig>> {
        let mut v = Vec::with_capacity((n as usize).min(self.c.remaining()));
        for _ in 0..n {
            v.push(self.type_at_depth(depth + 1)?);
        }
        Ok(v)
    }

    fn array_shape(&mut self) -> Result<ArrayShape> {
        let rank = self.c.compressed_u32()?;
        let nsizes = self.c.compressed_u32()?;
        let mut sizes = Vec::with_capacity((nsizes as usize).min(self.c.remaining()));
        for _ in 0..nsizes {
            sizes.push(self.c.compressed_u32()?);
        }
        let nbounds = self.c.compressed_u32()?;
        let mut lower_bounds = Vec::with_capacity((nbounds as usize).min(self.c.remaining()));
        for _ in 0..nbounds {
            lower_bounds.push(self.c.compressed_i32()?);
        }
        Ok(ArrayShape { rank, sizes, lower_bounds })
    }

    /// Decodes a method signature (MethodDefSig / MethodRefSig / StandAloneMethodSig).
    pub fn method_sig(&mut self) -> Result<MethodSig> {
        self.method_at_depth(0)
    }

    fn method_at_depth(&mut self, depth: u32) -> Result<MethodSig> {
        let at = self.c.pos();
        let call_conv = CallConv(self.c.u8()?);
        if matches!(call_conv.kind(), CallConv::FIELD | CallConv::LOCAL_SIG | CallConv::PROPERTY | CallConv::GENERICINST) {
            return Err(self.c.bytes().bad(at, format!("calling convention {:#04x} is not a method signature", call_conv.0)));
        }
        let generic_params = if call_conv.is_generic() { self.c.compressed_u32()? } else { 0 };
        let count = self.c.compressed_u32()?;
        let ret = self.type_at_depth(depth + 1)?;
        let mut params = Vec::with_capacity((count as usize).min(self.c.remaining()));
        let mut sentinel = None;
        for _ in 0..count {
            if self.c.peek_u8()? == elem::SENTINEL {
                self.c.u8()?;
                sentinel = Some(params.len());
            }
            params.push(self.type_at_depth(depth + 1)?);
        }
        Ok(MethodSig { call_conv, generic_params, ret, params, sentinel })
    }

    /// Decodes a field signature (II.23.2.4): `FIELD` then the type (with its modifiers).
    pub fn field_sig(&mut self) -> Result<TypeSig> {
        let at = self.c.pos();
        let b = self.c.u8()?;
        if b & 0x0f != CallConv::FIELD {
            return Err(self.c.bytes().bad(at, format!("field signature starts with {b:#04x}, not FIELD")));
        }
        self.type_sig()
    }

    /// Decodes a property signature (II.23.2.5).
    pub fn property_sig(&mut self) -> Result<PropertySig> {
        let at = self.c.pos();
        let b = self.c.u8()?;
        if b & 0x0f != CallConv::PROPERTY {
            return Err(self.c.bytes().bad(at, format!("property signature starts with {b:#04x}, not PROPERTY")));
        }
        let count = self.c.compressed_u32()?;
        let ty = self.type_sig()?;
        let params = self.type_list(count, 0)?;
        Ok(PropertySig { has_this: b & CallConv::HAS_THIS != 0, ty, params })
    }

    /// Decodes a local-variable signature (II.23.2.6).
    pub fn locals_sig(&mut self) -> Result<Vec<TypeSig>> {
        let at = self.c.pos();
        let b = self.c.u8()?;
        if b != CallConv::LOCAL_SIG {
            return Err(self.c.bytes().bad(at, format!("local signature starts with {b:#04x}, not LOCAL_SIG")));
        }
        let count = self.c.compressed_u32()?;
        self.type_list(count, 0)
    }

    /// Decodes a method-spec instantiation (II.23.2.15): `GENRICINST`, count, types.
    pub fn method_spec(&mut self) -> Result<Vec<TypeSig>> {
        let at = self.c.pos();
        let b = self.c.u8()?;
        if b != CallConv::GENERICINST {
            return Err(self.c.bytes().bad(at, format!("method spec starts with {b:#04x}, not GENRICINST")));
        }
        let count = self.c.compressed_u32()?;
        self.type_list(count, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(b: &[u8]) -> Result<TypeSig> {
        SigReader::new(Bytes::new(b)).type_sig()
    }

    #[test]
    fn decodes_types() {
        assert_eq!(ty(&[elem::I4]).unwrap(), TypeSig::I4);
        assert_eq!(ty(&[elem::SZARRAY, elem::STRING]).unwrap(), TypeSig::SzArray(Box::new(TypeSig::String)));
        // class TypeRef #2 = (2 << 2) | 1 = 9
        assert_eq!(ty(&[elem::CLASS, 9]).unwrap(), TypeSig::Class(TypeDefOrRef::TypeRef(TypeRefRid(2))));
        // GENERICINST valuetype TypeDef#3 <int32, !!0>
        assert_eq!(
            ty(&[elem::GENERICINST, elem::VALUETYPE, 12, 2, elem::I4, elem::MVAR, 0]).unwrap(),
            TypeSig::GenericInst {
                is_value_type: true,
                def: TypeDefOrRef::TypeDef(TypeDefRid(3)),
                args: vec![TypeSig::I4, TypeSig::MVar(0)]
            }
        );
        // int32[0...,0...]
        let a = ty(&[elem::ARRAY, elem::I4, 2, 0, 2, 0, 0]).unwrap();
        assert_eq!(a, TypeSig::Array { elem: Box::new(TypeSig::I4), shape: ArrayShape { rank: 2, sizes: vec![], lower_bounds: vec![0, 0] } });
        assert!(ty(&[0x99]).is_err());
        assert!(ty(&[elem::CLASS, 0x0b]).is_err()); // tag 3
    }

    #[test]
    fn depth_is_limited() {
        let mut b = vec![elem::PTR; 10_000];
        b.push(elem::I4);
        assert!(matches!(ty(&b), Err(crate::error::ImageError::Limit { .. })));
    }

    #[test]
    fn decodes_methods() {
        // instance void (int32, string)
        let m = SigReader::new(Bytes::new(&[0x20, 2, elem::VOID, elem::I4, elem::STRING])).method_sig().unwrap();
        assert!(m.call_conv.has_this());
        assert_eq!(m.params, vec![TypeSig::I4, TypeSig::String]);
        // generic<1> !!0 (!!0)
        let g = SigReader::new(Bytes::new(&[0x10, 1, 1, elem::MVAR, 0, elem::MVAR, 0])).method_sig().unwrap();
        assert_eq!(g.generic_params, 1);
        // A count far beyond the blob must fail without allocating it.
        assert!(SigReader::new(Bytes::new(&[0x00, 0xdf, 0xff, 0xff, 0xff, elem::VOID])).method_sig().is_err());
    }
}
