//! Translator tests over hand-assembled IL and a mock runtime: shapes of control flow and
//! calls that must compile (with Cranelift's verifier on) or fail with a typed error.

use std::collections::HashMap;

use r2rhost_codegen::env::{Intrinsic, 
    ArrayAccess, ArrayOp, CallInfo, CallOp, CallSig, CallTarget, FieldInfo, Helper, JitEnv, ManagedFailure, StructAbi, ThisTransform, TokenHandle, TypeInfo, TypeRef, ValueKind,
    WellKnown,
};
use r2rhost_codegen::{Dumps, Jit, JitError, LibCall, MethodInput, RelocKind, Tier};
use r2rhost_image::metadata::il::{EhClause, EhKind, IlOffset};
use r2rhost_image::metadata::token::{Token, UserStringIndex};

const VOID: TypeRef = TypeRef(0);
const I4: TypeRef = TypeRef(1);
const I8: TypeRef = TypeRef(2);
const OBJ: TypeRef = TypeRef(3);
const R8: TypeRef = TypeRef(4);
/// A 24-byte struct passed in memory.
const BIG: TypeRef = TypeRef(5);
const NINT: TypeRef = TypeRef(6);

fn scalar(kind: ValueKind, size: u32) -> TypeInfo {
    TypeInfo {
        kind,
        size,
        align: size.max(1),
        mt: 0x1000 + u64::from(size),
        is_value_type: kind != ValueKind::Object,
        contains_refs: kind == ValueKind::Object,
        abi: StructAbi::Memory,
        nullable: None,
        array: None,
        pointee: None,
    }
}

/// A runtime with a handful of types and methods given by token.
struct MockEnv {
    types: Vec<TypeInfo>,
    methods: HashMap<u32, CallInfo>,
}

impl MockEnv {
    fn new() -> MockEnv {
        let mut big = scalar(ValueKind::Struct, 24);
        big.align = 8;
        MockEnv {
            types: vec![
                scalar(ValueKind::Void, 0),
                scalar(ValueKind::I4, 4),
                scalar(ValueKind::I8, 8),
                scalar(ValueKind::Object, 8),
                scalar(ValueKind::R8, 8),
                big,
                scalar(ValueKind::I, 8),
            ],
            methods: HashMap::new(),
        }
    }

    /// Registers a static method `token` with this signature, called through an entry slot.
    fn method(mut self, token: u32, params: &[TypeRef], ret: TypeRef) -> MockEnv {
        let sig = CallSig { this: None, params: params.to_vec(), ret };
        let info = CallInfo {
            name: format!("M{token:x}"),
            sig,
            target: CallTarget::Slot(0x10_0000 + u64::from(token)),
            newobj: None,
            this_transform: ThisTransform::None,
        };
        self.methods.insert(token, info);
        self
    }
}

impl MockEnv {
    /// Registers `token` as a multi-dimensional array method of `int32[,]`.
    fn array_method(mut self, token: u32, op: ArrayOp) -> MockEnv {
        let (params, ret) = match op {
            ArrayOp::Get => (vec![I4, I4], I4),
            ArrayOp::Set => (vec![I4, I4, I4], VOID),
            ArrayOp::Address => (vec![I4, I4], NINT),
        };
        let info = CallInfo {
            name: format!("int32[,]::{op:?}"),
            sig: CallSig { this: Some(OBJ), params, ret },
            target: CallTarget::Intrinsic(Intrinsic::Array(ArrayAccess { op, element: I4, rank: 2 })),
            newobj: None,
            this_transform: ThisTransform::None,
        };
        self.methods.insert(token, info);
        self
    }
}

impl JitEnv for MockEnv {
    fn type_info(&self, ty: TypeRef) -> &TypeInfo {
        &self.types[ty.0 as usize]
    }
    fn type_name(&self, ty: TypeRef) -> String {
        format!("T{}", ty.0)
    }
    fn well_known(&self, w: WellKnown) -> TypeRef {
        match w {
            WellKnown::Void => VOID,
            WellKnown::Int32 => I4,
            WellKnown::Int64 => I8,
            WellKnown::Double => R8,
            WellKnown::IntPtr => NINT,
            _ => OBJ,
        }
    }
    fn sz_array_of(&mut self, _element: TypeRef) -> Result<TypeRef, ManagedFailure> {
        Ok(OBJ)
    }
    fn resolve_type(&mut self, token: Token) -> Result<TypeRef, ManagedFailure> {
        Ok(TypeRef(token.0 & 0xff))
    }
    fn resolve_field(&mut self, token: Token) -> Result<FieldInfo, ManagedFailure> {
        Err(ManagedFailure { exception: "System.MissingFieldException", message: format!("{token:?}") })
    }
    fn resolve_call(&mut self, token: Token, _op: CallOp, _constrained: Option<TypeRef>) -> Result<CallInfo, ManagedFailure> {
        self.methods.get(&token.0).cloned().ok_or(ManagedFailure { exception: "System.MissingMethodException", message: format!("{token:?}") })
    }
    fn resolve_signature(&mut self, token: Token) -> Result<CallSig, ManagedFailure> {
        self.methods.get(&token.0).map(|m| m.sig.clone()).ok_or(ManagedFailure { exception: "System.BadImageFormatException", message: format!("{token:?}") })
    }
    fn resolve_string(&mut self, _index: UserStringIndex) -> Result<u64, ManagedFailure> {
        Ok(0x2000)
    }
    fn resolve_token_handle(&mut self, _token: Token) -> Result<TokenHandle, ManagedFailure> {
        Ok(TokenHandle { value: 0, ty: NINT })
    }
    fn helper(&self, helper: Helper) -> u64 {
        0x3000 + helper as u64
    }
}

struct Method {
    il: Vec<u8>,
    params: Vec<TypeRef>,
    ret: TypeRef,
    locals: Vec<TypeRef>,
    eh: Vec<EhClause>,
}

fn method(il: &[u8], params: &[TypeRef], ret: TypeRef) -> Method {
    Method { il: il.to_vec(), params: params.to_vec(), ret, locals: Vec::new(), eh: Vec::new() }
}

fn finally(try_offset: u32, try_length: u32, handler_offset: u32, handler_length: u32) -> EhClause {
    EhClause { kind: EhKind::Finally, try_offset: IlOffset(try_offset), try_length, handler_offset: IlOffset(handler_offset), handler_length, fat: false }
}

/// Compiles with the verifier on; returns the CLIF text.
fn compile(env: &mut MockEnv, m: &Method) -> Result<String, JitError> {
    compile_full(env, m).map(|c| c.clif.unwrap_or_default())
}

fn compile_full(env: &mut MockEnv, m: &Method) -> Result<r2rhost_codegen::CompiledMethod, JitError> {
    let input = MethodInput {
        name: "Test.M".into(),
        il: &m.il,
        locals: m.locals.clone(),
        sig: CallSig { this: None, params: m.params.clone(), ret: m.ret },
        eh: m.eh.clone(),
        entry_init: None,
    };
    let mut jit = Jit::new(Tier::Tier0, true)?;
    let compiled = jit.compile(env, &input, Dumps { clif: true, disasm: false })?;
    assert!(!compiled.code.is_empty());
    Ok(compiled)
}

// Opcodes used below.
const LDARG_0: u8 = 0x02;
const LDARG_1: u8 = 0x03;
const LDLOC_0: u8 = 0x06;
const STLOC_0: u8 = 0x0a;
const LDC_I4_0: u8 = 0x16;
const LDC_I4_1: u8 = 0x17;
const BR_S: u8 = 0x2b;
const BRTRUE_S: u8 = 0x2d;
const JMP: u8 = 0x27;
const CALL: u8 = 0x28;
const RET: u8 = 0x2a;
const ADD: u8 = 0x58;
const SUB: u8 = 0x59;
const ENDFINALLY: u8 = 0xdc;
const LEAVE_S: u8 = 0xde;
const TAIL: [u8; 2] = [0xfe, 0x14];

fn token(t: u32) -> [u8; 4] {
    t.to_le_bytes()
}

#[test]
fn try_finally_on_the_normal_path() {
    // int M(int a) { int r = 0; try { r = a + 1; } finally { r = r + 1; } return r; }
    let il = [
        LDC_I4_0, STLOC_0, // 0..2
        LDARG_0, LDC_I4_1, ADD, STLOC_0, LEAVE_S, 5, // try: 2..8 -> 13
        LDLOC_0, LDC_I4_1, ADD, STLOC_0, ENDFINALLY, // finally: 8..13
        LDLOC_0, RET, // 13
    ];
    let mut m = method(&il, &[I4], I4);
    m.locals = vec![I4];
    m.eh = vec![finally(2, 6, 8, 5)];
    let clif = compile(&mut MockEnv::new(), &m).expect("compiles");
    assert!(clif.contains("br_table"), "{clif}");
}

#[test]
fn nested_finallies_with_several_leaves_to_one_target() {
    // try { try { if (a) leave OUT; leave OUT; } finally { } leave OUT; } finally { } OUT: ret
    let il = [
        /* 0 */ LDARG_0, BRTRUE_S, 2, // inner try 0..7
        /* 3 */ LEAVE_S, 8, // -> 13
        /* 5 */ LEAVE_S, 6, // -> 13
        /* 7 */ ENDFINALLY, // inner finally 7..8
        /* 8 */ LEAVE_S, 3, // -> 13 (outer try 0..12)
        /* 10 */ BR_S, 0xfe, // (dead) loop on itself, still inside the outer try
        /* 12 */ ENDFINALLY, // outer finally 12..13
        /* 13 */ LDC_I4_1, RET,
    ];
    let mut m = method(&il, &[I4], I4);
    m.eh = vec![finally(0, 7, 7, 1), finally(0, 12, 12, 1)];
    compile(&mut MockEnv::new(), &m).expect("compiles");
}

#[test]
fn tail_call_becomes_return_call() {
    // long M(long n) => n == 0 ? 0 : tail. M2(n - 1)
    let mut env = MockEnv::new().method(0x0600_0001, &[I8], I8);
    let mut il = vec![LDARG_0, BRTRUE_S, 2, LDARG_0, RET, LDARG_0, LDC_I4_1, 0x6a /* conv.i8 */, SUB];
    il.extend(TAIL);
    il.push(CALL);
    il.extend(token(0x0600_0001));
    il.push(RET);
    let clif = compile(&mut env, &method(&il, &[I8], I8)).expect("compiles");
    assert!(clif.contains("return_call_indirect"), "{clif}");
    assert!(clif.contains(" tail {"), "managed code uses the tail convention: {clif}");
}

#[test]
fn tail_prefix_not_followed_by_ret_is_a_normal_call() {
    let mut env = MockEnv::new().method(0x0600_0001, &[I8], I8);
    let mut il = vec![LDARG_0];
    il.extend(TAIL);
    il.push(CALL);
    il.extend(token(0x0600_0001));
    il.extend([0x26 /* pop */, LDARG_0, RET]);
    let clif = compile(&mut env, &method(&il, &[I8], I8)).expect("compiles");
    assert!(!clif.contains("return_call"), "{clif}");
}

#[test]
fn tail_call_with_more_stack_arguments_than_the_caller() {
    // M(int) tail-calls a method with nine arguments (three on the stack).
    let nine = [I4, I8, I4, I4, I4, I4, I4, I4, I4];
    let mut env = MockEnv::new().method(0x0600_0002, &nine, I8);
    let mut il = vec![LDARG_0, LDC_I4_0, 0x6a];
    il.extend([LDC_I4_1; 7]);
    il.extend(TAIL);
    il.push(CALL);
    il.extend(token(0x0600_0002));
    il.push(RET);
    let clif = compile(&mut env, &method(&il, &[I4], I8)).expect("compiles");
    assert!(clif.contains("return_call_indirect"), "{clif}");
}

#[test]
fn jmp_passes_the_current_arguments() {
    let mut env = MockEnv::new().method(0x0600_0003, &[I4, R8], I8);
    let mut il = vec![JMP];
    il.extend(token(0x0600_0003));
    let clif = compile(&mut env, &method(&il, &[I4, R8], I8)).expect("compiles");
    assert!(clif.contains("return_call_indirect"), "{clif}");
}

#[test]
fn jmp_to_another_signature_is_invalid_il() {
    let mut env = MockEnv::new().method(0x0600_0003, &[I4], I8);
    let mut il = vec![JMP];
    il.extend(token(0x0600_0003));
    let err = compile(&mut env, &method(&il, &[I8], I8)).expect_err("signatures differ");
    assert!(matches!(err, JitError::InvalidIl { .. }), "{err}");
    assert_eq!(err.managed().exception, "System.InvalidProgramException");
}

#[test]
fn jmp_with_items_on_the_stack_is_invalid_il() {
    let mut env = MockEnv::new().method(0x0600_0003, &[I4], I8);
    let mut il = vec![LDARG_0, JMP];
    il.extend(token(0x0600_0003));
    let err = compile(&mut env, &method(&il, &[I4], I8)).expect_err("stack not empty");
    assert!(matches!(err, JitError::InvalidIl { .. }), "{err}");
}

#[test]
fn struct_arguments_in_memory_compile() {
    // M(Big b) calls N(Big) with a copy of its argument (a StructArgument copy).
    let mut env = MockEnv::new().method(0x0600_0004, &[BIG], I4);
    let mut il = vec![LDARG_0, CALL];
    il.extend(token(0x0600_0004));
    il.push(RET);
    let compiled = compile_full(&mut env, &method(&il, &[BIG], I4)).expect("compiles");
    // Cranelift copies the struct to the outgoing arguments with a memcpy call whose
    // address the host fills in.
    let r = compiled.relocs.iter().find(|r| r.target == LibCall::Memcpy).expect("a memcpy relocation");
    assert_eq!(r.kind, RelocKind::Abs8);
    assert!(r.offset as usize + 8 <= compiled.code.len());
}

#[test]
fn a_missing_method_is_a_managed_failure() {
    let mut il = vec![CALL];
    il.extend(token(0x0600_0099));
    il.extend([LDARG_1, RET]);
    let err = compile(&mut MockEnv::new(), &method(&il, &[I4, I4], I4)).expect_err("no such method");
    assert_eq!(err.managed().exception, "System.MissingMethodException");
}

#[test]
fn multi_dimensional_array_get_set_address() {
    // a[i, j] = a[i, j] + 1; return a[i, j] via Address.
    let mut env = MockEnv::new().array_method(0x0a00_0001, ArrayOp::Get).array_method(0x0a00_0002, ArrayOp::Set).array_method(0x0a00_0003, ArrayOp::Address);
    let mut il = vec![LDARG_0, LDARG_1, 0x04 /* ldarg.2 */, LDARG_0, LDARG_1, 0x04, CALL];
    il.extend(token(0x0a00_0001));
    il.extend([LDC_I4_1, ADD, CALL]);
    il.extend(token(0x0a00_0002));
    il.extend([LDARG_0, LDARG_1, 0x04, CALL]);
    il.extend(token(0x0a00_0003));
    il.extend([0x4a /* ldind.i4 */, RET]);
    let clif = compile(&mut env, &method(&il, &[OBJ, I4, I4], I4)).expect("compiles");
    // Three accesses, each bounds-checking both dimensions inline.
    assert_eq!(clif.matches("icmp uge").count(), 6, "{clif}");
}

#[test]
fn the_jit_is_reusable_after_a_failed_method() {
    let mut jit = Jit::new(Tier::Tier0, true).expect("jit");
    let mut env = MockEnv::new();
    let sig = CallSig { this: None, params: vec![I4], ret: I4 };
    // Stops half way: the stack underflows at the add.
    let bad = [LDARG_0, ADD, RET];
    let input = MethodInput { name: "Bad".into(), il: &bad, locals: Vec::new(), sig: sig.clone(), eh: Vec::new(), entry_init: None };
    let err = jit.compile(&mut env, &input, Dumps::default()).expect_err("stack underflow");
    assert!(matches!(err, JitError::InvalidIl { offset: 1, .. }), "{err}");
    let good = [LDARG_0, LDC_I4_1, ADD, RET];
    let input = MethodInput { name: "Good".into(), il: &good, locals: Vec::new(), sig, eh: Vec::new(), entry_init: None };
    jit.compile(&mut env, &input, Dumps::default()).expect("compiles after the failure");
}
