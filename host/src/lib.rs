//! # r2rhost: the host
//!
//! (being written)
