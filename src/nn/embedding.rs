//! torch.nn.Embedding.

use super::{join, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{DType, Tensor};

/// A table of `num` vectors of size `dim`, initialised N(0, 1) as PyTorch does.
pub struct Embedding {
    /// `[num, dim]`
    pub weight: Var,
}

impl Embedding {
    /// `num` rows of `dim` values.
    pub fn new(init: &Init, num: usize, dim: usize) -> Result<Embedding> {
        Ok(Embedding {
            weight: init.normal("weight", &[num, dim], 0.0, 1.0)?,
        })
    }

    /// The rows `ids` (u32, any shape) names: `[..ids, dim]`. Ids past the table are an
    /// error here (the kernel would give zero rows); this reads the ids back to check them, so
    /// hot loops that already know their ids are in range call [`Var::embedding`].
    pub fn forward(&self, ids: &Tensor) -> Result<Var> {
        ids.expect_dtype(DType::U32, "embedding")?;
        let rows = self.weight.shape()[0];
        if let Some(bad) = ids.to_u32()?.into_iter().find(|&i| i as usize >= rows) {
            return Err(Error::invalid(
                "embedding",
                format!("id {bad} is past the table's {rows} rows"),
            ));
        }
        self.weight.embedding(ids)
    }
}

impl Module for Embedding {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(&join(prefix, "weight"), &self.weight);
    }
}
