//! # r2rhost-pgo: profiles and tiering policy
//!
//! **Role.** The profile schema (call counts, block/edge counts, call-site type histograms,
//! CPU features), tiering policy as a pure function from observed statistics and knobs to a
//! decision with its reason, and MIBC/JSON readers and writers so the next crossgen2 build
//! can consume what r2rhost recorded.
//!
//! **Boundary.** Policy only: it never patches code or counts calls itself (that mechanism
//! is `host`'s code manager). Depends on `image` (MIBC is an ECMA-335 assembly).
//!
//! **Dependents.** `codegen` (profile-guided tier 1) and `host`.
//!
//! **Status.** Skeleton: the profile and policy work is roadmap steps 5–6 (see
//! `ARCHITECTURE.md`).

#![deny(missing_docs)]
