//! Compiling one method: translate to CLIF, run Cranelift, hand back machine code.

use std::time::{Duration, Instant};

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{Function, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, FinalizedRelocTarget, binemit, ir};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use crate::abi;
use crate::env::JitEnv;
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

/// Runtime-library functions Cranelift may call from generated code (struct-argument
/// copies, rounding without SSE4.1, fused multiply-add without FMA). The host supplies
/// their addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LibCall {
    /// `memcpy(dst, src, len)`.
    Memcpy,
    /// `memset(dst, byte, len)`.
    Memset,
    /// `memmove(dst, src, len)`.
    Memmove,
    /// `memcmp(a, b, len)`.
    Memcmp,
    /// `ceilf`.
    CeilF32,
    /// `ceil`.
    CeilF64,
    /// `floorf`.
    FloorF32,
    /// `floor`.
    FloorF64,
    /// `truncf`.
    TruncF32,
    /// `trunc`.
    TruncF64,
    /// Round half to even (`rintf` in the default rounding mode).
    NearestF32,
    /// Round half to even (`rint`).
    NearestF64,
    /// `fmaf`.
    FmaF32,
    /// `fma`.
    FmaF64,
}

/// How a relocation is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocKind {
    /// The absolute 8-byte address (of the target plus the addend).
    Abs8,
    /// A 4-byte signed displacement: target + addend − address of the field.
    PcRel4,
}

/// A place in the code that needs the address of a [`LibCall`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the field in [`CompiledMethod::code`].
    pub offset: u32,
    /// How to write it.
    pub kind: RelocKind,
    /// The function whose address goes there.
    pub target: LibCall,
    /// Added to the target's address.
    pub addend: i64,
}

/// A compiled method.
#[derive(Clone, Debug)]
pub struct CompiledMethod {
    /// Position-independent machine code (calls go through absolute addresses in
    /// registers; jump tables and constants are PC-relative inside the buffer), except for
    /// the fields listed in `relocs`, which the host fills in.
    pub code: Vec<u8>,
    /// Addresses of runtime-library functions to patch into `code`.
    pub relocs: Vec<Reloc>,
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
        set(&mut flags, "regalloc_algorithm", if tier == Tier::Tier0 { "single_pass" } else { "backtracking" })?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "unwind_info", "true")?;
        set(&mut flags, "enable_verifier", if verify { "true" } else { "false" })?;
        set(&mut flags, "enable_probestack", "false")?;
        let isa_builder = cranelift_native::builder().map_err(|e| JitError::internal(format!("host ISA: {e}")))?;
        let isa = isa_builder.finish(settings::Flags::new(flags)).map_err(|e| JitError::internal(format!("host ISA: {e}")))?;
        Ok(Jit { isa, ctx: Context::new(), fctx: FunctionBuilderContext::new(), tier })
    }

    /// The calling convention managed code uses (see [`abi::MANAGED`]).
    pub fn call_conv(&self) -> CallConv {
        abi::MANAGED
    }

    /// The tier this JIT compiles for.
    pub fn tier(&self) -> Tier {
        self.tier
    }

    /// Compiles one method. A method that cannot be compiled is an error, never a panic: a
    /// panic inside the translator or Cranelift (a bug) becomes [`JitError::Internal`], and
    /// after any error the JIT's reusable state is reset for the next method.
    pub fn compile(&mut self, env: &mut dyn JitEnv, input: &MethodInput<'_>, dumps: Dumps) -> Result<CompiledMethod> {
        let result = quiet_panics(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.compile_inner(env, input, dumps))));
        let result = match result {
            Ok(r) => r,
            Err(payload) => {
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                Err(JitError::internal(format!("{}: the JIT panicked: {what}", input.name)))
            }
        };
        if result.is_err() {
            // A translation that stopped half way leaves the builder context dirty.
            self.fctx = FunctionBuilderContext::new();
            self.ctx = Context::new();
        }
        result
    }

    fn compile_inner(&mut self, env: &mut dyn JitEnv, input: &MethodInput<'_>, dumps: Dumps) -> Result<CompiledMethod> {
        let start = Instant::now();
        let call_conv = self.call_conv();
        let lowered = abi::lower(env, &input.sig, call_conv);
        let mut func = Function::with_name_signature(UserFuncName::user(0, 0), lowered.sig);
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
                    format!("{}\n{}", errors, cranelift_codegen::print_errors::pretty_verifier_error(e.func, None, errors.clone()))
                }
                other => format!("{other}"),
            };
            JitError::internal(format!("Cranelift rejected {}: {msg}", input.name))
        })?;
        let mut relocs = Vec::new();
        for r in compiled.buffer.relocs() {
            let target = match &r.target {
                FinalizedRelocTarget::ExternalName(ir::ExternalName::LibCall(lc)) => libcall(*lc),
                _ => None,
            };
            let kind = match r.kind {
                binemit::Reloc::Abs8 => Some(RelocKind::Abs8),
                binemit::Reloc::X86PCRel4 | binemit::Reloc::X86CallPCRel4 => Some(RelocKind::PcRel4),
                _ => None,
            };
            match (target, kind) {
                (Some(target), Some(kind)) => relocs.push(Reloc { offset: r.offset, kind, target, addend: r.addend }),
                _ => return Err(JitError::internal(format!("{}: unexpected relocation {:?} to {:?}", input.name, r.kind, r.target))),
            }
        }
        let code = compiled.code_buffer().to_vec();
        let traps = compiled.buffer.traps().iter().map(|t| (t.offset, t.code.as_raw().get())).collect();
        let disasm = compiled.vcode.clone();
        Ok(CompiledMethod { code, relocs, traps, clif, disasm, il_size: input.il.len() as u32, compile_time: start.elapsed() })
    }
}

fn libcall(lc: ir::LibCall) -> Option<LibCall> {
    use ir::LibCall as C;
    Some(match lc {
        C::Memcpy => LibCall::Memcpy,
        C::Memset => LibCall::Memset,
        C::Memmove => LibCall::Memmove,
        C::Memcmp => LibCall::Memcmp,
        C::CeilF32 => LibCall::CeilF32,
        C::CeilF64 => LibCall::CeilF64,
        C::FloorF32 => LibCall::FloorF32,
        C::FloorF64 => LibCall::FloorF64,
        C::TruncF32 => LibCall::TruncF32,
        C::TruncF64 => LibCall::TruncF64,
        C::NearestF32 => LibCall::NearestF32,
        C::NearestF64 => LibCall::NearestF64,
        C::FmaF32 => LibCall::FmaF32,
        C::FmaF64 => LibCall::FmaF64,
        _ => return None,
    })
}

/// Signature helper for callers that need the Cranelift signature of a method.
pub fn signature(env: &dyn JitEnv, sig: &crate::env::CallSig) -> ir::Signature {
    abi::lower(env, sig, abi::MANAGED).sig
}

thread_local! {
    /// Set while this thread compiles: a panic there is reported as a [`JitError`], so the
    /// panic hook must not print it (the program's stderr belongs to the program).
    static COMPILING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with the panic hook silenced on this thread (installed once, it defers to the
/// previous hook everywhere else).
fn quiet_panics<R>(f: impl FnOnce() -> R) -> R {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !COMPILING.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was = COMPILING.with(|c| c.replace(true));
    let r = f();
    COMPILING.with(|c| c.set(was));
    r
}
