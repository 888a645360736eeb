//! [`Init`]: where a module's parameters come from. Each parameter's random numbers derive
//! from the seed and its full name, so a user never spaces random streams by hand, and
//! adding a layer does not change the initial weights of the others.

use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::ops::tensor::RngKey;

/// The device, a seed and a module path (`encoder.layers.0`).
#[derive(Clone)]
pub struct Init {
    gpu: Gpu,
    seed: u64,
    path: String,
}

/// FNV-1a, 64 bits: a fixed, documented hash (std's may change between Rust versions, and
/// initial weights must not).
fn fnv1a64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Init {
    /// The root of a model on `gpu`, its weights drawn from `seed`.
    pub fn new(gpu: &Gpu, seed: u64) -> Init {
        Init {
            gpu: gpu.clone(),
            seed,
            path: String::new(),
        }
    }

    /// The child module called `name` (`init.sub("encoder").sub(0)`).
    pub fn sub(&self, name: impl std::fmt::Display) -> Init {
        Init {
            gpu: self.gpu.clone(),
            seed: self.seed,
            path: super::join(&self.path, &name.to_string()),
        }
    }

    /// This module's path (empty at the root).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The device.
    pub fn gpu(&self) -> &Gpu {
        &self.gpu
    }

    /// The random key of this module's parameter `name`: the seed mixed with the hash of the
    /// full name, counters from 0.
    pub fn key(&self, name: &str) -> RngKey {
        RngKey {
            seed: self.seed ^ fnv1a64(&super::join(&self.path, name)),
            stream: 0,
            offset: 0,
        }
    }

    /// A parameter `name` drawn from U(−bound, bound).
    pub fn uniform(&self, name: &str, shape: &[usize], bound: f32) -> Result<Var> {
        Ok(Var::param(Tensor::uniform(
            &self.gpu,
            shape,
            self.key(name),
            -bound,
            bound,
        )?))
    }

    /// A parameter `name` drawn from N(mean, std²).
    pub fn normal(&self, name: &str, shape: &[usize], mean: f32, std: f32) -> Result<Var> {
        Ok(Var::param(Tensor::normal(
            &self.gpu,
            shape,
            self.key(name),
            mean,
            std,
        )?))
    }

    /// A parameter filled with `value` (norm weights 1, biases 0).
    pub fn constant(&self, shape: &[usize], value: f32) -> Result<Var> {
        Ok(Var::param(Tensor::full(&self.gpu, shape, value)?))
    }

    /// A buffer filled with `value` (running statistics).
    pub fn buffer(&self, shape: &[usize], value: f32) -> Result<Tensor> {
        Tensor::full(&self.gpu, shape, value)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv1a64_matches_its_published_test_vectors() {
        assert_eq!(super::fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::fnv1a64("foobar"), 0x8594_4171_f739_67e8);
    }
}
