//! Gradients by parameter: what [`grad`] returns and what an optimiser's step reads, so no
//! caller keeps a gradient list aligned with a parameter list by hand.

use super::{backward, Var};
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use std::collections::HashMap;

/// Gradient tensors keyed by the parameter they belong to ([`Var::id`]).
#[derive(Clone, Default)]
pub struct Gradients {
    by_id: HashMap<u64, Tensor>,
}

impl Gradients {
    /// No gradients.
    pub fn new() -> Gradients {
        Gradients::default()
    }

    /// What [`backward`] returned for `wrt` (in its order); `None`s are left out.
    pub fn from_backward(wrt: &[&Var], grads: Vec<Option<Var>>) -> Gradients {
        let mut out = Gradients::new();
        for (v, g) in wrt.iter().zip(grads) {
            if let Some(g) = g {
                out.insert(v, g.value().clone());
            }
        }
        out
    }

    /// Set the gradient of `param`.
    pub fn insert(&mut self, param: &Var, grad: Tensor) {
        self.by_id.insert(param.id(), grad);
    }

    /// The gradient of `param`, if the loss depends on it.
    pub fn get(&self, param: &Var) -> Option<&Tensor> {
        self.by_id.get(&param.id())
    }

    /// How many parameters have a gradient.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no parameter has a gradient.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Scale the gradients of `params` in place so their global L2 norm is at most
    /// `max_norm` (torch.nn.utils.clip_grad_norm_; parameters without a gradient are skipped).
    /// Returns a `[2]` tensor `[coefficient, norm before clipping]`, left on the GPU.
    pub fn clip_norm(&self, params: &[Var], max_norm: f32) -> Result<Tensor> {
        let with: Vec<&Tensor> = params.iter().filter_map(|p| self.get(p)).collect();
        if with.is_empty() {
            return Err(Error::invalid(
                "clip_norm",
                "none of the parameters has a gradient",
            ));
        }
        crate::kernels::clip::clip_grad_norm(&with, max_norm)
    }
}

/// First-order gradients of the one-element `loss` with respect to `params`, by parameter.
pub fn grad(loss: &Var, params: &[Var]) -> Result<Gradients> {
    let wrt: Vec<&Var> = params.iter().collect();
    let grads = backward(loss, &wrt)?;
    Ok(Gradients::from_backward(&wrt, grads))
}
