//! Compiling one method: translate to CLIF, run Cranelift, hand back machine code.

use std::time::{Duration, Instant};

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{Function, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, ir};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use crate::abi;
use crate::env::{Helper, JitEnv};
use crate::error::{JitError, Result};
use crate::translate::{self, MethodInput};

/// Optimization tiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Fast compile: no optimization passes.
    Tier0,
    /// Optimized code.
    Tier1,
}

/// What to produce besides code.
#[derive(Clone, Copy, Debug, Default)]
pub struct Dumps {
    /// The CLIF text, before compilation.
    pub clif: bool,
    /// Cranelift's disassembly of the machine code.
    pub disasm: bool,
}

/// A compiled method.
#[derive(Clone, Debug)]
pub struct CompiledMethod {
    /// Position-independent machine code (calls go through absolute addresses in
    /// registers; jump tables and constants are PC-relative inside the buffer).
    pub code: Vec<u8>,
    /// Trap sites: offset and Cranelift trap code (for the runtime's fault handler).
    pub traps: Vec<(u32, u8)>,
    /// The CLIF, when asked for.
    pub clif: Option<String>,
    /// The disassembly, when asked for.
    pub disasm: Option<String>,
    /// IL size in bytes.
    pub il_size: u32,
    /// Time spent translating and compiling.
    pub compile_time: Duration,
}

/// A reusable JIT for one tier on this CPU.
pub struct Jit {
    isa: OwnedTargetIsa,
    ctx: Context,
    fctx: FunctionBuilderContext,
    tier: Tier,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jit").field("tier", &self.tier).field("isa", &self.isa.name()).finish()
    }
}

impl Jit {
    /// A JIT for `tier`, targeting the host CPU (its ISA extensions detected at start-up).
    /// `verify` runs Cranelift's IR verifier on every function (tests and debug builds).
    pub fn new(tier: Tier, verify: bool) -> Result<Jit> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| JitError::internal(format!("setting {k}={v}: {e}")));
        set(&mut flags, "opt_level", if tier == Tier::Tier0 { "none" } else { "speed" })?;
        set(&mut flags, "regalloc_algorithm", "backtracking")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "unwind_info", "true")?;
        set(&mut flags, "enable_verifier", if verify { "true" } else { "false" })?;
        set(&mut flags, "enable_probestack", "false")?;
        let isa_builder = cranelift_native::builder().map_err(|e| JitError::internal(format!("host ISA: {e}")))?;
        let isa = isa_builder.finish(settings::Flags::new(flags)).map_err(|e| JitError::internal(format!("host ISA: {e}")))?;
        Ok(Jit { isa, ctx: Context::new(), fctx: FunctionBuilderContext::new(), tier })
    }

    /// The calling convention managed code uses.
    pub fn call_conv(&self) -> CallConv {
        CallConv::SystemV
    }

    /// The tier this JIT compiles for.
    pub fn tier(&self) -> Tier {
        self.tier
    }

    /// Compiles one method.
    pub fn compile(&mut self, env: &mut dyn JitEnv, input: &MethodInput<'_>, dumps: Dumps) -> Result<CompiledMethod> {
        let start = Instant::now();
        let call_conv = self.call_conv();
        let lowered = abi::lower(env, &input.sig, call_conv);
        let mut func = Function::with_name_signature(UserFuncName::user(0, 0), lowered.sig.clone());
        {
            let mut builder = FunctionBuilder::new(&mut func, &mut self.fctx);
            translate::translate(env, input, &mut builder, call_conv)?;
            builder.finalize(self.isa.frontend_config());
        }
        let clif = dumps.clif.then(|| func.display().to_string());
        self.ctx.clear();
        self.ctx.func = func;
        self.ctx.set_disasm(dumps.disasm);
        let compiled = self.ctx.compile(&*self.isa, &mut ControlPlane::default()).map_err(|e| {
            let msg = match &e.inner {
                cranelift_codegen::CodegenError::Verifier(errors) => {
                    format!("{}\n{}", errors, cranelift_codegen::print_errors::pretty_verifier_error(&e.func, None, errors.clone()))
                }
                other => format!("{other}"),
            };
            JitError::internal(format!("Cranelift rejected {}: {msg}", input.name))
        })?;
        let mut code = compiled.code_buffer().to_vec();
        // Cranelift calls memcpy itself to pass large structs on the stack; those library
        // calls go to the runtime's copy/fill helpers (same argument order as the C ones).
        for r in compiled.buffer.relocs() {
            use cranelift_codegen::binemit::Reloc;
            use cranelift_codegen::ir::{ExternalName, LibCall};
            use cranelift_codegen::FinalizedRelocTarget;
            let helper = match &r.target {
                FinalizedRelocTarget::ExternalName(ExternalName::LibCall(LibCall::Memcpy | LibCall::Memmove)) => Some(Helper::MemCopy),
                FinalizedRelocTarget::ExternalName(ExternalName::LibCall(LibCall::Memset)) => Some(Helper::MemSet),
                _ => None,
            };
            let at = r.offset as usize;
            match (helper, r.kind) {
                (Some(h), Reloc::Abs8) if at + 8 <= code.len() => {
                    let value = env.helper(h).wrapping_add_signed(r.addend);
                    code[at..at + 8].copy_from_slice(&value.to_le_bytes());
                }
                _ => return Err(JitError::internal(format!("{}: unexpected relocation {:?} ({:?})", input.name, r.target, r.kind))),
            }
        }
        let traps = compiled.buffer.traps().iter().map(|t| (t.offset, t.code.as_raw().get())).collect();
        let disasm = compiled.vcode.clone();
        Ok(CompiledMethod { code, traps, clif, disasm, il_size: input.il.len() as u32, compile_time: start.elapsed() })
    }
}

/// Signature helper for callers that need the Cranelift signature of a method.
pub fn signature(env: &dyn JitEnv, sig: &crate::env::CallSig) -> ir::Signature {
    abi::lower(env, sig, CallConv::SystemV).sig
}
