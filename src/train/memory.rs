//! The memory a training run will need, estimated from its configuration before anything is
//! allocated, and checked against what the adapter can give (`Gpu::memory_limit`): `scene
//! train --n_layers 100000` grew to 7 GB without a word before this.

use crate::error::{Error, Result};
use crate::gpu::Gpu;

/// A run's estimated needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryEstimate {
    /// Trainable parameters (exact, from the configuration).
    pub parameters: u64,
    /// What the model holds besides (a codebook and its EMA sums, running statistics).
    pub state_bytes: u64,
    /// Activations of one step at the batch size: what the forward keeps for the backward,
    /// their gradients, scratch buffers, and the buffer pool's share (an estimate; each model
    /// says how it counts).
    pub activation_bytes: u64,
}

impl MemoryEstimate {
    /// Five f32 per parameter: the weight, its gradient, Adam's two moments, and one more
    /// gradient while the backward forms and sums it (a weight used twice, the product that
    /// becomes its gradient).
    pub fn parameter_bytes(&self) -> u64 {
        self.parameters.saturating_mul(20)
    }

    /// The whole estimate in bytes: parameters, state and activations.
    pub fn bytes(&self) -> u64 {
        self.parameter_bytes()
            .saturating_add(self.state_bytes)
            .saturating_add(self.activation_bytes)
    }

    /// One line for the start of a run.
    pub fn describe(&self, batch: usize) -> String {
        format!(
            "about {} of device memory ({} for weights, gradients and Adam state, {} of \
             activations at batch {batch})",
            human_bytes(self.bytes()),
            human_bytes(self.parameter_bytes() + self.state_bytes),
            human_bytes(self.activation_bytes)
        )
    }

    /// Refuse a run that cannot fit, with the estimate, the limit and where it comes from, and
    /// `fix` (the settings that shrink it); else say the estimate. Without a known limit (a
    /// discrete GPU, where wgpu reports no memory size, and no `WGTRAIN_MEMORY_LIMIT`) nothing
    /// is refused here.
    pub fn check(
        &self,
        gpu: &Gpu,
        what: &str,
        batch: usize,
        fix: &str,
        log: &mut dyn FnMut(String),
    ) -> Result<()> {
        let fits = gpu
            .memory_limit()
            .map(|(limit, source)| (self.bytes() <= limit, limit, source));
        let Some((false, limit, source)) = fits else {
            log(format!(
                "{what}: {} parameters, {}",
                human_count(self.parameters),
                self.describe(batch)
            ));
            return Ok(());
        };
        Err(Error::config(
            what,
            format!(
                "{} parameters need {}, more than {} can give ({}: {source}); {fix}",
                human_count(self.parameters),
                self.describe(batch),
                gpu.info().name,
                human_bytes(limit)
            ),
        ))
    }
}

/// A model's layers counted one by one, per sample: parameters (exact), the floats the
/// forward keeps for the backward (a layer's output and its activation's), and the im2col
/// column buffers of its convolutions (K x output pixels; the CPU adapters' path, the GPU
/// kernels need none, so there it over-estimates). u128, so absurd settings are refused
/// rather than overflowing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Trainable parameters.
    pub parameters: u128,
    /// Floats held besides the parameters and not trained by Adam, once per model.
    pub state: u128,
    /// Floats a sample's forward keeps for the backward.
    pub saved: u128,
    /// Floats of a sample's im2col column buffers.
    pub columns: u128,
}

impl Tally {
    /// A linear layer applied to `rows` vectors a sample (1 in an MLP, the tokens in a
    /// sequence model).
    pub fn linear(&mut self, rows: usize, inputs: usize, outputs: usize, bias: bool) -> &mut Self {
        let (i, o) = (inputs as u128, outputs as u128);
        self.parameters += i * o + if bias { o } else { 0 };
        self.saved += 2 * o * rows as u128;
        self
    }

    /// LayerNorm or BatchNorm over `channels` (weight and bias) on `elements` values a sample.
    pub fn norm(&mut self, channels: usize, elements: usize) -> &mut Self {
        self.parameters += 2 * channels as u128;
        self.saved += 2 * elements as u128;
        self
    }

    /// A `k` x `k` convolution from `c_in` to `c_out` channels with `pixels_out` output
    /// pixels: its columns are `c_in·k²` x output pixels (im2col).
    pub fn conv(
        &mut self,
        c_in: usize,
        c_out: usize,
        k: usize,
        pixels_out: usize,
        bias: bool,
    ) -> &mut Self {
        let (ci, co, kk, p) = (
            c_in as u128,
            c_out as u128,
            (k * k) as u128,
            pixels_out as u128,
        );
        self.parameters += ci * co * kk + if bias { co } else { 0 };
        self.saved += 2 * co * p;
        self.columns += ci * kk * p;
        self
    }

    /// A transposed convolution: its columns are `c_out·k²` x input pixels (col2im).
    pub fn conv_transpose(
        &mut self,
        c_in: usize,
        c_out: usize,
        k: usize,
        pixels_in: usize,
        pixels_out: usize,
        bias: bool,
    ) -> &mut Self {
        let (ci, co, kk) = (c_in as u128, c_out as u128, (k * k) as u128);
        self.parameters += ci * co * kk + if bias { co } else { 0 };
        self.saved += 2 * co * pixels_out as u128;
        self.columns += co * kk * pixels_in as u128;
        self
    }

    /// An LSTM (4 gates) or GRU (3) layer over `steps` steps: two weights, two biases; each
    /// step keeps its gates and its state.
    pub fn recurrent(
        &mut self,
        gates: usize,
        inputs: usize,
        hidden: usize,
        steps: usize,
    ) -> &mut Self {
        let (g, i, h) = (gates as u128, inputs as u128, hidden as u128);
        self.parameters += g * h * (i + h + 2);
        self.saved += steps as u128 * (2 * g * h + 2 * h);
        self
    }

    /// An embedding of `rows` x `width` and `looked_up` rows a sample.
    pub fn embedding(&mut self, rows: usize, width: usize, looked_up: usize) -> &mut Self {
        self.parameters += (rows * width) as u128;
        self.saved += (looked_up * width) as u128;
        self
    }

    /// Values the model holds that are not trained by Adam (a codebook and its EMA sums,
    /// BatchNorm's running statistics): 4 bytes each, once.
    pub fn state(&mut self, floats: u128) -> &mut Self {
        self.state += floats;
        self
    }

    /// Other values a sample keeps (losses' intermediates, attention weights, ...).
    pub fn keep(&mut self, floats: u128) -> &mut Self {
        self.saved += floats;
        self
    }

    /// The estimate at `batch`: each kept value twice (it and its gradient) plus the columns,
    /// 4 bytes a float, and half again for the buffer pool, which keeps buffers per size class
    /// (a freed buffer serves only its own class). The models' tests hold it between 1 and 4
    /// times what real steps allocate.
    pub fn estimate(&self, batch: usize) -> MemoryEstimate {
        self.estimate_with_eval(batch, 0)
    }

    /// With a forward pass without gradients at another batch size besides (the VQ-VAE's
    /// 16-image grid each epoch): its buffers are other size classes, so they add up; it
    /// frees as it goes, so at most what a training forward keeps.
    pub fn estimate_with_eval(&self, batch: usize, eval_batch: usize) -> MemoryEstimate {
        let clamp = |n: u128| n.min(u64::MAX as u128) as u64;
        let train = (batch as u128).saturating_mul(2 * self.saved + self.columns);
        let eval = (eval_batch as u128).saturating_mul(self.saved);
        MemoryEstimate {
            parameters: clamp(self.parameters),
            state_bytes: clamp(4 * self.state),
            activation_bytes: clamp(train.saturating_add(eval).saturating_mul(6)),
        }
    }
}

/// 1536 -> "1.5 KiB".
pub fn human_bytes(b: u64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut v = b as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < units.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} B")
    } else {
        format!("{v:.1} {}", units[u])
    }
}

/// 3_100_000 -> "3.1 M".
pub fn human_count(n: u64) -> String {
    match n {
        0..1_000 => n.to_string(),
        1_000..1_000_000 => format!("{:.1} k", n as f64 / 1e3),
        1_000_000..1_000_000_000 => format!("{:.1} M", n as f64 / 1e6),
        _ => format!("{:.1} G", n as f64 / 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(7 << 30), "7.0 GiB");
        assert_eq!(human_count(3_100_000), "3.1 M");
        assert_eq!(crate::gpu::parse_bytes("24GiB"), Some(24 << 30));
        assert_eq!(crate::gpu::parse_bytes("1.5 MiB"), Some(3 << 19));
        assert_eq!(crate::gpu::parse_bytes("4096"), Some(4096));
        assert_eq!(crate::gpu::parse_bytes("lots"), None);
    }
}
