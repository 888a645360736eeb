//! Layers with named parameters in PyTorch's layouts, so state_dicts map one to one.

use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::Gpu;
pub use crate::kernels::epilogue::Activation;
use crate::kernels::random::{uniform, RngKey};

/// PyTorch's default init of a layer: weight and bias ~ U(±1/√fan_in) (kaiming_uniform with
/// a = √5); the weight draws from `key.stream`, the bias from the next stream.
fn init(
    gpu: &Gpu,
    weight_shape: &[usize],
    bias_len: Option<usize>,
    fan_in: usize,
    key: RngKey,
) -> Result<(Var, Option<Var>)> {
    let bound = 1.0 / (fan_in.max(1) as f32).sqrt();
    let weight = Var::param(uniform(gpu, weight_shape, key, -bound, bound)?);
    let bias = match bias_len {
        Some(n) => {
            let k = RngKey {
                stream: key.stream + 1,
                ..key
            };
            Some(Var::param(uniform(gpu, &[n], k, -bound, bound)?))
        }
        None => None,
    };
    Ok((weight, bias))
}

/// `{prefix}.weight` and `{prefix}.bias`, as PyTorch names a layer's parameters.
fn named(prefix: &str, weight: &Var, bias: Option<&Var>) -> Vec<(String, Var)> {
    let mut out = vec![(format!("{prefix}.weight"), weight.clone())];
    if let Some(b) = bias {
        out.push((format!("{prefix}.bias"), b.clone()));
    }
    out
}

/// `y = x · Wᵀ + b`, `W: [out, in]` as torch.nn.Linear.
pub struct Linear {
    pub weight: Var,
    pub bias: Option<Var>,
}

impl Linear {
    /// PyTorch's default init: weight and bias ~ U(±1/√in) (kaiming_uniform with a = √5).
    /// `key.stream` and the next stream draw the weight and the bias.
    pub fn new(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        bias: bool,
        key: RngKey,
    ) -> Result<Linear> {
        let (weight, bias) = init(
            gpu,
            &[outputs, inputs],
            bias.then_some(outputs),
            inputs,
            key,
        )?;
        Ok(Linear { weight, bias })
    }

    pub fn forward(&self, x: &Var) -> Result<Var> {
        x.linear(&self.weight, self.bias.as_ref())
    }

    /// `act(x · Wᵀ + b)`: on GPUs the bias and activation run in the matmul's store.
    pub fn forward_act(&self, x: &Var, act: Activation) -> Result<Var> {
        x.linear_act(&self.weight, self.bias.as_ref(), act)
    }

    /// `(name, parameter)` pairs with PyTorch's suffixes.
    pub fn parameters(&self, prefix: &str) -> Vec<(String, Var)> {
        named(prefix, &self.weight, self.bias.as_ref())
    }
}

/// torch.nn.Conv2d: `weight: [out, in, k, k]`, optional bias, zero padding.
pub struct Conv2d {
    pub weight: Var,
    pub bias: Option<Var>,
    pub stride: usize,
    pub padding: crate::kernels::conv::Padding,
}

impl Conv2d {
    /// PyTorch's default init: U(±1/√(in·k·k)) for weight and bias.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        k: usize,
        stride: usize,
        padding: crate::kernels::conv::Padding,
        bias: bool,
        key: RngKey,
    ) -> Result<Conv2d> {
        let (weight, bias) = init(
            gpu,
            &[outputs, inputs, k, k],
            bias.then_some(outputs),
            inputs * k * k,
            key,
        )?;
        Ok(Conv2d {
            weight,
            bias,
            stride,
            padding,
        })
    }

    pub fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_act(x, Activation::Identity)
    }

    /// `act(conv(x) + bias)` with the bias and activation fused into the convolution's store.
    pub fn forward_act(&self, x: &Var, act: Activation) -> Result<Var> {
        x.conv2d_act(
            &self.weight,
            self.bias.as_ref(),
            self.stride,
            self.padding,
            act,
        )
    }

    pub fn parameters(&self, prefix: &str) -> Vec<(String, Var)> {
        named(prefix, &self.weight, self.bias.as_ref())
    }
}

/// torch.nn.ConvTranspose2d: `weight: [in, out, k, k]`.
pub struct ConvTranspose2d {
    pub weight: Var,
    pub bias: Option<Var>,
    pub stride: usize,
    pub padding: usize,
    pub output_padding: usize,
}

impl ConvTranspose2d {
    /// PyTorch's default init, with fan_in taken from the weight's dim 1 (out·k·k) as PyTorch does.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        k: usize,
        stride: usize,
        padding: usize,
        output_padding: usize,
        bias: bool,
        key: RngKey,
    ) -> Result<ConvTranspose2d> {
        let (weight, bias) = init(
            gpu,
            &[inputs, outputs, k, k],
            bias.then_some(outputs),
            outputs * k * k,
            key,
        )?;
        Ok(ConvTranspose2d {
            weight,
            bias,
            stride,
            padding,
            output_padding,
        })
    }

    pub fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_act(x, Activation::Identity)
    }

    /// `act(conv_transpose(x) + bias)` with the bias and activation fused into the store.
    pub fn forward_act(&self, x: &Var, act: Activation) -> Result<Var> {
        x.conv_transpose2d_act(
            &self.weight,
            self.bias.as_ref(),
            self.stride,
            self.padding,
            self.output_padding,
            act,
        )
    }

    pub fn parameters(&self, prefix: &str) -> Vec<(String, Var)> {
        named(prefix, &self.weight, self.bias.as_ref())
    }
}
