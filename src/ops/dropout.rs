//! Dropout as a differentiable op: the mask is a function of the RNG key, so the backward is
//! the same op on the gradient (and twice differentiable, being linear).

use crate::autograd::Var;
use crate::error::Result;
use crate::kernels::random::{dropout, RngKey};

impl Var {
    /// Zero each element with probability `p` and scale the rest by 1 / (1 − p) (PyTorch's
    /// training-mode dropout); `key` decides the mask, so a replay gives the same one.
    pub fn dropout(&self, p: f32, key: RngKey) -> Result<Var> {
        if p == 0.0 {
            return Ok(self.clone());
        }
        let value = dropout(self.value(), p, key)?;
        Ok(Var::record("dropout", value, &[self], move |_o, g, _x| {
            Ok(vec![Some(g.dropout(p, key)?)])
        }))
    }
}
