//! Custom attributes (ECMA-335 II.23.3): finding an attribute by its type name without
//! touching the blob, and decoding value blobs — the `0x0001` prolog, fixed arguments as
//! the constructor's signature describes them, and named field/property arguments with
//! their `FieldOrPropType` encoding.
//!
//! Enum arguments are stored as bare integers; their width comes from the enum's
//! underlying type, which may live in another assembly. Enums defined in the same module
//! are resolved here; others are asked of a caller-provided [`EnumResolver`], and an enum
//! nobody can resolve yields [`ImageError::Unsupported`].

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};
use crate::metadata::coded::*;
use crate::metadata::heaps::ser_string;
use crate::metadata::sig::{elem, SigReader, TypeDefOrRef, TypeSig};
use crate::metadata::token::*;
use crate::metadata::Metadata;

/// Maximum nesting of boxed values and arrays inside one attribute blob.
const MAX_CA_DEPTH: u32 = 16;

/// The primitive types a custom-attribute value or an enum's underlying type can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CaPrimitive {
    Bool,
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
}

impl CaPrimitive {
    /// The primitive for an element-type byte.
    pub fn from_elem(b: u8) -> Option<CaPrimitive> {
        Some(match b {
            elem::BOOLEAN => CaPrimitive::Bool,
            elem::CHAR => CaPrimitive::Char,
            elem::I1 => CaPrimitive::I1,
            elem::U1 => CaPrimitive::U1,
            elem::I2 => CaPrimitive::I2,
            elem::U2 => CaPrimitive::U2,
            elem::I4 => CaPrimitive::I4,
            elem::U4 => CaPrimitive::U4,
            elem::I8 => CaPrimitive::I8,
            elem::U8 => CaPrimitive::U8,
            elem::R4 => CaPrimitive::R4,
            elem::R8 => CaPrimitive::R8,
            _ => return None,
        })
    }

    /// The primitive for a type signature.
    pub fn from_sig(s: &TypeSig) -> Option<CaPrimitive> {
        Some(match s {
            TypeSig::Boolean => CaPrimitive::Bool,
            TypeSig::Char => CaPrimitive::Char,
            TypeSig::I1 => CaPrimitive::I1,
            TypeSig::U1 => CaPrimitive::U1,
            TypeSig::I2 => CaPrimitive::I2,
            TypeSig::U2 => CaPrimitive::U2,
            TypeSig::I4 => CaPrimitive::I4,
            TypeSig::U4 => CaPrimitive::U4,
            TypeSig::I8 => CaPrimitive::I8,
            TypeSig::U8 => CaPrimitive::U8,
            TypeSig::R4 => CaPrimitive::R4,
            TypeSig::R8 => CaPrimitive::R8,
            _ => return None,
        })
    }
}

/// How an enum argument's type is identified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaEnumType<'a> {
    /// By token, in a fixed argument (from the constructor signature).
    Token(TypeDefOrRef),
    /// By serialized (assembly-qualified) name, in a named or boxed argument.
    Name(&'a str),
}

/// One decoded value.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum CaValue<'a> {
    Bool(bool),
    Char(u16),
    I1(i8),
    U1(u8),
    I2(i16),
    U2(u16),
    I4(i32),
    U4(u32),
    I8(i64),
    U8(u64),
    R4(f32),
    R8(f64),
    /// A string (`None` = null).
    String(Option<&'a str>),
    /// A `System.Type`, as its serialized name (`None` = null).
    Type(Option<&'a str>),
    /// An enum value: its type, underlying primitive and raw bits (sign-extended for
    /// signed underlying types).
    Enum { ty: CaEnumType<'a>, underlying: CaPrimitive, bits: u64 },
    /// A single-dimensional array (`None` = null).
    Array(Option<Vec<CaValue<'a>>>),
    /// A value passed as `object` (boxed, with its type in the blob).
    Boxed(Box<CaValue<'a>>),
}

/// Whether a named argument sets a field or a property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaNamedKind {
    /// `FIELD` (0x53).
    Field,
    /// `PROPERTY` (0x54).
    Property,
}

/// One named argument.
#[derive(Clone, Debug, PartialEq)]
pub struct CaNamedArg<'a> {
    /// Field or property.
    pub kind: CaNamedKind,
    /// Member name.
    pub name: &'a str,
    /// The value.
    pub value: CaValue<'a>,
}

/// A decoded custom-attribute value blob.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomAttributeValue<'a> {
    /// Constructor arguments, in order.
    pub fixed: Vec<CaValue<'a>>,
    /// Named arguments.
    pub named: Vec<CaNamedArg<'a>>,
}

/// Supplies the underlying type of enums defined outside the module being decoded.
pub trait EnumResolver<'a> {
    /// The underlying type of enum `ty`, a token of `md`.
    fn underlying_of(&self, md: &Metadata<'a>, ty: TypeDefOrRef) -> Option<CaPrimitive>;
    /// The underlying type of the enum with serialized name `name`
    /// (`Namespace.Name+Nested[, Assembly…]`), referenced from `md`.
    fn underlying_by_name(&self, md: &Metadata<'a>, name: &str) -> Option<CaPrimitive>;
}

/// A resolver that knows only the enums of the module itself (which the decoder resolves
/// without asking).
#[derive(Clone, Copy, Debug, Default)]
pub struct NoEnums;

impl<'a> EnumResolver<'a> for NoEnums {
    fn underlying_of(&self, _: &Metadata<'a>, _: TypeDefOrRef) -> Option<CaPrimitive> {
        None
    }
    fn underlying_by_name(&self, _: &Metadata<'a>, _: &str) -> Option<CaPrimitive> {
        None
    }
}

/// A namespace and name as stored in a TypeDef/TypeRef row (nested types have an empty
/// namespace).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypeNameRef<'a> {
    /// Namespace.
    pub namespace: &'a str,
    /// Name.
    pub name: &'a str,
}

impl fmt::Display for TypeNameRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.namespace.is_empty() { f.write_str(self.name) } else { write!(f, "{}.{}", self.namespace, self.name) }
    }
}

/// The type of a value in a named or boxed argument (`FieldOrPropType`, II.23.3).
#[derive(Clone, Debug, PartialEq)]
enum CaType<'a> {
    Prim(CaPrimitive),
    String,
    Type,
    Object,
    Enum(CaEnumType<'a>, CaPrimitive),
    SzArray(Box<CaType<'a>>),
}

impl<'a> Metadata<'a> {
    /// Namespace and name of a TypeDef or TypeRef (for a TypeSpec: of its generic type).
    pub fn type_name_ref(&self, ty: TypeDefOrRef) -> Result<TypeNameRef<'a>> {
        match ty {
            TypeDefOrRef::TypeDef(t) => {
                let r = self.type_def(t)?;
                Ok(TypeNameRef { namespace: self.string(r.namespace)?, name: self.string(r.name)? })
            }
            TypeDefOrRef::TypeRef(t) => {
                let r = self.type_ref(t)?;
                Ok(TypeNameRef { namespace: self.string(r.namespace)?, name: self.string(r.name)? })
            }
            TypeDefOrRef::TypeSpec(t) => {
                let blob = self.blob(self.type_spec(t)?.signature)?;
                match SigReader::new(blob).type_sig()? {
                    TypeSig::GenericInst { def: def @ (TypeDefOrRef::TypeDef(_) | TypeDefOrRef::TypeRef(_)), .. } => {
                        self.type_name_ref(def)
                    }
                    _ => Err(blob.bad(0, format!("{t:?} is not a generic instantiation of a named type"))),
                }
            }
        }
    }

    /// The type that declares a custom attribute's constructor, i.e. the attribute type.
    pub fn custom_attribute_type(&self, ca: CustomAttributeRid) -> Result<TypeDefOrRef> {
        match self.custom_attribute(ca)?.ctor {
            CustomAttributeType::MethodDef(m) => match self.method_declaring_type(m)? {
                Some(t) => Ok(TypeDefOrRef::TypeDef(t)),
                None => Err(ImageError::bad_nowhere(format!("{ca:?}: constructor {m:?} belongs to no type"))),
            },
            CustomAttributeType::MemberRef(m) => match self.member_ref(m)?.class {
                MemberRefParent::TypeDef(t) => Ok(TypeDefOrRef::TypeDef(t)),
                MemberRefParent::TypeRef(t) => Ok(TypeDefOrRef::TypeRef(t)),
                MemberRefParent::TypeSpec(t) => Ok(TypeDefOrRef::TypeSpec(t)),
                other => Err(ImageError::bad_nowhere(format!("{ca:?}: constructor parent {other:?} is not a type"))),
            },
        }
    }

    /// Namespace and name of a custom attribute's type, without decoding its blob.
    pub fn custom_attribute_type_name(&self, ca: CustomAttributeRid) -> Result<TypeNameRef<'a>> {
        self.type_name_ref(self.custom_attribute_type(ca)?)
    }

    /// The first custom attribute of `parent` whose type is `namespace.name`.
    pub fn find_custom_attribute(&self, parent: HasCustomAttribute, namespace: &str, name: &str) -> Result<Option<CustomAttributeRid>> {
        for ca in self.custom_attributes_of(parent) {
            let n = self.custom_attribute_type_name(ca)?;
            if n.name == name && n.namespace == namespace {
                return Ok(Some(ca));
            }
        }
        Ok(None)
    }

    /// Finds a type definition by namespace and name; `name` may contain `+` for nested
    /// types. A linear scan.
    pub fn find_type_def(&self, namespace: &str, name: &str) -> Result<Option<TypeDefRid>> {
        let mut parts = name.split('+');
        let first = parts.next().unwrap_or("");
        let mut cur = None;
        for t in self.rids::<TypeDefRid>() {
            let r = self.type_def(t)?;
            if self.string(r.name)? == first && self.string(r.namespace)? == namespace && self.enclosing_class(t)?.is_none() {
                cur = Some(t);
                break;
            }
        }
        for part in parts {
            let Some(outer) = cur else { return Ok(None) };
            cur = None;
            for n in self.nested_types(outer) {
                if self.string(self.type_def(n)?.name)? == part {
                    cur = Some(n);
                    break;
                }
            }
        }
        Ok(cur)
    }

    /// The underlying type of an enum defined in this module: the type of its instance
    /// field (`value__`). `None` if `ty` is not an enum or its field is not primitive.
    pub fn enum_underlying_type(&self, ty: TypeDefRid) -> Result<Option<CaPrimitive>> {
        let row = self.type_def(ty)?;
        let Some(base) = row.extends else { return Ok(None) };
        let b = self.type_name_ref(base)?;
        if b.namespace != "System" || b.name != "Enum" {
            return Ok(None);
        }
        for f in self.type_fields(ty)? {
            let fr = self.field(f)?;
            if !fr.flags.is_static() {
                let sig = SigReader::new(self.blob(fr.signature)?).field_sig()?;
                return Ok(CaPrimitive::from_sig(&sig));
            }
        }
        Ok(None)
    }

    /// Decodes the value blob of a custom attribute.
    pub fn decode_custom_attribute(&self, ca: CustomAttributeRid, enums: &dyn EnumResolver<'a>) -> Result<CustomAttributeValue<'a>> {
        let row = self.custom_attribute(ca)?;
        let ctor: MethodDefOrRef = row.ctor.into();
        let (sig_blob, type_args) = match ctor {
            MethodDefOrRef::MethodDef(m) => (self.method_def(m)?.signature, None),
            MethodDefOrRef::MemberRef(m) => {
                let r = self.member_ref(m)?;
                let args = match r.class {
                    MemberRefParent::TypeSpec(ts) => match SigReader::new(self.blob(self.type_spec(ts)?.signature)?).type_sig()? {
                        TypeSig::GenericInst { args, .. } => Some(args),
                        _ => None,
                    },
                    _ => None,
                };
                (r.signature, args)
            }
        };
        let sig = SigReader::new(self.blob(sig_blob)?).method_sig().map_err(|e| e.context(&format!("{ca:?} constructor")))?;
        let blob = self.blob(row.value)?;
        let d = CaDecoder { md: self, enums, type_args: type_args.as_deref().unwrap_or(&[]) };
        d.decode(blob, &sig.params).map_err(|e| e.context(&format!("{ca:?}")))
    }
}

struct CaDecoder<'d, 'a> {
    md: &'d Metadata<'a>,
    enums: &'d dyn EnumResolver<'a>,
    type_args: &'d [TypeSig],
}

impl<'a> CaDecoder<'_, 'a> {
    fn decode(&self, blob: Bytes<'a>, params: &[TypeSig]) -> Result<CustomAttributeValue<'a>> {
        let mut c = Cursor::new(blob);
        let prolog = c.u16().map_err(|e| e.context("custom attribute prolog"))?;
        if prolog != 1 {
            return Err(blob.bad(0, format!("custom attribute prolog is {prolog:#06x}, not 0x0001")));
        }
        let mut fixed = Vec::with_capacity(params.len().min(c.remaining()));
        for p in params {
            fixed.push(self.fixed_arg(&mut c, p, 0)?);
        }
        let count = c.u16().map_err(|e| e.context("named argument count"))?;
        let mut named = Vec::with_capacity(usize::from(count).min(c.remaining()));
        for _ in 0..count {
            let at = c.pos();
            let kind = match c.u8()? {
                0x53 => CaNamedKind::Field,
                0x54 => CaNamedKind::Property,
                k => return Err(blob.bad(at, format!("named argument kind {k:#04x} is neither FIELD nor PROPERTY"))),
            };
            let ty = self.field_or_prop_type(&mut c, 0)?;
            let name = ser_string(&mut c)?.ok_or_else(|| c.bad("named argument has a null name"))?;
            let value = self.value(&mut c, &ty, 0)?;
            named.push(CaNamedArg { kind, name, value });
        }
        Ok(CustomAttributeValue { fixed, named })
    }

    fn is_system_type(&self, t: TypeDefOrRef) -> Result<bool> {
        if matches!(t, TypeDefOrRef::TypeSpec(_)) {
            return Ok(false);
        }
        let n = self.md.type_name_ref(t)?;
        Ok(n.namespace == "System" && n.name == "Type")
    }

    fn enum_by_token(&self, t: TypeDefOrRef) -> Result<CaPrimitive> {
        if let TypeDefOrRef::TypeDef(d) = t
            && let Some(p) = self.md.enum_underlying_type(d)?
        {
            return Ok(p);
        }
        if let Some(p) = self.enums.underlying_of(self.md, t) {
            return Ok(p);
        }
        let name = self.md.type_name(t).unwrap_or_else(|_| format!("{t:?}"));
        Err(ImageError::unsupported(format!("underlying type of enum {name} is unknown")))
    }

    fn enum_by_name(&self, name: &str) -> Result<CaPrimitive> {
        // Same-module enums are found by name when the name has no assembly qualifier or
        // names this assembly.
        let (type_part, asm_part) = match name.split_once(',') {
            Some((t, a)) => (t.trim(), Some(a.trim())),
            None => (name, None),
        };
        let this_asm = self.md.assembly_name().ok().flatten().map(|a| a.name);
        let local = match asm_part {
            None => true,
            Some(a) => this_asm.is_some_and(|n| a.split(',').next().map(str::trim) == Some(n)),
        };
        if local {
            let (ns, simple) = match type_part.rfind('.') {
                // A '.' inside a nested part belongs to the name, not the namespace.
                Some(i) if !type_part[..i].contains('+') => (&type_part[..i], &type_part[i + 1..]),
                _ => ("", type_part),
            };
            if let Some(t) = self.md.find_type_def(ns, simple)?
                && let Some(p) = self.md.enum_underlying_type(t)?
            {
                return Ok(p);
            }
        }
        self.enums
            .underlying_by_name(self.md, name)
            .ok_or_else(|| ImageError::unsupported(format!("underlying type of enum {name} is unknown")))
    }

    fn fixed_arg(&self, c: &mut Cursor<'a>, ty: &TypeSig, depth: u32) -> Result<CaValue<'a>> {
        let depth = next_depth(c, depth)?;
        if let Some(p) = CaPrimitive::from_sig(ty) {
            return prim(c, p);
        }
        match ty {
            TypeSig::String => Ok(CaValue::String(ser_string(c)?)),
            TypeSig::Object => Ok(CaValue::Boxed(Box::new(self.boxed(c, depth)?))),
            TypeSig::Class(t) if self.is_system_type(*t)? => Ok(CaValue::Type(ser_string(c)?)),
            TypeSig::ValueType(t) => {
                let underlying = self.enum_by_token(*t)?;
                Ok(CaValue::Enum { ty: CaEnumType::Token(*t), underlying, bits: int_bits(c, underlying)? })
            }
            TypeSig::SzArray(elem) => {
                let n = c.u32()?;
                if n == u32::MAX {
                    return Ok(CaValue::Array(None));
                }
                let mut v = Vec::with_capacity((n as usize).min(c.remaining()));
                for _ in 0..n {
                    v.push(self.fixed_arg(c, elem, depth)?);
                }
                Ok(CaValue::Array(Some(v)))
            }
            TypeSig::Var(n) => match self.type_args.get(*n as usize) {
                Some(t) => self.fixed_arg(c, t, depth),
                None => Err(c.bad(format!("constructor parameter !{n} has no type argument"))),
            },
            TypeSig::Modified { inner, .. } => self.fixed_arg(c, inner, depth),
            other => Err(ImageError::unsupported(format!("custom attribute parameter of type {other:?}"))),
        }
    }

    fn boxed(&self, c: &mut Cursor<'a>, depth: u32) -> Result<CaValue<'a>> {
        let ty = self.field_or_prop_type(c, depth)?;
        self.value(c, &ty, depth)
    }

    fn field_or_prop_type(&self, c: &mut Cursor<'a>, depth: u32) -> Result<CaType<'a>> {
        let depth = next_depth(c, depth)?;
        let at = c.pos();
        let b = c.u8()?;
        if let Some(p) = CaPrimitive::from_elem(b) {
            return Ok(CaType::Prim(p));
        }
        Ok(match b {
            elem::STRING => CaType::String,
            0x50 => CaType::Type,
            0x51 => CaType::Object,
            0x55 => {
                let name = ser_string(c)?.ok_or_else(|| c.bad("enum type name is null"))?;
                CaType::Enum(CaEnumType::Name(name), self.enum_by_name(name)?)
            }
            elem::SZARRAY => CaType::SzArray(Box::new(self.field_or_prop_type(c, depth)?)),
            other => return Err(c.bytes().bad(at, format!("invalid custom attribute element type {other:#04x}"))),
        })
    }

    fn value(&self, c: &mut Cursor<'a>, ty: &CaType<'a>, depth: u32) -> Result<CaValue<'a>> {
        let depth = next_depth(c, depth)?;
        match ty {
            CaType::Prim(p) => prim(c, *p),
            CaType::String => Ok(CaValue::String(ser_string(c)?)),
            CaType::Type => Ok(CaValue::Type(ser_string(c)?)),
            CaType::Object => Ok(CaValue::Boxed(Box::new(self.boxed(c, depth)?))),
            CaType::Enum(t, p) => Ok(CaValue::Enum { ty: *t, underlying: *p, bits: int_bits(c, *p)? }),
            CaType::SzArray(elem) => {
                let n = c.u32()?;
                if n == u32::MAX {
                    return Ok(CaValue::Array(None));
                }
                let mut v = Vec::with_capacity((n as usize).min(c.remaining()));
                for _ in 0..n {
                    v.push(self.value(c, elem, depth)?);
                }
                Ok(CaValue::Array(Some(v)))
            }
        }
    }
}

fn next_depth(c: &Cursor<'_>, depth: u32) -> Result<u32> {
    if depth >= MAX_CA_DEPTH {
        Err(ImageError::limit(format!("custom attribute value nested deeper than {MAX_CA_DEPTH} at file offset {:#x}", c.file_offset())))
    } else {
        Ok(depth + 1)
    }
}

fn prim<'a>(c: &mut Cursor<'a>, p: CaPrimitive) -> Result<CaValue<'a>> {
    Ok(match p {
        CaPrimitive::Bool => CaValue::Bool(c.u8()? != 0),
        CaPrimitive::Char => CaValue::Char(c.u16()?),
        CaPrimitive::I1 => CaValue::I1(c.u8()? as i8),
        CaPrimitive::U1 => CaValue::U1(c.u8()?),
        CaPrimitive::I2 => CaValue::I2(c.u16()? as i16),
        CaPrimitive::U2 => CaValue::U2(c.u16()?),
        CaPrimitive::I4 => CaValue::I4(c.i32()?),
        CaPrimitive::U4 => CaValue::U4(c.u32()?),
        CaPrimitive::I8 => CaValue::I8(c.u64()? as i64),
        CaPrimitive::U8 => CaValue::U8(c.u64()?),
        CaPrimitive::R4 => CaValue::R4(f32::from_bits(c.u32()?)),
        CaPrimitive::R8 => CaValue::R8(f64::from_bits(c.u64()?)),
    })
}

fn int_bits(c: &mut Cursor<'_>, p: CaPrimitive) -> Result<u64> {
    Ok(match p {
        CaPrimitive::Bool | CaPrimitive::U1 => u64::from(c.u8()?),
        CaPrimitive::I1 => c.u8()? as i8 as i64 as u64,
        CaPrimitive::Char | CaPrimitive::U2 => u64::from(c.u16()?),
        CaPrimitive::I2 => c.u16()? as i16 as i64 as u64,
        CaPrimitive::U4 => u64::from(c.u32()?),
        CaPrimitive::I4 => c.i32()? as i64 as u64,
        CaPrimitive::I8 | CaPrimitive::U8 => c.u64()?,
        CaPrimitive::R4 | CaPrimitive::R8 => {
            return Err(c.bad("an enum cannot have a floating-point underlying type"));
        }
    })
}

impl fmt::Display for CaValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaValue::Bool(v) => write!(f, "{v}"),
            CaValue::Char(v) => write!(f, "'\\u{v:04x}'"),
            CaValue::I1(v) => write!(f, "{v}"),
            CaValue::U1(v) => write!(f, "{v}"),
            CaValue::I2(v) => write!(f, "{v}"),
            CaValue::U2(v) => write!(f, "{v}"),
            CaValue::I4(v) => write!(f, "{v}"),
            CaValue::U4(v) => write!(f, "{v}"),
            CaValue::I8(v) => write!(f, "{v}"),
            CaValue::U8(v) => write!(f, "{v}"),
            CaValue::R4(v) => write!(f, "{v:?}"),
            CaValue::R8(v) => write!(f, "{v:?}"),
            CaValue::String(None) | CaValue::Type(None) | CaValue::Array(None) => f.write_str("null"),
            CaValue::String(Some(s)) => write!(f, "{s:?}"),
            CaValue::Type(Some(s)) => write!(f, "typeof({s})"),
            CaValue::Enum { ty, bits, .. } => match ty {
                CaEnumType::Token(t) => write!(f, "({:?}){}", t, *bits as i64),
                CaEnumType::Name(n) => write!(f, "({n}){}", *bits as i64),
            },
            CaValue::Array(Some(v)) => {
                f.write_str("[")?;
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{x}")?;
                }
                f.write_str("]")
            }
            CaValue::Boxed(v) => write!(f, "(object){v}"),
        }
    }
}

impl fmt::Display for CustomAttributeValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        let mut first = true;
        for v in &self.fixed {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{v}")?;
        }
        for n in &self.named {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{} = {}", n.name, n.value)?;
        }
        f.write_str(")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::testutil::MdBuilder;

    /// A module with enum `N.E : int16`, attribute `N.A` with ctor
    /// `(int32, string, N.E, System.Type, object, int32[])`, and a TypeRef to an external
    /// enum `X.Ext`.
    fn build(value: &[u8]) -> Vec<u8> {
        let mut b = MdBuilder::new();
        let s = |b: &mut MdBuilder, x: &str| b.string(x);
        let asm = s(&mut b, "asm");
        b.row(TableId::Assembly, &[0, 1, 0, 0, 0, 0, 0, asm, 0]);
        let sys = s(&mut b, "System");
        let enm = s(&mut b, "Enum");
        let typ = s(&mut b, "Type");
        let n = s(&mut b, "N");
        let e = s(&mut b, "E");
        let a = s(&mut b, "A");
        let x = s(&mut b, "X");
        let ext = s(&mut b, "Ext");
        let vf = s(&mut b, "value__");
        let ctor = s(&mut b, ".ctor");
        b.row(TableId::TypeRef, &[0, enm, sys]); // 1
        b.row(TableId::TypeRef, &[0, typ, sys]); // 2
        b.row(TableId::TypeRef, &[0, ext, x]); // 3
        b.row(TableId::TypeDef, &[0, e, n, (1 << 2) | 1, 1, 1]); // E : System.Enum
        b.row(TableId::TypeDef, &[0, a, n, 0, 2, 1]);
        let i2 = b.blob(&[0x06, elem::I2]);
        b.row(TableId::Field, &[0, vf, i2]);
        // .ctor(int32, string, valuetype E, class System.Type, object, int32[], valuetype X.Ext)
        let sig = b.blob(&[
            0x20, 7, elem::VOID, elem::I4, elem::STRING, elem::VALUETYPE, 1 << 2, elem::CLASS, (2 << 2) | 1, elem::OBJECT,
            elem::SZARRAY, elem::I4, elem::VALUETYPE, (3 << 2) | 1,
        ]);
        b.row(TableId::MethodDef, &[0, 0, 0x1806, ctor, sig, 1]);
        let v = b.blob(value);
        b.row(TableId::CustomAttribute, &[HasCustomAttribute::TypeDef(TypeDefRid(2)).raw(), (1 << 3) | 2, v]);
        b.build()
    }

    struct Ext;
    impl<'a> EnumResolver<'a> for Ext {
        fn underlying_of(&self, md: &Metadata<'a>, ty: TypeDefOrRef) -> Option<CaPrimitive> {
            (md.type_name_ref(ty).ok()?.name == "Ext").then_some(CaPrimitive::U1)
        }
        fn underlying_by_name(&self, _: &Metadata<'a>, name: &str) -> Option<CaPrimitive> {
            name.starts_with("X.Ext").then_some(CaPrimitive::U1)
        }
    }

    fn value() -> Vec<u8> {
        let mut v = vec![1, 0];
        v.extend_from_slice(&7i32.to_le_bytes());
        v.extend_from_slice(&[2, b'h', b'i']); // string
        v.extend_from_slice(&(-2i16).to_le_bytes()); // enum E : int16
        v.push(0xff); // null Type
        v.extend_from_slice(&[0x51, 0x0e, 1, b'o']); // object = boxed(object = "o")... 0x51 then string
        v.extend_from_slice(&2u32.to_le_bytes());
        v.extend_from_slice(&1i32.to_le_bytes());
        v.extend_from_slice(&2i32.to_le_bytes());
        v.push(9); // X.Ext : uint8
        v.extend_from_slice(&3u16.to_le_bytes()); // 3 named args
        v.extend_from_slice(&[0x54, 0x55, 4, b'N', b'.', b'E', b'\0']); // property of enum N.E named "\0"? fixed below
        v
    }

    #[test]
    fn decodes_fixed_and_named_arguments() {
        let mut v = value();
        // Replace the last named arg by well-formed ones.
        v.truncate(v.len() - 7);
        // PROPERTY enum "N.E" Name="P" value -1 (int16)
        v.extend_from_slice(&[0x54, 0x55, 3, b'N', b'.', b'E', 1, b'P']);
        v.extend_from_slice(&(-1i16).to_le_bytes());
        // FIELD SZARRAY string "F" = ["a", null]
        v.extend_from_slice(&[0x53, 0x1d, 0x0e, 1, b'F']);
        v.extend_from_slice(&2u32.to_le_bytes());
        v.extend_from_slice(&[1, b'a', 0xff]);
        // FIELD boxed "G" = (int64) 5, enum by external name.
        v.extend_from_slice(&[0x53, 0x51, 1, b'G', 0x55, 5, b'X', b'.', b'E', b'x', b't', 4]);
        let bytes = build(&v);
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let ca = CustomAttributeRid(1);
        assert_eq!(md.custom_attribute_type_name(ca).unwrap().to_string(), "N.A");
        assert_eq!(md.find_custom_attribute(HasCustomAttribute::TypeDef(TypeDefRid(2)), "N", "A").unwrap(), Some(ca));
        assert_eq!(md.enum_underlying_type(TypeDefRid(1)).unwrap(), Some(CaPrimitive::I2));
        // Without a resolver the external enum is unsupported, not a bad image.
        let e = md.decode_custom_attribute(ca, &NoEnums).unwrap_err();
        assert!(matches!(e, ImageError::Unsupported { .. }), "{e}");
        let d = md.decode_custom_attribute(ca, &Ext).unwrap();
        assert_eq!(d.fixed[0], CaValue::I4(7));
        assert_eq!(d.fixed[1], CaValue::String(Some("hi")));
        assert_eq!(
            d.fixed[2],
            CaValue::Enum { ty: CaEnumType::Token(TypeDefOrRef::TypeDef(TypeDefRid(1))), underlying: CaPrimitive::I2, bits: u64::MAX - 1 }
        );
        assert_eq!(d.fixed[3], CaValue::Type(None));
        assert_eq!(d.fixed[4], CaValue::Boxed(Box::new(CaValue::Boxed(Box::new(CaValue::String(Some("o")))))));
        assert_eq!(d.fixed[5], CaValue::Array(Some(vec![CaValue::I4(1), CaValue::I4(2)])));
        assert_eq!(d.named.len(), 3);
        assert_eq!(d.named[0].kind, CaNamedKind::Property);
        assert_eq!(d.named[0].name, "P");
        assert_eq!(d.named[1].value, CaValue::Array(Some(vec![CaValue::String(Some("a")), CaValue::String(None)])));
        assert_eq!(d.named[2].value, CaValue::Boxed(Box::new(CaValue::Enum { ty: CaEnumType::Name("X.Ext"), underlying: CaPrimitive::U1, bits: 4 })));
        assert!(d.to_string().starts_with("(7, \"hi\""));
        // Every truncation of the value blob fails cleanly.
        for len in 0..v.len() {
            let bytes = build(&v[..len]);
            let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
            assert!(md.decode_custom_attribute(ca, &Ext).is_err(), "{len}");
        }
        // A bad prolog.
        let bytes = build(&[2, 0, 0, 0]);
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        assert!(md.decode_custom_attribute(ca, &Ext).unwrap_err().is_bad_image());
        // Deeply nested boxed arrays hit the depth limit.
        let mut deep = vec![1, 0];
        deep.extend_from_slice(&7i32.to_le_bytes());
        deep.extend_from_slice(&[0, 0, 0, 0xff]);
        for _ in 0..40 {
            deep.extend_from_slice(&[0x51]);
        }
        let bytes = build(&deep);
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        assert!(matches!(md.decode_custom_attribute(ca, &Ext), Err(ImageError::Limit { .. })));
    }
}
