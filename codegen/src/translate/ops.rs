//! The opcode-by-opcode part of the translator (ECMA-335 Partition III).

use super::*;

/// Integer binary operations.
#[derive(Clone, Copy, PartialEq, Eq)]
enum IntOp {
    Add,
    Sub,
    Mul,
    Div,
    DivUn,
    Rem,
    RemUn,
    And,
    Or,
    Xor,
}

/// Overflow-checked operations.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OvfOp {
    Add,
    AddUn,
    Sub,
    SubUn,
    Mul,
    MulUn,
}

/// Targets of `conv.*`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ConvTo {
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    I,
    U,
    R4,
    R8,
    RUn,
}

impl<'e, 'i, 'b, 'f> Translator<'e, 'i, 'b, 'f> {
    pub(super) fn translate_one(&mut self, ins: &Instruction<'_>) -> Result<()> {
        use Opcode as O;
        let next = ins.offset.0 + ins.size;
        let var = |ins: &Instruction<'_>| -> u16 {
            match ins.operand {
                Operand::Var(v) => v,
                _ => 0,
            }
        };
        match ins.opcode {
            O::Nop | O::Break => {}
            O::Volatile | O::Unaligned | O::No => {}
            O::Readonly => self.readonly = true,
            O::Tail => self.tail = true,
            O::Constrained => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("constrained. without a type")) };
                self.constrained = Some(self.env.resolve_type(t)?);
            }

            // ---- arguments and locals
            O::Ldarg0 | O::Ldarg1 | O::Ldarg2 | O::Ldarg3 => {
                let (h, t) = self.arg(ins.opcode as u16 - O::Ldarg0 as u16)?;
                self.load_home(h, t)?;
            }
            O::Ldarg | O::LdargS => {
                let (h, t) = self.arg(var(ins))?;
                self.load_home(h, t)?;
            }
            O::Starg | O::StargS => {
                let (h, t) = self.arg(var(ins))?;
                let v = self.pop()?;
                self.store_home(h, t, v)?;
            }
            O::Ldarga | O::LdargaS => {
                let (h, _) = self.arg(var(ins))?;
                let a = self.home_address(h)?;
                self.push(a, StackKind::Ref);
            }
            O::Ldloc0 | O::Ldloc1 | O::Ldloc2 | O::Ldloc3 => {
                let (h, t) = self.local(ins.opcode as u16 - O::Ldloc0 as u16)?;
                self.load_home(h, t)?;
            }
            O::Ldloc | O::LdlocS => {
                let (h, t) = self.local(var(ins))?;
                self.load_home(h, t)?;
            }
            O::Stloc0 | O::Stloc1 | O::Stloc2 | O::Stloc3 => {
                let (h, t) = self.local(ins.opcode as u16 - O::Stloc0 as u16)?;
                let v = self.pop()?;
                self.store_home(h, t, v)?;
            }
            O::Stloc | O::StlocS => {
                let (h, t) = self.local(var(ins))?;
                let v = self.pop()?;
                self.store_home(h, t, v)?;
            }
            O::Ldloca | O::LdlocaS => {
                let (h, _) = self.local(var(ins))?;
                let a = self.home_address(h)?;
                self.push(a, StackKind::Ref);
            }

            // ---- constants
            O::Ldnull => {
                let v = self.b.ins().iconst(types::I64, 0);
                self.push(v, StackKind::Obj);
            }
            O::LdcI4M1 => self.push_i4(-1),
            O::LdcI4S | O::LdcI4 => {
                let n = match ins.operand {
                    Operand::I8(n) => i32::from(n),
                    Operand::I32(n) => n,
                    _ => return Err(self.invalid("ldc.i4 operand")),
                };
                self.push_i4(n);
            }
            O::LdcI8 => {
                let Operand::I64(n) = ins.operand else { return Err(self.invalid("ldc.i8 operand")) };
                let v = self.b.ins().iconst(types::I64, n);
                self.push(v, StackKind::I8);
            }
            O::LdcR4 => {
                let Operand::R4(x) = ins.operand else { return Err(self.invalid("ldc.r4 operand")) };
                let v = self.b.ins().f32const(x);
                self.push(v, StackKind::F4);
            }
            O::LdcR8 => {
                let Operand::R8(x) = ins.operand else { return Err(self.invalid("ldc.r8 operand")) };
                let v = self.b.ins().f64const(x);
                self.push(v, StackKind::F8);
            }
            O::LdcI4_0 | O::LdcI4_1 | O::LdcI4_2 | O::LdcI4_3 | O::LdcI4_4 | O::LdcI4_5 | O::LdcI4_6 | O::LdcI4_7 | O::LdcI4_8 => {
                self.push_i4(i32::from(ins.opcode as u16 - O::LdcI4_0 as u16));
            }
            O::Ldstr => {
                let Operand::String(s) = ins.operand else { return Err(self.invalid("ldstr operand")) };
                let addr = self.env.resolve_string(s)?;
                let v = self.b.ins().iconst(types::I64, addr as i64);
                self.push(v, StackKind::Obj);
            }

            // ---- stack
            O::Dup => {
                let v = self.pop()?;
                self.stack.push(v);
                self.stack.push(v);
            }
            O::Pop => {
                self.pop()?;
            }

            // ---- control flow
            O::Br | O::BrS => {
                let Operand::Branch(t) = ins.operand else { return Err(self.invalid("branch operand")) };
                self.jump_to(t.0)?;
                self.reachable = false;
            }
            O::Brfalse | O::BrfalseS | O::Brtrue | O::BrtrueS => {
                let Operand::Branch(t) = ins.operand else { return Err(self.invalid("branch operand")) };
                let v = self.pop()?;
                let c = match v.k {
                    StackKind::F4 | StackKind::F8 | StackKind::Val(_) => return Err(self.invalid("brtrue/brfalse on a float or struct")),
                    _ => v.v,
                };
                let is_true = matches!(ins.opcode, O::Brtrue | O::BrtrueS);
                let (taken, not_taken) = (t.0, next);
                if is_true {
                    self.branch_if(c, taken, not_taken)?;
                } else {
                    let z = self.b.ins().icmp_imm_s(IntCC::Equal, c, 0);
                    self.branch_if(z, taken, not_taken)?;
                }
            }
            O::Beq | O::BeqS | O::Bge | O::BgeS | O::Bgt | O::BgtS | O::Ble | O::BleS | O::Blt | O::BltS | O::BneUn | O::BneUnS | O::BgeUn
            | O::BgeUnS | O::BgtUn | O::BgtUnS | O::BleUn | O::BleUnS | O::BltUn | O::BltUnS => {
                let Operand::Branch(t) = ins.operand else { return Err(self.invalid("branch operand")) };
                let cmp = match ins.opcode {
                    O::Beq | O::BeqS => Cmp::Eq,
                    O::Bge | O::BgeS => Cmp::Ge,
                    O::Bgt | O::BgtS => Cmp::Gt,
                    O::Ble | O::BleS => Cmp::Le,
                    O::Blt | O::BltS => Cmp::Lt,
                    O::BneUn | O::BneUnS => Cmp::NeUn,
                    O::BgeUn | O::BgeUnS => Cmp::GeUn,
                    O::BgtUn | O::BgtUnS => Cmp::GtUn,
                    O::BleUn | O::BleUnS => Cmp::LeUn,
                    _ => Cmp::LtUn,
                };
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.compare(cmp, a, b)?;
                self.branch_if(c, t.0, next)?;
            }
            O::Switch => {
                let Operand::Switch(targets) = ins.operand else { return Err(self.invalid("switch operand")) };
                let v = self.pop()?;
                let idx = self.as_i32(v)?;
                let targets: Vec<u32> = targets.iter().map(|t| t.0).collect();
                let mut calls = Vec::with_capacity(targets.len());
                let default_args = self.edge_args(next)?;
                let default_block = self.block_of(next)?;
                // Each target gets a trampoline so it can receive the stack as arguments.
                let mut trampolines = Vec::new();
                for t in &targets {
                    let args = self.edge_args(*t)?;
                    let block = self.block_of(*t)?;
                    if args.is_empty() {
                        calls.push(self.b.func.dfg.block_call(block, &[]));
                    } else {
                        let tramp = self.b.create_block();
                        trampolines.push((tramp, block, args));
                        calls.push(self.b.func.dfg.block_call(tramp, &[]));
                    }
                }
                let default_call = if default_args.is_empty() {
                    self.b.func.dfg.block_call(default_block, &[])
                } else {
                    let tramp = self.b.create_block();
                    trampolines.push((tramp, default_block, default_args));
                    self.b.func.dfg.block_call(tramp, &[])
                };
                let jt = self.b.create_jump_table(JumpTableData::new(default_call, &calls));
                self.b.ins().br_table(idx, jt);
                for (tramp, block, args) in trampolines {
                    self.b.switch_to_block(tramp);
                    self.b.ins().jump(block, &args);
                }
                self.reachable = false;
            }
            O::Ret => self.translate_ret()?,
            O::Leave | O::LeaveS => {
                let Operand::Branch(t) = ins.operand else { return Err(self.invalid("leave operand")) };
                self.translate_leave(t.0)?;
            }
            O::Endfinally => self.translate_endfinally()?,
            O::Endfilter => {
                // Filters run during exception dispatch (next milestone): unreachable today.
                self.pop()?;
                self.b.ins().trap(TrapCode::user(2).unwrap_or(TrapCode::STACK_OVERFLOW));
                self.reachable = false;
            }
            O::Throw => {
                let v = self.pop()?;
                self.call_noreturn(Helper::Throw, &[v.v])?;
                self.reachable = false;
                self.stack.clear();
            }
            O::Rethrow => {
                self.call_noreturn(Helper::Rethrow, &[])?;
                self.reachable = false;
                self.stack.clear();
            }
            O::Jmp => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("jmp operand")) };
                self.translate_jmp(t)?;
            }

            // ---- calls
            O::Call | O::Callvirt => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("call operand")) };
                let op = if ins.opcode == O::Call { CallOp::Call } else { CallOp::CallVirt };
                self.translate_call(t, op)?;
            }
            O::Newobj => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("newobj operand")) };
                self.translate_newobj(t)?;
            }
            O::Calli => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("calli operand")) };
                let sig = self.env.resolve_signature(t)?;
                let tail = std::mem::take(&mut self.tail) && self.next_is_ret;
                let f = self.pop()?;
                let (this, params) = self.pop_args(&sig)?;
                let this = this.map(|t| t.v);
                self.emit_call(&sig, f.v, this, &params, tail, false)?;
            }
            O::Ldftn | O::Ldvirtftn => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("ldftn operand")) };
                let op = if ins.opcode == O::Ldftn { CallOp::Ldftn } else { CallOp::Ldvirtftn };
                let info = self.env.resolve_call(t, op, None)?;
                let this = if op == CallOp::Ldvirtftn { Some(self.pop()?.v) } else { None };
                let v = match info.target {
                    CallTarget::Native(addr) => self.b.ins().iconst(types::I64, addr as i64),
                    target => self.code_address(target, this)?,
                };
                self.push(v, StackKind::I);
            }

            // ---- arithmetic
            O::Add => self.int_or_float(IntOp::Add)?,
            O::Sub => self.int_or_float(IntOp::Sub)?,
            O::Mul => self.int_or_float(IntOp::Mul)?,
            O::Div => self.int_or_float(IntOp::Div)?,
            O::DivUn => self.int_or_float(IntOp::DivUn)?,
            O::Rem => self.int_or_float(IntOp::Rem)?,
            O::RemUn => self.int_or_float(IntOp::RemUn)?,
            O::And => self.int_or_float(IntOp::And)?,
            O::Or => self.int_or_float(IntOp::Or)?,
            O::Xor => self.int_or_float(IntOp::Xor)?,
            O::Shl | O::Shr | O::ShrUn => {
                let amount = self.pop()?;
                let value = self.pop()?;
                let ty = value.k.clif();
                if !matches!(value.k, StackKind::I4 | StackKind::I8 | StackKind::I) {
                    return Err(self.invalid("shift of a non-integer"));
                }
                let amt = if ty == types::I32 { self.as_i32(amount)? } else { self.as_i64(amount)? };
                let v = match ins.opcode {
                    O::Shl => self.b.ins().ishl(value.v, amt),
                    O::Shr => self.b.ins().sshr(value.v, amt),
                    _ => self.b.ins().ushr(value.v, amt),
                };
                self.push(v, value.k);
            }
            O::Neg => {
                let a = self.pop()?;
                let v = match a.k {
                    StackKind::F4 | StackKind::F8 => self.b.ins().fneg(a.v),
                    StackKind::I4 | StackKind::I8 | StackKind::I => self.b.ins().ineg(a.v),
                    _ => return Err(self.invalid("neg of a non-number")),
                };
                self.push(v, a.k);
            }
            O::Not => {
                let a = self.pop()?;
                if !matches!(a.k, StackKind::I4 | StackKind::I8 | StackKind::I) {
                    return Err(self.invalid("not of a non-integer"));
                }
                let v = self.b.ins().bnot(a.v);
                self.push(v, a.k);
            }
            O::AddOvf => self.overflow_op(OvfOp::Add)?,
            O::AddOvfUn => self.overflow_op(OvfOp::AddUn)?,
            O::SubOvf => self.overflow_op(OvfOp::Sub)?,
            O::SubOvfUn => self.overflow_op(OvfOp::SubUn)?,
            O::MulOvf => self.overflow_op(OvfOp::Mul)?,
            O::MulOvfUn => self.overflow_op(OvfOp::MulUn)?,
            O::Ceq | O::Cgt | O::CgtUn | O::Clt | O::CltUn => {
                let cmp = match ins.opcode {
                    O::Ceq => Cmp::Eq,
                    O::Cgt => Cmp::Gt,
                    O::CgtUn => Cmp::GtUn,
                    O::Clt => Cmp::Lt,
                    _ => Cmp::LtUn,
                };
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.compare(cmp, a, b)?;
                let v = self.b.ins().uextend(types::I32, c);
                self.push(v, StackKind::I4);
            }
            O::Ckfinite => {
                let a = self.pop()?;
                let diff = self.b.ins().fsub(a.v, a.v);
                // x - x is 0 for finite x and NaN for NaN or ±∞.
                let bad = self.b.ins().fcmp(FloatCC::Unordered, diff, diff);
                self.throw_if(bad, Helper::ThrowArithmetic)?;
                self.push(a.v, a.k);
            }

            // ---- conversions
            O::ConvI1 => self.convert(ConvTo::I1, false, false)?,
            O::ConvU1 => self.convert(ConvTo::U1, false, false)?,
            O::ConvI2 => self.convert(ConvTo::I2, false, false)?,
            O::ConvU2 => self.convert(ConvTo::U2, false, false)?,
            O::ConvI4 => self.convert(ConvTo::I4, false, false)?,
            O::ConvU4 => self.convert(ConvTo::U4, false, false)?,
            O::ConvI8 => self.convert(ConvTo::I8, false, false)?,
            O::ConvU8 => self.convert(ConvTo::U8, false, false)?,
            O::ConvI => self.convert(ConvTo::I, false, false)?,
            O::ConvU => self.convert(ConvTo::U, false, false)?,
            O::ConvR4 => self.convert(ConvTo::R4, false, false)?,
            O::ConvR8 => self.convert(ConvTo::R8, false, false)?,
            O::ConvRUn => self.convert(ConvTo::RUn, false, false)?,
            O::ConvOvfI1 => self.convert(ConvTo::I1, true, false)?,
            O::ConvOvfU1 => self.convert(ConvTo::U1, true, false)?,
            O::ConvOvfI2 => self.convert(ConvTo::I2, true, false)?,
            O::ConvOvfU2 => self.convert(ConvTo::U2, true, false)?,
            O::ConvOvfI4 => self.convert(ConvTo::I4, true, false)?,
            O::ConvOvfU4 => self.convert(ConvTo::U4, true, false)?,
            O::ConvOvfI8 => self.convert(ConvTo::I8, true, false)?,
            O::ConvOvfU8 => self.convert(ConvTo::U8, true, false)?,
            O::ConvOvfI => self.convert(ConvTo::I, true, false)?,
            O::ConvOvfU => self.convert(ConvTo::U, true, false)?,
            O::ConvOvfI1Un => self.convert(ConvTo::I1, true, true)?,
            O::ConvOvfU1Un => self.convert(ConvTo::U1, true, true)?,
            O::ConvOvfI2Un => self.convert(ConvTo::I2, true, true)?,
            O::ConvOvfU2Un => self.convert(ConvTo::U2, true, true)?,
            O::ConvOvfI4Un => self.convert(ConvTo::I4, true, true)?,
            O::ConvOvfU4Un => self.convert(ConvTo::U4, true, true)?,
            O::ConvOvfI8Un => self.convert(ConvTo::I8, true, true)?,
            O::ConvOvfU8Un => self.convert(ConvTo::U8, true, true)?,
            O::ConvOvfIUn => self.convert(ConvTo::I, true, true)?,
            O::ConvOvfUUn => self.convert(ConvTo::U, true, true)?,

            // ---- indirect loads and stores
            O::LdindI1 | O::LdindU1 | O::LdindI2 | O::LdindU2 | O::LdindI4 | O::LdindU4 | O::LdindI8 | O::LdindI | O::LdindR4 | O::LdindR8
            | O::LdindRef => {
                let kind = match ins.opcode {
                    O::LdindI1 => ValueKind::I1,
                    O::LdindU1 => ValueKind::U1,
                    O::LdindI2 => ValueKind::I2,
                    O::LdindU2 => ValueKind::U2,
                    O::LdindI4 => ValueKind::I4,
                    O::LdindU4 => ValueKind::U4,
                    O::LdindI8 => ValueKind::I8,
                    O::LdindI => ValueKind::I,
                    O::LdindR4 => ValueKind::R4,
                    O::LdindR8 => ValueKind::R8,
                    _ => ValueKind::Object,
                };
                let p = self.pop()?;
                let v = self.load_kind(kind, p.v, 0);
                self.push(v, scalar_stack_kind(kind));
            }
            O::StindI1 | O::StindI2 | O::StindI4 | O::StindI8 | O::StindI | O::StindR4 | O::StindR8 | O::StindRef => {
                let kind = match ins.opcode {
                    O::StindI1 => ValueKind::I1,
                    O::StindI2 => ValueKind::I2,
                    O::StindI4 => ValueKind::I4,
                    O::StindI8 => ValueKind::I8,
                    O::StindI => ValueKind::I,
                    O::StindR4 => ValueKind::R4,
                    O::StindR8 => ValueKind::R8,
                    _ => ValueKind::Object,
                };
                let v = self.pop()?;
                let p = self.pop()?;
                let v = self.convert_for_store(v, kind)?;
                self.store_kind(kind, v, p.v, 0);
            }
            O::Ldobj => {
                let ty = self.type_operand(ins)?;
                let p = self.pop()?;
                self.push_load(ty, p.v, 0)?;
            }
            O::Stobj => {
                let ty = self.type_operand(ins)?;
                let v = self.pop()?;
                let p = self.pop()?;
                self.store_value(ty, v, p.v, 0)?;
            }
            O::Cpobj => {
                let ty = self.type_operand(ins)?;
                let src = self.pop()?;
                let dst = self.pop()?;
                let info = self.env.type_info(ty).clone();
                self.copy_memory(dst.v, src.v, info.size, info.align)?;
            }
            O::Initobj => {
                let ty = self.type_operand(ins)?;
                let p = self.pop()?;
                let info = self.env.type_info(ty).clone();
                self.zero_exact(p.v, info.size)?;
            }
            O::Sizeof => {
                let ty = self.type_operand(ins)?;
                let size = self.env.type_info(ty).size;
                self.push_i4(size as i32);
            }
            O::Cpblk => {
                let len = self.pop()?;
                let src = self.pop()?;
                let dst = self.pop()?;
                self.call_helper(Helper::MemCopy, &[dst.v, src.v, len.v])?;
            }
            O::Initblk => {
                let len = self.pop()?;
                let val = self.pop()?;
                let dst = self.pop()?;
                self.call_helper(Helper::MemSet, &[dst.v, val.v, len.v])?;
            }
            O::Localloc => {
                let size = self.pop()?;
                let size = match size.k {
                    StackKind::I4 => self.b.ins().uextend(types::I64, size.v),
                    _ => size.v,
                };
                let p = self.call_helper(Helper::LocallocAlloc, &[size])?.ok_or_else(|| JitError::internal("localloc"))?;
                self.push(p, StackKind::I);
            }

            // ---- fields
            O::Ldfld | O::Ldflda | O::Stfld | O::Ldsfld | O::Ldsflda | O::Stsfld => self.field_op(ins)?,

            // ---- objects and types
            O::Castclass | O::Isinst => {
                let ty = self.type_operand(ins)?;
                let obj = self.pop()?;
                // A boxed Nullable<T> is a boxed T (III.4.3, III.4.6): test against T.
                let info = self.env.type_info(ty);
                let mt = match info.nullable {
                    Some((inner, _)) => self.env.type_info(inner).mt,
                    None => info.mt,
                };
                let mt = self.b.ins().iconst(types::I64, mt as i64);
                let h = if ins.opcode == O::Castclass { Helper::CastClass } else { Helper::IsInst };
                let r = self.call_helper(h, &[mt, obj.v])?.ok_or_else(|| JitError::internal("cast"))?;
                self.push(r, StackKind::Obj);
            }
            O::Box => {
                let ty = self.type_operand(ins)?;
                let v = self.pop()?;
                let info = self.env.type_info(ty).clone();
                if !info.is_value_type {
                    self.push(v.v, StackKind::Obj);
                } else {
                    let addr = match v.k {
                        StackKind::Val(_) => v.v,
                        _ => {
                            let t = self.temp(ty, 3);
                            let sv = self.convert_for_store(v, info.kind)?;
                            self.store_kind(info.kind, sv, t, 0);
                            t
                        }
                    };
                    let mt = self.b.ins().iconst(types::I64, info.mt as i64);
                    let r = self.call_helper(Helper::Box, &[mt, addr])?.ok_or_else(|| JitError::internal("box"))?;
                    self.push(r, StackKind::Obj);
                }
            }
            O::Unbox => {
                let ty = self.type_operand(ins)?;
                let obj = self.pop()?;
                let info = self.env.type_info(ty).clone();
                let mt = self.b.ins().iconst(types::I64, info.mt as i64);
                if info.nullable.is_some() {
                    // A box holds a T, not a Nullable<T>: unbox into a fresh Nullable<T>
                    // and push its address (as CoreCLR does).
                    let t = self.temp(ty, 4);
                    self.call_helper(Helper::UnboxNullable, &[t, mt, obj.v])?;
                    self.push(t, StackKind::Ref);
                } else {
                    let r = self.call_helper(Helper::Unbox, &[mt, obj.v])?.ok_or_else(|| JitError::internal("unbox"))?;
                    self.push(r, StackKind::Ref);
                }
            }
            O::UnboxAny => {
                let ty = self.type_operand(ins)?;
                let obj = self.pop()?;
                let info = self.env.type_info(ty).clone();
                let mt = self.b.ins().iconst(types::I64, info.mt as i64);
                if !info.is_value_type {
                    let r = self.call_helper(Helper::CastClass, &[mt, obj.v])?.ok_or_else(|| JitError::internal("cast"))?;
                    self.push(r, StackKind::Obj);
                } else if info.nullable.is_some() {
                    let t = self.temp(ty, 4);
                    self.call_helper(Helper::UnboxNullable, &[t, mt, obj.v])?;
                    self.push(t, StackKind::Val(ty));
                } else {
                    let p = self.call_helper(Helper::Unbox, &[mt, obj.v])?.ok_or_else(|| JitError::internal("unbox"))?;
                    self.push_load(ty, p, 0)?;
                }
            }
            O::Ldtoken => {
                let Operand::Token(t) = ins.operand else { return Err(self.invalid("ldtoken operand")) };
                let h = self.env.resolve_token_handle(t)?;
                let tmp = self.temp(h.ty, 0);
                let v = self.b.ins().iconst(types::I64, h.value as i64);
                self.b.ins().store(flags(), v, tmp, 0);
                self.push(tmp, StackKind::Val(h.ty));
            }
            O::Mkrefany => {
                let ty = self.type_operand(ins)?;
                let p = self.pop()?;
                let tr = self.env.well_known(WellKnown::TypedReference);
                let tmp = self.temp(tr, 0);
                let mt = self.env.type_info(ty).mt;
                let mt = self.b.ins().iconst(types::I64, mt as i64);
                self.b.ins().store(flags(), p.v, tmp, 0);
                self.b.ins().store(flags(), mt, tmp, 8);
                self.push(tmp, StackKind::Val(tr));
            }
            O::Refanyval => {
                let ty = self.type_operand(ins)?;
                let r = self.pop()?;
                let mt = self.env.type_info(ty).mt;
                let actual = self.b.ins().load(types::I64, flags(), r.v, 8);
                let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, actual, mt as i64);
                self.throw_if(bad, Helper::ThrowInvalidCast)?;
                let p = self.b.ins().load(types::I64, flags(), r.v, 0);
                self.push(p, StackKind::Ref);
            }
            O::Refanytype => {
                let r = self.pop()?;
                let h = self.env.well_known(WellKnown::RuntimeTypeHandle);
                let tmp = self.temp(h, 0);
                let t = self.b.ins().load(types::I64, flags(), r.v, 8);
                self.b.ins().store(flags(), t, tmp, 0);
                self.push(tmp, StackKind::Val(h));
            }
            O::Arglist => return Err(self.unsupported("arglist (varargs are Windows-only in CoreCLR)")),

            // ---- arrays
            O::Newarr => {
                let elem = self.type_operand(ins)?;
                let len = self.pop()?;
                let arr_ty = self.env.sz_array_of(elem)?;
                let mt = self.env.type_info(arr_ty).mt;
                let mt = self.b.ins().iconst(types::I64, mt as i64);
                let len = self.as_i64(len)?;
                let a = self.call_helper(Helper::AllocArray, &[mt, len])?.ok_or_else(|| JitError::internal("newarr"))?;
                self.push(a, StackKind::Obj);
            }
            O::Ldlen => {
                let a = self.pop()?;
                let len = self.b.ins().load(types::I32, flags(), a.v, 8);
                let len = self.b.ins().uextend(types::I64, len);
                self.push(len, StackKind::I);
            }
            O::Ldelema => {
                let ty = self.type_operand(ins)?;
                let readonly = std::mem::take(&mut self.readonly);
                let idx = self.pop()?;
                let arr = self.pop()?;
                let info = self.env.type_info(ty).clone();
                if !info.is_value_type && !readonly {
                    let idx = self.as_i64(idx)?;
                    let mt = self.b.ins().iconst(types::I64, info.mt as i64);
                    let p = self.call_helper(Helper::LdelemaRef, &[arr.v, idx, mt])?.ok_or_else(|| JitError::internal("ldelema"))?;
                    self.push(p, StackKind::Ref);
                } else {
                    let p = self.element_address(arr.v, idx, info.size)?;
                    self.push(p, StackKind::Ref);
                }
            }
            O::LdelemI1 | O::LdelemU1 | O::LdelemI2 | O::LdelemU2 | O::LdelemI4 | O::LdelemU4 | O::LdelemI8 | O::LdelemI | O::LdelemR4
            | O::LdelemR8 | O::LdelemRef => {
                let kind = match ins.opcode {
                    O::LdelemI1 => ValueKind::I1,
                    O::LdelemU1 => ValueKind::U1,
                    O::LdelemI2 => ValueKind::I2,
                    O::LdelemU2 => ValueKind::U2,
                    O::LdelemI4 => ValueKind::I4,
                    O::LdelemU4 => ValueKind::U4,
                    O::LdelemI8 => ValueKind::I8,
                    O::LdelemI => ValueKind::I,
                    O::LdelemR4 => ValueKind::R4,
                    O::LdelemR8 => ValueKind::R8,
                    _ => ValueKind::Object,
                };
                let idx = self.pop()?;
                let arr = self.pop()?;
                let p = self.element_address(arr.v, idx, kind_size(kind))?;
                let v = self.load_kind(kind, p, 0);
                self.push(v, scalar_stack_kind(kind));
            }
            O::Ldelem => {
                let ty = self.type_operand(ins)?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let size = self.env.type_info(ty).size;
                let p = self.element_address(arr.v, idx, size)?;
                self.push_load(ty, p, 0)?;
            }
            O::StelemI | O::StelemI1 | O::StelemI2 | O::StelemI4 | O::StelemI8 | O::StelemR4 | O::StelemR8 => {
                let kind = match ins.opcode {
                    O::StelemI1 => ValueKind::I1,
                    O::StelemI2 => ValueKind::I2,
                    O::StelemI4 => ValueKind::I4,
                    O::StelemI8 => ValueKind::I8,
                    O::StelemI => ValueKind::I,
                    O::StelemR4 => ValueKind::R4,
                    _ => ValueKind::R8,
                };
                let v = self.pop()?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let p = self.element_address(arr.v, idx, kind_size(kind))?;
                let v = self.convert_for_store(v, kind)?;
                self.store_kind(kind, v, p, 0);
            }
            O::StelemRef => {
                let v = self.pop()?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let idx = self.as_i64(idx)?;
                self.call_helper(Helper::StelemRef, &[arr.v, idx, v.v])?;
            }
            O::Stelem => {
                let ty = self.type_operand(ins)?;
                let v = self.pop()?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let info = self.env.type_info(ty).clone();
                if !info.is_value_type {
                    let idx = self.as_i64(idx)?;
                    self.call_helper(Helper::StelemRef, &[arr.v, idx, v.v])?;
                } else {
                    let p = self.element_address(arr.v, idx, info.size)?;
                    self.store_value(ty, v, p, 0)?;
                }
            }
        }
        if !matches!(ins.opcode, O::Constrained | O::Readonly | O::Tail | O::Volatile | O::Unaligned | O::No) {
            self.constrained = None;
            self.readonly = false;
            self.tail = false;
        }
        Ok(())
    }

    fn push_i4(&mut self, n: i32) {
        let v = self.b.ins().iconst(types::I32, i64::from(n));
        self.push(v, StackKind::I4);
    }

    fn type_operand(&mut self, ins: &Instruction<'_>) -> Result<TypeRef> {
        let Operand::Token(t) = ins.operand else { return Err(self.invalid("expected a type token")) };
        Ok(self.env.resolve_type(t)?)
    }

    fn zero_exact(&mut self, dst: Value, size: u32) -> Result<()> {
        // `initobj` may target a field inside a larger object: write exactly `size` bytes.
        if size > 256 {
            let zero = self.b.ins().iconst(types::I32, 0);
            let len = self.b.ins().iconst(types::I64, i64::from(size));
            self.call_helper(Helper::MemSet, &[dst, zero, len])?;
            return Ok(());
        }
        let mut off = 0u32;
        while off < size {
            let rem = size - off;
            let (ty, step) = if rem >= 8 {
                (types::I64, 8)
            } else if rem >= 4 {
                (types::I32, 4)
            } else if rem >= 2 {
                (types::I16, 2)
            } else {
                (types::I8, 1)
            };
            let z = self.b.ins().iconst(ty, 0);
            self.b.ins().store(flags(), z, dst, off as i32);
            off += step;
        }
        Ok(())
    }

    /// `array + 16 + index * size`, after the bounds check (which also faults on null).
    fn element_address(&mut self, arr: Value, idx: Sv, size: u32) -> Result<Value> {
        let len = self.b.ins().load(types::I32, flags(), arr, 8);
        let len = self.b.ins().uextend(types::I64, len);
        let i = self.as_i64(idx)?;
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.throw_if(oob, Helper::ThrowIndexOutOfRange)?;
        let scaled = self.b.ins().imul_imm_s(i, i64::from(size));
        let base = self.b.ins().iadd(arr, scaled);
        Ok(self.b.ins().iadd_imm_s(base, 16))
    }

    fn translate_ret(&mut self) -> Result<()> {
        let ret_ty = self.input.sig.ret;
        let info = self.env.type_info(ret_ty).clone();
        let mut results = Vec::new();
        match self.lowered.ret.clone() {
            Returning::Void => {}
            Returning::Scalar(_) => {
                let v = self.pop()?;
                let v = self.convert_for_store(v, info.kind)?;
                results.push(v);
            }
            Returning::Regs(parts) => {
                let v = self.pop()?;
                let addr = self.struct_address(v, ret_ty)?;
                for e in parts {
                    results.push(self.b.ins().load(e.ty, flags(), addr, e.offset as i32));
                }
            }
            Returning::Buffer => {
                let v = self.pop()?;
                let buf_var = self.ret_buf.ok_or_else(|| JitError::internal("return buffer"))?;
                let buf = self.b.use_var(buf_var);
                self.copy_memory(buf, v.v, info.size, info.align)?;
                results.push(buf);
            }
        }
        if !self.stack.is_empty() {
            return Err(self.invalid("stack not empty at ret"));
        }
        if let Some(mark) = self.localloc_mark {
            let m = self.b.use_var(mark);
            self.call_helper(Helper::LocallocRelease, &[m])?;
        }
        self.b.ins().return_(&results);
        self.reachable = false;
        Ok(())
    }

    fn field_op(&mut self, ins: &Instruction<'_>) -> Result<()> {
        use Opcode as O;
        let Operand::Token(t) = ins.operand else { return Err(self.invalid("field operand")) };
        let field = self.env.resolve_field(t)?;
        let value = if matches!(ins.opcode, O::Stfld | O::Stsfld) { Some(self.pop()?) } else { None };
        let addr = match field.storage {
            FieldStorage::Instance { offset } => {
                if matches!(ins.opcode, O::Ldsfld | O::Ldsflda | O::Stsfld) {
                    return Err(self.invalid("static field instruction on an instance field"));
                }
                let obj = self.pop()?;
                match obj.k {
                    StackKind::Obj => {
                        // Past the MethodTable pointer: class fields and a boxed value's
                        // fields both start there.
                        let base = 8;
                        let a = self.b.ins().iadd_imm_s(obj.v, i64::from(offset + base));
                        // A null object faults on the access (no explicit check), except
                        // for ldflda, whose result might not be dereferenced: check it.
                        if ins.opcode == O::Ldflda {
                            self.null_check(obj.v)?;
                        }
                        a
                    }
                    StackKind::Ref | StackKind::I | StackKind::Val(_) => {
                        if ins.opcode == O::Ldflda && obj.k == StackKind::Ref {
                            self.null_check(obj.v)?;
                        }
                        self.b.ins().iadd_imm_s(obj.v, i64::from(offset))
                    }
                    k => return Err(self.invalid(format!("field access on a {k:?}"))),
                }
            }
            FieldStorage::Static { address, boxed, init } => {
                if matches!(ins.opcode, O::Ldfld | O::Ldflda | O::Stfld) {
                    // Instance instructions on a static field: the object is ignored.
                    self.pop()?;
                }
                if let Some(check) = init {
                    self.emit_init_check(check)?;
                }
                let a = self.b.ins().iconst(types::I64, address as i64);
                if boxed {
                    let obj = self.b.ins().load(types::I64, TRUSTED, a, 0);
                    self.b.ins().iadd_imm_s(obj, 8)
                } else {
                    a
                }
            }
        };
        match ins.opcode {
            O::Ldfld | O::Ldsfld => self.push_load(field.ty, addr, 0)?,
            O::Ldflda | O::Ldsflda => self.push(addr, StackKind::Ref),
            _ => {
                let v = value.ok_or_else(|| JitError::internal("store without a value"))?;
                self.store_value(field.ty, v, addr, 0)?;
            }
        }
        Ok(())
    }

    fn int_or_float(&mut self, op: IntOp) -> Result<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        let (a, b, k) = self.binary_operands(a, b)?;
        let is_float = matches!(k, StackKind::F4 | StackKind::F8);
        let v = if is_float {
            match op {
                IntOp::Add => self.b.ins().fadd(a, b),
                IntOp::Sub => self.b.ins().fsub(a, b),
                IntOp::Mul => self.b.ins().fmul(a, b),
                IntOp::Div | IntOp::DivUn => self.b.ins().fdiv(a, b),
                IntOp::Rem | IntOp::RemUn => {
                    let h = if k == StackKind::F4 { Helper::FModF } else { Helper::FMod };
                    self.call_helper(h, &[a, b])?.ok_or_else(|| JitError::internal("fmod"))?
                }
                _ => return Err(self.invalid("bitwise operation on floats")),
            }
        } else {
            match op {
                IntOp::Add => self.b.ins().iadd(a, b),
                IntOp::Sub => self.b.ins().isub(a, b),
                IntOp::Mul => self.b.ins().imul(a, b),
                IntOp::And => self.b.ins().band(a, b),
                IntOp::Or => self.b.ins().bor(a, b),
                IntOp::Xor => self.b.ins().bxor(a, b),
                IntOp::Div | IntOp::Rem | IntOp::DivUn | IntOp::RemUn => {
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                    self.throw_if(zero, Helper::ThrowDivideByZero)?;
                    if matches!(op, IntOp::Div | IntOp::Rem) {
                        // MIN / -1 overflows (x64 faults; CoreCLR throws OverflowException).
                        let ty = self.b.func.dfg.value_type(a);
                        let min = if ty == types::I32 { i64::from(i32::MIN) } else { i64::MIN };
                        let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, min);
                        let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                        let both = self.b.ins().band(is_min, is_m1);
                        self.throw_if(both, Helper::ThrowOverflow)?;
                    }
                    match op {
                        IntOp::Div => self.b.ins().sdiv(a, b),
                        IntOp::Rem => self.b.ins().srem(a, b),
                        IntOp::DivUn => self.b.ins().udiv(a, b),
                        _ => self.b.ins().urem(a, b),
                    }
                }
            }
        };
        self.push(v, k);
        Ok(())
    }

    /// Brings two operands to a common kind (III.1.5 tables) and returns the result kind.
    fn binary_operands(&mut self, a: Sv, b: Sv) -> Result<(Value, Value, StackKind)> {
        use StackKind as K;
        Ok(match (a.k, b.k) {
            (x, y) if x == y && !matches!(x, K::Val(_) | K::Obj) => (a.v, b.v, x),
            (K::F4, K::F8) => (self.b.ins().fpromote(types::F64, a.v), b.v, K::F8),
            (K::F8, K::F4) => (a.v, self.b.ins().fpromote(types::F64, b.v), K::F8),
            (K::I4, K::I | K::Ref) => (self.b.ins().sextend(types::I64, a.v), b.v, b.k),
            (K::I | K::Ref, K::I4) => (a.v, self.b.ins().sextend(types::I64, b.v), a.k),
            (K::I, K::Ref) | (K::Ref, K::I) => (a.v, b.v, K::Ref),
            (K::Ref, K::Ref) => (a.v, b.v, K::I),
            (K::Obj, K::Obj) => (a.v, b.v, K::I),
            (K::I8, K::I) | (K::I, K::I8) => (a.v, b.v, K::I8),
            (x, y) => return Err(self.invalid(format!("binary operation on {x:?} and {y:?}"))),
        })
    }

    fn overflow_op(&mut self, op: OvfOp) -> Result<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        let (a, b, k) = self.binary_operands(a, b)?;
        if !matches!(k, StackKind::I4 | StackKind::I8 | StackKind::I) {
            return Err(self.invalid("overflow-checked arithmetic on non-integers"));
        }
        let (v, of) = match op {
            OvfOp::Add => self.b.ins().sadd_overflow(a, b),
            OvfOp::AddUn => self.b.ins().uadd_overflow(a, b),
            OvfOp::Sub => self.b.ins().ssub_overflow(a, b),
            OvfOp::SubUn => self.b.ins().usub_overflow(a, b),
            OvfOp::Mul => self.b.ins().smul_overflow(a, b),
            OvfOp::MulUn => self.b.ins().umul_overflow(a, b),
        };
        self.throw_if(of, Helper::ThrowOverflow)?;
        self.push(v, k);
        Ok(())
    }

    fn compare(&mut self, cmp: Cmp, a: Sv, b: Sv) -> Result<Value> {
        let (a, b, k) = self.binary_operands(a, b)?;
        Ok(if matches!(k, StackKind::F4 | StackKind::F8) {
            let cc = match cmp {
                Cmp::Eq => FloatCC::Equal,
                Cmp::NeUn => FloatCC::NotEqual,
                Cmp::Gt => FloatCC::GreaterThan,
                Cmp::Ge => FloatCC::GreaterThanOrEqual,
                Cmp::Lt => FloatCC::LessThan,
                Cmp::Le => FloatCC::LessThanOrEqual,
                Cmp::GtUn => FloatCC::UnorderedOrGreaterThan,
                Cmp::GeUn => FloatCC::UnorderedOrGreaterThanOrEqual,
                Cmp::LtUn => FloatCC::UnorderedOrLessThan,
                Cmp::LeUn => FloatCC::UnorderedOrLessThanOrEqual,
            };
            self.b.ins().fcmp(cc, a, b)
        } else {
            let cc = match cmp {
                Cmp::Eq => IntCC::Equal,
                Cmp::NeUn => IntCC::NotEqual,
                Cmp::Gt => IntCC::SignedGreaterThan,
                Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
                Cmp::Lt => IntCC::SignedLessThan,
                Cmp::Le => IntCC::SignedLessThanOrEqual,
                Cmp::GtUn => IntCC::UnsignedGreaterThan,
                Cmp::GeUn => IntCC::UnsignedGreaterThanOrEqual,
                Cmp::LtUn => IntCC::UnsignedLessThan,
                Cmp::LeUn => IntCC::UnsignedLessThanOrEqual,
            };
            self.b.ins().icmp(cc, a, b)
        })
    }

    fn convert(&mut self, to: ConvTo, checked: bool, from_unsigned: bool) -> Result<()> {
        let a = self.pop()?;
        let is_float = matches!(a.k, StackKind::F4 | StackKind::F8);
        let (v, k) = if is_float {
            self.convert_float(a, to, checked)?
        } else {
            self.convert_int(a, to, checked, from_unsigned)?
        };
        self.push(v, k);
        Ok(())
    }

    fn convert_int(&mut self, a: Sv, to: ConvTo, checked: bool, from_unsigned: bool) -> Result<(Value, StackKind)> {
        if !matches!(a.k, StackKind::I4 | StackKind::I8 | StackKind::I | StackKind::Ref | StackKind::Obj) {
            return Err(self.invalid(format!("conversion of a {:?}", a.k)));
        }
        let src_bits = if a.k == StackKind::I4 { 32 } else { 64 };
        // The source as an i64, extended per the source's signedness for range checks.
        let wide = if src_bits == 32 {
            if from_unsigned { self.b.ins().uextend(types::I64, a.v) } else { self.b.ins().sextend(types::I64, a.v) }
        } else {
            a.v
        };
        if checked {
            let (lo, hi): (i128, i128) = match to {
                ConvTo::I1 => (i8::MIN.into(), i8::MAX.into()),
                ConvTo::U1 => (0, u8::MAX.into()),
                ConvTo::I2 => (i16::MIN.into(), i16::MAX.into()),
                ConvTo::U2 => (0, u16::MAX.into()),
                ConvTo::I4 => (i32::MIN.into(), i32::MAX.into()),
                ConvTo::U4 => (0, u32::MAX.into()),
                ConvTo::I8 | ConvTo::I => (i64::MIN.into(), i64::MAX.into()),
                ConvTo::U8 | ConvTo::U => (0, u64::MAX.into()),
                _ => (i128::MIN, i128::MAX),
            };
            self.range_check(wide, src_bits, from_unsigned, lo, hi)?;
        }
        let i32v = |t: &mut Self, v: Value| if t.b.func.dfg.value_type(v) == types::I32 { v } else { t.b.ins().ireduce(types::I32, v) };
        Ok(match to {
            ConvTo::I1 | ConvTo::U1 | ConvTo::I2 | ConvTo::U2 => {
                let narrow = if matches!(to, ConvTo::I1 | ConvTo::U1) { types::I8 } else { types::I16 };
                let n = self.b.ins().ireduce(narrow, wide);
                let v = if matches!(to, ConvTo::I1 | ConvTo::I2) { self.b.ins().sextend(types::I32, n) } else { self.b.ins().uextend(types::I32, n) };
                (v, StackKind::I4)
            }
            ConvTo::I4 | ConvTo::U4 => (i32v(self, wide), StackKind::I4),
            ConvTo::I8 | ConvTo::U8 => {
                let v = if src_bits == 32 && (to == ConvTo::U8 || from_unsigned) { self.b.ins().uextend(types::I64, a.v) } else { wide };
                (v, StackKind::I8)
            }
            ConvTo::I | ConvTo::U => {
                let v = if src_bits == 32 && (to == ConvTo::U || from_unsigned) { self.b.ins().uextend(types::I64, a.v) } else { wide };
                (v, StackKind::I)
            }
            ConvTo::R4 | ConvTo::R8 | ConvTo::RUn => {
                let fty = if to == ConvTo::R4 { types::F32 } else { types::F64 };
                let src = if src_bits == 32 { if to == ConvTo::RUn { self.b.ins().uextend(types::I64, a.v) } else { wide } } else { a.v };
                let v = if to == ConvTo::RUn || from_unsigned { self.b.ins().fcvt_from_uint(fty, src) } else { self.b.ins().fcvt_from_sint(fty, src) };
                (v, if to == ConvTo::R4 { StackKind::F4 } else { StackKind::F8 })
            }
        })
    }

    /// Throws OverflowException unless `lo <= v <= hi` (v interpreted as signed or unsigned).
    fn range_check(&mut self, v: Value, _src_bits: u32, unsigned: bool, lo: i128, hi: i128) -> Result<()> {
        let mut bad: Option<Value> = None;
        let mut or = |t: &mut Self, c: Value| {
            bad = Some(match bad {
                Some(b) => t.b.ins().bor(b, c),
                None => c,
            });
        };
        if unsigned {
            // v is a u64; lo is ≥ 0 or irrelevant.
            if hi < i128::from(u64::MAX) {
                let c = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, v, hi as i64);
                or(self, c);
            }
        } else {
            if lo > i128::from(i64::MIN) {
                let c = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, lo as i64);
                or(self, c);
            }
            if hi < i128::from(i64::MAX) {
                let c = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, v, hi as i64);
                or(self, c);
            }
        }
        if let Some(b) = bad {
            self.throw_if(b, Helper::ThrowOverflow)?;
        }
        Ok(())
    }

    fn convert_float(&mut self, a: Sv, to: ConvTo, checked: bool) -> Result<(Value, StackKind)> {
        let x = if a.k == StackKind::F4 && !matches!(to, ConvTo::R4) { self.b.ins().fpromote(types::F64, a.v) } else { a.v };
        if checked && !matches!(to, ConvTo::R4 | ConvTo::R8 | ConvTo::RUn) {
            // NaN or out of range (after truncation toward zero) overflows.
            let (lo, hi): (f64, f64) = match to {
                ConvTo::I1 => (-129.0, 128.0),
                ConvTo::U1 => (-1.0, 256.0),
                ConvTo::I2 => (-32769.0, 32768.0),
                ConvTo::U2 => (-1.0, 65536.0),
                ConvTo::I4 => (-2147483649.0, 2147483648.0),
                ConvTo::U4 => (-1.0, 4294967296.0),
                ConvTo::I8 | ConvTo::I => (-9223372036854777856.0, 9223372036854775808.0),
                _ => (-1.0, 18446744073709551616.0),
            };
            let lo_v = self.b.ins().f64const(lo);
            let hi_v = self.b.ins().f64const(hi);
            // ok when lo < x < hi (false for NaN)
            let gt = self.b.ins().fcmp(FloatCC::GreaterThan, x, lo_v);
            let lt = self.b.ins().fcmp(FloatCC::LessThan, x, hi_v);
            let ok = self.b.ins().band(gt, lt);
            let bad = self.b.ins().bxor_imm_s(ok, 1);
            self.throw_if(bad, Helper::ThrowOverflow)?;
        }
        Ok(match to {
            ConvTo::R4 => (if a.k == StackKind::F8 { self.b.ins().fdemote(types::F32, a.v) } else { a.v }, StackKind::F4),
            ConvTo::R8 | ConvTo::RUn => (x, StackKind::F8),
            // .NET 9+ converts floating point to integers with saturation (NaN → 0); small
            // targets go through int32, as RyuJIT does.
            ConvTo::I1 | ConvTo::U1 | ConvTo::I2 | ConvTo::U2 => {
                let i = self.b.ins().fcvt_to_sint_sat(types::I32, x);
                let narrow = if matches!(to, ConvTo::I1 | ConvTo::U1) { types::I8 } else { types::I16 };
                let n = self.b.ins().ireduce(narrow, i);
                let v = if matches!(to, ConvTo::I1 | ConvTo::I2) { self.b.ins().sextend(types::I32, n) } else { self.b.ins().uextend(types::I32, n) };
                (v, StackKind::I4)
            }
            ConvTo::I4 => (self.b.ins().fcvt_to_sint_sat(types::I32, x), StackKind::I4),
            ConvTo::U4 => (self.b.ins().fcvt_to_uint_sat(types::I32, x), StackKind::I4),
            ConvTo::I8 => (self.b.ins().fcvt_to_sint_sat(types::I64, x), StackKind::I8),
            ConvTo::U8 => (self.b.ins().fcvt_to_uint_sat(types::I64, x), StackKind::I8),
            ConvTo::I => (self.b.ins().fcvt_to_sint_sat(types::I64, x), StackKind::I),
            ConvTo::U => (self.b.ins().fcvt_to_uint_sat(types::I64, x), StackKind::I),
        })
    }
}

/// Comparison conditions of `ceq`/`cgt`/`clt` and the conditional branches.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmp {
    Eq,
    NeUn,
    Gt,
    Ge,
    Lt,
    Le,
    GtUn,
    GeUn,
    LtUn,
    LeUn,
}

fn scalar_stack_kind(kind: ValueKind) -> StackKind {
    match kind {
        k if k.is_small_int() => StackKind::I4,
        ValueKind::I8 | ValueKind::U8 => StackKind::I8,
        ValueKind::R4 => StackKind::F4,
        ValueKind::R8 => StackKind::F8,
        ValueKind::Object => StackKind::Obj,
        ValueKind::ByRef => StackKind::Ref,
        _ => StackKind::I,
    }
}

fn kind_size(kind: ValueKind) -> u32 {
    match kind {
        ValueKind::Bool | ValueKind::I1 | ValueKind::U1 => 1,
        ValueKind::Char | ValueKind::I2 | ValueKind::U2 => 2,
        ValueKind::I4 | ValueKind::U4 | ValueKind::R4 => 4,
        _ => 8,
    }
}
