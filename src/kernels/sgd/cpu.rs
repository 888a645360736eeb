//! The f64 twin of [`super::sgd_step`]: PyTorch's single-tensor SGD.

use super::SgdHyper;

/// One step on `p` with gradient `g`; `buf` is the momentum buffer (None before the first
/// step with momentum, which creates it).
pub fn sgd_step(p: &mut [f64], g: &[f64], buf: &mut Option<Vec<f64>>, h: SgdHyper) {
    let d: Vec<f64> = p
        .iter()
        .zip(g)
        .map(|(p, g)| g + h.weight_decay * p)
        .collect();
    let step = if h.momentum > 0.0 {
        let b = match buf.take() {
            None => d.clone(),
            Some(b) => b
                .iter()
                .zip(&d)
                .map(|(b, d)| h.momentum * b + (1.0 - h.dampening) * d)
                .collect(),
        };
        let step = if h.nesterov {
            d.iter().zip(&b).map(|(d, b)| d + h.momentum * b).collect()
        } else {
            b.clone()
        };
        *buf = Some(b);
        step
    } else {
        d
    };
    for (p, s) in p.iter_mut().zip(step) {
        *p -= h.lr * s;
    }
}
