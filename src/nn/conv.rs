//! torch.nn.Conv2d and torch.nn.ConvTranspose2d.

use super::linear::{init_default, init_with_key, visit_weight_bias};
use super::{Forward, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::Gpu;
pub use crate::kernels::conv::Padding;
use crate::kernels::epilogue::Activation;
use crate::ops::tensor::RngKey;

/// Conv2d's settings besides the channel counts and kernel size (PyTorch's defaults).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conv2dConfig {
    /// Step between patches (1).
    pub stride: usize,
    /// Zero padding (none).
    pub padding: Padding,
    /// Whether there is a bias (yes).
    pub bias: bool,
}

impl Default for Conv2dConfig {
    fn default() -> Self {
        Conv2dConfig {
            stride: 1,
            padding: Padding::Symmetric(0),
            bias: true,
        }
    }
}

impl Conv2dConfig {
    /// This config with stride `stride`.
    pub fn stride(self, stride: usize) -> Conv2dConfig {
        Conv2dConfig { stride, ..self }
    }

    /// This config with `padding` zeros on every side.
    pub fn padding(self, padding: usize) -> Conv2dConfig {
        Conv2dConfig {
            padding: Padding::Symmetric(padding),
            ..self
        }
    }

    /// This config with or without a bias.
    pub fn bias(self, bias: bool) -> Conv2dConfig {
        Conv2dConfig { bias, ..self }
    }
}

/// torch.nn.Conv2d: `weight: [out, in, k, k]`, optional bias, zero padding.
pub struct Conv2d {
    /// `[out, in, k, k]`
    pub weight: Var,
    /// `[out]`
    pub bias: Option<Var>,
    /// Step between patches.
    pub stride: usize,
    /// Zero padding.
    pub padding: Padding,
}

impl Conv2d {
    /// PyTorch's default init: U(±1/√(in·k·k)) for weight and bias.
    pub fn new(
        init: &Init,
        inputs: usize,
        outputs: usize,
        kernel: usize,
        config: Conv2dConfig,
    ) -> Result<Conv2d> {
        let (weight, bias) = init_default(
            init,
            &[outputs, inputs, kernel, kernel],
            config.bias.then_some(outputs),
            inputs * kernel * kernel,
        )?;
        Ok(Conv2d {
            weight,
            bias,
            stride: config.stride,
            padding: config.padding,
        })
    }

    /// The same init from an explicit key (the seed models' form; see
    /// [`super::Linear::with_key`]).
    #[allow(clippy::too_many_arguments)]
    pub fn with_key(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        k: usize,
        stride: usize,
        padding: Padding,
        bias: bool,
        key: RngKey,
    ) -> Result<Conv2d> {
        let (weight, bias) = init_with_key(
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
}

impl Module for Conv2d {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        visit_weight_bias(prefix, &self.weight, self.bias.as_ref(), v);
    }
}

impl Forward for Conv2d {
    fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_act(x, Activation::Identity)
    }
}

/// ConvTranspose2d's settings besides the channel counts and kernel size (PyTorch's
/// defaults).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConvTranspose2dConfig {
    /// Upsampling step (1).
    pub stride: usize,
    /// Rows and columns cropped from each side of the full output (0).
    pub padding: usize,
    /// Extra rows and columns on the bottom and right (0).
    pub output_padding: usize,
    /// Whether there is a bias (yes).
    pub bias: bool,
}

impl Default for ConvTranspose2dConfig {
    fn default() -> Self {
        ConvTranspose2dConfig {
            stride: 1,
            padding: 0,
            output_padding: 0,
            bias: true,
        }
    }
}

/// torch.nn.ConvTranspose2d: `weight: [in, out, k, k]`.
pub struct ConvTranspose2d {
    /// `[in, out, k, k]`
    pub weight: Var,
    /// `[out]`
    pub bias: Option<Var>,
    /// Upsampling step.
    pub stride: usize,
    /// Cropped from each side.
    pub padding: usize,
    /// Added on the bottom and right.
    pub output_padding: usize,
}

impl ConvTranspose2d {
    /// PyTorch's default init, fan_in taken from the weight's dim 1 (out·k·k) as PyTorch does.
    pub fn new(
        init: &Init,
        inputs: usize,
        outputs: usize,
        kernel: usize,
        config: ConvTranspose2dConfig,
    ) -> Result<ConvTranspose2d> {
        let (weight, bias) = init_default(
            init,
            &[inputs, outputs, kernel, kernel],
            config.bias.then_some(outputs),
            outputs * kernel * kernel,
        )?;
        Ok(ConvTranspose2d {
            weight,
            bias,
            stride: config.stride,
            padding: config.padding,
            output_padding: config.output_padding,
        })
    }

    /// The same init from an explicit key (the seed models' form).
    #[allow(clippy::too_many_arguments)]
    pub fn with_key(
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
        let (weight, bias) = init_with_key(
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
}

impl Module for ConvTranspose2d {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        visit_weight_bias(prefix, &self.weight, self.bias.as_ref(), v);
    }
}

impl Forward for ConvTranspose2d {
    fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_act(x, Activation::Identity)
    }
}
