//! Operations, next to the kernels they call. Every differentiable op on
//! [`Var`](crate::autograd::Var) runs its kernel forward and records a backward rule built
//! from these same ops (so gradients are differentiable again); the tape itself lives in
//! [`crate::autograd`]. The methods on [`Tensor`](crate::gpu::Tensor) here (in
//! [`tensor`]) are the graph-free operations models and trainers need beside them (filled and
//! random tensors, row gathers, codebook lookups, sampling), so that only ops call kernels.

pub mod attention;
pub(crate) mod basic;
mod conv;
mod dist;
mod dropout;
pub mod norm;
pub(crate) mod sequence;
pub mod tensor;
pub mod vision;

pub use basic::cross_entropy;
