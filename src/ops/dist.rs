//! Differentiable collectives of data-parallel training (see [`crate::dist`]).

use crate::autograd::Var;
use crate::error::Result;

impl Var {
    /// This value summed over the ranks of a data-parallel job, the same on every rank (itself
    /// on one rank). Every rank's loss depends on the sum through every rank's part, so the
    /// gradient of a part is the sum of the ranks' gradients of the sum: the rule is this op
    /// again (and so twice differentiable). Every rank must call it at the same point.
    pub fn sum_over_ranks(&self) -> Result<Var> {
        let world = crate::dist::world();
        if world.size() == 1 {
            return Ok(self.clone());
        }
        let value = self.value().gpu().duplicate(self.value())?;
        world.sum_tensors(&[&value])?;
        Ok(Var::record(
            "sum_over_ranks",
            value,
            &[self],
            |_o, g, _x| Ok(vec![Some(g.sum_over_ranks()?)]),
        ))
    }
}
