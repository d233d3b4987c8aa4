//! The runtime: one process-wide [`Runtime`] holding the loader, the JIT, code memory and
//! the heap; the prestub that compiles methods on first call; object allocation; class
//! constructors; and `r2rhost run`.
//!
//! Locking: the loader/JIT state sits behind one mutex, taken by the prestub worker and by
//! helpers that need type information. No managed code ever runs while it is held (class
//! constructors and the entry point run with it released), so it never re-enters.

pub mod code;
pub mod casting;
pub mod env;
pub mod heap;
pub mod helpers;
pub mod icalls;
pub mod memory;
pub mod objects;
pub mod verify;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Instant;

use r2rhost_codegen::{Dumps, Jit, Tier};

use crate::loader::binder::open_static;
use crate::loader::methods::StubFactory;
use crate::loader::types::Category;
use crate::loader::{Failure, Loader, MethodId};
use code::{CodeHeap, Slots};
use heap::Heap;

/// What to log and dump.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// `--log jit`: one line per compiled method on stderr.
    pub log_jit: bool,
    /// Methods whose IL, CLIF and machine code to dump (name substring).
    pub dump: Option<String>,
    /// Verify every function with Cranelift's verifier.
    pub verify: bool,
    /// Verify the heap when the program ends ([`verify`]).
    pub verify_heap: bool,
}

/// Statistics about one compiled method.
#[derive(Clone, Debug)]
pub struct CompileRecord {
    /// The method.
    pub name: String,
    /// IL size.
    pub il_size: u32,
    /// Machine code size.
    pub code_size: usize,
    /// Compile time.
    pub micros: u64,
}

/// Loader, JIT and compiled-code bookkeeping.
#[derive(Debug)]
pub struct State {
    /// Assemblies, types, methods.
    pub loader: Loader,
    /// The tier-0 JIT.
    pub jit: Jit,
    /// Interned string literals: content → object.
    pub strings: HashMap<Vec<u16>, u64>,
    /// Code address of each compiled method.
    pub code: HashMap<MethodId, u64>,
    /// Every compilation, in order.
    pub compiled: Vec<CompileRecord>,
    /// Options.
    pub options: RunOptions,
    /// `RuntimeType` objects by MethodTable.
    pub type_objects: HashMap<u64, u64>,
}

/// The process-wide runtime.
#[derive(Debug)]
pub struct Runtime {
    state: Mutex<State>,
    /// The managed heap.
    pub heap: Heap,
    /// The command line as `Environment.GetCommandLineArgs()` returns it: the app's path,
    /// then its arguments.
    pub args: Vec<String>,
}

static RUNTIME: OnceLock<&'static Runtime> = OnceLock::new();
static CODE: OnceLock<Mutex<CodeHeap>> = OnceLock::new();

/// The runtime (after [`Runtime::start`]).
pub fn runtime() -> &'static Runtime {
    // Every managed code path starts after `start`: helpers and prestubs are only reachable
    // from code the runtime compiled.
    RUNTIME.get().copied().expect("the runtime is started before any managed code runs")
}

/// The code heap.
pub fn code_heap() -> &'static Mutex<CodeHeap> {
    CODE.get_or_init(|| Mutex::new(CodeHeap::new()))
}

/// The stub factory handed to the loader.
struct Stubs {
    slots: Slots,
    common: u64,
}

impl StubFactory for Stubs {
    fn new_entry(&mut self, method: MethodId) -> (u64, u64) {
        let mut code = code_heap().lock().unwrap_or_else(|e| e.into_inner());
        let pre = code.add(&code::prestub_bytes(u64::from(method.0), self.common), 8).unwrap_or_else(|e| fatal(&format!("code memory: {e}")));
        let slot = self.slots.new_slot(pre);
        let slot_addr = slot as *const _ as u64;
        let precode = code.add(&code::precode_bytes(slot_addr), 8).unwrap_or_else(|e| fatal(&format!("code memory: {e}")));
        (slot_addr, precode)
    }

    fn new_unboxing_stub(&mut self, slot: u64) -> u64 {
        let mut code = code_heap().lock().unwrap_or_else(|e| e.into_inner());
        code.add(&code::unboxing_stub_bytes(slot), 8).unwrap_or_else(|e| fatal(&format!("code memory: {e}")))
    }

    fn new_method_table(&mut self, prefix: &[u64], words: &[u64]) -> u64 {
        crate::loader::methods::leak_method_table(prefix, words)
    }
}

/// Prints a runtime failure the way CoreCLR reports an unhandled exception and aborts
/// (exit status 134, SIGABRT).
pub fn fatal_unhandled(f: &Failure) -> ! {
    let _ = std::io::stdout().flush();
    eprintln!("Unhandled exception. {}: {}", f.exception, f.message);
    let _ = std::io::stderr().flush();
    std::process::abort()
}

/// An internal error: print and abort.
pub fn fatal(what: &str) -> ! {
    let _ = std::io::stdout().flush();
    eprintln!("r2rhost: fatal error: {what}");
    std::process::abort()
}

/// Called by the common prestub with a method id; returns the code to jump to.
extern "C" fn prestub_worker(method: u64) -> u64 {
    let rt = runtime();
    match rt.prepare(MethodId(method as u32)) {
        Ok(code) => code,
        Err(f) => fatal_unhandled(&f),
    }
}

impl Runtime {
    /// Starts the runtime with the corelib at `corelib` and the application's directory.
    pub fn start(corelib_path: PathBuf, corelib: r2rhost_image::Image<'static>, app_dir: PathBuf, args: Vec<String>, options: RunOptions) -> Result<&'static Runtime, Failure> {
        let stubs = Box::new(Stubs { slots: Slots::default(), common: code::prestub_common_address() });
        let mut loader = Loader::new(corelib_path, corelib, app_dir, stubs)?;
        env::prepare_well_known(&mut loader)?;
        let string = loader.corelib_type("System", "String")?;
        objects::set_string_mt(loader.ty(string).mt);
        let jit = Jit::new(Tier::Tier0, options.verify).map_err(|e| Failure { exception: "System.ExecutionEngineException", message: e.to_string() })?;
        let rt: &'static Runtime = Box::leak(Box::new(Runtime {
            state: Mutex::new(State {
                loader,
                jit,
                strings: HashMap::new(),
                code: HashMap::new(),
                compiled: Vec::new(),
                options,
                type_objects: HashMap::new(),
            }),
            heap: Heap::new(),
            args,
        }));
        RUNTIME.set(rt).map_err(|_| Failure { exception: "System.InvalidOperationException", message: "the runtime is already started".into() })?;
        Ok(rt)
    }

    /// The loader/JIT state.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Compiles `m` if needed and points its slot at the code; returns the code address.
    pub fn prepare(&self, m: MethodId) -> Result<u64, Failure> {
        let mut st = self.state();
        if let Some(code) = st.code.get(&m) {
            return Ok(*code);
        }
        let code = st.compile(m)?;
        let slot = st.loader.method(m).slot;
        memory::slot(slot).store(code, Ordering::Release);
        st.code.insert(m, code);
        Ok(code)
    }

    /// Runs the class constructor of the type with MethodTable-derived id `type_id` if it
    /// has not run (called from JIT'd code through the ClassInit helper).
    pub fn run_class_init(&self, type_id: u32) {
        let (flag, cctor) = {
            let st = self.state();
            let t = crate::loader::TypeId(type_id);
            let d = st.loader.ty(t);
            (d.init_flag, d.cctor)
        };
        if flag.load(Ordering::Acquire) != 0 {
            return;
        }
        // 2 = running (a recursive access from the cctor itself sees the type as usable).
        flag.store(2, Ordering::Release);
        if let Some(c) = cctor {
            let code = self.prepare(c).unwrap_or_else(|f| fatal_unhandled(&f));
            // SAFETY: `code` is JIT'd code for a static method with no parameters and no
            // result (a class constructor), compiled for the managed convention, which for
            // this signature is the C convention.
            let f: extern "C" fn() = unsafe { std::mem::transmute(code as usize) };
            f();
        }
        flag.store(1, Ordering::Release);
    }
}

impl State {
    /// Compiles a method (or finds native code for it).
    fn compile(&mut self, m: MethodId) -> Result<u64, Failure> {
        let start = Instant::now();
        let desc = self.loader.method(m);
        let name = desc.name.clone();
        // Internal calls and methods without IL.
        if let Some(native) = icalls::lookup(&mut self.loader, m)? {
            return Ok(native);
        }
        let desc = self.loader.method(m);
        if desc.rva == 0 {
            let what = if desc.flags.is_abstract() { "an abstract method" } else { "a method without an IL body" };
            return Err(Failure { exception: "System.MissingMethodException", message: format!("Cannot call {what}: '{name}'.") });
        }
        let input = env::method_input(&mut self.loader, m)?;
        let dump = self.options.dump.as_ref().is_some_and(|d| name.contains(d.as_str()));
        let dumps = Dumps { clif: dump, disasm: dump };
        let owner = self.loader.method(m).owner;
        let (asm, type_inst, method_inst) = {
            let d = self.loader.method(m);
            (d.asm, self.loader.def_of(owner).map(|(_, _, i)| i.to_vec()).unwrap_or_default(), d.inst.clone())
        };
        let compiled = {
            let mut e = env::Env { st: &mut self.loader, strings: &mut self.strings, asm, type_inst, method_inst };
            self.jit.compile(&mut e, &input, dumps)
        };
        let compiled = compiled.map_err(|e| {
            let f = e.managed();
            if matches!(e, r2rhost_codegen::JitError::Internal { .. } | r2rhost_codegen::JitError::Unsupported { .. }) {
                eprintln!("r2rhost: cannot compile {name}: {e}");
            }
            f
        })?;
        let addr = code_heap()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .add_linked(&compiled.code, 16, |at, code| code::apply_relocs(at, code, &compiled.relocs))
            .map_err(|e| Failure { exception: "System.OutOfMemoryException", message: e })?;
        let micros = start.elapsed().as_micros() as u64;
        if self.options.log_jit {
            eprintln!("[jit] {name} il={} code={} time={}us", compiled.il_size, compiled.code.len(), micros);
        }
        if dump {
            eprintln!("=== IL {name}\n{}", env::il_dump(&self.loader, m));
            if let Some(c) = &compiled.clif {
                eprintln!("=== CLIF {name}\n{c}");
            }
            if let Some(d) = &compiled.disasm {
                eprintln!("=== machine code {name} at {addr:#x}\n{d}");
            }
        }
        self.compiled.push(CompileRecord { name, il_size: compiled.il_size, code_size: compiled.code.len(), micros });
        Ok(addr)
    }
}

/// Why `run` did not run the program.
#[derive(Debug)]
pub enum RunError {
    /// The program could not start (file missing, not a managed exe, no entry point …).
    Startup(String),
    /// A managed exception escaped before `Main` ran (e.g. its type failed to load).
    Managed(Failure),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Startup(s) => f.write_str(s),
            RunError::Managed(m) => write!(f, "{}: {}", m.exception, m.message),
        }
    }
}

/// The corelib shim built with this binary (empty when the build had no .NET SDK).
static EMBEDDED_CORELIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/System.Private.CoreLib.dll"));

/// The corelib shim: the file `R2RHOST_CORELIB` names, else the one embedded in this binary.
pub fn corelib_image() -> Result<(PathBuf, r2rhost_image::Image<'static>), RunError> {
    if let Some(p) = std::env::var_os("R2RHOST_CORELIB") {
        let p = PathBuf::from(p);
        let (_, image) = open_static(&p).map_err(RunError::Managed)?;
        return Ok((p, image));
    }
    if EMBEDDED_CORELIB.is_empty() {
        return Err(RunError::Startup("this r2rhost was built without the .NET SDK: set R2RHOST_CORELIB to a built corelib shim".into()));
    }
    let image = r2rhost_image::Image::parse(EMBEDDED_CORELIB).map_err(|e| RunError::Startup(format!("embedded corelib shim: {e}")))?;
    Ok((PathBuf::from("<embedded System.Private.CoreLib.dll>"), image))
}

/// `r2rhost run app.dll args…`: returns the process exit code.
pub fn run(app: &Path, args: &[String], options: RunOptions) -> Result<i32, RunError> {
    let app = app.canonicalize().map_err(|e| RunError::Startup(format!("{}: {e}", app.display())))?;
    let app_dir = app.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    check_runtime_config(&app)?;
    let (corelib_path, corelib) = corelib_image()?;
    let command_line = std::iter::once(app.display().to_string()).chain(args.iter().cloned()).collect();
    let rt = Runtime::start(corelib_path, corelib, app_dir, command_line, options).map_err(RunError::Managed)?;
    let (entry, takes_args, returns_int) = {
        let mut st = rt.state();
        let (_, image) = open_static(&app).map_err(RunError::Managed)?;
        let asm = st.loader.add_assembly("app", app.clone(), image).map_err(RunError::Managed)?;
        let token = st.loader.assemblies[asm.0 as usize].image.cli.as_ref().map(|c| c.entry_point_token).unwrap_or(0);
        if token == 0 {
            return Err(RunError::Startup(format!("{}: the assembly has no entry point (a library?)", app.display())));
        }
        let crate::loader::methods::MethodRef::Method(m) = st.loader.resolve_method_token(asm, r2rhost_image::metadata::token::Token(token), &[], &[]).map_err(RunError::Managed)? else {
            return Err(RunError::Startup("the entry point is not a method".into()));
        };
        let d = st.loader.method(m);
        let takes_args = d.params.len() == 1;
        let ret_cat = st.loader.ty(d.ret).category;
        let returns_int = ret_cat != Category::Void;
        (m, takes_args, returns_int)
    };
    let code = rt.prepare_entry(entry).map_err(RunError::Managed)?;
    let argv = if takes_args { objects::string_array(args).map_err(RunError::Managed)? } else { 0 };
    let result = if returns_int {
        // SAFETY: the entry point is JIT'd code for `static int Main([string[]])`: under the
        // managed (SysV) convention it takes at most one pointer argument and returns int32.
        let f: extern "C" fn(u64) -> i32 = unsafe { std::mem::transmute(code as usize) };
        f(argv)
    } else {
        // SAFETY: as above, for `static void Main([string[]])`.
        let f: extern "C" fn(u64) = unsafe { std::mem::transmute(code as usize) };
        f(argv);
        icalls::exit_code()
    };
    verify::check_at_exit(rt);
    let _ = std::io::stdout().flush();
    Ok(result)
}

impl Runtime {
    /// Prepares the entry point: its class constructor, then its code.
    fn prepare_entry(&self, m: MethodId) -> Result<u64, Failure> {
        let owner = self.state().loader.method(m).owner;
        self.state().loader.ensure_ready(owner)?;
        self.run_class_init(owner.0);
        self.prepare(m)
    }
}

/// The app's `runtimeconfig.json` must ask for Microsoft.NETCore.App (as `dotnet app.dll`
/// requires).
fn check_runtime_config(app: &Path) -> Result<(), RunError> {
    let config = app.with_extension("runtimeconfig.json");
    let text = std::fs::read_to_string(&config).map_err(|_| {
        RunError::Startup(format!("{}: missing {} (r2rhost runs framework-dependent apps, as `dotnet app.dll` does)", app.display(), config.display()))
    })?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| RunError::Startup(format!("{}: {e}", config.display())))?;
    let opts = &json["runtimeOptions"];
    let mut frameworks: Vec<String> = Vec::new();
    if let Some(f) = opts["framework"]["name"].as_str() {
        frameworks.push(f.to_string());
    }
    if let Some(list) = opts["frameworks"].as_array() {
        frameworks.extend(list.iter().filter_map(|f| f["name"].as_str().map(str::to_string)));
    }
    if !frameworks.iter().any(|f| f == "Microsoft.NETCore.App") {
        return Err(RunError::Startup(format!("{}: the app does not target Microsoft.NETCore.App (frameworks: {frameworks:?})", config.display())));
    }
    Ok(())
}
