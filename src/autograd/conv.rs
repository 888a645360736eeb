//! Convolutions as compositions of differentiable ops: conv2d = im2col → matmul (+ bias);
//! conv_transpose2d = matmul → col2im (+ bias). im2col and col2im are each other's adjoint,
//! so every rule here is differentiable again (the WGAN-GP critic needs that).

use super::Var;
use crate::error::{Error, Result};
use crate::kernels::conv::{col2im, im2col, ConvGeom, Padding};

impl Var {
    /// Image `[n, c, h, w]` to patch columns `[n, c·kh·kw, ho·wo]`.
    pub fn im2col(&self, g: ConvGeom) -> Result<Var> {
        let value = im2col(self.value(), &g)?;
        Ok(Var::record("im2col", value, &[self], move |_o, gr, _x| {
            Ok(vec![Some(gr.col2im(g)?)])
        }))
    }

    /// Patch columns back to the image, overlaps summed.
    pub fn col2im(&self, g: ConvGeom) -> Result<Var> {
        let value = col2im(self.value(), &g)?;
        Ok(Var::record("col2im", value, &[self], move |_o, gr, _x| {
            Ok(vec![Some(gr.im2col(g)?)])
        }))
    }

    /// PyTorch's Conv2d: `self: [n, c, h, w]`, `weight: [o, c, kh, kw]`, `bias: [o]`.
    pub fn conv2d(
        &self,
        weight: &Var,
        bias: Option<&Var>,
        stride: usize,
        padding: Padding,
    ) -> Result<Var> {
        let (x, w) = (self.shape(), weight.shape());
        if x.len() != 4 || w.len() != 4 || x[1] != w[1] {
            return Err(Error::shape(
                "conv2d",
                format!("input {x:?} and weight {w:?} (want [n, c, h, w] and [o, c, kh, kw])"),
            ));
        }
        let g = ConvGeom::conv2d(x[0], x[1], x[2], x[3], w[2], w[3], stride, padding)?;
        // A 1x1 convolution with stride 1 and no padding is already a matmul over the pixels.
        if g.kh == 1 && g.kw == 1 && stride == 1 && g.pad_top == 0 && g.pad_left == 0 {
            let y = weight
                .reshape(&[w[0], w[1]])?
                .matmul(&self.reshape(&[x[0], x[1], x[2] * x[3]])?)?
                .reshape(&[x[0], w[0], x[2], x[3]])?;
            return match bias {
                Some(b) => y.add_channel_bias(b),
                None => Ok(y),
            };
        }
        // The patch columns of a whole batch can exceed the adapter's binding limit (a 3x3 conv
        // of 256 channels at 32x32 and batch 16 needs 151 MB); then go through the batch in
        // slices whose columns fit.
        let per_image = (g.c * g.kh * g.kw * g.ho * g.wo * 4) as u64;
        let fit = (self.value().gpu().max_binding_bytes() / per_image.max(1)).max(1) as usize;
        if fit < x[0] {
            let mut parts = vec![];
            for start in (0..x[0]).step_by(fit) {
                let len = fit.min(x[0] - start);
                parts.push(
                    self.narrow(0, start, len)?
                        .conv2d(weight, None, stride, padding)?,
                );
            }
            let y = Var::cat0(&parts)?;
            return match bias {
                Some(b) => y.add_channel_bias(b),
                None => Ok(y),
            };
        }
        let cols = self.im2col(g)?;
        let y = weight
            .reshape(&[w[0], w[1] * w[2] * w[3]])?
            .matmul(&cols)?
            .reshape(&[x[0], w[0], g.ho, g.wo])?;
        match bias {
            Some(b) => y.add_channel_bias(b),
            None => Ok(y),
        }
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
        let (x, w) = (self.shape(), weight.shape());
        if x.len() != 4 || w.len() != 4 || x[1] != w[0] || w[2] != w[3] {
            return Err(Error::shape(
                "conv_transpose2d",
                format!("input {x:?} and weight {w:?} (want [n, cin, h, w] and [cin, cout, k, k])"),
            ));
        }
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
        let cols = weight.reshape(&[w[0], w[1] * w[2] * w[3]])?.matmul_t(
            &self.reshape(&[x[0], x[1], x[2] * x[3]])?,
            true,
            false,
        )?;
        let y = cols.col2im(g)?;
        match bias {
            Some(b) => y.add_channel_bias(b),
            None => Ok(y),
        }
    }
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
