//! Reference twins in f64.

use super::{Binary, Broadcast, Unary};

/// The logistic function `1 / (1 + exp(−x))`.
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// One element of [`super::unary`].
pub fn unary_scalar(op: Unary, x: f64) -> f64 {
    use Unary::*;
    match op {
        Relu => x.max(0.0),
        LeakyRelu(s) => {
            if x > 0.0 {
                x
            } else {
                s as f64 * x
            }
        }
        Sigmoid => sigmoid(x),
        Tanh => x.tanh(),
        Exp => x.exp(),
        Log => x.ln(),
        Sqrt => x.sqrt(),
        Clamp(lo, hi) => x.max(lo as f64).min(hi as f64),
        Neg => -x,
        Square => x * x,
        AddScalar(s) => x + s as f64,
        MulScalar(s) => x * s as f64,
        Abs => x.abs(),
        Sign => {
            if x > 0.0 {
                1.0
            } else if x < 0.0 {
                -1.0
            } else {
                0.0
            }
        }
    }
}

/// One element of [`super::binary`].
pub fn binary_scalar(op: Binary, a: f64, b: f64) -> f64 {
    use Binary::*;
    match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Div => a / b,
        SafeDiv => {
            if b == 0.0 {
                0.0
            } else {
                a / b
            }
        }
        ReluGrad => {
            if b > 0.0 {
                a
            } else {
                0.0
            }
        }
        LeakyReluGrad(s) => {
            if b > 0.0 {
                a
            } else {
                s as f64 * a
            }
        }
        ClampGrad(lo, hi) => {
            if b > lo as f64 && b < hi as f64 {
                a
            } else {
                0.0
            }
        }
        SigmoidGrad => a * b * (1.0 - b),
        TanhGrad => a * (1.0 - b * b),
        Greater => {
            if a > b {
                1.0
            } else {
                0.0
            }
        }
    }
}

/// Twin of [`super::unary`].
pub fn unary(x: &[f64], op: Unary) -> Vec<f64> {
    x.iter().map(|&v| unary_scalar(op, v)).collect()
}

/// Twin of [`super::binary_broadcast`].
pub fn binary(a: &[f64], b: &[f64], op: Binary, bc: Broadcast) -> Vec<f64> {
    a.iter()
        .enumerate()
        .map(|(i, &x)| binary_scalar(op, x, b[(i / bc.inner) % bc.len]))
        .collect()
}

/// Twin of [`super::broadcast`] for an output of `n` elements.
pub fn broadcast(b: &[f64], bc: Broadcast, n: usize) -> Vec<f64> {
    (0..n).map(|i| b[(i / bc.inner) % bc.len]).collect()
}

/// Twin of [`super::swap_middle`].
pub fn swap_middle(x: &[f64], a: usize, b: usize, c: usize, d: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(x.len());
    for ia in 0..a {
        for ic in 0..c {
            for ib in 0..b {
                let at = ((ia * b + ib) * c + ic) * d;
                out.extend_from_slice(&x[at..at + d]);
            }
        }
    }
    out
}

/// Twin of [`super::transpose_last2`].
pub fn transpose_last2(x: &[f64], batch: usize, rows: usize, cols: usize) -> Vec<f64> {
    let mut out = vec![0.0; x.len()];
    for b in 0..batch {
        for r in 0..rows {
            for c in 0..cols {
                out[(b * cols + c) * rows + r] = x[(b * rows + r) * cols + c];
            }
        }
    }
    out
}

/// Twin of [`super::narrow_axis`].
pub fn narrow_axis(x: &[f64], s: super::Slice) -> Vec<f64> {
    let mut out = Vec::with_capacity(s.outer * s.len * s.inner);
    for o in 0..s.outer {
        let base = (o * s.full + s.start) * s.inner;
        out.extend_from_slice(&x[base..base + s.len * s.inner]);
    }
    out
}

/// Twin of [`super::pad_axis`].
pub fn pad_axis(x: &[f64], s: super::Slice) -> Vec<f64> {
    let mut out = vec![0.0; s.outer * s.full * s.inner];
    for o in 0..s.outer {
        let dst = (o * s.full + s.start) * s.inner;
        let src = o * s.len * s.inner;
        out[dst..dst + s.len * s.inner].copy_from_slice(&x[src..src + s.len * s.inner]);
    }
    out
}

/// Twin of [`super::expand_axis`].
pub fn expand_axis(x: &[f64], outer: usize, len: usize, inner: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(outer * len * inner);
    for o in 0..outer {
        for _ in 0..len {
            out.extend_from_slice(&x[o * inner..(o + 1) * inner]);
        }
    }
    out
}
