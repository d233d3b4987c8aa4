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

// ---------------------------------------------------------------------------------------
// Random IL: the translator must either compile (with Cranelift's verifier on) or report
// invalid/unsupported IL — never an internal error, whatever the bytes.

mod random_il {
    use super::*;
    use proptest::prelude::*;

    /// Registered call targets: `int M(int)`, `void M()`, `long M(long, int)`.
    const CALLS: [u32; 3] = [0x0600_0001, 0x0600_0002, 0x0600_0003];

    fn env() -> MockEnv {
        MockEnv::new().method(CALLS[0], &[I4], I4).method(CALLS[1], &[], VOID).method(CALLS[2], &[I8, I4], I8)
    }

    /// One instruction's bytes, drawn from a mix of stack, arithmetic, conversion, branch,
    /// call, indirection, array and object opcodes with operands in range of the mock.
    fn instruction() -> impl Strategy<Value = Vec<u8>> {
        let simple = prop::sample::select(vec![
            0x00u8, 0x02, 0x03, 0x04, 0x06, 0x07, 0x0a, 0x0b, 0x14, 0x15, 0x16, 0x17, 0x18, 0x1e, 0x25, 0x26, 0x2a, // nop, ldarg, ldloc, stloc, ldnull, ldc.i4.*, dup, pop, ret
            0x46, 0x4a, 0x4c, 0x4d, 0x54, 0x55, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, 0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, // ldind, stind, arithmetic
            0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x76, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0xd3, 0xd5, // conversions (checked ones too)
            0x8e, 0x94, 0x9e, 0xb5, 0xb7, 0xb8, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, // ldlen, ldelem/stelem, add.ovf…, endfinally
        ])
        .prop_map(|b| vec![b]);
        let two_byte = prop::sample::select(vec![0x01u8, 0x02, 0x03, 0x04, 0x05, 0x0f, 0x17, 0x18]).prop_map(|b| vec![0xfe, b]); // ceq…clt.un, localloc, cpblk, initblk
        let branch = (prop::sample::select(vec![0x2bu8, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0xde]), any::<i8>())
            .prop_map(|(op, d)| vec![op, d as u8]);
        let long_branch = (prop::sample::select(vec![0x38u8, 0x39, 0x3a]), -64i32..64).prop_map(|(op, d)| {
            let mut v = vec![op];
            v.extend(d.to_le_bytes());
            v
        });
        let ldc = prop_oneof![
            any::<i8>().prop_map(|v| vec![0x1f, v as u8]),
            any::<i32>().prop_map(|v| [&[0x20u8][..], &v.to_le_bytes()].concat()),
            any::<i64>().prop_map(|v| [&[0x21u8][..], &v.to_le_bytes()].concat()),
            any::<f64>().prop_map(|v| [&[0x23u8][..], &v.to_le_bytes()].concat()),
        ];
        let call = (prop::sample::select(vec![0x28u8, 0x6f]), prop::sample::select(CALLS.to_vec())).prop_map(|(op, t)| [&[op][..], &t.to_le_bytes()].concat());
        // Type tokens whose low byte indexes the mock's types (void, int, long, object, double, struct, nint).
        let typed = (prop::sample::select(vec![0x8cu8, 0xa5, 0x79, 0x8d, 0x74, 0x75, 0x71, 0x81]), 0u32..7)
            .prop_map(|(op, t)| [&[op][..], &(0x0200_0000 | t).to_le_bytes()].concat());
        let switch = prop::collection::vec(-16i32..16, 0..4).prop_map(|targets| {
            let mut v = vec![0x45];
            v.extend((targets.len() as u32).to_le_bytes());
            for t in targets {
                v.extend(t.to_le_bytes());
            }
            v
        });
        prop_oneof![6 => simple, 1 => two_byte, 2 => branch, 1 => long_branch, 2 => ldc, 1 => call, 1 => typed, 1 => switch]
    }

    fn body() -> impl Strategy<Value = (Vec<u8>, bool)> {
        (prop::collection::vec(instruction(), 1..40), any::<bool>()).prop_map(|(ins, returns_int)| (ins.concat(), returns_int))
    }

    /// Values a generated expression leaves on the stack.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Ty {
        I4,
        I8,
        F8,
    }

    /// A tiny expression/statement language that compiles to valid IL by construction, so
    /// the translator's code paths past the validity checks are exercised too.
    #[derive(Clone, Debug)]
    enum Expr {
        Arg0,
        Arg1,
        Local,
        Const(i32),
        Const8(i64),
        ConstF(f64),
        Bin(u8, Box<Expr>, Box<Expr>),
        Cmp(u8, Box<Expr>, Box<Expr>),
        Conv(u8, Box<Expr>),
        Neg(Box<Expr>),
        Call0(Box<Expr>),
        Call2(Box<Expr>, Box<Expr>),
        Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    }

    #[derive(Clone, Debug)]
    enum Stmt {
        Store(Expr),
        Pop(Expr),
        CallVoid,
        If(Expr, Vec<Stmt>, Vec<Stmt>),
        While(Expr, Vec<Stmt>),
        Return(Expr),
    }

    fn expr() -> impl Strategy<Value = Expr> {
        let leaf = prop_oneof![
            Just(Expr::Arg0),
            Just(Expr::Arg1),
            Just(Expr::Local),
            any::<i32>().prop_map(Expr::Const),
            any::<i64>().prop_map(Expr::Const8),
            any::<f64>().prop_map(Expr::ConstF),
        ];
        leaf.prop_recursive(4, 24, 3, |inner| {
            prop_oneof![
                (prop::sample::select(vec![0x58u8, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, 0x60, 0x61, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb]), inner.clone(), inner.clone())
                    .prop_map(|(op, a, b)| Expr::Bin(op, Box::new(a), Box::new(b))),
                (prop::sample::select(vec![0x62u8, 0x63, 0x64]), inner.clone(), inner.clone()).prop_map(|(op, a, b)| Expr::Bin(op, Box::new(a), Box::new(Expr::Conv(0x69, Box::new(b))))),
                (prop::sample::select(vec![0x01u8, 0x02, 0x03, 0x04, 0x05]), inner.clone(), inner.clone()).prop_map(|(op, a, b)| Expr::Cmp(op, Box::new(a), Box::new(b))),
                (prop::sample::select(vec![0x67u8, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0xd1, 0xd2, 0xd3, 0x82, 0x85, 0x86, 0x89, 0x8a, 0xb7, 0xb8, 0xb9, 0xba, 0x76]), inner.clone()).prop_map(|(op, a)| Expr::Conv(op, Box::new(a))),
                inner.clone().prop_map(|a| Expr::Neg(Box::new(a))),
                inner.clone().prop_map(|a| Expr::Call0(Box::new(a))),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Call2(Box::new(a), Box::new(b))),
                (inner.clone(), inner.clone(), inner).prop_map(|(c, a, b)| Expr::Cond(Box::new(c), Box::new(a), Box::new(b))),
            ]
        })
    }

    fn stmts() -> impl Strategy<Value = Vec<Stmt>> {
        let simple = prop_oneof![
            expr().prop_map(Stmt::Store),
            expr().prop_map(Stmt::Pop),
            Just(Stmt::CallVoid),
            expr().prop_map(Stmt::Return),
        ];
        let stmt = simple.prop_recursive(3, 16, 3, |inner| {
            prop_oneof![
                (expr(), prop::collection::vec(inner.clone(), 0..3), prop::collection::vec(inner.clone(), 0..3)).prop_map(|(c, a, b)| Stmt::If(c, a, b)),
                (expr(), prop::collection::vec(inner, 0..3)).prop_map(|(c, b)| Stmt::While(c, b)),
            ]
        });
        prop::collection::vec(stmt, 1..6)
    }

    /// IL emission with stack types tracked so every operation is valid.
    struct Emit(Vec<u8>);

    impl Emit {
        fn op(&mut self, bytes: &[u8]) {
            self.0.extend_from_slice(bytes);
        }

        /// Emits `e` converted to `want`.
        fn typed(&mut self, e: &Expr, want: Ty) {
            let got = self.expr(e);
            self.convert(got, want);
        }

        fn convert(&mut self, got: Ty, want: Ty) {
            match (got, want) {
                (a, b) if a == b => {}
                (_, Ty::I4) => self.op(&[0x69]),
                (_, Ty::I8) => self.op(&[0x6a]),
                (_, Ty::F8) => self.op(&[0x6c]),
            }
        }

        fn expr(&mut self, e: &Expr) -> Ty {
            match e {
                Expr::Arg0 => {
                    self.op(&[0x02]);
                    Ty::I4
                }
                Expr::Arg1 => {
                    self.op(&[0x03]);
                    Ty::I8
                }
                Expr::Local => {
                    self.op(&[0x06]);
                    Ty::I4
                }
                Expr::Const(v) => {
                    self.op(&[0x20]);
                    self.op(&v.to_le_bytes());
                    Ty::I4
                }
                Expr::Const8(v) => {
                    self.op(&[0x21]);
                    self.op(&v.to_le_bytes());
                    Ty::I8
                }
                Expr::ConstF(v) => {
                    self.op(&[0x23]);
                    self.op(&v.to_le_bytes());
                    Ty::F8
                }
                Expr::Bin(op, a, b) => {
                    let t = self.expr(a);
                    // Integer-only operators on floats: work in int64.
                    let integer_only = matches!(op, 0x5f | 0x60 | 0x61 | 0x62 | 0x63 | 0x64 | 0x5c | 0x5e | 0xd6..=0xdb);
                    let t = if t == Ty::F8 && integer_only {
                        self.convert(t, Ty::I8);
                        Ty::I8
                    } else {
                        t
                    };
                    if matches!(op, 0x62..=0x64) {
                        self.typed(b, Ty::I4);
                    } else {
                        self.typed(b, t);
                    }
                    self.op(&[*op]);
                    t
                }
                Expr::Cmp(op, a, b) => {
                    let t = self.expr(a);
                    self.typed(b, t);
                    self.op(&[0xfe, *op]);
                    Ty::I4
                }
                Expr::Conv(op, a) => {
                    self.expr(a);
                    self.op(&[*op]);
                    match op {
                        0x6a | 0x6e | 0xb9 | 0xba | 0x85 | 0x89 => Ty::I8,
                        // conv.r4 leaves a float32: mixing it with float64 is allowed.
                        0x6b | 0x6c | 0x76 => Ty::F8,
                        // native int: narrowed again so the language stays small.
                        0xd3 | 0x8a => {
                            self.op(&[0x69]);
                            Ty::I4
                        }
                        _ => Ty::I4,
                    }
                }
                Expr::Neg(a) => {
                    let t = self.expr(a);
                    self.op(&[0x65]);
                    t
                }
                Expr::Call0(a) => {
                    self.typed(a, Ty::I4);
                    self.op(&[0x28]);
                    self.op(&CALLS[0].to_le_bytes());
                    Ty::I4
                }
                Expr::Call2(a, b) => {
                    self.typed(a, Ty::I8);
                    self.typed(b, Ty::I4);
                    self.op(&[0x28]);
                    self.op(&CALLS[2].to_le_bytes());
                    Ty::I8
                }
                Expr::Cond(c, a, b) => {
                    // c ? (int)a : (int)b, with a value carried across the join.
                    self.typed(c, Ty::I4);
                    let to_else = self.jump(0x39);
                    self.typed(a, Ty::I4);
                    let to_end = self.jump(0x38);
                    self.patch(to_else);
                    self.typed(b, Ty::I4);
                    self.patch(to_end);
                    Ty::I4
                }
            }
        }

        /// A long branch with a placeholder target; returns where to patch it.
        fn jump(&mut self, op: u8) -> usize {
            self.op(&[op, 0, 0, 0, 0]);
            self.0.len()
        }

        /// Makes the branch ending at `end` target the current position.
        fn patch(&mut self, end: usize) {
            let delta = (self.0.len() as i32 - end as i32).to_le_bytes();
            self.0[end - 4..end].copy_from_slice(&delta);
        }

        fn stmt(&mut self, s: &Stmt, returns_int: bool) {
            match s {
                Stmt::Store(e) => {
                    self.typed(e, Ty::I4);
                    self.op(&[0x0a]);
                }
                Stmt::Pop(e) => {
                    self.expr(e);
                    self.op(&[0x26]);
                }
                Stmt::CallVoid => {
                    self.op(&[0x28]);
                    self.op(&CALLS[1].to_le_bytes());
                }
                Stmt::Return(e) => {
                    if returns_int {
                        self.typed(e, Ty::I4);
                    }
                    self.op(&[0x2a]);
                }
                Stmt::If(c, a, b) => {
                    self.typed(c, Ty::I4);
                    let to_else = self.jump(0x39);
                    a.iter().for_each(|s| self.stmt(s, returns_int));
                    let to_end = self.jump(0x38);
                    self.patch(to_else);
                    b.iter().for_each(|s| self.stmt(s, returns_int));
                    self.patch(to_end);
                }
                Stmt::While(c, body) => {
                    let to_test = self.jump(0x38);
                    let top = self.0.len();
                    body.iter().for_each(|s| self.stmt(s, returns_int));
                    self.patch(to_test);
                    self.typed(c, Ty::I4);
                    self.op(&[0x3a]);
                    let back = (top as i32 - (self.0.len() as i32 + 4)).to_le_bytes();
                    self.op(&back);
                }
            }
        }
    }

    fn program() -> impl Strategy<Value = (Vec<u8>, bool)> {
        (stmts(), any::<bool>()).prop_map(|(body, returns_int)| {
            let mut e = Emit(Vec::new());
            body.iter().for_each(|s| e.stmt(s, returns_int));
            if returns_int {
                e.op(&[0x06]);
            }
            e.op(&[0x2a]);
            (e.0, returns_int)
        })
    }

    /// The fixed seed CI uses, or `R2RHOST_FUZZ_SEED` to explore further.
    fn seed() -> u64 {
        std::env::var("R2RHOST_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x51a7)
    }

    #[test]
    fn structured_random_programs_compile() {
        use proptest::test_runner::{Config, RngSeed, TestRunner};
        let mut runner = TestRunner::new(Config { cases: 3000, failure_persistence: None, rng_seed: RngSeed::Fixed(seed()), ..Config::default() });
        let il_bytes = std::cell::Cell::new(0usize);
        runner
            .run(&program(), |(il, returns_int)| {
                let mut m = method(&il, &[I4, I8], if returns_int { I4 } else { VOID });
                m.locals = vec![I4, OBJ];
                il_bytes.set(il_bytes.get() + il.len());
                // Valid by construction: anything but success is a translator bug.
                if let Err(e) = compile(&mut env(), &m) {
                    prop_assert!(false, "IL {:02x?}: {}", il, e);
                }
                Ok(())
            })
            .unwrap();
        eprintln!("structured random programs: 3000 compiled, {} bytes of IL", il_bytes.get());
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(0x2f2f), ..ProptestConfig::default() })]

        #[test]
        fn random_il_is_compiled_or_rejected_never_an_internal_error((il, returns_int) in body()) {
            let mut m = method(&il, &[I4, I8], if returns_int { I4 } else { VOID });
            m.locals = vec![I4, OBJ];
            let r = compile(&mut env(), &m);
            if let Err(JitError::Internal { what }) = r {
                prop_assert!(false, "internal error on IL {:02x?}: {}", il, what);
            }
        }
    }
}
