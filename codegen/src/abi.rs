//! The managed calling convention at the machine level: SysV x64 with CoreCLR's hidden
//! arguments, in CoreCLR's order — `this`, then the return buffer, then the user arguments
//! (generic code is compiled per instantiation, so there is no generic-context argument).
//!
//! * Integers of at most 32 bits travel as their own width; the callee normalizes arguments
//!   and widens its small return values to 32 bits.
//! * `float32`/`float64` travel in XMM registers; references, byrefs and pointers as `i64`.
//! * A struct the host classifies as [`StructAbi::Regs`] travels as one or two eightbytes
//!   (`i64` for INTEGER, `f64`/`f32` for SSE); a [`StructAbi::Memory`] struct argument is
//!   copied onto the stack (Cranelift's `StructArgument`), and a memory-class result is
//!   written to a caller-provided buffer whose address the callee returns in `rax`.
//!
//! JIT'd managed code uses Cranelift's `tail` convention ([`MANAGED`]), the only one in
//! which Cranelift makes real tail calls (`tail.` calls, `jmp`). On x64 it passes arguments
//! exactly as SysV does (same registers, same stack slots, same callee-saved registers);
//! it differs in two ways: the callee pops its stack arguments, and a second integer
//! result comes back in `rcx` rather than `rdx`. So native code may call managed code
//! directly (and does: `Main`, class constructors, parameterless constructors) as long as
//! the signature has no stack arguments and at most one result per register class; any
//! other native → managed call needs an adapter. Managed → native calls (helpers, internal
//! calls) use SysV call sites.

use cranelift_codegen::ir::{AbiParam, ArgumentExtension, ArgumentPurpose, Signature, Type, types};
use cranelift_codegen::isa::CallConv;

use crate::env::{CallSig, JitEnv, RegClass, StructAbi, TypeInfo, ValueKind};

/// The calling convention of managed code (see the module documentation).
pub const MANAGED: CallConv = CallConv::Tail;

/// One eightbyte of a struct passed in a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Eightbyte {
    /// The register type.
    pub ty: Type,
    /// Offset of the eightbyte in the struct.
    pub offset: u32,
}

/// How one value crosses a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Passing {
    /// As one scalar of this type.
    Scalar(Type),
    /// A struct in one or two registers.
    Regs(Vec<Eightbyte>),
    /// A struct copied to the stack (arguments) — the callee sees a pointer to its copy.
    Stack(u32),
}

/// How a result comes back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Returning {
    /// No result.
    Void,
    /// One scalar.
    Scalar(Type),
    /// A struct in one or two registers.
    Regs(Vec<Eightbyte>),
    /// Through a buffer the caller passes after `this`; the callee returns its address.
    Buffer,
}

/// A lowered signature.
#[derive(Clone, Debug)]
pub struct Lowered {
    /// The Cranelift signature.
    pub sig: Signature,
    /// How `this` is passed (always a scalar `i64`).
    pub has_this: bool,
    /// How each user parameter is passed.
    pub params: Vec<Passing>,
    /// How the result comes back.
    pub ret: Returning,
}

/// The Cranelift type a scalar of `kind` travels as.
pub fn scalar_type(kind: ValueKind) -> Type {
    match kind {
        ValueKind::Bool | ValueKind::I1 | ValueKind::U1 => types::I8,
        ValueKind::Char | ValueKind::I2 | ValueKind::U2 => types::I16,
        ValueKind::I4 | ValueKind::U4 => types::I32,
        ValueKind::R4 => types::F32,
        ValueKind::R8 => types::F64,
        _ => types::I64,
    }
}

fn eightbytes(abi: StructAbi) -> Option<Vec<Eightbyte>> {
    match abi {
        StructAbi::Memory => None,
        StructAbi::Regs(parts) => Some(
            parts
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    p.map(|(class, size)| Eightbyte {
                        ty: match (class, size) {
                            (RegClass::Int, _) => types::I64,
                            (RegClass::Sse, 4) => types::F32,
                            (RegClass::Sse, _) => types::F64,
                        },
                        offset: 8 * i as u32,
                    })
                })
                .collect(),
        ),
    }
}

/// How a value of type `info` is passed as an argument.
pub fn passing(info: &TypeInfo) -> Passing {
    if info.kind == ValueKind::Struct {
        match eightbytes(info.abi) {
            Some(e) if !e.is_empty() => Passing::Regs(e),
            Some(_) => Passing::Regs(vec![Eightbyte { ty: types::I64, offset: 0 }]),
            None => Passing::Stack(info.size),
        }
    } else {
        Passing::Scalar(scalar_type(info.kind))
    }
}

/// How a result of type `info` is returned.
pub fn returning(info: &TypeInfo) -> Returning {
    match info.kind {
        ValueKind::Void => Returning::Void,
        ValueKind::Struct => match eightbytes(info.abi) {
            Some(e) if !e.is_empty() => Returning::Regs(e),
            Some(_) => Returning::Regs(vec![Eightbyte { ty: types::I64, offset: 0 }]),
            None => Returning::Buffer,
        },
        k => Returning::Scalar(scalar_type(k)),
    }
}

fn scalar_param(kind: ValueKind) -> AbiParam {
    // Callers widen small integers to 32 bits, as SysV compilers expect of `bool`, `char`
    // and friends (native code such as internal calls may rely on it).
    let p = AbiParam::new(scalar_type(kind));
    match widening(kind) {
        Some(ArgumentExtension::Uext) => p.uext(),
        Some(ArgumentExtension::Sext) => p.sext(),
        _ => p,
    }
}

fn scalar_return(kind: ValueKind) -> AbiParam {
    let p = AbiParam::new(scalar_type(kind));
    // The callee widens small integer results to 32 bits.
    match kind {
        ValueKind::Bool | ValueKind::Char | ValueKind::U1 | ValueKind::U2 => p.uext(),
        ValueKind::I1 | ValueKind::I2 => p.sext(),
        _ => p,
    }
}

/// Lowers a managed signature to the machine convention.
pub fn lower(env: &dyn JitEnv, sig: &CallSig, call_conv: CallConv) -> Lowered {
    let mut s = Signature::new(call_conv);
    if sig.this.is_some() {
        s.params.push(AbiParam::new(types::I64));
    }
    let ret_info = env.type_info(sig.ret);
    let ret = returning(ret_info);
    match &ret {
        Returning::Void => {}
        Returning::Scalar(_) => s.returns.push(scalar_return(ret_info.kind)),
        Returning::Regs(parts) => s.returns.extend(parts.iter().map(|e| AbiParam::new(e.ty))),
        Returning::Buffer => {
            s.params.push(AbiParam::new(types::I64));
            s.returns.push(AbiParam::new(types::I64));
        }
    }
    let mut params = Vec::with_capacity(sig.params.len());
    for p in &sig.params {
        let info = env.type_info(*p);
        let pass = passing(info);
        match &pass {
            Passing::Scalar(_) => s.params.push(scalar_param(info.kind)),
            Passing::Regs(parts) => s.params.extend(parts.iter().map(|e| AbiParam::new(e.ty))),
            // The stack area of a memory-class struct is whole eightbytes (SysV).
            Passing::Stack(size) => s.params.push(AbiParam::special(types::I64, ArgumentPurpose::StructArgument(size.div_ceil(8) * 8))),
        }
        params.push(pass);
    }
    Lowered { sig: s, has_this: sig.this.is_some(), params, ret }
}

/// A native helper's signature from its parameter and result types.
pub fn helper_signature(params: &[Type], ret: Option<Type>, call_conv: CallConv) -> Signature {
    let mut s = Signature::new(call_conv);
    s.params.extend(params.iter().map(|t| AbiParam::new(*t)));
    if let Some(r) = ret {
        s.returns.push(AbiParam::new(r));
    }
    s
}

/// The extension a small integer needs when widened to 32 bits.
pub fn widening(kind: ValueKind) -> Option<ArgumentExtension> {
    match kind {
        ValueKind::Bool | ValueKind::Char | ValueKind::U1 | ValueKind::U2 => Some(ArgumentExtension::Uext),
        ValueKind::I1 | ValueKind::I2 => Some(ArgumentExtension::Sext),
        _ => None,
    }
}
