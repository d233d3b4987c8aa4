//! CIL → Cranelift IR, one method at a time.
//!
//! The shape follows wasmtime's translator: a per-method driver ([`translate`]), an
//! opcode-by-opcode translator over an explicit evaluation stack, and a pre-pass. CIL's
//! branches are unstructured, so the pre-pass finds every block start (branch targets,
//! fall-throughs after branches, EH region starts); the stack shape at a block start is
//! fixed by the first edge that reaches it (ECMA-335 III.1.7.5 requires every edge to agree)
//! and carried as Cranelift block parameters.
//!
//! Representation choices:
//! * `int32` values are `i32`; `int64` are `i64`; native ints, unmanaged and managed
//!   pointers and object references are `i64`; `float32` stays `f32` (CoreCLR does float
//!   arithmetic on two `float32` operands in single precision) and mixed operands widen to
//!   `f64`.
//! * A struct on the evaluation stack is the address of a JIT-owned stack temporary holding
//!   a copy (each producing instruction owns one temporary), so a value never changes after
//!   it is pushed.
//! * Locals and arguments live in SSA variables unless they are structs or their address is
//!   taken (`ldloca`, `ldarga`), in which case they live in stack slots. All locals start
//!   zeroed.
//! * `leave` runs the `finally` handlers it crosses on the normal path (each finally has a
//!   continuation variable that `endfinally` dispatches on). Exceptional control flow —
//!   `throw` unwinding into handlers — is the next milestone; today `throw` calls the
//!   runtime's throw helper, and catch, filter and fault handlers are translated but only
//!   reachable once calls inside protected regions become `try_call`s.

use std::collections::BTreeMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, BlockArg, InstBuilder, JumpTableData, MemFlagsData, SigRef, StackSlot, StackSlotData, StackSlotKind, TrapCode, Type, Value, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, Variable};
use r2rhost_image::metadata::il::{EhClause as IlEhClause, EhKind, IlInstructions, Instruction, Operand};
use r2rhost_image::metadata::opcodes::Opcode;
use r2rhost_image::metadata::token::Token;

mod ops;

use crate::abi::{self, Lowered, Passing, Returning};
use crate::env::{
    AddressCmp, ArrayAccess, ArrayOp, CallInfo, CallOp, CallSig, CallTarget, FieldStorage, Helper, InitCheck, Intrinsic, JitEnv, MathOp, NewObj, ThisTransform,
    TypeRef, ValueKind, WellKnown,
};
use crate::error::{JitError, Result};

/// Everything the translator needs about the method being compiled.
#[derive(Clone, Debug)]
pub struct MethodInput<'a> {
    /// Name for diagnostics.
    pub name: String,
    /// The IL code bytes.
    pub il: &'a [u8],
    /// Local variable types.
    pub locals: Vec<TypeRef>,
    /// The method's signature (with `this` for instance methods).
    pub sig: CallSig,
    /// EH clauses of the IL body.
    pub eh: Vec<IlEhClause>,
    /// A class-constructor check to run on entry (static methods and constructors of types
    /// with precise initialization semantics).
    pub entry_init: Option<InitCheck>,
}

/// Kinds of evaluation-stack entries (ECMA-335 III.1.1, with `float32` kept apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackKind {
    /// `int32`.
    I4,
    /// `int64`.
    I8,
    /// `native int` and unmanaged pointers.
    I,
    /// `float32`.
    F4,
    /// `float64`.
    F8,
    /// An object reference.
    Obj,
    /// A managed pointer.
    Ref,
    /// A struct: the value is the address of a temporary holding it.
    Val(TypeRef),
}

impl StackKind {
    fn clif(self) -> Type {
        match self {
            StackKind::I4 => types::I32,
            StackKind::F4 => types::F32,
            StackKind::F8 => types::F64,
            _ => types::I64,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Sv {
    v: Value,
    k: StackKind,
}

#[derive(Clone, Copy, Debug)]
enum Home {
    /// An SSA variable holding a scalar of this kind.
    Var(Variable, ValueKind),
    /// A stack slot (structs, address-taken scalars).
    Slot(StackSlot, TypeRef),
}

struct BlockInfo {
    block: ir::Block,
    /// The stack shape at entry, once an edge has fixed it.
    entry: Option<Vec<StackKind>>,
}

/// A `finally` clause and its continuation dispatch.
struct Finally {
    try_start: u32,
    try_end: u32,
    handler: u32,
    /// Which continuation `endfinally` takes.
    cont: Variable,
    /// Continuation blocks, by index.
    targets: Vec<ir::Block>,
}

const TRUSTED: MemFlagsData = MemFlagsData::trusted();

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

/// Translates `input` into `builder`'s function (whose signature is already set).
pub fn translate(env: &mut dyn JitEnv, input: &MethodInput<'_>, builder: &mut FunctionBuilder<'_>, call_conv: CallConv) -> Result<()> {
    let mut t = Translator::new(env, input, builder, call_conv)?;
    t.run()
}

struct Translator<'e, 'i, 'b, 'f> {
    env: &'e mut dyn JitEnv,
    input: &'i MethodInput<'i>,
    b: &'b mut FunctionBuilder<'f>,
    call_conv: CallConv,
    lowered: Lowered,
    insns: Vec<Instruction<'i>>,
    blocks: BTreeMap<u32, BlockInfo>,
    stack: Vec<Sv>,
    args: Vec<(Home, TypeRef)>,
    locals: Vec<(Home, TypeRef)>,
    ret_buf: Option<Variable>,
    localloc_mark: Option<Variable>,
    finallies: Vec<Finally>,
    /// `endfinally` blocks waiting for their dispatch (finally index, block).
    pending_dispatch: Vec<(usize, ir::Block)>,
    temps: BTreeMap<(u32, u32), StackSlot>,
    sigs: std::collections::HashMap<ir::Signature, SigRef>,
    reachable: bool,
    /// Offset of the instruction being translated (for errors).
    at: u32,
    /// Pending `constrained.` prefix.
    constrained: Option<TypeRef>,
    /// Pending `tail.` prefix.
    tail: bool,
    /// Pending `readonly.` prefix.
    readonly: bool,
    /// The instruction after the one being translated is `ret` (a `tail.` call must be
    /// followed by `ret`; a prefix elsewhere is ignored).
    next_is_ret: bool,
}

impl<'e, 'i, 'b, 'f> Translator<'e, 'i, 'b, 'f> {
    fn new(env: &'e mut dyn JitEnv, input: &'i MethodInput<'i>, b: &'b mut FunctionBuilder<'f>, call_conv: CallConv) -> Result<Self> {
        let lowered = abi::lower(env, &input.sig, call_conv);
        let mut insns = Vec::new();
        for ins in IlInstructions::new(r2rhost_image::bytes::Bytes::new(input.il)) {
            match ins {
                Ok(i) => insns.push(i),
                Err(e) => return Err(JitError::invalid(insns.last().map_or(0, |i: &Instruction<'_>| i.offset.0 + i.size), e.to_string())),
            }
        }
        if insns.is_empty() {
            return Err(JitError::invalid(0, "empty method body"));
        }
        Ok(Translator {
            env,
            input,
            b,
            call_conv,
            lowered,
            insns,
            blocks: BTreeMap::new(),
            stack: Vec::new(),
            args: Vec::new(),
            locals: Vec::new(),
            ret_buf: None,
            localloc_mark: None,
            finallies: Vec::new(),
            pending_dispatch: Vec::new(),
            temps: BTreeMap::new(),
            sigs: std::collections::HashMap::new(),
            reachable: true,
            at: 0,
            constrained: None,
            tail: false,
            readonly: false,
            next_is_ret: false,
        })
    }

    fn invalid(&self, what: impl Into<String>) -> JitError {
        JitError::invalid(self.at, what)
    }

    fn unsupported(&self, what: impl Into<String>) -> JitError {
        JitError::unsupported(self.at, what)
    }

    // -----------------------------------------------------------------------------------
    // Pre-pass

    fn find_blocks(&mut self) -> Result<()> {
        let code_len = self.input.il.len() as u32;
        let mut starts = vec![0u32];
        let mut address_taken_args = Vec::new();
        let mut address_taken_locals = Vec::new();
        for (n, ins) in self.insns.iter().enumerate() {
            let next = ins.offset.0 + ins.size;
            match ins.operand {
                Operand::Branch(t) => {
                    starts.push(t.0);
                    starts.push(next);
                }
                Operand::Switch(ref targets) => {
                    for t in targets.iter() {
                        starts.push(t.0);
                    }
                    starts.push(next);
                }
                Operand::Var(i) => match ins.opcode {
                    Opcode::Ldarga | Opcode::LdargaS => address_taken_args.push(i),
                    Opcode::Ldloca | Opcode::LdlocaS => address_taken_locals.push(i),
                    _ => {}
                },
                _ => {}
            }
            if matches!(ins.opcode, Opcode::Ret | Opcode::Throw | Opcode::Rethrow | Opcode::Endfinally | Opcode::Endfilter | Opcode::Jmp)
                && n + 1 < self.insns.len()
            {
                starts.push(next);
            }
        }
        for c in &self.input.eh {
            starts.extend([c.try_offset.0, c.try_end() as u32, c.handler_offset.0, c.handler_end() as u32]);
            if let EhKind::Filter { filter } = c.kind {
                starts.push(filter.0);
            }
        }
        let valid: std::collections::BTreeSet<u32> = self.insns.iter().map(|i| i.offset.0).collect();
        for s in starts {
            if s == code_len {
                continue;
            }
            if !valid.contains(&s) {
                return Err(JitError::invalid(s, "branch or EH boundary inside an instruction"));
            }
            self.blocks.entry(s).or_insert_with(|| BlockInfo { block: ir::Block::from_u32(0), entry: None });
        }
        for info in self.blocks.values_mut() {
            info.block = self.b.create_block();
        }
        // Handlers start with a known stack: the exception object for catch and filter
        // handlers and filters, nothing for finally and fault handlers.
        for c in self.input.eh.clone() {
            let with_exception = matches!(c.kind, EhKind::Catch(_) | EhKind::Filter { .. });
            self.set_entry(c.handler_offset.0, if with_exception { vec![StackKind::Obj] } else { Vec::new() })?;
            if let EhKind::Filter { filter } = c.kind {
                self.set_entry(filter.0, vec![StackKind::Obj])?;
            }
            self.set_entry(c.try_offset.0, Vec::new())?;
        }
        self.home_args(&address_taken_args)?;
        self.home_locals(&address_taken_locals)?;
        Ok(())
    }

    fn set_entry(&mut self, offset: u32, shape: Vec<StackKind>) -> Result<()> {
        let info = self.blocks.get_mut(&offset).ok_or_else(|| JitError::invalid(offset, "EH region does not start a block"))?;
        if info.entry.is_none() {
            for k in &shape {
                self.b.append_block_param(info.block, k.clif());
            }
            info.entry = Some(shape);
        }
        Ok(())
    }

    fn home_args(&mut self, address_taken: &[u16]) -> Result<()> {
        let mut tys: Vec<TypeRef> = Vec::new();
        if let Some(this) = self.input.sig.this {
            tys.push(this);
        }
        tys.extend(self.input.sig.params.iter().copied());
        for (i, ty) in tys.iter().enumerate() {
            let is_this = self.input.sig.this.is_some() && i == 0;
            let info = self.env.type_info(*ty).clone();
            // `this` of a value type is a managed pointer; of a class, a reference.
            let kind = if is_this { if info.is_value_type { ValueKind::ByRef } else { ValueKind::Object } } else { info.kind };
            let home = if (kind == ValueKind::Struct) || address_taken.contains(&(i as u16)) {
                let (size, align) = if kind == ValueKind::Struct { (info.size, info.align) } else { (8, 8) };
                Home::Slot(self.new_slot(size, align), if is_this && kind != ValueKind::Struct { self.env.well_known(WellKnown::IntPtr) } else { *ty })
            } else {
                let v = self.b.declare_var(abi::scalar_type(kind));
                Home::Var(v, kind)
            };
            self.args.push((home, *ty));
        }
        Ok(())
    }

    fn home_locals(&mut self, address_taken: &[u16]) -> Result<()> {
        for (i, ty) in self.input.locals.clone().iter().enumerate() {
            let info = self.env.type_info(*ty).clone();
            let home = if info.kind == ValueKind::Struct || address_taken.contains(&(i as u16)) {
                Home::Slot(self.new_slot(info.size.max(1), info.align.max(1)), *ty)
            } else {
                Home::Var(self.b.declare_var(abi::scalar_type(info.kind)), info.kind)
            };
            self.locals.push((home, *ty));
        }
        Ok(())
    }

    fn new_slot(&mut self, size: u32, align: u32) -> StackSlot {
        // Round up to whole eightbytes so struct copies and register moves may use 8-byte
        // accesses without leaving the slot.
        let size = size.div_ceil(8) * 8;
        let shift = align.clamp(8, 16).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(8), shift))
    }

    // -----------------------------------------------------------------------------------
    // Driver

    fn run(&mut self) -> Result<()> {
        self.find_blocks()?;
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.prologue(entry)?;
        // Before the jump out of the prologue: the continuation variables get their
        // initial values in the (still open) prologue block.
        self.setup_finallies()?;
        let first = self.blocks[&0].block;
        self.set_entry(0, Vec::new())?;
        self.b.ins().jump(first, &[]);
        self.reachable = false;

        let insns = std::mem::take(&mut self.insns);
        for (n, ins) in insns.iter().enumerate() {
            self.at = ins.offset.0;
            self.next_is_ret = insns.get(n + 1).is_some_and(|i| i.opcode == Opcode::Ret);
            if let Some(info) = self.blocks.get(&ins.offset.0) {
                let block = info.block;
                if self.reachable {
                    // Fall through into the block.
                    self.jump_to(ins.offset.0)?;
                }
                let shape = self.blocks[&ins.offset.0].entry.clone();
                self.b.switch_to_block(block);
                self.stack.clear();
                match shape {
                    Some(shape) => {
                        let params: Vec<Value> = self.b.block_params(block).to_vec();
                        for (v, k) in params.into_iter().zip(shape) {
                            self.stack.push(Sv { v, k });
                        }
                        self.reachable = true;
                    }
                    None => {
                        // Not reached by any edge yet: only a backward branch could reach
                        // it, with an empty stack (III.1.7.5).
                        if let Some(i) = self.blocks.get_mut(&ins.offset.0) {
                            i.entry = Some(Vec::new());
                        }
                        self.reachable = true;
                    }
                }
            }
            if !self.reachable {
                continue;
            }
            self.translate_one(ins)?;
        }
        self.insns = insns;
        if self.reachable {
            return Err(JitError::invalid(self.input.il.len() as u32, "control falls off the end of the method"));
        }
        self.finish_finallies()?;
        self.b.seal_all_blocks();
        Ok(())
    }

    fn prologue(&mut self, entry: ir::Block) -> Result<()> {
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut p = params.into_iter();
        let mut next = || p.next().ok_or_else(|| JitError::internal("signature has fewer parameters than the method"));
        let mut this_val = None;
        if self.lowered.has_this {
            this_val = Some(next()?);
        }
        if self.lowered.ret == Returning::Buffer {
            let v = self.b.declare_var(types::I64);
            let buf = next()?;
            self.b.def_var(v, buf);
            self.ret_buf = Some(v);
        }
        let mut incoming: Vec<(Value, Option<Passing>)> = Vec::new();
        if let Some(t) = this_val {
            incoming.push((t, None));
        }
        for pass in self.lowered.params.clone() {
            match &pass {
                Passing::Regs(parts) => {
                    let mut vals = Vec::new();
                    for _ in parts {
                        vals.push(next()?);
                    }
                    // Reassembled below.
                    let first = vals[0];
                    incoming.push((first, Some(pass.clone())));
                    for extra in vals.into_iter().skip(1) {
                        incoming.push((extra, None));
                    }
                }
                _ => incoming.push((next()?, Some(pass.clone()))),
            }
        }
        // Walk the homes and store incoming values.
        let mut iv = incoming.into_iter();
        for i in 0..self.args.len() {
            let (home, ty) = self.args[i];
            let Some((v, pass)) = iv.next() else { return Err(JitError::internal("argument count mismatch")) };
            match (home, pass) {
                (Home::Var(var, kind), _) => {
                    let v = self.normalize_incoming(v, kind);
                    self.b.def_var(var, v);
                }
                (Home::Slot(slot, _), Some(Passing::Regs(parts))) => {
                    let mut vals = vec![v];
                    for _ in 1..parts.len() {
                        vals.push(iv.next().ok_or_else(|| JitError::internal("struct parts"))?.0);
                    }
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    for (e, val) in parts.iter().zip(vals) {
                        self.b.ins().store(TRUSTED, val, base, e.offset as i32);
                    }
                }
                (Home::Slot(slot, _), Some(Passing::Stack(size))) => {
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.copy_memory(base, v, size, 8)?;
                }
                (Home::Slot(slot, _), _) => {
                    // An address-taken scalar (or `this`).
                    let info = self.env.type_info(ty).clone();
                    let kind = if self.input.sig.this.is_some() && i == 0 { ValueKind::I8 } else { info.kind };
                    let v = self.normalize_incoming(v, kind);
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.store_kind(kind, v, base, 0);
                }
            }
        }
        // Zero every local (CoreCLR zeroes GC references even without init-locals, and a
        // conservative GC must never see garbage that looks like a pointer).
        for i in 0..self.locals.len() {
            let (home, ty) = self.locals[i];
            match home {
                Home::Var(var, kind) => {
                    let z = self.zero(abi::scalar_type(kind));
                    self.b.def_var(var, z);
                }
                Home::Slot(slot, _) => {
                    let size = self.env.type_info(ty).size.div_ceil(8) * 8;
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.zero_memory(base, size.max(8))?;
                }
            }
        }
        if self.insns.iter().any(|i| i.opcode == Opcode::Localloc) {
            let mark = self.call_helper(Helper::LocallocMark, &[])?.ok_or_else(|| JitError::internal("localloc mark"))?;
            let v = self.b.declare_var(types::I64);
            self.b.def_var(v, mark);
            self.localloc_mark = Some(v);
        }
        if let Some(check) = self.input.entry_init {
            self.emit_init_check(check)?;
        }
        Ok(())
    }

    fn normalize_incoming(&mut self, v: Value, kind: ValueKind) -> Value {
        // Small integers arrive with undefined upper bits: keep their declared width (the
        // variable's type) — widening happens on load.
        let want = abi::scalar_type(kind);
        let have = self.b.func.dfg.value_type(v);
        if have == want {
            v
        } else if have.bits() > want.bits() && have.is_int() && want.is_int() {
            self.b.ins().ireduce(want, v)
        } else {
            v
        }
    }

    fn zero(&mut self, ty: Type) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(0.0),
            types::F64 => self.b.ins().f64const(0.0),
            t => self.b.ins().iconst(t, 0),
        }
    }

    // -----------------------------------------------------------------------------------
    // Blocks and edges

    fn block_of(&self, offset: u32) -> Result<ir::Block> {
        self.blocks.get(&offset).map(|i| i.block).ok_or_else(|| JitError::invalid(self.at, format!("branch target IL_{offset:04x} is not a block start")))
    }

    /// The current stack, made to match (or fixing) the entry shape of `target`.
    fn edge_args(&mut self, target: u32) -> Result<Vec<BlockArg>> {
        let shape: Vec<StackKind> = self.stack.iter().map(|s| s.k).collect();
        let info = self.blocks.get(&target).ok_or_else(|| JitError::invalid(self.at, format!("branch target IL_{target:04x} is not a block start")))?;
        let expected = match &info.entry {
            Some(e) => e.clone(),
            None => {
                let block = info.block;
                let normalized: Vec<StackKind> = shape.iter().map(|k| if let StackKind::Val(_) = k { *k } else { *k }).collect();
                for k in &normalized {
                    self.b.append_block_param(block, k.clif());
                }
                if let Some(i) = self.blocks.get_mut(&target) {
                    i.entry = Some(normalized.clone());
                }
                normalized
            }
        };
        if expected.len() != shape.len() {
            return Err(self.invalid(format!("stack depth {} at a branch to IL_{target:04x}, which expects {}", shape.len(), expected.len())));
        }
        let mut args = Vec::with_capacity(shape.len());
        for (i, want) in expected.iter().enumerate() {
            let sv = self.stack[i];
            let v = self.coerce_to_kind(sv, *want)?;
            args.push(BlockArg::Value(v));
        }
        Ok(args)
    }

    fn coerce_to_kind(&mut self, sv: Sv, want: StackKind) -> Result<Value> {
        Ok(match (sv.k, want) {
            (a, b) if a == b => sv.v,
            (StackKind::Val(_), StackKind::Val(_)) => sv.v,
            (StackKind::I4, StackKind::I) => self.b.ins().sextend(types::I64, sv.v),
            (StackKind::I, StackKind::I4) => self.b.ins().ireduce(types::I32, sv.v),
            (StackKind::F4, StackKind::F8) => self.b.ins().fpromote(types::F64, sv.v),
            (StackKind::F8, StackKind::F4) => self.b.ins().fdemote(types::F32, sv.v),
            (StackKind::Obj | StackKind::Ref | StackKind::I, StackKind::Obj | StackKind::Ref | StackKind::I) => sv.v,
            (a, b) => return Err(self.invalid(format!("stack entry {a:?} where a join expects {b:?}"))),
        })
    }

    fn jump_to(&mut self, target: u32) -> Result<()> {
        let args = self.edge_args(target)?;
        let block = self.block_of(target)?;
        self.b.ins().jump(block, &args);
        Ok(())
    }

    fn branch_if(&mut self, cond: Value, target: u32, fallthrough: u32) -> Result<()> {
        let args_t = self.edge_args(target)?;
        let args_f = self.edge_args(fallthrough)?;
        let bt = self.block_of(target)?;
        let bf = self.block_of(fallthrough)?;
        self.b.ins().brif(cond, bt, &args_t, bf, &args_f);
        self.reachable = false;
        Ok(())
    }

    // -----------------------------------------------------------------------------------
    // Stack helpers

    fn pop(&mut self) -> Result<Sv> {
        self.stack.pop().ok_or_else(|| JitError::invalid(self.at, "evaluation stack underflow"))
    }

    fn push(&mut self, v: Value, k: StackKind) {
        self.stack.push(Sv { v, k });
    }

    fn kind_of(&self, ty: TypeRef) -> StackKind {
        let info = self.env.type_info(ty);
        match info.kind {
            ValueKind::Void => StackKind::I4,
            k if k.is_small_int() => StackKind::I4,
            ValueKind::I8 | ValueKind::U8 => StackKind::I8,
            ValueKind::I | ValueKind::U | ValueKind::Ptr => StackKind::I,
            ValueKind::R4 => StackKind::F4,
            ValueKind::R8 => StackKind::F8,
            ValueKind::Object => StackKind::Obj,
            ValueKind::ByRef => StackKind::Ref,
            ValueKind::Struct => StackKind::Val(ty),
            _ => StackKind::I4,
        }
    }

    /// A temporary for the struct value produced by the current instruction (the `n`th one).
    fn temp(&mut self, ty: TypeRef, n: u32) -> Value {
        let key = (self.at, n);
        let slot = match self.temps.get(&key) {
            Some(s) => *s,
            None => {
                let info = self.env.type_info(ty).clone();
                let s = self.new_slot(info.size.max(1), info.align);
                self.temps.insert(key, s);
                s
            }
        };
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// An integer operand (int32, int64, native int, or a pointer) as `i64`; anything else
    /// is invalid IL.
    fn as_i64(&mut self, sv: Sv) -> Result<Value> {
        Ok(match sv.k {
            StackKind::I4 => self.b.ins().sextend(types::I64, sv.v),
            StackKind::I8 | StackKind::I | StackKind::Obj | StackKind::Ref => sv.v,
            StackKind::F4 | StackKind::F8 | StackKind::Val(_) => return Err(self.invalid("an integer operand was expected")),
        })
    }

    /// An integer operand as `i32` (wider values truncated); anything else is invalid IL.
    fn as_i32(&mut self, sv: Sv) -> Result<Value> {
        Ok(match sv.k {
            StackKind::I4 => sv.v,
            StackKind::I8 | StackKind::I => self.b.ins().ireduce(types::I32, sv.v),
            _ => return Err(self.invalid("an integer operand was expected")),
        })
    }

    // -----------------------------------------------------------------------------------
    // Memory

    fn load_kind(&mut self, kind: ValueKind, addr: Value, offset: i32) -> Value {
        let f = flags();
        match kind {
            ValueKind::Bool | ValueKind::U1 => self.b.ins().uload8(types::I32, f, addr, offset),
            ValueKind::I1 => self.b.ins().sload8(types::I32, f, addr, offset),
            ValueKind::Char | ValueKind::U2 => self.b.ins().uload16(types::I32, f, addr, offset),
            ValueKind::I2 => self.b.ins().sload16(types::I32, f, addr, offset),
            ValueKind::I4 | ValueKind::U4 => self.b.ins().load(types::I32, f, addr, offset),
            ValueKind::R4 => self.b.ins().load(types::F32, f, addr, offset),
            ValueKind::R8 => self.b.ins().load(types::F64, f, addr, offset),
            _ => self.b.ins().load(types::I64, f, addr, offset),
        }
    }

    fn store_kind(&mut self, kind: ValueKind, v: Value, addr: Value, offset: i32) {
        let f = flags();
        let ty = self.b.func.dfg.value_type(v);
        match kind {
            ValueKind::Bool | ValueKind::U1 | ValueKind::I1 => {
                let v = if ty == types::I8 { v } else { self.b.ins().ireduce(types::I8, v) };
                self.b.ins().store(f, v, addr, offset);
            }
            ValueKind::Char | ValueKind::U2 | ValueKind::I2 => {
                let v = if ty == types::I16 { v } else { self.b.ins().ireduce(types::I16, v) };
                self.b.ins().store(f, v, addr, offset);
            }
            ValueKind::I4 | ValueKind::U4 => {
                let v = if ty == types::I32 { v } else { self.b.ins().ireduce(types::I32, v) };
                self.b.ins().store(f, v, addr, offset);
            }
            _ => {
                self.b.ins().store(f, v, addr, offset);
            }
        }
    }

    /// Pushes the value of type `ty` stored at `addr + offset`.
    fn push_load(&mut self, ty: TypeRef, addr: Value, offset: i32) -> Result<()> {
        let info = self.env.type_info(ty).clone();
        if info.kind == ValueKind::Struct {
            let t = self.temp(ty, 0);
            let src = if offset == 0 { addr } else { self.b.ins().iadd_imm_s(addr, i64::from(offset)) };
            self.copy_memory(t, src, info.size, info.align)?;
            self.push(t, StackKind::Val(ty));
        } else {
            let v = self.load_kind(info.kind, addr, offset);
            let k = self.kind_of(ty);
            self.push(v, k);
        }
        Ok(())
    }

    /// Stores `sv` as a value of type `ty` at `addr + offset`.
    fn store_value(&mut self, ty: TypeRef, sv: Sv, addr: Value, offset: i32) -> Result<()> {
        let info = self.env.type_info(ty).clone();
        if info.kind == ValueKind::Struct {
            let dst = if offset == 0 { addr } else { self.b.ins().iadd_imm_s(addr, i64::from(offset)) };
            self.copy_memory(dst, sv.v, info.size, info.align)?;
        } else {
            let v = self.convert_for_store(sv, info.kind)?;
            self.store_kind(info.kind, v, addr, offset);
        }
        Ok(())
    }

    /// Converts a stack value to the representation of a scalar of `kind` (for stores,
    /// arguments and returns): int32 → native int widening, float widening/narrowing.
    fn convert_for_store(&mut self, sv: Sv, kind: ValueKind) -> Result<Value> {
        let want = abi::scalar_type(kind);
        let have = self.b.func.dfg.value_type(sv.v);
        Ok(if want == have {
            sv.v
        } else if want.is_int() && have.is_int() {
            if want.bits() < have.bits() {
                self.b.ins().ireduce(want, sv.v)
            } else if kind.is_unsigned() || sv.k != StackKind::I4 {
                self.b.ins().uextend(want, sv.v)
            } else {
                self.b.ins().sextend(want, sv.v)
            }
        } else if want == types::F64 && have == types::F32 {
            self.b.ins().fpromote(types::F64, sv.v)
        } else if want == types::F32 && have == types::F64 {
            self.b.ins().fdemote(types::F32, sv.v)
        } else {
            return Err(self.invalid(format!("cannot store a {:?} as {kind:?}", sv.k)));
        })
    }

    fn copy_memory(&mut self, dst: Value, src: Value, size: u32, align: u32) -> Result<()> {
        if size <= 128 {
            let mut off = 0u32;
            let step_for = |rem: u32, align: u32| -> u32 {
                if rem >= 8 && align >= 8 {
                    8
                } else if rem >= 4 && align >= 4 {
                    4
                } else if rem >= 2 && align >= 2 {
                    2
                } else if rem >= 8 {
                    8
                } else if rem >= 4 {
                    4
                } else if rem >= 2 {
                    2
                } else {
                    1
                }
            };
            while off < size {
                let step = step_for(size - off, align.max(1));
                let ty = match step {
                    8 => types::I64,
                    4 => types::I32,
                    2 => types::I16,
                    _ => types::I8,
                };
                let v = self.b.ins().load(ty, flags(), src, off as i32);
                self.b.ins().store(flags(), v, dst, off as i32);
                off += step;
            }
            Ok(())
        } else {
            let len = self.b.ins().iconst(types::I64, i64::from(size));
            self.call_helper(Helper::MemCopy, &[dst, src, len])?;
            Ok(())
        }
    }

    fn zero_memory(&mut self, dst: Value, size: u32) -> Result<()> {
        if size <= 256 {
            let z = self.b.ins().iconst(types::I64, 0);
            let mut off = 0;
            while off + 8 <= size {
                self.b.ins().store(flags(), z, dst, off as i32);
                off += 8;
            }
            while off < size {
                let z8 = self.b.ins().iconst(types::I8, 0);
                self.b.ins().store(flags(), z8, dst, off as i32);
                off += 1;
            }
            Ok(())
        } else {
            let zero = self.b.ins().iconst(types::I32, 0);
            let len = self.b.ins().iconst(types::I64, i64::from(size));
            self.call_helper(Helper::MemSet, &[dst, zero, len])?;
            Ok(())
        }
    }

    // -----------------------------------------------------------------------------------
    // Locals and arguments

    fn load_home(&mut self, home: Home, ty: TypeRef) -> Result<()> {
        match home {
            Home::Var(var, kind) => {
                let v = self.b.use_var(var);
                let v = match kind {
                    ValueKind::Bool | ValueKind::U1 | ValueKind::Char | ValueKind::U2 => self.b.ins().uextend(types::I32, v),
                    ValueKind::I1 | ValueKind::I2 => self.b.ins().sextend(types::I32, v),
                    _ => v,
                };
                let k = match kind {
                    ValueKind::Object => StackKind::Obj,
                    ValueKind::ByRef => StackKind::Ref,
                    _ => self.kind_of(ty),
                };
                self.push(v, k);
            }
            Home::Slot(slot, slot_ty) => {
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.push_load(slot_ty, addr, 0)?;
                // `this` kept in a slot keeps its reference/pointer kind.
                if slot_ty != ty && let Some(top) = self.stack.last_mut() {
                    let info = self.env.type_info(ty);
                    top.k = if info.is_value_type { StackKind::Ref } else { StackKind::Obj };
                }
            }
        }
        Ok(())
    }

    fn store_home(&mut self, home: Home, ty: TypeRef, sv: Sv) -> Result<()> {
        match home {
            Home::Var(var, kind) => {
                let v = self.convert_for_store(sv, kind)?;
                self.b.def_var(var, v);
            }
            Home::Slot(slot, slot_ty) => {
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                let ty = if slot_ty != ty { slot_ty } else { ty };
                self.store_value(ty, sv, addr, 0)?;
            }
        }
        Ok(())
    }

    fn home_address(&mut self, home: Home) -> Result<Value> {
        match home {
            Home::Slot(slot, _) => Ok(self.b.ins().stack_addr(types::I64, slot, 0)),
            Home::Var(..) => Err(JitError::internal("address of a variable that was not marked address-taken")),
        }
    }

    fn arg(&self, i: u16) -> Result<(Home, TypeRef)> {
        self.args.get(usize::from(i)).copied().ok_or_else(|| self.invalid(format!("argument {i} does not exist")))
    }

    fn local(&self, i: u16) -> Result<(Home, TypeRef)> {
        self.locals.get(usize::from(i)).copied().ok_or_else(|| self.invalid(format!("local {i} does not exist")))
    }

    // -----------------------------------------------------------------------------------
    // Calls

    fn sig_ref(&mut self, sig: ir::Signature) -> SigRef {
        if let Some(s) = self.sigs.get(&sig) {
            return *s;
        }
        let r = self.b.import_signature(sig.clone());
        self.sigs.insert(sig, r);
        r
    }

    fn helper_sig(&self, h: Helper) -> (Vec<Type>, Option<Type>) {
        use Helper::*;
        let i = types::I64;
        let i32_ = types::I32;
        match h {
            AllocObject => (vec![i], Some(i)),
            AllocArray => (vec![i, i], Some(i)),
            AllocMdArray => (vec![i, i32_, i], Some(i)),
            Box => (vec![i, i], Some(i)),
            Unbox => (vec![i, i], Some(i)),
            UnboxNullable => (vec![i, i, i], None),
            CastClass | IsInst => (vec![i, i], Some(i)),
            InterfaceMethod => (vec![i, i, i32_], Some(i)),
            GenericVirtualMethod => (vec![i, i], Some(i)),
            ClassInit => (vec![i], None),
            StelemRef => (vec![i, i, i], None),
            LdelemaRef => (vec![i, i, i], Some(i)),
            Throw => (vec![i], None),
            Rethrow | ThrowNullRef | ThrowIndexOutOfRange | ThrowOverflow | ThrowDivideByZero | ThrowArithmetic | ThrowInvalidCast => (vec![], None),
            FMod => (vec![types::F64, types::F64], Some(types::F64)),
            FModF => (vec![types::F32, types::F32], Some(types::F32)),
            LocallocAlloc => (vec![i], Some(i)),
            LocallocMark => (vec![], Some(i)),
            LocallocRelease => (vec![i], None),
            MemCopy => (vec![i, i, i], None),
            MemSet => (vec![i, i32_, i], None),
            ArrayStoreCheck | ArrayExactCheck => (vec![i, i], None),
        }
    }

    fn call_helper(&mut self, h: Helper, args: &[Value]) -> Result<Option<Value>> {
        let (params, ret) = self.helper_sig(h);
        if params.len() != args.len() {
            return Err(JitError::internal(format!("helper {h:?} takes {} arguments", params.len())));
        }
        // Integer operands of another width (an int32 or native int length, a byte value)
        // are brought to the helper's parameter types: wider ones truncated, narrower ones
        // zero-extended (lengths and fill bytes are unsigned).
        let mut fixed = Vec::with_capacity(args.len());
        for (&a, &want) in args.iter().zip(&params) {
            let have = self.b.func.dfg.value_type(a);
            fixed.push(if have == want {
                a
            } else if have.is_int() && want.is_int() && have.bits() > want.bits() {
                self.b.ins().ireduce(want, a)
            } else if have.is_int() && want.is_int() {
                self.b.ins().uextend(want, a)
            } else {
                return Err(self.invalid(format!("a {have} operand where helper {h:?} takes a {want}")));
            });
        }
        let args = &fixed[..];
        // Helpers are native (Rust) functions: the platform convention.
        let sig = abi::helper_signature(&params, ret, CallConv::SystemV);
        let sig = self.sig_ref(sig);
        let addr = self.b.ins().iconst(types::I64, self.env.helper(h) as i64);
        let call = self.b.ins().call_indirect(sig, addr, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    /// Calls a helper that does not return (throw helpers) and marks the rest unreachable.
    fn call_noreturn(&mut self, h: Helper, args: &[Value]) -> Result<()> {
        self.call_helper(h, args)?;
        self.b.ins().trap(TrapCode::user(1).unwrap_or(TrapCode::STACK_OVERFLOW));
        Ok(())
    }

    /// `if cond { helper() }` for a throw helper.
    fn throw_if(&mut self, cond: Value, h: Helper) -> Result<()> {
        let throw = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(throw);
        self.b.ins().brif(cond, throw, &[], cont, &[]);
        self.b.switch_to_block(throw);
        self.call_noreturn(h, &[])?;
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn null_check(&mut self, obj: Value) -> Result<()> {
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, obj, 0);
        self.throw_if(is_null, Helper::ThrowNullRef)
    }

    fn emit_init_check(&mut self, check: InitCheck) -> Result<()> {
        let flag_addr = self.b.ins().iconst(types::I64, check.flag as i64);
        let flag = self.b.ins().uload8(types::I32, TRUSTED, flag_addr, 0);
        let init = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(init);
        self.b.ins().brif(flag, cont, &[], init, &[]);
        self.b.switch_to_block(init);
        let arg = self.b.ins().iconst(types::I64, check.arg as i64);
        self.call_helper(Helper::ClassInit, &[arg])?;
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// Pops the arguments of `sig` (and `this`) and returns them in order.
    fn pop_args(&mut self, sig: &CallSig) -> Result<(Option<Sv>, Vec<Sv>)> {
        let mut params = Vec::with_capacity(sig.params.len());
        for _ in 0..sig.params.len() {
            params.push(self.pop()?);
        }
        params.reverse();
        let this = if sig.this.is_some() { Some(self.pop()?) } else { None };
        Ok((this, params))
    }

    /// Emits a call through `code` with lowered arguments; pushes the result. `native`
    /// calls reach native code (internal calls) with the platform convention; everything
    /// else is managed code. `tail` asks for a tail call (the `tail.` prefix), made when
    /// the signatures allow it (otherwise the call returns normally and `ret` follows).
    fn emit_call(&mut self, sig: &CallSig, code: Value, this: Option<Value>, params: &[Sv], tail: bool, native: bool) -> Result<()> {
        let cc = if native { CallConv::SystemV } else { self.call_conv };
        let lowered = abi::lower(self.env, sig, cc);
        let sig_ref = self.sig_ref(lowered.sig.clone());
        // A tail call: managed to managed, same results, nothing to clean up afterwards,
        // and no struct copies in the outgoing argument area (which a tail call reuses).
        let can_tail = tail
            && !native
            && self.lowered.sig.returns == lowered.sig.returns
            && (lowered.ret != Returning::Buffer || self.ret_buf.is_some())
            && self.localloc_mark.is_none()
            && !lowered.params.iter().any(|p| matches!(p, Passing::Stack(_)));
        let mut args = Vec::new();
        if let Some(t) = this {
            args.push(t);
        }
        let ret_info = self.env.type_info(sig.ret).clone();
        let mut ret_temp = None;
        if lowered.ret == Returning::Buffer {
            if let (true, Some(buf)) = (can_tail, self.ret_buf) {
                // The callee writes our caller's buffer directly.
                let b = self.b.use_var(buf);
                args.push(b);
            } else {
                let t = self.temp(sig.ret, 7);
                args.push(t);
                ret_temp = Some(t);
            }
        }
        for (pass, (sv, ty)) in lowered.params.iter().zip(params.iter().zip(sig.params.iter())) {
            match pass {
                Passing::Scalar(_) => {
                    let kind = self.env.type_info(*ty).kind;
                    let v = self.convert_for_store(*sv, kind)?;
                    args.push(v);
                }
                Passing::Regs(parts) => {
                    let addr = self.struct_address(*sv, *ty)?;
                    for e in parts {
                        let v = self.b.ins().load(e.ty, flags(), addr, e.offset as i32);
                        args.push(v);
                    }
                }
                Passing::Stack(size) => {
                    let mut addr = self.struct_address(*sv, *ty)?;
                    if size % 8 != 0 {
                        // Cranelift copies whole eightbytes: give it a copy in a slot (slots
                        // are whole eightbytes) rather than read past the value.
                        let slot = self.new_slot(*size, 8);
                        let tmp = self.b.ins().stack_addr(types::I64, slot, 0);
                        self.copy_memory(tmp, addr, *size, 1)?;
                        addr = tmp;
                    }
                    args.push(addr);
                }
            }
        }
        if can_tail {
            self.b.ins().return_call_indirect(sig_ref, code, &args);
            // The `ret` that follows is done; it is translated only if it is also a block
            // that other edges reach.
            self.reachable = false;
            self.stack.clear();
            return Ok(());
        }
        let call = self.b.ins().call_indirect(sig_ref, code, &args);
        let results: Vec<Value> = self.b.inst_results(call).to_vec();
        match lowered.ret {
            Returning::Void => {}
            Returning::Scalar(_) => {
                let v = results[0];
                let v = match ret_info.kind {
                    ValueKind::Bool | ValueKind::U1 | ValueKind::Char | ValueKind::U2 => self.b.ins().uextend(types::I32, v),
                    ValueKind::I1 | ValueKind::I2 => self.b.ins().sextend(types::I32, v),
                    _ => v,
                };
                let k = self.kind_of(sig.ret);
                self.push(v, k);
            }
            Returning::Regs(parts) => {
                let t = self.temp(sig.ret, 6);
                for (e, v) in parts.iter().zip(results) {
                    self.b.ins().store(flags(), v, t, e.offset as i32);
                }
                self.push(t, StackKind::Val(sig.ret));
            }
            Returning::Buffer => {
                let t = ret_temp.ok_or_else(|| JitError::internal("return buffer"))?;
                self.push(t, StackKind::Val(sig.ret));
            }
        }
        Ok(())
    }

    /// The address of a struct argument: the temp a `Val` lives in, or a pointer for
    /// primitive-like structs the stack holds as scalars.
    fn struct_address(&mut self, sv: Sv, ty: TypeRef) -> Result<Value> {
        match sv.k {
            StackKind::Val(_) => Ok(sv.v),
            _ => {
                let t = self.temp(ty, 5);
                let info = self.env.type_info(ty).clone();
                let kind = if info.size == 4 { ValueKind::I4 } else { ValueKind::I8 };
                let v = self.convert_for_store(sv, kind)?;
                self.b.ins().store(flags(), v, t, 0);
                Ok(t)
            }
        }
    }

    fn code_address(&mut self, target: CallTarget, this: Option<Value>) -> Result<Value> {
        Ok(match target {
            CallTarget::Slot(slot) => {
                let p = self.b.ins().iconst(types::I64, slot as i64);
                self.b.ins().load(types::I64, TRUSTED, p, 0)
            }
            CallTarget::Native(addr) => self.b.ins().iconst(types::I64, addr as i64),
            CallTarget::Virtual { offset } => {
                let this = this.ok_or_else(|| self.invalid("virtual call without this"))?;
                self.null_check(this)?;
                let mt = self.b.ins().load(types::I64, TRUSTED, this, 0);
                self.b.ins().load(types::I64, TRUSTED, mt, offset)
            }
            CallTarget::Interface { itf, slot } => {
                let this = this.ok_or_else(|| self.invalid("interface call without this"))?;
                let itf = self.b.ins().iconst(types::I64, itf as i64);
                let slot = self.b.ins().iconst(types::I32, i64::from(slot));
                self.call_helper(Helper::InterfaceMethod, &[this, itf, slot])?.ok_or_else(|| JitError::internal("interface dispatch result"))?
            }
            CallTarget::GenericVirtual { method } => {
                let this = this.ok_or_else(|| self.invalid("generic virtual call without this"))?;
                let method = self.b.ins().iconst(types::I64, method as i64);
                self.call_helper(Helper::GenericVirtualMethod, &[this, method])?.ok_or_else(|| JitError::internal("generic virtual dispatch result"))?
            }
            CallTarget::Intrinsic(_) => return Err(JitError::internal("intrinsic has no code address")),
        })
    }

    fn translate_call(&mut self, token: Token, op: CallOp) -> Result<()> {
        let constrained = self.constrained.take();
        let tail = std::mem::take(&mut self.tail) && self.next_is_ret;
        let info = self.env.resolve_call(token, op, constrained)?;
        if let CallTarget::Intrinsic(i) = info.target {
            return self.intrinsic(i, &info);
        }
        let (this, params) = self.pop_args(&info.sig)?;
        let this_v = match this {
            Some(t) => {
                let v = match t.k {
                    StackKind::Val(_) => t.v,
                    StackKind::I4 => self.b.ins().sextend(types::I64, t.v),
                    _ => t.v,
                };
                let v = match info.this_transform {
                    ThisTransform::None => v,
                    ThisTransform::Deref => self.b.ins().load(types::I64, flags(), v, 0),
                    ThisTransform::Box(ty) => {
                        let mt = self.env.type_info(ty).mt;
                        let mt = self.b.ins().iconst(types::I64, mt as i64);
                        self.call_helper(Helper::Box, &[mt, v])?.ok_or_else(|| JitError::internal("box this"))?
                    }
                };
                if op == CallOp::CallVirt && matches!(info.target, CallTarget::Slot(_) | CallTarget::Native(_)) {
                    self.null_check(v)?;
                }
                Some(v)
            }
            None => None,
        };
        let native = matches!(info.target, CallTarget::Native(_));
        let code = self.code_address(info.target, this_v)?;
        self.emit_call(&info.sig, code, this_v, &params, tail, native)
    }

    /// `jmp`: leave this method for another with the same signature, passing the current
    /// values of the arguments (III.3.37) — a tail call.
    fn translate_jmp(&mut self, token: Token) -> Result<()> {
        if !self.stack.is_empty() {
            return Err(self.invalid("jmp with a non-empty evaluation stack"));
        }
        let info = self.env.resolve_call(token, CallOp::Jmp, None)?;
        if matches!(info.target, CallTarget::Intrinsic(_) | CallTarget::Native(_)) {
            return Err(self.unsupported(format!("jmp to {}, which has no managed code", info.name)));
        }
        if info.sig.params.len() + usize::from(info.sig.this.is_some()) != self.args.len()
            || abi::lower(self.env, &info.sig, self.call_conv).sig != self.lowered.sig
        {
            return Err(self.invalid(format!("jmp to {}, whose signature differs from the method's", info.name)));
        }
        for i in 0..self.args.len() {
            let (home, ty) = self.args[i];
            self.load_home(home, ty)?;
        }
        let (this, params) = self.pop_args(&info.sig)?;
        let this_v = this.map(|t| t.v);
        let code = self.code_address(info.target, this_v)?;
        self.emit_call(&info.sig, code, this_v, &params, true, false)?;
        if self.reachable {
            return Err(self.unsupported(format!("jmp to {}: its arguments cannot be passed by a tail call", info.name)));
        }
        Ok(())
    }

    fn translate_newobj(&mut self, token: Token) -> Result<()> {
        let info = self.env.resolve_call(token, CallOp::NewObj, None)?;
        let mut params = Vec::with_capacity(info.sig.params.len());
        for _ in 0..info.sig.params.len() {
            params.push(self.pop()?);
        }
        params.reverse();
        match info.newobj {
            Some(NewObj::Object(mt)) => {
                let mt_v = self.b.ins().iconst(types::I64, mt as i64);
                let obj = self.call_helper(Helper::AllocObject, &[mt_v])?.ok_or_else(|| JitError::internal("alloc result"))?;
                if let CallTarget::Intrinsic(_) = info.target {
                    return Err(self.unsupported("intrinsic constructor"));
                }
                let native = matches!(info.target, CallTarget::Native(_));
                let code = self.code_address(info.target, Some(obj))?;
                self.emit_call(&info.sig, code, Some(obj), &params, false, native)?;
                self.push(obj, StackKind::Obj);
            }
            Some(NewObj::ValueType(ty)) => {
                let t = self.temp(ty, 1);
                let size = self.env.type_info(ty).size;
                self.zero_memory(t, size.div_ceil(8) * 8)?;
                let native = matches!(info.target, CallTarget::Native(_));
                let code = self.code_address(info.target, Some(t))?;
                self.emit_call(&info.sig, code, Some(t), &params, false, native)?;
                // Primitive-like value types (e.g. `new int()`) stay structs here only if the
                // environment says they are structs.
                let k = self.kind_of(ty);
                match k {
                    StackKind::Val(_) => self.push(t, k),
                    _ => {
                        let kind = self.env.type_info(ty).kind;
                        let v = self.load_kind(kind, t, 0);
                        self.push(v, k);
                    }
                }
            }
            Some(NewObj::Array(array_ty)) => {
                let rank = params.len();
                let info_a = self.env.type_info(array_ty).clone();
                let dims = self.temp(array_ty, 2);
                // The lengths buffer needs `rank` ints; reuse a dedicated slot.
                let slot = self.new_slot(4 * rank as u32, 4);
                let buf = self.b.ins().stack_addr(types::I64, slot, 0);
                let _ = dims;
                for (i, p) in params.iter().enumerate() {
                    let v = self.as_i32(*p)?;
                    self.b.ins().store(flags(), v, buf, 4 * i as i32);
                }
                let mt = self.b.ins().iconst(types::I64, info_a.mt as i64);
                let r = self.b.ins().iconst(types::I32, rank as i64);
                let arr = self.call_helper(Helper::AllocMdArray, &[mt, r, buf])?.ok_or_else(|| JitError::internal("md array"))?;
                self.push(arr, StackKind::Obj);
            }
            Some(NewObj::Factory) | None => {
                let native = matches!(info.target, CallTarget::Native(_));
                let code = self.code_address(info.target, None)?;
                self.emit_call(&info.sig, code, None, &params, false, native)?;
            }
        }
        Ok(())
    }

    fn intrinsic(&mut self, i: Intrinsic, info: &CallInfo) -> Result<()> {
        match i {
            Intrinsic::Identity => {
                let (this, params) = self.pop_args(&info.sig)?;
                let v = this.or_else(|| params.first().copied()).ok_or_else(|| self.invalid("identity intrinsic without argument"))?;
                let k = self.kind_of(info.sig.ret);
                let v = match (v.k, k) {
                    (StackKind::I4, StackKind::I | StackKind::Obj | StackKind::Ref) => self.b.ins().sextend(types::I64, v.v),
                    _ => v.v,
                };
                self.push(v, k);
            }
            Intrinsic::AddElements(size) | Intrinsic::SubtractElements(size) => {
                let idx = self.pop()?;
                let base = self.pop()?;
                let idx = self.as_i64(idx)?;
                let off = self.b.ins().imul_imm_s(idx, i64::from(size));
                let v = if matches!(i, Intrinsic::AddElements(_)) { self.b.ins().iadd(base.v, off) } else { self.b.ins().isub(base.v, off) };
                let k = self.kind_of(info.sig.ret);
                self.push(v, k);
            }
            Intrinsic::AddBytes => {
                let off = self.pop()?;
                let base = self.pop()?;
                let off = self.as_i64(off)?;
                let v = self.b.ins().iadd(base.v, off);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::ByteOffset => {
                let target = self.pop()?;
                let origin = self.pop()?;
                let v = self.b.ins().isub(target.v, origin.v);
                self.push(v, StackKind::I);
            }
            Intrinsic::Constant(c) => {
                self.pop_args(&info.sig)?;
                let k = self.kind_of(info.sig.ret);
                let v = match k {
                    StackKind::I4 => self.b.ins().iconst(types::I32, c),
                    _ => self.b.ins().iconst(types::I64, c),
                };
                self.push(v, k);
            }
            Intrinsic::AreSame => {
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.b.ins().icmp(IntCC::Equal, a.v, b.v);
                let v = self.b.ins().uextend(types::I32, c);
                self.push(v, StackKind::I4);
            }
            Intrinsic::IsNullRef => {
                let a = self.pop()?;
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, a.v, 0);
                let v = self.b.ins().uextend(types::I32, c);
                self.push(v, StackKind::I4);
            }
            Intrinsic::NullRef => {
                let v = self.b.ins().iconst(types::I64, 0);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::Read(ty) => {
                let p = self.pop()?;
                self.push_load(ty, p.v, 0)?;
            }
            Intrinsic::Write(ty) => {
                let v = self.pop()?;
                let p = self.pop()?;
                self.store_value(ty, v, p.v, 0)?;
            }
            Intrinsic::InitBlock => {
                let len = self.pop()?;
                let val = self.pop()?;
                let dst = self.pop()?;
                self.call_helper(Helper::MemSet, &[dst.v, val.v, len.v])?;
            }
            Intrinsic::CopyBlock => {
                let len = self.pop()?;
                let src = self.pop()?;
                let dst = self.pop()?;
                self.call_helper(Helper::MemCopy, &[dst.v, src.v, len.v])?;
            }
            Intrinsic::ArrayData => {
                let a = self.pop()?;
                let v = self.b.ins().iadd_imm_s(a.v, 16);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::StringData => {
                let a = self.pop()?;
                let v = self.b.ins().iadd_imm_s(a.v, 12);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::LengthAt8 => {
                let a = self.pop()?;
                let v = self.b.ins().load(types::I32, flags(), a.v, 8);
                self.push(v, StackKind::I4);
            }
            Intrinsic::MethodTableOf => {
                let a = self.pop()?;
                let v = self.b.ins().load(types::I64, flags(), a.v, 0);
                self.push(v, StackKind::I);
            }
            Intrinsic::SubtractBytes => {
                let off = self.pop()?;
                let base = self.pop()?;
                let off = self.as_i64(off)?;
                let v = self.b.ins().isub(base.v, off);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::AddressCompare(c) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let cc = match c {
                    AddressCmp::Greater => IntCC::UnsignedGreaterThan,
                    AddressCmp::GreaterOrEqual => IntCC::UnsignedGreaterThanOrEqual,
                    AddressCmp::Less => IntCC::UnsignedLessThan,
                    AddressCmp::LessOrEqual => IntCC::UnsignedLessThanOrEqual,
                };
                let r = self.b.ins().icmp(cc, a.v, b.v);
                let v = self.b.ins().uextend(types::I32, r);
                self.push(v, StackKind::I4);
            }
            Intrinsic::CopyValue(ty) => {
                let src = self.pop()?;
                let dst = self.pop()?;
                let info = self.env.type_info(ty).clone();
                self.copy_memory(dst.v, src.v, info.size, 1)?;
            }
            Intrinsic::SkipInit => {
                self.pop()?;
            }
            Intrinsic::UnboxRaw => {
                let o = self.pop()?;
                let v = self.b.ins().iadd_imm_s(o.v, 8);
                self.push(v, StackKind::Ref);
            }
            Intrinsic::BitCast(from, to) => {
                let v = self.pop()?;
                let tmp = self.temp(from, 0);
                self.store_value(from, v, tmp, 0)?;
                self.push_load(to, tmp, 0)?;
            }
            Intrinsic::Array(access) => self.array_access(access)?,
            Intrinsic::Math(op) => {
                let a = self.pop()?;
                let v = match op {
                    MathOp::Sqrt => self.b.ins().sqrt(a.v),
                    MathOp::Abs => self.b.ins().fabs(a.v),
                    MathOp::Floor => self.b.ins().floor(a.v),
                    MathOp::Ceiling => self.b.ins().ceil(a.v),
                    MathOp::Truncate => self.b.ins().trunc(a.v),
                    MathOp::RoundEven => self.b.ins().nearest(a.v),
                };
                self.push(v, a.k);
            }
        }
        Ok(())
    }

    /// `Get`/`Set`/`Address` of a multi-dimensional array (layout: [`ArrayAccess`]).
    fn array_access(&mut self, access: ArrayAccess) -> Result<()> {
        let readonly = std::mem::take(&mut self.readonly);
        let value = if access.op == ArrayOp::Set { Some(self.pop()?) } else { None };
        let rank = access.rank as usize;
        let mut indices = Vec::with_capacity(rank);
        for _ in 0..rank {
            indices.push(self.pop()?);
        }
        indices.reverse();
        let arr = self.pop()?;
        if !matches!(arr.k, StackKind::Obj) {
            return Err(self.invalid(format!("array method on a {:?}", arr.k)));
        }
        let info = self.env.type_info(access.element).clone();
        // The linear index: each index less its lower bound must be below its length
        // (unsigned, so below-the-bound indices fail too). A null array faults on the
        // first load.
        let mut linear: Option<Value> = None;
        for (d, index) in indices.into_iter().enumerate() {
            let len = self.b.ins().load(types::I32, flags(), arr.v, 16 + 4 * d as i32);
            let lower = self.b.ins().load(types::I32, flags(), arr.v, 16 + 4 * (rank + d) as i32);
            let i = self.as_i32(index)?;
            let i = self.b.ins().isub(i, lower);
            let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
            self.throw_if(oob, Helper::ThrowIndexOutOfRange)?;
            let i = self.b.ins().uextend(types::I64, i);
            linear = Some(match linear {
                None => i,
                Some(l) => {
                    let len = self.b.ins().uextend(types::I64, len);
                    let scaled = self.b.ins().imul(l, len);
                    self.b.ins().iadd(scaled, i)
                }
            });
        }
        let linear = linear.ok_or_else(|| self.invalid("array method of rank 0"))?;
        let offset = self.b.ins().imul_imm_s(linear, i64::from(info.size));
        let base = self.b.ins().iadd(arr.v, offset);
        let addr = self.b.ins().iadd_imm_s(base, 16 + 8 * rank as i64);
        match access.op {
            ArrayOp::Get => self.push_load(access.element, addr, 0)?,
            ArrayOp::Set => {
                let v = value.ok_or_else(|| JitError::internal("array Set without a value"))?;
                if !info.is_value_type {
                    self.call_helper(Helper::ArrayStoreCheck, &[arr.v, v.v])?;
                }
                self.store_value(access.element, v, addr, 0)?;
            }
            ArrayOp::Address => {
                if !info.is_value_type && !readonly {
                    let mt = self.b.ins().iconst(types::I64, info.mt as i64);
                    self.call_helper(Helper::ArrayExactCheck, &[arr.v, mt])?;
                }
                self.push(addr, StackKind::Ref);
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------
    // Finally handling (normal path)

    fn setup_finallies(&mut self) -> Result<()> {
        for c in self.input.eh.clone() {
            if c.kind == EhKind::Finally {
                let cont = self.b.declare_var(types::I32);
                self.finallies.push(Finally {
                    try_start: c.try_offset.0,
                    try_end: c.try_end() as u32,
                    handler: c.handler_offset.0,
                    cont,
                    targets: Vec::new(),
                });
            }
        }
        // The prologue block is current: give every continuation variable a defined value.
        for f in &self.finallies {
            let z = self.b.ins().iconst(types::I32, 0);
            self.b.def_var(f.cont, z);
        }
        Ok(())
    }

    fn translate_leave(&mut self, target: u32) -> Result<()> {
        self.stack.clear();
        let from = self.at;
        // Finally clauses whose try contains the leave but not the target, inner first.
        let crossing: Vec<usize> = (0..self.finallies.len())
            .filter(|&i| {
                let f = &self.finallies[i];
                from >= f.try_start && from < f.try_end && !(target >= f.try_start && target < f.try_end)
            })
            .collect();
        self.edge_args(target)?;
        // The last finally continues to the target; each earlier one continues to a block
        // that enters the next.
        let mut next = self.block_of(target)?;
        let mut chain = Vec::new();
        for &i in crossing.iter().rev() {
            let idx = self.finallies[i].targets.len();
            self.finallies[i].targets.push(next);
            let enter = self.b.create_block();
            chain.push((enter, i, idx));
            next = enter;
        }
        self.b.ins().jump(next, &[]);
        for (enter, i, idx) in chain {
            self.b.switch_to_block(enter);
            let k = self.b.ins().iconst(types::I32, idx as i64);
            self.b.def_var(self.finallies[i].cont, k);
            let handler = self.block_of(self.finallies[i].handler)?;
            self.b.ins().jump(handler, &[]);
        }
        self.reachable = false;
        Ok(())
    }

    fn translate_endfinally(&mut self) -> Result<()> {
        let at = self.at;
        // The innermost finally handler containing this instruction.
        let clause = self
            .input
            .eh
            .iter()
            .filter(|c| matches!(c.kind, EhKind::Finally | EhKind::Fault) && at >= c.handler_offset.0 && at < c.handler_end() as u32)
            .min_by_key(|c| c.handler_length)
            .copied()
            .ok_or_else(|| self.invalid("endfinally outside a finally or fault handler"))?;
        self.stack.clear();
        if clause.kind == EhKind::Fault {
            // Only reached during exception dispatch (next milestone).
            self.call_noreturn(Helper::Rethrow, &[])?;
            self.reachable = false;
            return Ok(());
        }
        let f = self.finallies.iter().position(|f| f.handler == clause.handler_offset.0).ok_or_else(|| JitError::internal("finally not registered"))?;
        // The dispatch is emitted once all leaves are known (finish_finallies); jump to a
        // per-endfinally block that will hold it.
        let dispatch = self.b.create_block();
        self.b.ins().jump(dispatch, &[]);
        self.pending_dispatch.push((f, dispatch));
        self.reachable = false;
        Ok(())
    }

    fn finish_finallies(&mut self) -> Result<()> {
        for (f, block) in std::mem::take(&mut self.pending_dispatch) {
            self.b.switch_to_block(block);
            let cont = self.b.use_var(self.finallies[f].cont);
            let targets = self.finallies[f].targets.clone();
            if targets.is_empty() {
                // A finally no `leave` reaches on the normal path: only exceptions get here.
                self.call_noreturn(Helper::Rethrow, &[])?;
                continue;
            }
            let pool = &mut self.b.func.dfg.value_lists;
            let calls: Vec<ir::BlockCall> = targets.iter().map(|b| ir::BlockCall::new(*b, [], pool)).collect();
            // A BlockCall of its own: the SSA builder appends arguments to each call's
            // value list, so sharing one between two table entries would add them twice.
            let default = ir::BlockCall::new(targets[0], [], pool);
            let jt = self.b.create_jump_table(JumpTableData::new(default, &calls));
            self.b.ins().br_table(cont, jt);
        }
        Ok(())
    }
}
