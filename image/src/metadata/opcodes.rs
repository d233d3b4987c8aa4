//! The CIL opcode table (ECMA-335 Partition III): every one-byte opcode and every
//! `0xFE`-prefixed one, as a typed enum with its name, operand kind, stack effect and
//! control-flow kind. This is data, shared by the IL decoder, the IL dump and the JIT.

use std::fmt;

/// The kind of inline operand an opcode takes (III.1.2, `opcode.def`'s `Inline*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandKind {
    /// No operand.
    None,
    /// A signed 8-bit integer (`ldc.i4.s`).
    I8,
    /// An unsigned 8-bit integer (`unaligned.` alignment, `no.` check mask).
    U8,
    /// A 32-bit integer.
    I32,
    /// A 64-bit integer.
    I64,
    /// A 32-bit float.
    R4,
    /// A 64-bit float.
    R8,
    /// A 1-byte signed branch offset.
    BranchShort,
    /// A 4-byte signed branch offset.
    BranchLong,
    /// A `switch` jump table: count, then that many 4-byte offsets.
    Switch,
    /// A method token (MethodDef, MemberRef or MethodSpec).
    Method,
    /// A field token (Field or MemberRef).
    Field,
    /// A type token (TypeDef, TypeRef or TypeSpec).
    Type,
    /// A user-string token (`0x70xxxxxx`).
    String,
    /// A StandAloneSig token (`calli`).
    Sig,
    /// Any of type, method or field token (`ldtoken`).
    Tok,
    /// A 1-byte argument or local number.
    VarShort,
    /// A 2-byte argument or local number.
    VarLong,
}

impl OperandKind {
    /// Encoded size of the operand in bytes (`None` for `switch`, whose size depends on
    /// its count).
    pub fn size(self) -> Option<u32> {
        Some(match self {
            OperandKind::None => 0,
            OperandKind::I8 | OperandKind::U8 | OperandKind::BranchShort | OperandKind::VarShort => 1,
            OperandKind::VarLong => 2,
            OperandKind::I32
            | OperandKind::R4
            | OperandKind::BranchLong
            | OperandKind::Method
            | OperandKind::Field
            | OperandKind::Type
            | OperandKind::String
            | OperandKind::Sig
            | OperandKind::Tok => 4,
            OperandKind::I64 | OperandKind::R8 => 8,
            OperandKind::Switch => return None,
        })
    }

    /// True for token operands.
    pub fn is_token(self) -> bool {
        matches!(
            self,
            OperandKind::Method | OperandKind::Field | OperandKind::Type | OperandKind::String | OperandKind::Sig | OperandKind::Tok
        )
    }
}

/// How an instruction affects control flow (`opcode.def`'s FLOW column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowKind {
    /// Falls through to the next instruction.
    Next,
    /// Unconditional branch (`br`, `leave`).
    Branch,
    /// Conditional branch (including `switch`).
    CondBranch,
    /// A call; execution continues after it.
    Call,
    /// Leaves the method or handler (`ret`, `endfinally`, `endfilter`, `jmp`).
    Return,
    /// Throws (`throw`, `rethrow`).
    Throw,
    /// Debugger break.
    Break,
    /// A prefix modifying the next instruction.
    Prefix,
}

/// Number of stack slots an instruction pops or pushes; `VAR` when it depends on a
/// signature (calls, `ret`).
pub type StackCount = i8;

/// Stack count that depends on the call signature or method return type.
pub const VAR: StackCount = -1;

/// Static description of one opcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpcodeInfo {
    /// ILAsm name, e.g. `ldc.i4.s`.
    pub name: &'static str,
    /// Encoding: the byte for one-byte opcodes, `0xFEnn` for two-byte ones.
    pub code: u16,
    /// Inline operand.
    pub operand: OperandKind,
    /// Slots popped (`VAR` = signature-dependent).
    pub pops: StackCount,
    /// Slots pushed (`VAR` = signature-dependent).
    pub pushes: StackCount,
    /// Control flow.
    pub flow: FlowKind,
}

macro_rules! opcodes {
    ($($variant:ident = $code:literal, $name:literal, $op:ident, $pop:expr, $push:expr, $flow:ident;)*) => {
        /// A CIL opcode. The discriminant is the encoding (`0xFEnn` for two-byte opcodes).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        #[allow(missing_docs)]
        pub enum Opcode {
            $($variant = $code,)*
        }

        impl Opcode {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The static description of this opcode.
            pub const fn info(self) -> OpcodeInfo {
                match self {
                    $(Opcode::$variant => OpcodeInfo {
                        name: $name,
                        code: $code,
                        operand: OperandKind::$op,
                        pops: $pop,
                        pushes: $push,
                        flow: FlowKind::$flow,
                    },)*
                }
            }
        }
    };
}

const V: StackCount = VAR;

opcodes! {
    Nop = 0x00, "nop", None, 0, 0, Next;
    Break = 0x01, "break", None, 0, 0, Break;
    Ldarg0 = 0x02, "ldarg.0", None, 0, 1, Next;
    Ldarg1 = 0x03, "ldarg.1", None, 0, 1, Next;
    Ldarg2 = 0x04, "ldarg.2", None, 0, 1, Next;
    Ldarg3 = 0x05, "ldarg.3", None, 0, 1, Next;
    Ldloc0 = 0x06, "ldloc.0", None, 0, 1, Next;
    Ldloc1 = 0x07, "ldloc.1", None, 0, 1, Next;
    Ldloc2 = 0x08, "ldloc.2", None, 0, 1, Next;
    Ldloc3 = 0x09, "ldloc.3", None, 0, 1, Next;
    Stloc0 = 0x0a, "stloc.0", None, 1, 0, Next;
    Stloc1 = 0x0b, "stloc.1", None, 1, 0, Next;
    Stloc2 = 0x0c, "stloc.2", None, 1, 0, Next;
    Stloc3 = 0x0d, "stloc.3", None, 1, 0, Next;
    LdargS = 0x0e, "ldarg.s", VarShort, 0, 1, Next;
    LdargaS = 0x0f, "ldarga.s", VarShort, 0, 1, Next;
    StargS = 0x10, "starg.s", VarShort, 1, 0, Next;
    LdlocS = 0x11, "ldloc.s", VarShort, 0, 1, Next;
    LdlocaS = 0x12, "ldloca.s", VarShort, 0, 1, Next;
    StlocS = 0x13, "stloc.s", VarShort, 1, 0, Next;
    Ldnull = 0x14, "ldnull", None, 0, 1, Next;
    LdcI4M1 = 0x15, "ldc.i4.m1", None, 0, 1, Next;
    LdcI4_0 = 0x16, "ldc.i4.0", None, 0, 1, Next;
    LdcI4_1 = 0x17, "ldc.i4.1", None, 0, 1, Next;
    LdcI4_2 = 0x18, "ldc.i4.2", None, 0, 1, Next;
    LdcI4_3 = 0x19, "ldc.i4.3", None, 0, 1, Next;
    LdcI4_4 = 0x1a, "ldc.i4.4", None, 0, 1, Next;
    LdcI4_5 = 0x1b, "ldc.i4.5", None, 0, 1, Next;
    LdcI4_6 = 0x1c, "ldc.i4.6", None, 0, 1, Next;
    LdcI4_7 = 0x1d, "ldc.i4.7", None, 0, 1, Next;
    LdcI4_8 = 0x1e, "ldc.i4.8", None, 0, 1, Next;
    LdcI4S = 0x1f, "ldc.i4.s", I8, 0, 1, Next;
    LdcI4 = 0x20, "ldc.i4", I32, 0, 1, Next;
    LdcI8 = 0x21, "ldc.i8", I64, 0, 1, Next;
    LdcR4 = 0x22, "ldc.r4", R4, 0, 1, Next;
    LdcR8 = 0x23, "ldc.r8", R8, 0, 1, Next;
    Dup = 0x25, "dup", None, 1, 2, Next;
    Pop = 0x26, "pop", None, 1, 0, Next;
    Jmp = 0x27, "jmp", Method, 0, 0, Return;
    Call = 0x28, "call", Method, V, V, Call;
    Calli = 0x29, "calli", Sig, V, V, Call;
    Ret = 0x2a, "ret", None, V, 0, Return;
    BrS = 0x2b, "br.s", BranchShort, 0, 0, Branch;
    BrfalseS = 0x2c, "brfalse.s", BranchShort, 1, 0, CondBranch;
    BrtrueS = 0x2d, "brtrue.s", BranchShort, 1, 0, CondBranch;
    BeqS = 0x2e, "beq.s", BranchShort, 2, 0, CondBranch;
    BgeS = 0x2f, "bge.s", BranchShort, 2, 0, CondBranch;
    BgtS = 0x30, "bgt.s", BranchShort, 2, 0, CondBranch;
    BleS = 0x31, "ble.s", BranchShort, 2, 0, CondBranch;
    BltS = 0x32, "blt.s", BranchShort, 2, 0, CondBranch;
    BneUnS = 0x33, "bne.un.s", BranchShort, 2, 0, CondBranch;
    BgeUnS = 0x34, "bge.un.s", BranchShort, 2, 0, CondBranch;
    BgtUnS = 0x35, "bgt.un.s", BranchShort, 2, 0, CondBranch;
    BleUnS = 0x36, "ble.un.s", BranchShort, 2, 0, CondBranch;
    BltUnS = 0x37, "blt.un.s", BranchShort, 2, 0, CondBranch;
    Br = 0x38, "br", BranchLong, 0, 0, Branch;
    Brfalse = 0x39, "brfalse", BranchLong, 1, 0, CondBranch;
    Brtrue = 0x3a, "brtrue", BranchLong, 1, 0, CondBranch;
    Beq = 0x3b, "beq", BranchLong, 2, 0, CondBranch;
    Bge = 0x3c, "bge", BranchLong, 2, 0, CondBranch;
    Bgt = 0x3d, "bgt", BranchLong, 2, 0, CondBranch;
    Ble = 0x3e, "ble", BranchLong, 2, 0, CondBranch;
    Blt = 0x3f, "blt", BranchLong, 2, 0, CondBranch;
    BneUn = 0x40, "bne.un", BranchLong, 2, 0, CondBranch;
    BgeUn = 0x41, "bge.un", BranchLong, 2, 0, CondBranch;
    BgtUn = 0x42, "bgt.un", BranchLong, 2, 0, CondBranch;
    BleUn = 0x43, "ble.un", BranchLong, 2, 0, CondBranch;
    BltUn = 0x44, "blt.un", BranchLong, 2, 0, CondBranch;
    Switch = 0x45, "switch", Switch, 1, 0, CondBranch;
    LdindI1 = 0x46, "ldind.i1", None, 1, 1, Next;
    LdindU1 = 0x47, "ldind.u1", None, 1, 1, Next;
    LdindI2 = 0x48, "ldind.i2", None, 1, 1, Next;
    LdindU2 = 0x49, "ldind.u2", None, 1, 1, Next;
    LdindI4 = 0x4a, "ldind.i4", None, 1, 1, Next;
    LdindU4 = 0x4b, "ldind.u4", None, 1, 1, Next;
    LdindI8 = 0x4c, "ldind.i8", None, 1, 1, Next;
    LdindI = 0x4d, "ldind.i", None, 1, 1, Next;
    LdindR4 = 0x4e, "ldind.r4", None, 1, 1, Next;
    LdindR8 = 0x4f, "ldind.r8", None, 1, 1, Next;
    LdindRef = 0x50, "ldind.ref", None, 1, 1, Next;
    StindRef = 0x51, "stind.ref", None, 2, 0, Next;
    StindI1 = 0x52, "stind.i1", None, 2, 0, Next;
    StindI2 = 0x53, "stind.i2", None, 2, 0, Next;
    StindI4 = 0x54, "stind.i4", None, 2, 0, Next;
    StindI8 = 0x55, "stind.i8", None, 2, 0, Next;
    StindR4 = 0x56, "stind.r4", None, 2, 0, Next;
    StindR8 = 0x57, "stind.r8", None, 2, 0, Next;
    Add = 0x58, "add", None, 2, 1, Next;
    Sub = 0x59, "sub", None, 2, 1, Next;
    Mul = 0x5a, "mul", None, 2, 1, Next;
    Div = 0x5b, "div", None, 2, 1, Next;
    DivUn = 0x5c, "div.un", None, 2, 1, Next;
    Rem = 0x5d, "rem", None, 2, 1, Next;
    RemUn = 0x5e, "rem.un", None, 2, 1, Next;
    And = 0x5f, "and", None, 2, 1, Next;
    Or = 0x60, "or", None, 2, 1, Next;
    Xor = 0x61, "xor", None, 2, 1, Next;
    Shl = 0x62, "shl", None, 2, 1, Next;
    Shr = 0x63, "shr", None, 2, 1, Next;
    ShrUn = 0x64, "shr.un", None, 2, 1, Next;
    Neg = 0x65, "neg", None, 1, 1, Next;
    Not = 0x66, "not", None, 1, 1, Next;
    ConvI1 = 0x67, "conv.i1", None, 1, 1, Next;
    ConvI2 = 0x68, "conv.i2", None, 1, 1, Next;
    ConvI4 = 0x69, "conv.i4", None, 1, 1, Next;
    ConvI8 = 0x6a, "conv.i8", None, 1, 1, Next;
    ConvR4 = 0x6b, "conv.r4", None, 1, 1, Next;
    ConvR8 = 0x6c, "conv.r8", None, 1, 1, Next;
    ConvU4 = 0x6d, "conv.u4", None, 1, 1, Next;
    ConvU8 = 0x6e, "conv.u8", None, 1, 1, Next;
    Callvirt = 0x6f, "callvirt", Method, V, V, Call;
    Cpobj = 0x70, "cpobj", Type, 2, 0, Next;
    Ldobj = 0x71, "ldobj", Type, 1, 1, Next;
    Ldstr = 0x72, "ldstr", String, 0, 1, Next;
    Newobj = 0x73, "newobj", Method, V, 1, Call;
    Castclass = 0x74, "castclass", Type, 1, 1, Next;
    Isinst = 0x75, "isinst", Type, 1, 1, Next;
    ConvRUn = 0x76, "conv.r.un", None, 1, 1, Next;
    Unbox = 0x79, "unbox", Type, 1, 1, Next;
    Throw = 0x7a, "throw", None, 1, 0, Throw;
    Ldfld = 0x7b, "ldfld", Field, 1, 1, Next;
    Ldflda = 0x7c, "ldflda", Field, 1, 1, Next;
    Stfld = 0x7d, "stfld", Field, 2, 0, Next;
    Ldsfld = 0x7e, "ldsfld", Field, 0, 1, Next;
    Ldsflda = 0x7f, "ldsflda", Field, 0, 1, Next;
    Stsfld = 0x80, "stsfld", Field, 1, 0, Next;
    Stobj = 0x81, "stobj", Type, 2, 0, Next;
    ConvOvfI1Un = 0x82, "conv.ovf.i1.un", None, 1, 1, Next;
    ConvOvfI2Un = 0x83, "conv.ovf.i2.un", None, 1, 1, Next;
    ConvOvfI4Un = 0x84, "conv.ovf.i4.un", None, 1, 1, Next;
    ConvOvfI8Un = 0x85, "conv.ovf.i8.un", None, 1, 1, Next;
    ConvOvfU1Un = 0x86, "conv.ovf.u1.un", None, 1, 1, Next;
    ConvOvfU2Un = 0x87, "conv.ovf.u2.un", None, 1, 1, Next;
    ConvOvfU4Un = 0x88, "conv.ovf.u4.un", None, 1, 1, Next;
    ConvOvfU8Un = 0x89, "conv.ovf.u8.un", None, 1, 1, Next;
    ConvOvfIUn = 0x8a, "conv.ovf.i.un", None, 1, 1, Next;
    ConvOvfUUn = 0x8b, "conv.ovf.u.un", None, 1, 1, Next;
    Box = 0x8c, "box", Type, 1, 1, Next;
    Newarr = 0x8d, "newarr", Type, 1, 1, Next;
    Ldlen = 0x8e, "ldlen", None, 1, 1, Next;
    Ldelema = 0x8f, "ldelema", Type, 2, 1, Next;
    LdelemI1 = 0x90, "ldelem.i1", None, 2, 1, Next;
    LdelemU1 = 0x91, "ldelem.u1", None, 2, 1, Next;
    LdelemI2 = 0x92, "ldelem.i2", None, 2, 1, Next;
    LdelemU2 = 0x93, "ldelem.u2", None, 2, 1, Next;
    LdelemI4 = 0x94, "ldelem.i4", None, 2, 1, Next;
    LdelemU4 = 0x95, "ldelem.u4", None, 2, 1, Next;
    LdelemI8 = 0x96, "ldelem.i8", None, 2, 1, Next;
    LdelemI = 0x97, "ldelem.i", None, 2, 1, Next;
    LdelemR4 = 0x98, "ldelem.r4", None, 2, 1, Next;
    LdelemR8 = 0x99, "ldelem.r8", None, 2, 1, Next;
    LdelemRef = 0x9a, "ldelem.ref", None, 2, 1, Next;
    StelemI = 0x9b, "stelem.i", None, 3, 0, Next;
    StelemI1 = 0x9c, "stelem.i1", None, 3, 0, Next;
    StelemI2 = 0x9d, "stelem.i2", None, 3, 0, Next;
    StelemI4 = 0x9e, "stelem.i4", None, 3, 0, Next;
    StelemI8 = 0x9f, "stelem.i8", None, 3, 0, Next;
    StelemR4 = 0xa0, "stelem.r4", None, 3, 0, Next;
    StelemR8 = 0xa1, "stelem.r8", None, 3, 0, Next;
    StelemRef = 0xa2, "stelem.ref", None, 3, 0, Next;
    Ldelem = 0xa3, "ldelem", Type, 2, 1, Next;
    Stelem = 0xa4, "stelem", Type, 3, 0, Next;
    UnboxAny = 0xa5, "unbox.any", Type, 1, 1, Next;
    ConvOvfI1 = 0xb3, "conv.ovf.i1", None, 1, 1, Next;
    ConvOvfU1 = 0xb4, "conv.ovf.u1", None, 1, 1, Next;
    ConvOvfI2 = 0xb5, "conv.ovf.i2", None, 1, 1, Next;
    ConvOvfU2 = 0xb6, "conv.ovf.u2", None, 1, 1, Next;
    ConvOvfI4 = 0xb7, "conv.ovf.i4", None, 1, 1, Next;
    ConvOvfU4 = 0xb8, "conv.ovf.u4", None, 1, 1, Next;
    ConvOvfI8 = 0xb9, "conv.ovf.i8", None, 1, 1, Next;
    ConvOvfU8 = 0xba, "conv.ovf.u8", None, 1, 1, Next;
    Refanyval = 0xc2, "refanyval", Type, 1, 1, Next;
    Ckfinite = 0xc3, "ckfinite", None, 1, 1, Next;
    Mkrefany = 0xc6, "mkrefany", Type, 1, 1, Next;
    Ldtoken = 0xd0, "ldtoken", Tok, 0, 1, Next;
    ConvU2 = 0xd1, "conv.u2", None, 1, 1, Next;
    ConvU1 = 0xd2, "conv.u1", None, 1, 1, Next;
    ConvI = 0xd3, "conv.i", None, 1, 1, Next;
    ConvOvfI = 0xd4, "conv.ovf.i", None, 1, 1, Next;
    ConvOvfU = 0xd5, "conv.ovf.u", None, 1, 1, Next;
    AddOvf = 0xd6, "add.ovf", None, 2, 1, Next;
    AddOvfUn = 0xd7, "add.ovf.un", None, 2, 1, Next;
    MulOvf = 0xd8, "mul.ovf", None, 2, 1, Next;
    MulOvfUn = 0xd9, "mul.ovf.un", None, 2, 1, Next;
    SubOvf = 0xda, "sub.ovf", None, 2, 1, Next;
    SubOvfUn = 0xdb, "sub.ovf.un", None, 2, 1, Next;
    Endfinally = 0xdc, "endfinally", None, 0, 0, Return;
    Leave = 0xdd, "leave", BranchLong, 0, 0, Branch;
    LeaveS = 0xde, "leave.s", BranchShort, 0, 0, Branch;
    StindI = 0xdf, "stind.i", None, 2, 0, Next;
    ConvU = 0xe0, "conv.u", None, 1, 1, Next;
    Arglist = 0xfe00, "arglist", None, 0, 1, Next;
    Ceq = 0xfe01, "ceq", None, 2, 1, Next;
    Cgt = 0xfe02, "cgt", None, 2, 1, Next;
    CgtUn = 0xfe03, "cgt.un", None, 2, 1, Next;
    Clt = 0xfe04, "clt", None, 2, 1, Next;
    CltUn = 0xfe05, "clt.un", None, 2, 1, Next;
    Ldftn = 0xfe06, "ldftn", Method, 0, 1, Next;
    Ldvirtftn = 0xfe07, "ldvirtftn", Method, 1, 1, Next;
    Ldarg = 0xfe09, "ldarg", VarLong, 0, 1, Next;
    Ldarga = 0xfe0a, "ldarga", VarLong, 0, 1, Next;
    Starg = 0xfe0b, "starg", VarLong, 1, 0, Next;
    Ldloc = 0xfe0c, "ldloc", VarLong, 0, 1, Next;
    Ldloca = 0xfe0d, "ldloca", VarLong, 0, 1, Next;
    Stloc = 0xfe0e, "stloc", VarLong, 1, 0, Next;
    Localloc = 0xfe0f, "localloc", None, 1, 1, Next;
    Endfilter = 0xfe11, "endfilter", None, 1, 0, Return;
    Unaligned = 0xfe12, "unaligned.", U8, 0, 0, Prefix;
    Volatile = 0xfe13, "volatile.", None, 0, 0, Prefix;
    Tail = 0xfe14, "tail.", None, 0, 0, Prefix;
    Initobj = 0xfe15, "initobj", Type, 1, 0, Next;
    Constrained = 0xfe16, "constrained.", Type, 0, 0, Prefix;
    Cpblk = 0xfe17, "cpblk", None, 3, 0, Next;
    Initblk = 0xfe18, "initblk", None, 3, 0, Next;
    No = 0xfe19, "no.", U8, 0, 0, Prefix;
    Rethrow = 0xfe1a, "rethrow", None, 0, 0, Throw;
    Sizeof = 0xfe1c, "sizeof", Type, 0, 1, Next;
    Refanytype = 0xfe1d, "refanytype", None, 1, 1, Next;
    Readonly = 0xfe1e, "readonly.", None, 0, 0, Prefix;
}

/// The prefix byte of two-byte opcodes.
pub const PREFIX_FE: u8 = 0xfe;

const fn build_table(two_byte: bool) -> [Option<Opcode>; 256] {
    let mut t = [None; 256];
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let op = Opcode::ALL[i];
        let code = op as u16;
        if (code >> 8 == 0xfe) == two_byte {
            t[(code & 0xff) as usize] = Some(op);
        }
        i += 1;
    }
    t
}

static ONE_BYTE: [Option<Opcode>; 256] = build_table(false);
static TWO_BYTE: [Option<Opcode>; 256] = build_table(true);

impl Opcode {
    /// The one-byte opcode encoded as `b` (not `0xFE`, which is a prefix).
    pub fn from_byte(b: u8) -> Option<Opcode> {
        ONE_BYTE[usize::from(b)]
    }

    /// The two-byte opcode `0xFE b`.
    pub fn from_fe_byte(b: u8) -> Option<Opcode> {
        TWO_BYTE[usize::from(b)]
    }

    /// The ILAsm name.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The inline operand kind.
    pub fn operand(self) -> OperandKind {
        self.info().operand
    }

    /// Encoded size of the opcode itself (1 or 2 bytes).
    pub fn size(self) -> u32 {
        if (self as u16) >> 8 == 0xfe { 2 } else { 1 }
    }

    /// For the short forms `ldarg.N`, `ldloc.N`, `stloc.N`, `ldc.i4.N`: the implied number.
    pub fn implied_index(self) -> Option<i32> {
        use Opcode::*;
        Some(match self {
            Ldarg0 | Ldloc0 | Stloc0 | LdcI4_0 => 0,
            Ldarg1 | Ldloc1 | Stloc1 | LdcI4_1 => 1,
            Ldarg2 | Ldloc2 | Stloc2 | LdcI4_2 => 2,
            Ldarg3 | Ldloc3 | Stloc3 | LdcI4_3 => 3,
            LdcI4_4 => 4,
            LdcI4_5 => 5,
            LdcI4_6 => 6,
            LdcI4_7 => 7,
            LdcI4_8 => 8,
            LdcI4M1 => -1,
            _ => return None,
        })
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert_eq!(Opcode::ALL.len(), 219);
        let mut names = std::collections::HashSet::new();
        for op in Opcode::ALL {
            let i = op.info();
            assert_eq!(i.code, *op as u16);
            assert!(names.insert(i.name), "duplicate {}", i.name);
            let back = if op.size() == 2 { Opcode::from_fe_byte(i.code as u8) } else { Opcode::from_byte(i.code as u8) };
            assert_eq!(back, Some(*op));
        }
        assert_eq!(Opcode::from_byte(0x24), None);
        assert_eq!(Opcode::from_byte(0xfe), None);
        assert_eq!(Opcode::from_fe_byte(0x08), None);
        assert_eq!(Opcode::from_byte(0x2a), Some(Opcode::Ret));
        assert_eq!(Opcode::from_fe_byte(0x16), Some(Opcode::Constrained));
        assert_eq!(Opcode::LdcI4S.operand(), OperandKind::I8);
        assert_eq!(Opcode::Switch.operand().size(), None);
        assert_eq!(Opcode::LdcI4M1.implied_index(), Some(-1));
    }
}
