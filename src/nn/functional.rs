//! Losses and helpers as functions of [`Var`]s (torch.nn.functional): each is a composition
//! of differentiable ops, so its gradients (and, except cross-entropy's fused log-softmax,
//! gradients of gradients) come with it. The f64 twins are in [`cpu`].

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::Tensor;

fn same_shape(op: &str, a: &Var, b: &Var) -> Result<()> {
    if a.shape() != b.shape() {
        return Err(Error::shape(
            op,
            format!("prediction {:?} but target {:?}", a.shape(), b.shape()),
        ));
    }
    Ok(())
}

/// Mean squared error, `mean((pred − target)²)`.
pub fn mse_loss(pred: &Var, target: &Var) -> Result<Var> {
    same_shape("mse_loss", pred, target)?;
    pred.sub(target)?.square()?.mean()
}

/// Mean absolute error, `mean(|pred − target|)`.
pub fn l1_loss(pred: &Var, target: &Var) -> Result<Var> {
    same_shape("l1_loss", pred, target)?;
    pred.sub(target)?.abs()?.mean()
}

/// Binary cross-entropy of probabilities `p` in [0, 1] against targets in [0, 1], mean over
/// elements: `−mean(t·log p + (1 − t)·log(1 − p))`. `p` and `1 − p` are clamped to at least
/// f32's smallest normal number (1.2e-38), so a saturated sigmoid (exactly 0 or 1) gives a
/// finite loss and gradient; PyTorch clamps the log at −100 instead, so where `p` is below
/// 1.2e-38 the two differ (−87.3 against up to −100 per element).
pub fn binary_cross_entropy(p: &Var, target: &Var) -> Result<Var> {
    same_shape("binary_cross_entropy", p, target)?;
    let tiny = f32::MIN_POSITIVE;
    let log_p = p.clamp(tiny, 1.0)?.log()?;
    let log_q = p.neg()?.add_scalar(1.0)?.clamp(tiny, 1.0)?.log()?;
    let one_minus_t = target.neg()?.add_scalar(1.0)?;
    target
        .mul(&log_p)?
        .add(&one_minus_t.mul(&log_q)?)?
        .mean()?
        .neg()
}

/// Binary cross-entropy of logits `x` (sigmoid inside, computed stably as
/// `max(x, 0) − x·t + log(1 + e^−|x|)`), mean over elements.
pub fn binary_cross_entropy_with_logits(x: &Var, target: &Var) -> Result<Var> {
    same_shape("binary_cross_entropy_with_logits", x, target)?;
    let softplus_neg_abs = x.abs()?.neg()?.exp()?.add_scalar(1.0)?.log()?;
    // max(x, 0) as (x + |x|) / 2: the same values, and slope ½ at 0, so the gradient there is
    // σ(0) − t as PyTorch's (relu' and sign are 0 at 0 and would give −t).
    x.add(&x.abs()?)?
        .mul_scalar(0.5)?
        .sub(&x.mul(target)?)?
        .add(&softplus_neg_abs)?
        .mean()
}

/// Mean cross-entropy of `logits: [rows, classes]` against class indices `targets: [rows]`
/// (i32), skipping rows whose target is `ignore_index` (PyTorch's default: −100).
pub fn cross_entropy(logits: &Var, targets: &Tensor, ignore_index: i32) -> Result<Var> {
    crate::autograd::cross_entropy(logits, targets, ignore_index)
}

/// The fraction of rows of `logits: [rows, classes]` whose largest entry is at the class
/// `targets: [rows]` (i32) names; rows with a negative target are not counted. Reads both
/// back to the host: for reports, not for losses.
pub fn accuracy(logits: &Var, targets: &Tensor) -> Result<f64> {
    let (rows, classes) = match logits.shape() {
        [r, c] if *r == targets.numel() => (*r, *c),
        s => {
            return Err(Error::shape(
                "accuracy",
                format!(
                    "logits {s:?} with targets {:?} (want [rows, classes] and [rows])",
                    targets.shape()
                ),
            ))
        }
    };
    let (l, t) = (logits.value().to_f32()?, targets.to_i32()?);
    let (mut right, mut counted) = (0usize, 0usize);
    for r in 0..rows {
        if t[r] < 0 {
            continue;
        }
        let row = &l[r * classes..][..classes];
        let best = (0..classes).fold(0, |b, c| if row[c] > row[b] { c } else { b });
        right += (best == t[r] as usize) as usize;
        counted += 1;
    }
    Ok(right as f64 / counted.max(1) as f64)
}

/// KL divergence of N(mu, e^log_var) from N(0, 1), summed over every element:
/// `−½ Σ (1 + log_var − mu² − e^log_var)`. Divide by the batch for the per-sample mean.
pub fn gaussian_kl(mu: &Var, log_var: &Var) -> Result<Var> {
    same_shape("gaussian_kl", mu, log_var)?;
    log_var
        .add_scalar(1.0)?
        .sub(&mu.square()?)?
        .sub(&log_var.exp()?)?
        .sum()?
        .mul_scalar(-0.5)
}

/// Cosine similarity of matching rows of two `[N, D]` tensors: `[N]`.
pub fn cosine_similarity(a: &Var, b: &Var, eps: f32) -> Result<Var> {
    a.cosine_similarity(b, eps)
}

/// Sobel edge magnitude of `[B, 3, H, W]` images (grey first): `[B, 1, H, W]`.
pub fn sobel_edges(x: &Var, eps: f32) -> Result<Var> {
    x.sobel_edges(eps)
}

/// Mean squared difference between neighbouring pixels of `[B, C, H, W]`.
pub fn total_variation(x: &Var) -> Result<Var> {
    x.total_variation()
}

pub mod cpu {
    //! f64 twins of the losses above.

    /// Twin of [`super::mse_loss`].
    pub fn mse_loss(p: &[f64], t: &[f64]) -> f64 {
        p.iter().zip(t).map(|(p, t)| (p - t).powi(2)).sum::<f64>() / p.len() as f64
    }

    /// Twin of [`super::l1_loss`].
    pub fn l1_loss(p: &[f64], t: &[f64]) -> f64 {
        p.iter().zip(t).map(|(p, t)| (p - t).abs()).sum::<f64>() / p.len() as f64
    }

    /// Twin of [`super::binary_cross_entropy`].
    pub fn binary_cross_entropy(p: &[f64], t: &[f64]) -> f64 {
        let s: f64 = p
            .iter()
            .zip(t)
            .map(|(p, t)| t * p.ln().max(-100.0) + (1.0 - t) * (1.0 - p).ln().max(-100.0))
            .sum();
        -s / p.len() as f64
    }

    /// Twin of [`super::binary_cross_entropy_with_logits`]: `−t·log σ(x) − (1−t)·log(1−σ(x))`.
    pub fn binary_cross_entropy_with_logits(x: &[f64], t: &[f64]) -> f64 {
        let s: f64 = x
            .iter()
            .zip(t)
            .map(|(x, t)| x.max(0.0) - x * t + (-x.abs()).exp().ln_1p())
            .sum();
        s / x.len() as f64
    }

    /// Twin of [`super::gaussian_kl`].
    pub fn gaussian_kl(mu: &[f64], log_var: &[f64]) -> f64 {
        -0.5 * mu
            .iter()
            .zip(log_var)
            .map(|(m, l)| 1.0 + l - m * m - l.exp())
            .sum::<f64>()
    }
}
