//! # r2rhost-codegen: the JIT
//!
//! **Role.** Translates CIL method bodies to Cranelift IR and compiles them to machine
//! code: tier 0 (fast compile), tier 1 (optimized, inlining across assemblies, this CPU's
//! ISA, profile-guided) and an instrumented tier. Emits code plus relocations, unwind info
//! and exception tables.
//!
//! **Boundary.** Knows nothing about the runtime's data structures: everything it needs
//! (a token's meaning, a field offset, a helper, a method's entry cell) it asks through one
//! narrow trait implemented by `host`. No `unsafe`.
//!
//! **Dependents.** `host` only. Depends on `image` and `pgo`.
//!
//! **Status.** Skeleton: the translator is the execution-core issue (roadmap step 2).

#![deny(missing_docs)]
