//! Convolutions as three differentiable ops over the implicit-GEMM kernels: conv2d's forward
//! pass, its input gradient (= conv_transpose2d's forward pass) and its weight gradient. Each
//! one's rule is written with the other two (the input gradient of a convolution is a
//! transposed convolution and vice versa), so every rule is differentiable again (the WGAN-GP
//! critic needs that).

use crate::autograd::{grad_if, Var};
use crate::error::{Error, Result};
use crate::kernels::conv::{
    conv2d_backward_input, conv2d_backward_weight, conv2d_forward, ConvGeom, ConvVariant, Padding,
};
use crate::kernels::epilogue::{Activation, Epilogue};
use crate::ops::basic::needs_f16_cast;

impl Var {
    /// PyTorch's Conv2d: `self: [n, c, h, w]`, `weight: [o, c, kh, kw]`, `bias: [o]`.
    pub fn conv2d(
        &self,
        weight: &Var,
        bias: Option<&Var>,
        stride: usize,
        padding: Padding,
    ) -> Result<Var> {
        self.conv2d_act(weight, bias, stride, padding, Activation::Identity)
    }

    /// `act(conv2d(self, weight) + bias)` in one kernel (the bias and the activation run in
    /// its store); the backward pass reads the activation's derivative from the output.
    pub fn conv2d_act(
        &self,
        weight: &Var,
        bias: Option<&Var>,
        stride: usize,
        padding: Padding,
        act: Activation,
    ) -> Result<Var> {
        if needs_f16_cast(self, weight) {
            let (x16, w16) = self.f16_pair(weight)?;
            return x16.conv2d_act(&w16, bias, stride, padding, act);
        }
        let (x, w) = (self.shape(), weight.shape());
        if x.len() != 4 || w.len() != 4 || x[1] != w[1] {
            return Err(Error::shape(
                "conv2d",
                format!("input {x:?} and weight {w:?} (want [n, c, h, w] and [o, c, kh, kw])"),
            ));
        }
        let g = ConvGeom::conv2d(x[0], x[1], x[2], x[3], w[2], w[3], stride, padding)?;
        let epi = Epilogue {
            bias: bias.map(|b| b.value()),
            act,
        };
        let value = conv2d_forward(self.value(), weight.value(), &g, epi, ConvVariant::Auto)?;
        let mut inputs = vec![self, weight];
        inputs.extend(bias);
        Ok(Var::record(
            "conv2d",
            value,
            &inputs,
            move |out, gr, inp| {
                let gz = gr.activation_backward(out, act)?;
                conv_grads(&gz, &inp[0], &inp[1], inp.get(2), g)
            },
        ))
    }

    /// PyTorch's ConvTranspose2d: `self: [n, cin, h, w]`, `weight: [cin, cout, k, k]`.
    pub fn conv_transpose2d(
        &self,
        weight: &Var,
        bias: Option<&Var>,
        stride: usize,
        padding: usize,
        output_padding: usize,
    ) -> Result<Var> {
        self.conv_transpose2d_act(
            weight,
            bias,
            stride,
            padding,
            output_padding,
            Activation::Identity,
        )
    }

    /// `act(conv_transpose2d(self, weight) + bias)` in one kernel.
    pub fn conv_transpose2d_act(
        &self,
        weight: &Var,
        bias: Option<&Var>,
        stride: usize,
        padding: usize,
        output_padding: usize,
        act: Activation,
    ) -> Result<Var> {
        if needs_f16_cast(self, weight) {
            let (x16, w16) = self.f16_pair(weight)?;
            return x16.conv_transpose2d_act(&w16, bias, stride, padding, output_padding, act);
        }
        let (x, w) = (self.shape(), weight.shape());
        if x.len() != 4 || w.len() != 4 || x[1] != w[0] || w[2] != w[3] {
            return Err(Error::shape(
                "conv_transpose2d",
                format!("input {x:?} and weight {w:?} (want [n, cin, h, w] and [cin, cout, k, k])"),
            ));
        }
        // The conv2d whose input gradient this is: its image is our output, its output our input.
        let g = ConvGeom::conv_transpose2d(
            x[0],
            w[1],
            x[2],
            x[3],
            w[2],
            stride,
            padding,
            output_padding,
        )?;
        let epi = Epilogue {
            bias: bias.map(|b| b.value()),
            act,
        };
        let value =
            conv2d_backward_input(self.value(), weight.value(), &g, epi, ConvVariant::Auto)?;
        let mut inputs = vec![self, weight];
        inputs.extend(bias);
        Ok(Var::record(
            "conv_transpose2d",
            value,
            &inputs,
            move |out, gr, inp| {
                let gz = gr.activation_backward(out, act)?;
                let (x, w) = (&inp[0], &inp[1]);
                let mut out = vec![
                    grad_if(x, || gz.conv2d_op(w, g))?,
                    grad_if(w, || Var::conv2d_weight_grad(&gz, x, g))?,
                ];
                if let Some(b) = inp.get(2) {
                    out.push(grad_if(b, || gz.bias_grad(b, 1))?);
                }
                Ok(out)
            },
        ))
    }

    /// conv2d without bias or activation in geometry `g` (a rule's building block).
    fn conv2d_op(&self, weight: &Var, g: ConvGeom) -> Result<Var> {
        if needs_f16_cast(self, weight) {
            let (x16, w16) = self.f16_pair(weight)?;
            return x16.conv2d_op(&w16, g);
        }
        let value = conv2d_forward(
            self.value(),
            weight.value(),
            &g,
            Epilogue::NONE,
            ConvVariant::Auto,
        )?;
        Ok(Var::record(
            "conv2d",
            value,
            &[self, weight],
            move |_o, gr, inp| conv_grads(gr, &inp[0], &inp[1], None, g),
        ))
    }

    /// conv2d's input gradient for output gradient `self` (= a transposed convolution).
    fn conv2d_input_grad(&self, weight: &Var, g: ConvGeom) -> Result<Var> {
        if needs_f16_cast(self, weight) {
            let (dy16, w16) = self.f16_pair(weight)?;
            return dy16.conv2d_input_grad(&w16, g);
        }
        let value = conv2d_backward_input(
            self.value(),
            weight.value(),
            &g,
            Epilogue::NONE,
            ConvVariant::Auto,
        )?;
        Ok(Var::record(
            "conv2d_backward_input",
            value,
            &[self, weight],
            move |_o, h, inp| {
                // dx = Σ w·dy is bilinear: by dy it is a conv2d of h, by w a weight gradient.
                let (dy, w) = (&inp[0], &inp[1]);
                Ok(vec![
                    grad_if(dy, || h.conv2d_op(w, g))?,
                    grad_if(w, || Var::conv2d_weight_grad(h, dy, g))?,
                ])
            },
        ))
    }

    /// conv2d's weight gradient for input `x` and output gradient `dy`.
    fn conv2d_weight_grad(x: &Var, dy: &Var, g: ConvGeom) -> Result<Var> {
        if needs_f16_cast(x, dy) {
            let (x16, dy16) = x.f16_pair(dy)?;
            return Var::conv2d_weight_grad(&x16, &dy16, g);
        }
        let value = conv2d_backward_weight(x.value(), dy.value(), &g, ConvVariant::Auto)?;
        Ok(Var::record(
            "conv2d_backward_weight",
            value,
            &[x, dy],
            move |_o, h, inp| {
                // dw = Σ dy·x is bilinear: by x it is an input gradient of h, by dy a conv2d.
                let (x, dy) = (&inp[0], &inp[1]);
                Ok(vec![
                    grad_if(x, || dy.conv2d_input_grad(h, g))?,
                    grad_if(dy, || x.conv2d_op(h, g))?,
                ])
            },
        ))
    }
}

/// The gradients of `conv2d(x, w) + b` for the output gradient `gz`, as needed.
fn conv_grads(
    gz: &Var,
    x: &Var,
    w: &Var,
    b: Option<&Var>,
    g: ConvGeom,
) -> Result<Vec<Option<Var>>> {
    let mut out = vec![
        grad_if(x, || gz.conv2d_input_grad(w, g))?,
        grad_if(w, || Var::conv2d_weight_grad(x, gz, g))?,
    ];
    if let Some(b) = b {
        out.push(grad_if(b, || gz.bias_grad(b, 1))?);
    }
    Ok(out)
}

impl Var {
    /// Max pooling with `k`×`k` windows and stride `k` (PyTorch's MaxPool2d(k, k), floor mode).
    /// The gradient routes through the recorded argmax, and that routing is differentiable.
    pub fn max_pool2d(&self, k: usize) -> Result<Var> {
        let (value, idx) = crate::kernels::pool::max_pool2d(self.value(), k)?;
        let geom = crate::kernels::pool::PoolGeom::new(self.shape(), k)?;
        Ok(Var::record(
            "max_pool2d",
            value,
            &[self],
            move |_o, g, _x| Ok(vec![Some(g.pool_route(&idx, geom)?)]),
        ))
    }

    fn pool_route(
        &self,
        idx: &crate::gpu::Tensor,
        geom: crate::kernels::pool::PoolGeom,
    ) -> Result<Var> {
        let value = crate::kernels::pool::max_pool2d_backward(self.value(), idx, geom)?;
        let idx = idx.clone();
        Ok(Var::record(
            "max_pool2d_backward",
            value,
            &[self],
            move |_o, g, _x| Ok(vec![Some(g.pool_gather(&idx, geom)?)]),
        ))
    }

    fn pool_gather(
        &self,
        idx: &crate::gpu::Tensor,
        geom: crate::kernels::pool::PoolGeom,
    ) -> Result<Var> {
        let value = crate::kernels::pool::max_pool2d_gather(self.value(), idx, geom)?;
        let idx = idx.clone();
        Ok(Var::record(
            "max_pool2d_gather",
            value,
            &[self],
            move |_o, g, _x| Ok(vec![Some(g.pool_route(&idx, geom)?)]),
        ))
    }

    /// AdaptiveAvgPool2d(1): the mean over each channel's plane, `[n, c, 1, 1]`.
    pub fn adaptive_avg_pool_1x1(&self) -> Result<Var> {
        let s = self.shape();
        if s.len() != 4 {
            return Err(Error::shape(
                "adaptive_avg_pool2d",
                format!("input {s:?} is not [n, c, h, w]"),
            ));
        }
        self.reshape(&[s[0], s[1], s[2] * s[3]])?
            .mean_axis(2)?
            .reshape(&[s[0], s[1], 1, 1])
    }
}
