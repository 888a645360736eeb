//! Graph-free operations on [`Tensor`]: what models and trainers need besides the
//! differentiable ops on [`Var`](crate::autograd::Var) (constants, seeded random tensors,
//! codebook lookups, the sampling loop's windows and draws) and the arithmetic inference on
//! plain tensors needs. Each is one kernel launch and records nothing.

use crate::error::Result;
use crate::gpu::{DType, Gpu, Tensor};
use crate::kernels::elementwise::{Binary, Unary};
use crate::kernels::reduce::Reduce;
use crate::kernels::{
    cast, codebook, elementwise, matmul, random, reduce, sampling, softmax, vq_ema,
};

pub use crate::kernels::random::RngKey;
pub use crate::kernels::vq_ema::EmaState;

impl Tensor {
    /// The values as `dtype` (F32 ↔ F16; f16 rounds to nearest, ties to even, and overflows
    /// to infinity); `self` when it already has that type.
    pub fn cast(&self, dtype: DType) -> Result<Tensor> {
        cast::cast(self, dtype)
    }

    /// `self · other`: each `[.., rows, cols]`, a 2-d operand shared by every batch of the
    /// other.
    pub fn matmul(&self, other: &Tensor) -> Result<Tensor> {
        matmul::matmul(self, other, false, false)
    }

    /// `self + other`, `other` broadcast over leading or trailing axes as its shape implies.
    pub fn add(&self, other: &Tensor) -> Result<Tensor> {
        elementwise::binary(self, other, Binary::Add)
    }

    /// `self − other`, broadcast as [`Tensor::add`].
    pub fn sub(&self, other: &Tensor) -> Result<Tensor> {
        elementwise::binary(self, other, Binary::Sub)
    }

    /// `self · other` elementwise, broadcast as [`Tensor::add`].
    pub fn mul(&self, other: &Tensor) -> Result<Tensor> {
        elementwise::binary(self, other, Binary::Mul)
    }

    /// Every element times `s`.
    pub fn mul_scalar(&self, s: f32) -> Result<Tensor> {
        elementwise::unary(self, Unary::MulScalar(s))
    }

    /// `max(x, 0)` elementwise.
    pub fn relu(&self) -> Result<Tensor> {
        elementwise::unary(self, Unary::Relu)
    }

    /// `1 / (1 + exp(−x))` elementwise.
    pub fn sigmoid(&self) -> Result<Tensor> {
        elementwise::unary(self, Unary::Sigmoid)
    }

    /// `tanh(x)` elementwise.
    pub fn tanh(&self) -> Result<Tensor> {
        elementwise::unary(self, Unary::Tanh)
    }

    /// `exp(x)` elementwise.
    pub fn exp(&self) -> Result<Tensor> {
        elementwise::unary(self, Unary::Exp)
    }

    /// Softmax over the last axis.
    pub fn softmax(&self) -> Result<Tensor> {
        softmax::softmax_rows(self, false)
    }

    /// The sum of every element, as `[1]`.
    pub fn sum(&self) -> Result<Tensor> {
        reduce::reduce_all(self, Reduce::Sum)
    }

    /// The mean of every element, as `[1]`.
    pub fn mean(&self) -> Result<Tensor> {
        reduce::reduce_all(self, Reduce::Mean)
    }

    /// A tensor of `shape` filled with `value`.
    pub fn full(gpu: &Gpu, shape: &[usize], value: f32) -> Result<Tensor> {
        elementwise::fill(gpu, shape, value)
    }

    /// Uniform values in `[low, high)`, drawn by the counter-based generator from `key`: the
    /// same key gives the same tensor on every adapter.
    pub fn uniform(gpu: &Gpu, shape: &[usize], key: RngKey, low: f32, high: f32) -> Result<Tensor> {
        random::uniform(gpu, shape, key, low, high)
    }

    /// Normal values with mean `mean` and standard deviation `std`, drawn from `key` as
    /// [`Tensor::uniform`] is.
    pub fn normal(gpu: &Gpu, shape: &[usize], key: RngKey, mean: f32, std: f32) -> Result<Tensor> {
        random::normal(gpu, shape, key, mean, std)
    }

    /// Rows `index` (u32, any shape) of this `[k, d]` table, as `[index.numel(), d]`; an index
    /// past the table gives a row of zeros.
    pub fn gather_rows(&self, index: &Tensor) -> Result<Tensor> {
        codebook::gather_rows(self, index)
    }

    /// For each row of this `[n, d]` tensor, the index (u32 `[n]`) of the nearest row of
    /// `codebook: [k, d]` by squared L2 distance, the first on ties.
    pub fn nearest_code(&self, codebook: &Tensor) -> Result<Tensor> {
        codebook::nearest_code(self, codebook)
    }

    /// This tensor's `outer * inner` elements repeated `len` times along a middle axis:
    /// `out[o, j, i] = self[o, i]`, shaped `shape` (of `outer * len * inner` elements).
    pub fn expand_axis(
        &self,
        outer: usize,
        len: usize,
        inner: usize,
        shape: &[usize],
    ) -> Result<Tensor> {
        elementwise::expand_axis(self, outer, len, inner, shape)
    }

    /// An autoregressive model's input windows at a sampling step: for each row of this u32
    /// token buffer `[n, stride]`, its first `len` tokens right-padded with `pad` to `window`
    /// while `len < window`, else its last `window` tokens; u32 `[n, window]`.
    pub fn context_window(&self, len: usize, window: usize, pad: u32) -> Result<Tensor> {
        sampling::context_window(self, len, window, pad)
    }

    /// Draw one token per row of these logits `[rows, cols]` from softmax(logits /
    /// `temperature`) and write it into column `pos` of `tokens: [rows, stride]` (u32), on the
    /// device (nothing is read back). Row `r` uses counter `key.offset + r`.
    pub fn sample_logits_into(
        &self,
        temperature: f32,
        key: RngKey,
        tokens: &Tensor,
        pos: usize,
    ) -> Result<()> {
        sampling::sample_logits(self, temperature, key, tokens, pos)
    }
}

impl EmaState<'_> {
    /// One exponential-moving-average step of a VQ-VAE codebook, in place, from inputs `x:
    /// [n, d]` and their code indices `idx: [n]` (u32); returns the batch perplexity of code
    /// use, `exp(−Σ p log(p + 1e-10))`, as a `[1]` tensor. In data-parallel training the
    /// batch statistics are summed over the ranks first (the codebook stays the same on all).
    pub fn update(&self, x: &Tensor, idx: &Tensor, decay: f64, eps: f64) -> Result<Tensor> {
        let stats = vq_ema::ema_statistics(x, idx, self.codebook)?;
        // data-parallel training: the global batch's counts and sums on every rank (a no-op
        // on one), so each applies the update one process would
        crate::dist::world().sum_tensors(&[&stats])?;
        vq_ema::ema_apply(&stats, self, decay, eps)
    }
}

impl RngKey {
    /// The `n` values [`Tensor::normal`] draws from this key, computed on the host in f64 (for
    /// draws the host needs, such as the latents of an interpolation sheet).
    pub fn normal_on_host(self, n: usize, mean: f64, std: f64) -> Vec<f64> {
        random::cpu::normal(n, self, mean, std)
    }
}
