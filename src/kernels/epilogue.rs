//! What a GEMM-shaped kernel (matmul, the implicit convolutions) may do to each output before
//! storing it: add a bias and apply an activation, so a layer's `act(x·W + b)` is one launch.
//! The backward pass needs only the stored output (see `autograd`), as for the separate ops.

use super::elementwise::{self as ew, cpu::unary_scalar, Unary};
use crate::error::{Error, Result};
use crate::gpu::{DType, Tensor};

/// The activation an epilogue applies, computed exactly as the element-wise kernels do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activation {
    /// No activation: the value is stored as is.
    Identity,
    /// `max(x, 0)`.
    Relu,
    /// Slope for negative inputs; the fused backward reads the sign from the output, so the
    /// slope must be ≥ 0 (checked where the fused op is built).
    LeakyRelu(f32),
    /// Hyperbolic tangent.
    Tanh,
    /// `1 / (1 + exp(−x))`.
    Sigmoid,
}

impl Activation {
    /// The code the shaders switch on (`p.epi >> 2`).
    pub fn code(self) -> u32 {
        match self {
            Activation::Identity => 0,
            Activation::Relu => 1,
            Activation::LeakyRelu(_) => 2,
            Activation::Tanh => 3,
            Activation::Sigmoid => 4,
        }
    }

    /// The leaky relu's slope (0 for the other activations).
    pub fn slope(self) -> f32 {
        match self {
            Activation::LeakyRelu(s) => s,
            _ => 0.0,
        }
    }

    /// The activation's name, e.g. `leaky_relu`.
    pub fn name(self) -> &'static str {
        match self {
            Activation::Identity => "identity",
            Activation::Relu => "relu",
            Activation::LeakyRelu(_) => "leaky_relu",
            Activation::Tanh => "tanh",
            Activation::Sigmoid => "sigmoid",
        }
    }

    /// The same map as an element-wise op (None for the identity).
    pub fn unary(self) -> Option<Unary> {
        match self {
            Activation::Identity => None,
            Activation::Relu => Some(Unary::Relu),
            Activation::LeakyRelu(s) => Some(Unary::LeakyRelu(s)),
            Activation::Tanh => Some(Unary::Tanh),
            Activation::Sigmoid => Some(Unary::Sigmoid),
        }
    }

    /// f64 twin.
    pub fn cpu(self, x: f64) -> f64 {
        self.unary().map_or(x, |u| unary_scalar(u, x))
    }
}

/// Bias and activation applied in a kernel's store.
#[derive(Clone, Copy, Debug)]
pub struct Epilogue<'a> {
    /// One value per output channel (a conv's channel, a linear layer's output column).
    pub bias: Option<&'a Tensor>,
    /// The activation applied after the bias.
    pub act: Activation,
}

impl Epilogue<'_> {
    /// No bias, no activation: the plain store.
    pub const NONE: Epilogue<'static> = Epilogue {
        bias: None,
        act: Activation::Identity,
    };

    /// The epilogue as separate element-wise kernels on a stored output `y` whose channels
    /// (the bias's axis) are axis `channel_axis` (1 for NCHW, the last for a matmul): for
    /// kernels without a fused store. Same arithmetic as the fused stores.
    pub fn apply_separately(&self, y: Tensor, channel_axis: usize) -> Result<Tensor> {
        let y = match self.bias {
            Some(b) => {
                let s = y.shape().to_vec();
                let bc = ew::Broadcast {
                    len: s[channel_axis],
                    inner: s[channel_axis + 1..].iter().product(),
                };
                ew::binary_broadcast(&y, b, ew::Binary::Add, bc)?
            }
            None => y,
        };
        match self.act.unary() {
            Some(u) => ew::unary(&y, u),
            None => Ok(y),
        }
    }

    /// A bias of `channels` f32 values, a leaky slope >= 0 (the fused backward reads the sign
    /// from the output).
    pub fn check(&self, channels: usize, op: &str) -> Result<()> {
        if let Some(b) = self.bias {
            b.expect_dtype(DType::F32, op)?;
            if b.numel() != channels {
                return Err(Error::shape(
                    op,
                    format!("bias {:?} for {channels} channels", b.shape()),
                ));
            }
        }
        if let Activation::LeakyRelu(s) = self.act {
            if s.is_nan() || s < 0.0 {
                return Err(Error::invalid(
                    op,
                    format!("a fused leaky relu needs a slope >= 0 (got {s})"),
                ));
            }
        }
        Ok(())
    }

    /// Whether the epilogue leaves the output unchanged (no bias, identity activation).
    pub fn is_none(&self) -> bool {
        self.bias.is_none() && self.act == Activation::Identity
    }

    /// The parameter word: bias mode in the low two bits (0 none, 1 per column, 2 per row),
    /// activation code above.
    pub fn word(&self, bias_mode: u32) -> u32 {
        (if self.bias.is_some() { bias_mode } else { 0 }) | (self.act.code() << 2)
    }
}
