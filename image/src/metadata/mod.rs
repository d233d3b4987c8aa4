//! ECMA-335 metadata: the root and its streams, tables, heaps, signatures, IL bodies.

pub mod sig;
pub mod token;
